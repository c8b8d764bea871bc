import Foundation
import Testing
import Store
import VerbatimCore

@Suite("Storing patterns")
struct PatternStoreTests {
    /// A store with items marked escalated in each way an export can, and one that is not.
    func store() throws -> (Store, [Int64]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-patterns-\(UUID().uuidString).sqlite")
        let store = try Store(path: url.path)
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let items = [
            FeedbackItem(source: "t", externalID: "1", kind: .ticket, text: "sync broken", accountID: "A", createdAt: at, tags: ["Escalated", "sync"]),
            FeedbackItem(source: "t", externalID: "2", kind: .ticket, text: "sync broken", accountID: "A", createdAt: at, status: "escalated to tier 2"),
            FeedbackItem(source: "t", externalID: "3", kind: .ticket, text: "sync broken", accountID: "A", createdAt: at, extra: ["Is Escalated": "Yes"]),
            FeedbackItem(source: "t", externalID: "4", kind: .ticket, text: "sync broken", accountID: "A", createdAt: at, extra: ["escalated": "false"]),
            FeedbackItem(source: "t", externalID: "5", kind: .ticket, text: "sync broken", accountID: "A", createdAt: at, resolutionHours: 5),
        ]
        _ = try store.ingest(file: "t.csv", source: "t", kind: .ticket, runID: nil) { w in
            for item in items { _ = try w.upsert(item, line: nil) }
        }
        return (store, try store.analysisItems().map(\.id))
    }

    @Test("Escalation is read from tags, status and a true extra field; a false one is not an escalation")
    func escalationMarks() throws {
        let (store, _) = try store()
        let inputs = try store.patternInputs()
        #expect(inputs.map(\.escalated) == [true, true, true, false, false])
        #expect(inputs.last?.resolutionHours == 5)
    }

    @Test("Issue types, patterns and repeat contacts are replaced whole, and an edited item is classified again")
    func replaceAndReclassify() throws {
        let (store, ids) = try store()
        try store.saveItemPatterns(ids.map { ItemPattern(itemID: $0, issueType: "integration", confidence: 0.8, source: .rules, sentiment: -0.5) },
                                   replacingAll: true, runID: nil)
        #expect(try store.itemsToClassify(all: false).isEmpty)
        #expect(try store.issueTypeSummary().map(\.items) == [5])
        try store.replacePatterns([PatternRecord(kind: .spike, themeID: "T1", items: 30, baseline: 10, z: 6, alert: true)],
                                  repeats: [(ids[0], ids[1])], runID: nil)
        try store.replacePatterns([PatternRecord(kind: .recurringIssue, accountID: "A", items: 3, itemIDs: Array(ids.prefix(3)))], runID: nil)
        let stored = try store.patternRecords()
        #expect(stored.map(\.kind) == [.recurringIssue] && stored.first?.itemIDs == Array(ids.prefix(3)))
        #expect(try store.patternRecords(alertsOnly: true).isEmpty)

        _ = try store.ingest(file: "t.csv", source: "t", kind: .ticket, runID: nil) { w in
            _ = try w.upsert(FeedbackItem(source: "t", externalID: "1", kind: .ticket, text: "sync fixed, thanks", accountID: "A",
                                          createdAt: Date(timeIntervalSince1970: 1_790_000_000)), line: nil)
        }
        #expect(try store.itemsToClassify(all: false).map(\.id) == [ids[0]])
    }

    @Test("Repeat contacts are replaced by exactly the new pairs, the first per resolved item, all under the new run")
    func repeatContactsReplaced() throws {
        let (store, ids) = try store()
        let first = try store.beginRun(command: "run", version: "test", configHash: nil)
        let second = try store.beginRun(command: "run", version: "test", configHash: nil)
        try store.replacePatterns([], repeats: [(ids[0], ids[1]), (ids[1], ids[2]), (ids[2], ids[3])], runID: first)
        #expect(try store.repeatContacts().map { [$0.item, $0.repeatItem, $0.runID ?? 0] }
                == [[ids[0], ids[1], first], [ids[1], ids[2], first], [ids[2], ids[3], first]])
        // Kept, changed, dropped, added, and a second pair for one resolved item (the first wins).
        try store.replacePatterns([], repeats: [(ids[0], ids[1]), (ids[1], ids[4]), (ids[3], ids[4]), (ids[3], ids[0])], runID: second)
        #expect(try store.repeatContacts().map { [$0.item, $0.repeatItem, $0.runID ?? 0] }
                == [[ids[0], ids[1], second], [ids[1], ids[4], second], [ids[3], ids[4], second]])
        try store.replacePatterns([], repeats: [(ids[3], ids[4])], runID: nil)
        #expect(try store.repeatContacts().map { [$0.item, $0.repeatItem] } == [[ids[3], ids[4]]])
        #expect(try store.repeatContacts().allSatisfy { $0.runID == nil })
    }
}
