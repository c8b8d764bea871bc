import Foundation
import Testing
import Ingest
import VerbatimCore

/// Counts checked against Python's csv module (with a lone CR read as data when the file has LF
/// line ends).
@Suite("CSVReader on real datasets")
struct CSVReaderDatasetTests {
    @Test("twcs-sample has 5,000 records; tweet 3399's bare CR stays inside its text",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func twcs() throws {
        let url = TestPaths.dataset("twcs-sample/twcs.csv")
        let events = try CSVEvents.read(url)
        #expect(events.records.count == 5_000)
        #expect(events.rejects.isEmpty)
        #expect(events.warnings == ["\(url.path): header column 1 is blank; named it column1"])
        let record = try #require(events.records.first { $0["tweet_id"] == "3399" })
        #expect(record["text"]?.hasPrefix("@AskPayPal \r\rI just love the start of email 😁") == true)
        #expect(events.records.first?.values.prefix(3) == ["0", "1", "sprintcare"])
        #expect(events.records.last?.values.prefix(3) == ["4999", "7630", "117291"])
        #expect(events.records.map(\.location.index) == Array(0..<5_000))
    }

    @Test("kaggle-support-tickets has 8,469 records of 17 fields",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func kaggleTickets() throws {
        let events = try CSVEvents.read(TestPaths.dataset("kaggle-support-tickets/customer_support_tickets.csv"))
        #expect(events.records.count == 8_469)
        #expect(events.records.allSatisfy { $0.values.count == 17 })
        #expect(events.records.first?.names.first == "Ticket ID")
        #expect(events.records.first?.names.last == "Customer Satisfaction Rating")
        #expect(events.records.last?["Customer Name"] == "Steven Davis MD")
        #expect(events.rejects.isEmpty && events.warnings.isEmpty)
    }

    @Test("banking77 has 10,003 training and 3,080 test records",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func banking77() throws {
        let train = try CSVEvents.read(TestPaths.dataset("banking77/train.csv"))
        #expect(train.records.count == 10_003)
        #expect(train.records.first?.values == ["I am still waiting on my card?", "card_arrival"])
        #expect(train.records.last?.values == ["Which countries are represented?", "country_support"])
        let test = try CSVEvents.read(TestPaths.dataset("banking77/test.csv"))
        #expect(test.records.count == 3_080)
        #expect(train.rejects.isEmpty && test.rejects.isEmpty)
    }

    @Test("bitext-llm has 4,514 records, 3,386 of them with multi-line answers",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func bitext() throws {
        let events = try CSVEvents.read(TestPaths.dataset("bitext-llm/Bitext_Sample_Customer_Support_Training_Dataset.csv"))
        #expect(events.records.count == 4_514)
        #expect(events.records.filter { $0["response"]?.contains("\n") == true }.count == 3_386)
        #expect(events.records.first?["instruction"] == "how can I cancel purchase 113542617735902?")
        #expect(events.records.last?["intent"] == "track_refund")
        #expect(events.rejects.isEmpty)
    }

    @Test("amazon-alexa-reviews is tab-separated with 3,150 records and its BOM stripped",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func alexa() throws {
        let events = try CSVEvents.read(TestPaths.dataset("amazon-alexa-reviews/amazon_alexa.tsv"))
        #expect(events.records.count == 3_150)
        #expect(events.records.first?.names == ["rating", "date", "variation", "verified_reviews", "feedback"])
        #expect(events.records.first?.values == ["5", "31-Jul-18", "Charcoal Fabric ", "Love my Echo!", "1"])
        #expect(events.rejects.isEmpty)
    }

    @Test("stackoverflow-stc titles are 20,000 one-field records, quotes kept",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func stackoverflow() throws {
        let events = try CSVEvents.read(TestPaths.dataset("stackoverflow-stc/title_StackOverflow.txt"),
                                        CSVOptions(hasHeader: false))
        #expect(events.records.count == 20_000)
        #expect(events.records.first?.names == ["column1"])
        #expect(events.records.first?.values == ["How do I fill a DataSet or a DataTable from a LINQ query resultset ?"])
        #expect(events.records[287].values == ["\"Phantom\" directories in an SVN repository"])
        #expect(events.records[287].location == RecordLocation(line: 288, index: 287))
        #expect(events.records.last?.values == ["Magento : Call to a member function count() on a non-object"])
        #expect(events.rejects.isEmpty)
    }

    @Test("ag-news-sample train.csv has 581 quoted records of 3 fields without a header",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func agNews() throws {
        let events = try CSVEvents.read(TestPaths.dataset("ag-news-sample/train.csv"), CSVOptions(hasHeader: false))
        #expect(events.records.count == 581)
        #expect(events.records.first?.names == ["column1", "column2", "column3"])
        #expect(events.records.first?.values.prefix(2) == ["3", "Wall St. Bears Claw Back Into the Black (Reuters)"])
        #expect(events.records.last?.values.prefix(2) == ["4", "Lebanese shun mobile phones for a day in protest at high costs (AFP)"])
        #expect(events.rejects.isEmpty)
    }
}
