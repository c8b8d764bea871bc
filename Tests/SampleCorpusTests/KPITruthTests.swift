import Foundation
import Testing
@testable import SampleCorpus

/// `truth/kpis.csv` against the files it describes, recounted from them.
@Suite("KPI truth")
struct KPITruthTests {
    static func truth(_ dir: URL) throws -> [String: (String, String)] {
        let rows = CorpusReader.parseCSV(try Data(contentsOf: dir.appendingPathComponent("truth/kpis.csv")))
        #expect(rows.first == ["metric", "numerator", "denominator"])
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], ($0[1], $0[2])) })
    }

    @Test("NPS, CES, churn and revenue in truth/kpis.csv are what the survey and account files hold")
    func recount() throws {
        let (dir, _) = try writeCorpus(items: 3000, accounts: 150)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try CorpusReader(directory: dir)
        let truth = try Self.truth(dir)
        let nps = corpus.items.filter { $0.scoreType == "nps" }.compactMap(\.score)
        let promoters = nps.filter { $0 >= 9 }.count, detractors = nps.filter { $0 <= 6 }.count
        #expect(truth["nps"]! == (String(promoters - detractors), String(nps.count)))
        let ces = corpus.items.filter { $0.scoreType == "ces" }.compactMap(\.score)
        #expect(truth["ces"]! == (String(ces.reduce(0, +)), String(ces.count)))
        let churned = corpus.accounts.filter { $0[5] == "true" }
        #expect(truth["customer_churn"]! == (String(churned.count), String(corpus.accounts.count)))
        func cents(_ s: String) -> Int { Int(s.replacingOccurrences(of: ".", with: ""))! }
        let start = corpus.accounts.map { cents($0[3]) }.reduce(0, +)
        let lost = churned.map { cents($0[3]) }.reduce(0, +) + corpus.accounts.map { cents($0[7]) }.reduce(0, +)
        #expect(cents(truth["revenue_churn"]!.0) == lost)
        #expect(cents(truth["revenue_churn"]!.1) == start)
        #expect(cents(truth["expansion_mrr"]!.0) == corpus.accounts.map { cents($0[8]) }.reduce(0, +))
        #expect(truth["retention_rate"]! == (String(corpus.accounts.count - churned.count), String(corpus.accounts.count)))
    }

    @Test("Ticket counts in truth/kpis.csv match tickets.csv: open ones have no solve date, first-contact ones no reopen")
    func tickets() throws {
        let (dir, summary) = try writeCorpus(items: 2000, accounts: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = CorpusReader.parseCSV(try Data(contentsOf: dir.appendingPathComponent("tickets.csv"))).dropFirst()
        let truth = try Self.truth(dir)
        let open = rows.filter { $0[13].isEmpty }.count
        let firstContact = rows.filter { !$0[13].isEmpty && $0[16] == "0" }.count
        #expect(truth["ticket_volume"]! == (String(summary.tickets), "1"))
        #expect(truth["open_tickets"]! == (String(open), String(summary.tickets)))
        #expect(truth["fcr"]! == (String(firstContact), String(summary.tickets - open)))
    }
}
