import Foundation
import Testing
@testable import Store
import VerbatimCore

@Suite("Writing items")
struct ItemWriterTests {
    func temporaryStore() throws -> Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try Store(path: dir.appendingPathComponent("verbatim.sqlite").path)
    }

    func items(_ n: Int, text: (Int) -> String = { "text \($0)" }) -> [FeedbackItem] {
        (0..<n).map { FeedbackItem(source: "tickets", externalID: "T\($0)", kind: .ticket, text: text($0), accountID: "A\($0 % 3)") }
    }

    @Test("Writing the same records twice adds nothing the second time")
    func idempotent() throws {
        let store = try temporaryStore()
        let first = try store.ingest(file: "/x/tickets.csv", source: "tickets", kind: .ticket, runID: nil) { w in
            for item in items(50) { try w.upsert(item, line: nil) }
        }
        #expect(first == IngestCounts(added: 50))
        let second = try store.ingest(file: "/x/tickets.csv", source: "tickets", kind: .ticket, runID: nil) { w in
            for item in items(50) { try w.upsert(item, line: nil) }
        }
        #expect(second == IngestCounts(unchanged: 50))
        #expect(try store.status().items == 50)
    }

    @Test("A changed record is updated in place, exactly one")
    func changedRecord() throws {
        let store = try temporaryStore()
        _ = try store.ingest(file: "f", source: "tickets", kind: .ticket, runID: nil) { w in
            for item in items(10) { try w.upsert(item, line: nil) }
        }
        let counts = try store.ingest(file: "f", source: "tickets", kind: .ticket, runID: nil) { w in
            for item in items(10, text: { $0 == 7 ? "changed" : "text \($0)" }) { try w.upsert(item, line: nil) }
        }
        #expect(counts == IngestCounts(updated: 1, unchanged: 9))
        #expect(try store.item(source: "tickets", externalID: "T7")?["text"] == "changed")
        #expect(try store.status().items == 10)
    }

    @Test("Rejects of a file are replaced, not piled up, when it is read again")
    func rejectsReplaced() throws {
        let store = try temporaryStore()
        for _ in 0..<3 {
            _ = try store.ingest(file: "f", source: "s", kind: .ticket, runID: nil) { w in
                try w.reject(RecordReject(location: RecordLocation(line: 4, index: 2), reason: "expected 3 fields, found 2", excerpt: "a,b"))
            }
        }
        let status = try store.status()
        #expect(status.rejects == 1)
        #expect(status.rejectGroups.first?.firstLocation == "line 4")
        #expect(try store.rejects(file: "f").map(\.reason) == ["expected 3 fields, found 2"])
    }

    @Test("A failure inside the file's transaction rolls the whole file back")
    func rollback() throws {
        struct Boom: Error {}
        let store = try temporaryStore()
        #expect(throws: Boom.self) {
            _ = try store.ingest(file: "f", source: "s", kind: .ticket, runID: nil) { w in
                for item in items(5) { try w.upsert(item, line: nil) }
                throw Boom()
            }
        }
        #expect(try store.status().items == 0)
        #expect(try store.status().sources.isEmpty)
    }

    @Test("Status counts items per source and kind")
    func status() throws {
        let store = try temporaryStore()
        _ = try store.ingest(file: "a", source: "tickets", kind: .ticket, runID: nil) { w in
            for item in items(4) { try w.upsert(item, line: nil) }
        }
        _ = try store.ingest(file: "b", source: "nps", kind: .survey, runID: nil) { w in
            try w.upsert(FeedbackItem(source: "nps", externalID: "r1", kind: .survey, text: "", score: 9, scoreType: .nps), line: 2)
        }
        let s = try store.status()
        #expect(s.items == 5)
        #expect(s.itemsWithoutText == 1)
        #expect(s.itemsByKind == ["ticket": 4, "survey": 1])
        #expect(s.sources.map(\.name) == ["nps", "tickets"])
        #expect(s.sources.map(\.items) == [1, 4])
    }

    @Test("A score without its scale is refused by the schema")
    func scoreNeedsScale() throws {
        let store = try temporaryStore()
        #expect(throws: StoreError.self) {
            _ = try store.ingest(file: "f", source: "s", kind: .survey, runID: nil) { w in
                try w.upsert(FeedbackItem(source: "s", externalID: "1", kind: .survey, text: "x", score: 3), line: nil)
            }
        }
    }

    @Test("Accounts are upserted by id with changes counted")
    func accounts() throws {
        let store = try temporaryStore()
        let a = [Account(id: "A1", name: "Acme", mrrStart: 100, churned: false), Account(id: "A2", churned: true)]
        #expect(try store.upsertAccounts(a, rejects: [:], files: ["acc.csv"], runID: nil) == IngestCounts(added: 2))
        var b = a
        b[0].mrrEnd = 120
        #expect(try store.upsertAccounts(b, rejects: [:], files: ["acc.csv"], runID: nil) == IngestCounts(updated: 1, unchanged: 1))
        #expect(try store.accounts().map(\.id) == ["A1", "A2"])
        #expect(try store.status().churnedAccounts == 1)
    }

    @Test("Runs record their counts and status")
    func runs() throws {
        let store = try temporaryStore()
        let id = try store.beginRun(command: "ingest", version: "test", configHash: nil)
        #expect(try store.status().lastRun?.status == "running")
        try store.finishRun(id: id, ok: true, counts: IngestCounts(added: 3), stageSeconds: ["ingest": 0.5], inputHashes: [:])
        #expect(try store.status().lastRun == StoreStatus.LastRun(id: id, command: "ingest", finishedAt: try store.status().lastRun?.finishedAt, status: "ok"))
    }
}
