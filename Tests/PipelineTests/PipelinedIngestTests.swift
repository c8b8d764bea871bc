import Foundation
import GRDB
import Testing
import Ingest
@testable import Store
import VerbatimCore
@testable import Pipeline

@Suite("Reading beside writing")
struct PipelinedIngestTests {
    /// More records than the queue holds (so the reader waits for the writer), with rows of the
    /// wrong width, scores off the scale, dates that cannot be read, and JSON escapes in tags.
    static func corpus(rows: Int = 9_000) -> String {
        var out = "id,subject,text,created_at,score,tags,account\n"
        for i in 1...rows {
            if i % 997 == 0 { out += "\(i),short\n"; continue }
            let score = i % 1_201 == 0 ? "12" : String(i % 5 + 1)
            let date = i % 1_499 == 0 ? "sometime soon" : "2026-0\(i % 9 + 1)-1\(i % 10) 0\(i % 10):15:00"
            let tags = i % 7 == 0 ? "\"a \"\"quoted\"\" tag, b\\\\c\"" : "export"
            out += "\(i),Export \(i % 13),\"Export \(i) fails,\nplease help \u{00E9}\",\(date),\(score),\(tags),ACC-\(i % 31)\n"
        }
        return out
    }

    func ingest(_ text: String, name: String = "t.csv", pipelined: Bool, into store: Store? = nil,
                options: MappingOptions = MappingOptions(source: "t", scoreType: .csat)) throws -> (Store, FileReport, URL) {
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let store = try store ?? Store(path: dir.appendingPathComponent("v.sqlite").path)
        let report = try Ingester(store: store, pipelined: pipelined).ingest(url, options: options, runID: nil)
        return (store, report, url)
    }

    /// Every stored column of every item, and every reject, in id order.
    func contents(_ store: Store) throws -> (items: [[String?]], rejects: [[String?]]) {
        try store.read { db in
            func rows(_ sql: String) throws -> [[String?]] {
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.text) }
            }
            return (try rows("SELECT * FROM items ORDER BY id"),
                    try rows("SELECT run_id, source, line, record_index, record_path, reason, excerpt FROM rejects ORDER BY id"))
        }
    }

    @Test("Pipelined ingest stores the same rows, rejects, counts and warnings as the serial one")
    func sameAsSerial() throws {
        let text = PipelinedIngestTests.corpus()
        let (serialStore, serial, _) = try ingest(text, pipelined: false)
        let (pipelinedStore, pipelined, _) = try ingest(text, pipelined: true)
        #expect(serial.counts.rejected > 10)
        #expect(serial.counts.added > 8_000)
        #expect(pipelined.counts == serial.counts)
        #expect(pipelined.warnings.map { $0.replacingOccurrences(of: pipelined.file, with: "") }
                == serial.warnings.map { $0.replacingOccurrences(of: serial.file, with: "") })
        #expect(!serial.warnings.isEmpty)
        let a = try contents(serialStore), b = try contents(pipelinedStore)
        #expect(a.items.count == serial.counts.added)
        let fileColumn = 23  // `file` differs: each run wrote its own copy
        #expect(a.items.first?[fileColumn] == serial.file)
        #expect(a.items.first?[fileColumn + 1] == "2")  // the line the record starts on
        func strip(_ rows: [[String?]]) -> [[String?]] { rows.map { row in row.enumerated().map { $0.offset == fileColumn ? nil : $0.element } } }
        let same = strip(b.items) == strip(a.items)  // not printed whole when it fails: 9,000 rows
        #expect(same)
        #expect(b.rejects == a.rejects)
        #expect(a.rejects.contains { $0[5] == "expected 7 fields, found 2" })
        #expect(a.rejects.contains { $0[5] == "score 12 is outside 1–5 for csat" })
    }

    @Test("Reading the same file again pipelined finds every record unchanged")
    func reingestUnchanged() throws {
        let text = PipelinedIngestTests.corpus(rows: 3_000)
        let (store, first, url) = try ingest(text, pipelined: false)
        let again = try Ingester(store: store, pipelined: true).ingest(url, options: MappingOptions(source: "t", scoreType: .csat), runID: nil)
        #expect(again.counts == IngestCounts(unchanged: first.counts.added, rejected: first.counts.rejected))
    }

    @Test("A file that breaks off is reported and marked the same way pipelined", arguments: [false, true])
    func truncated(pipelined: Bool) throws {
        let records = (1...5_000).map { "{\"id\": \"\($0)\", \"text\": \"chat \($0)\"}" }.joined(separator: ",\n")
        let (store, report, url) = try ingest("[\n" + records + ",\n{\"id\": \"x\", \"te", name: "c.json", pipelined: pipelined,
                                              options: MappingOptions(source: "c"))
        #expect(report.counts == IngestCounts(added: 5_000, rejected: 1))
        #expect(report.truncation?.hasPrefix(url.path) == true)
        #expect(try store.rejects(file: url.path).first?.reason.hasPrefix("the file breaks off here") == true)
    }

    @Test("A mapping failure late in the file rolls the whole file back", arguments: [false, true])
    func readerFailureRollsBack(pipelined: Bool) throws {
        let (store, first, url) = try ingest("id,text\n1,kept\n", pipelined: false, options: MappingOptions(source: "t"))
        #expect(first.counts == IngestCounts(added: 1))
        // A score with no scale is an error for the whole file; it first shows on row 8,000.
        let rows = (1...9_000).map { "\($0),text \($0),\($0 == 8_000 ? "4" : "")" }.joined(separator: "\n")
        try Data(("id,text,points\n" + rows + "\n").utf8).write(to: url)
        let options = MappingOptions(source: "t", mapping: FieldMapping([.score: "points"]))
        #expect(throws: IngestError.self) {
            _ = try Ingester(store: store, pipelined: pipelined).ingest(url, options: options, runID: nil)
        }
        #expect(try store.status().items == 1)
        #expect(try store.item(source: "t", externalID: "1")?["text"] == "kept")
    }

    @Test("A store failure late in the file rolls it back and stops the reader", arguments: [false, true])
    func writerFailureRollsBack(pipelined: Bool) throws {
        let dir = try TestPaths.temporaryDirectory()
        let store = try Store(path: dir.appendingPathComponent("v.sqlite").path)
        try store.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_7000 BEFORE INSERT ON items WHEN NEW.external_id = '7000'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        #expect(throws: StoreError.self) {
            _ = try ingest(PipelinedIngestTests.corpus(), pipelined: pipelined, into: store)
        }
        #expect(try store.status().items == 0)
        #expect(try store.status().sources.isEmpty)
    }
}

