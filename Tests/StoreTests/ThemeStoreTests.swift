import Foundation
import GRDB
import Testing
@testable import Store
import VerbatimCore

@Suite("Storing themes")
struct ThemeStoreTests {
    /// A store with four items of two accounts over two months.
    func store() throws -> (Store, [Int64]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-themes-\(UUID().uuidString).sqlite")
        let store = try Store(path: url.path)
        let day: (Int, Int) -> Date = { m, d in Date(timeIntervalSince1970: TimeInterval(CivilDate.days(year: 2026, month: m, day: d) * 86_400)) }
        let items = [
            FeedbackItem(source: "t", externalID: "1", kind: .ticket, text: "reset link expired", accountID: "ACME", createdAt: day(7, 1)),
            FeedbackItem(source: "t", externalID: "2", kind: .ticket, text: "password reset mail missing", accountID: "ACME", createdAt: day(8, 20)),
            FeedbackItem(source: "t", externalID: "3", kind: .chat, text: "invoice shows double charge", accountID: "BETA", createdAt: day(8, 25)),
            FeedbackItem(source: "t", externalID: "4", kind: .survey, text: "great", accountID: "BETA", createdAt: day(8, 30)),
        ]
        _ = try store.ingest(file: "t.csv", source: "t", kind: .ticket, runID: nil) { w in
            for item in items { _ = try w.upsert(item, line: nil) }
        }
        return (store, try store.analysisItems().map(\.id))
    }

    func snapshot(_ ids: [Int64], replaces: Bool = true) -> ThemeSnapshot {
        ThemeSnapshot(
            themes: [
                ThemeRecord(id: "G1", level: 1, label: "account", autoLabel: "account", position: 0, size: 3),
                ThemeRecord(id: "T1", label: "password reset", autoLabel: "password reset", parentID: "G1", position: 0, size: 2,
                            topTerms: ["password reset", "link"], quoteItemIDs: [ids[1]]),
                ThemeRecord(id: "T2", label: "invoice", autoLabel: "invoice", parentID: "G1", position: 1, size: 1, quoteItemIDs: [ids[2]]),
            ],
            assignments: [
                ThemeAssignment(itemID: ids[0], themeID: "T1", similarity: 0.5),
                ThemeAssignment(itemID: ids[1], themeID: "T1", similarity: 0.7),
                ThemeAssignment(itemID: ids[2], themeID: "T2", similarity: 0.9),
                ThemeAssignment(itemID: ids[3], themeID: nil, similarity: 0.01),
            ],
            events: [ThemeEvent(themeID: "T1", kind: .new), ThemeEvent(themeID: "T2", kind: .new)],
            models: ["analysis": Array("{}".utf8)], replacesAssignments: replaces)
    }

    @Test("Summaries count items, share, accounts and dates per theme, under a filter too")
    func summaries() throws {
        let (store, ids) = try store()
        try store.save(snapshot(ids), runID: nil)
        let all = try store.themeSummaries()
        #expect(all.total == 4 && all.unthemed == 1)
        #expect(all.themes.map(\.id) == ["T1", "T2"])
        #expect(all.themes[0].items == 2 && all.themes[0].share == 0.5 && all.themes[0].accounts == 1)
        #expect(all.themes[0].example == "password reset mail missing")
        #expect(all.themes[0].parentLabel == "account")
        #expect(all.themes[0].firstSeen == "2026-07-01T00:00:00Z" && all.themes[0].lastSeen == "2026-08-20T00:00:00Z")
        let beta = try store.themeSummaries(filter: ThemeFilter(account: "BETA"))
        #expect(beta.total == 2 && beta.themes.map(\.id) == ["T2"] && beta.themes[0].share == 0.5)
        let since = try store.themeSummaries(filter: ThemeFilter(since: "2026-08-01T00:00:00Z", kind: "ticket"))
        #expect(since.total == 1 && since.themes.map(\.items) == [1])
    }

    @Test("Saving writes without checking references row by row, yet leaves none broken and checks on after")
    func uncheckedSaveKeepsReferences() throws {
        let (store, ids) = try store()
        try store.save(snapshot(ids), runID: nil)
        try store.save(snapshot(ids, replaces: false), runID: nil)
        let broken = try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(broken.isEmpty)
        // Enforcement is back on for the next write: an assignment of no item is refused.
        #expect(throws: StoreError.self) {
            try store.write { db in
                try db.execute(sql: "INSERT INTO assignments (item_id, theme_id, similarity) VALUES (999999, 'T1', 0.5)")
            }
        }
        // And a failed unchecked write rolls back whole, leaving the saved assignments.
        #expect(throws: StoreError.self) {
            try store.writeUnchecked { db in
                try db.execute(sql: "DELETE FROM assignments")
                try db.execute(sql: "INSERT INTO no_such_table VALUES (1)")
            }
        }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assignments") } == 4)
    }

    @Test("A full snapshot retires themes it no longer has; an incremental one only adds assignments")
    func retireAndExtend() throws {
        let (store, ids) = try store()
        try store.save(snapshot(ids), runID: nil)
        var next = snapshot(ids)
        next.themes.removeAll { $0.id == "T2" }
        next.assignments[2].themeID = nil
        try store.save(next, runID: nil)
        let records = try store.themeRecords()
        #expect(records.first { $0.id == "T2" }?.status == "retired")
        #expect(try store.themeRecords(includeRetired: false).map(\.id) == ["T1", "G1"])
        #expect(try store.assignmentCoverage() == (items: 4, assigned: 4, unthemed: 2))
        #expect(try store.themeEvents(themeID: "T1").count == 2)
        #expect(try store.model(named: "analysis") == Array("{}".utf8))
    }

    @Test("Items without an assignment are the ones an incremental analysis reads")
    func unassigned() throws {
        let (store, ids) = try store()
        var partial = snapshot(ids)
        partial.assignments.removeLast()
        try store.save(partial, runID: nil)
        #expect(try store.analysisItems(unassignedOnly: true).map(\.externalID) == ["4"])
        let rows = try store.assignmentRows()
        #expect(rows.count == 3 && rows[0][1 ... 6] == ["t", "1", "ticket", "ACME", "2026-07-01T00:00:00Z", "T1"])
        #expect(try store.accountThemeRows() == [["ACME", "T1", "2", "2026-07-01T00:00:00Z", "2026-08-20T00:00:00Z"],
                                                 ["BETA", "T2", "1", "2026-08-25T00:00:00Z", "2026-08-25T00:00:00Z"]])
    }

    @Test("An item whose text changes loses its assignment, so the next analysis reads it again")
    func changedTextIsReanalysed() throws {
        let (store, ids) = try store()
        try store.save(snapshot(ids), runID: nil)
        #expect(try store.analysisItems(unassignedOnly: true).isEmpty)
        _ = try store.ingest(file: "t.csv", source: "t", kind: .ticket, runID: nil) { w in
            _ = try w.upsert(FeedbackItem(source: "t", externalID: "3", kind: .chat, text: "invoice charged twice again",
                                          accountID: "BETA"), line: nil)
        }
        #expect(try store.analysisItems(unassignedOnly: true).map(\.externalID) == ["3"])
        #expect(try store.assignmentCoverage() == (items: 4, assigned: 3, unthemed: 1))
    }
}
