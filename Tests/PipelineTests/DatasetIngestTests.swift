import Foundation
import Testing
import Ingest
import Store
import VerbatimCore
@testable import Pipeline

/// Every shared real dataset ingests with the record counts its README gives.
@Suite("Ingesting the real datasets", .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
struct DatasetIngestTests {
    func ingest(_ path: String, source: String, format: FileFormat? = nil) throws -> (FileReport, StoreStatus) {
        let store = try Store(path: try TestPaths.temporaryDirectory().appendingPathComponent("v.sqlite").path)
        let report = try Ingester(store: store).ingest(TestPaths.dataset(path), format: format, options: MappingOptions(source: source), runID: nil)
        return (report, try store.status())
    }

    @Test("twcs-sample: 5,000 tweets, the bare CR in tweet 3399 inside one record")
    func twcs() throws {
        let (report, status) = try ingest("twcs-sample/twcs.csv", source: "twcs")
        #expect(report.preset == "twcs")
        #expect(report.counts == IngestCounts(added: 5_000))
        #expect(status.items == 5_000)
    }

    @Test("kaggle-support-tickets: 8,469 tickets")
    func kaggle() throws {
        let (report, status) = try ingest("kaggle-support-tickets/customer_support_tickets.csv", source: "kaggle")
        #expect(report.preset == "kaggle-tickets")
        #expect(report.counts == IngestCounts(added: 8_469))
        #expect(status.itemsByKind == ["ticket": 8_469])
    }

    @Test("banking77: 10,003 train and 3,080 test requests, duplicates kept")
    func banking77() throws {
        let (train, _) = try ingest("banking77/train.csv", source: "train")
        let (test, _) = try ingest("banking77/test.csv", source: "test")
        #expect(train.preset == "banking77")
        #expect(train.counts == IngestCounts(added: 10_003))
        #expect(test.counts == IngestCounts(added: 3_080))
    }

    @Test("twitter-care-ibm: 525 and 500 conversations as chats")
    func twitterCare() throws {
        let (dev, status) = try ingest("twitter-care-ibm/dev.json", source: "dev")
        let (test, _) = try ingest("twitter-care-ibm/test.json", source: "test")
        #expect(dev.preset == "twitter-care")
        #expect(dev.counts == IngestCounts(added: 525))
        #expect(test.counts == IngestCounts(added: 500))
        #expect(status.itemsByKind == ["chat": 525])
    }

    @Test("bitext-llm: 4,514 requests with multi-line answers kept as agent text")
    func bitext() throws {
        let (report, _) = try ingest("bitext-llm/Bitext_Sample_Customer_Support_Training_Dataset.csv", source: "bitext")
        #expect(report.preset == "bitext")
        #expect(report.counts == IngestCounts(added: 4_514))
    }

    @Test("amazon-alexa-reviews: 3,150 reviews, the 79 blank ones stored for their rating and counted as without text")
    func amazon() throws {
        let (report, status) = try ingest("amazon-alexa-reviews/amazon_alexa.tsv", source: "alexa")
        #expect(report.preset == "amazon-reviews")
        #expect(report.counts.total == 3_150)
        #expect(report.counts == IngestCounts(added: 3_150))
        #expect(status.itemsWithoutText == 79)
        #expect(status.itemsByKind == ["review": 3_150])
    }

    @Test("stackoverflow-stc: 20,000 titles, one per line")
    func stackoverflow() throws {
        let (report, _) = try ingest("stackoverflow-stc/title_StackOverflow.txt", source: "so")
        #expect(report.format == .lines)
        #expect(report.counts == IngestCounts(added: 20_000))
    }
}
