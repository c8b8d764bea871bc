import Foundation
import Testing
@testable import SampleCorpus

/// Writes a corpus into a fresh temporary folder.
func writeCorpus(items: Int, accounts: Int, seed: UInt64 = 42) throws -> (URL, SampleSummary) {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("verbatim-sample-\(UUID().uuidString)")
    let summary = try SampleCorpus.write(to: directory, options: SampleOptions(items: items, accounts: accounts, seed: seed))
    return (directory, summary)
}

@Suite("SampleCorpus")
struct SampleCorpusTests {
    @Test("The same options give byte-identical files and another seed different tickets")
    func deterministic() throws {
        let (a, summaryA) = try writeCorpus(items: 3000, accounts: 120)
        let (b, summaryB) = try writeCorpus(items: 3000, accounts: 120)
        let (c, _) = try writeCorpus(items: 3000, accounts: 120, seed: 43)
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(at: d) } }
        #expect(summaryA.files.count == 10)
        #expect(summaryA.files.map(\.lastPathComponent) == summaryB.files.map(\.lastPathComponent))
        for (fa, fb) in zip(summaryA.files, summaryB.files) {
            #expect(try Data(contentsOf: fa) == Data(contentsOf: fb), "\(fa.lastPathComponent) differs")
        }
        #expect(try Data(contentsOf: a.appendingPathComponent("tickets.csv"))
                != Data(contentsOf: c.appendingPathComponent("tickets.csv")))
    }

    @Test("Counts in the summary match the files and the truth rows")
    func counts() throws {
        let (dir, summary) = try writeCorpus(items: 2000, accounts: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(summary.tickets == 1100)
        #expect(summary.chats == 500)
        #expect(summary.surveys == 400)
        #expect(summary.accounts == 80)
        #expect(summary.themes == 16)
        let tickets = try Data(contentsOf: dir.appendingPathComponent("tickets.csv"))
        #expect(CorpusReader.countCSVRows(tickets) == 1100)
        let chats = try Data(contentsOf: dir.appendingPathComponent("chats.json"))
        #expect(CorpusReader.occurrences(of: "\"id\": \"c", in: chats) == 500)
        let surveys = try Data(contentsOf: dir.appendingPathComponent("surveys.xml"))
        #expect(CorpusReader.occurrences(of: "<response ", in: surveys) == 400)
        let accounts = try Data(contentsOf: dir.appendingPathComponent("accounts.csv"))
        #expect(CorpusReader.countCSVRows(accounts) == 80)
        let truth = try Data(contentsOf: dir.appendingPathComponent("truth/items.csv"))
        let rows = CorpusReader.parseCSV(truth).dropFirst()
        #expect(rows.count == 2000)
        #expect(rows.filter { $0[0] == "tickets" }.count == 1100)
        #expect(rows.filter { $0[0] == "chats" }.count == 500)
        #expect(rows.filter { $0[0] == "surveys" }.count == 400)
        let themes = try JSONSerialization.jsonObject(
            with: Data(contentsOf: dir.appendingPathComponent("truth/themes.json"))) as! [[String: Any]]
        #expect(themes.count == 16)
        let planted = themes.map { t -> Int in
            let p = t["planted"] as! [String: Int]
            return p["tickets"]! + p["chats"]! + p["surveys"]!
        }.reduce(0, +)
        #expect(planted == rows.filter { !$0[2].isEmpty }.count)
    }

    @Test("Every item id in the files appears exactly once in truth/items.csv")
    func truthCoversEveryItem() throws {
        let (dir, _) = try writeCorpus(items: 2000, accounts: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try CorpusReader(directory: dir)
        #expect(corpus.items.count == 2000)
        let fileKeys = corpus.items.map { "\($0.source)/\($0.id)" }
        let truthKeys = corpus.truth.map { "\($0[0])/\($0[1])" }
        #expect(Set(fileKeys).count == 2000)
        #expect(Set(truthKeys).count == truthKeys.count)
        #expect(Set(fileKeys) == Set(truthKeys))
        #expect(!corpus.items.contains { $0.theme == "?" })
        let noise = corpus.truth.filter { $0[2].isEmpty }.count
        #expect(noise > 100 && noise < 220)   // ~8% of 2000
        let recurring = CorpusReader.parseCSV(try Data(contentsOf: dir.appendingPathComponent("truth/recurring.csv")))
        #expect(recurring.first == ["account_id", "theme", "external_ids"])
        #expect(recurring.count - 1 == 16)
        for row in recurring.dropFirst() {
            let ids = row[2].split(separator: " ").map(String.init)
            #expect((3...5).contains(ids.count))
            let dated = corpus.items.filter { $0.source == "tickets" && ids.contains($0.id) }
            #expect(dated.count == ids.count)
            #expect(dated.allSatisfy { $0.account == row[0] && $0.theme == row[1] })
            let epochs = dated.map(\.epoch)
            #expect(epochs.max()! - epochs.min()! < 21 * 86_400)
        }
    }

    @Test("Each theme has at least 10 distinct first sentences in a 5,000-item corpus")
    func phrasingVariety() throws {
        let (dir, _) = try writeCorpus(items: 5000, accounts: 300)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try CorpusReader(directory: dir)
        var firsts: [String: Set<String>] = [:]
        for item in corpus.items where item.source == "tickets" && !item.theme.isEmpty {
            firsts[item.theme, default: []].insert(item.firstText)
        }
        #expect(firsts.count == 16)
        for (theme, sentences) in firsts {
            #expect(sentences.count >= 10, "\(theme) has \(sentences.count) distinct first sentences")
        }
    }

    @Test("Invalid options give a readable error")
    func invalidOptions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-sample-invalid")
        #expect(throws: SampleCorpusError.invalidOption(
            name: "items", value: "9", reason: "a corpus needs at least 10 items; try --items 5000")) {
            try SampleCorpus.write(to: dir, options: SampleOptions(items: 9))
        }
        do {
            _ = try SampleCorpus.write(to: dir, options: SampleOptions(accounts: 4))
            Issue.record("4 accounts were accepted")
        } catch let error as SampleCorpusError {
            #expect(error.description == "invalid --accounts 4: a corpus needs at least 5 accounts; try --accounts 300")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path))
    }

    @Test("The smallest corpus is complete and the workspace config is exact")
    func smallestCorpus() throws {
        let (dir, summary) = try writeCorpus(items: 10, accounts: 5)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(summary.tickets + summary.chats + summary.surveys == 10)
        let toml = try String(contentsOf: dir.appendingPathComponent("verbatim.toml"), encoding: .utf8)
        #expect(toml.hasPrefix("# Verbatim workspace for the demo corpus written by `verbatim sample`.\n[[source]]\nname = \"tickets\"\n"))
        #expect(toml.hasSuffix("[themes]\nk = \"auto\"\nseed = 42\n"))
        let header = try String(contentsOf: dir.appendingPathComponent("tickets.csv"), encoding: .utf8)
            .components(separatedBy: "\n")[0]
        #expect(header == "Id,Subject,Description,Status,Priority,Ticket type,Via,Tags,Requester,Requester email,"
                + "Organization,Created at,Updated at,Solved at,First reply time in minutes,"
                + "Full resolution time in minutes,Reopens,Replies")
        let corpus = try CorpusReader(directory: dir)
        #expect(corpus.items.count == 10)
        #expect(corpus.accounts.count == 5)
    }
}

@Suite("The shipped demo workspace")
struct ShippedDemoTests {
    @Test("corpora/demo is exactly what `verbatim sample` writes with the default options")
    func inSync() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = root.appendingPathComponent("corpora/demo")
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let summary = try SampleCorpus.write(to: fresh, options: SampleOptions())
        #expect(summary.tickets + summary.chats + summary.surveys == 5_000)
        for name in ["tickets.csv", "chats.json", "surveys.xml", "accounts.csv", "verbatim.toml",
                     "truth/themes.json", "truth/items.csv", "truth/recurring.csv", "truth/kpis.csv", "truth/README.md"] {
            let a = try Data(contentsOf: shipped.appendingPathComponent(name))
            let b = try Data(contentsOf: fresh.appendingPathComponent(name))
            #expect(a == b, "corpora/demo/\(name) differs from a fresh sample; regenerate it with `verbatim sample --out corpora/demo`")
        }
    }
}
