import Foundation
import Testing
import Store
@testable import Pipeline

@Suite("Patterns in the demo corpus")
struct PatternAnalysisTests {
    /// What the tests compare: planted truth and found patterns, keyed by (source/external id).
    struct Truth {
        let slugOf: [String: String]
        let keyOf: [Int64: String]
        let accountOf: [Int64: String]
        let foundTheme: [String: String]
        let recurring: [(account: String, slug: String, tickets: [String])]
        let spikeSlug: String
        let patterns: [PatternRecord]

        init(_ analysed: AnalysedDemo) throws {
            let demo = analysed.demo
            slugOf = try demo.truth()
            var keyOf: [Int64: String] = [:]
            var accountOf: [Int64: String] = [:]
            var themeOf: [String: String] = [:]
            for row in try demo.store.assignmentRows() {
                guard let id = Int64(row[0]) else { continue }
                keyOf[id] = row[1] + "/" + row[2]
                accountOf[id] = row[4]
                themeOf[row[1] + "/" + row[2]] = row[6]
            }
            self.keyOf = keyOf
            self.accountOf = accountOf
            // Each planted theme's found theme: the one holding most of its items.
            var votes: [String: [String: Int]] = [:]
            for (key, slug) in slugOf where !slug.isEmpty {
                if let theme = themeOf[key], !theme.isEmpty { votes[slug, default: [:]][theme, default: 0] += 1 }
            }
            foundTheme = votes.compactMapValues { $0.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
            let text = try String(contentsOf: demo.workspace.directory.appendingPathComponent("truth/recurring.csv"), encoding: .utf8)
            recurring = text.split(separator: "\n").dropFirst().map { line in
                let p = line.split(separator: ",").map(String.init)
                return (p[0], p[1], p[2].split(separator: " ").map { "tickets/" + $0 })
            }
            let themes = try JSONSerialization.jsonObject(with: Data(contentsOf: demo.workspace.directory
                .appendingPathComponent("truth/themes.json"))) as? [[String: Any]] ?? []
            spikeSlug = themes.first { $0["effect"] as? String == "spike" }?["slug"] as? String ?? ""
            patterns = try demo.store.patternRecords()
        }

        /// Whether a recurring-issue row is a real recurrence: at least three of its contacts
        /// were planted on one theme, and that theme was found as the row's theme.
        func isReal(_ r: PatternRecord) -> Bool {
            var counts: [String: Int] = [:]
            for id in r.itemIDs { if let slug = keyOf[id].flatMap({ slugOf[$0] }), !slug.isEmpty { counts[slug, default: 0] += 1 } }
            return counts.contains { $0.value >= 3 && foundTheme[$0.key] == r.themeID }
        }
    }

    @Test("Every planted recurring issue is found: one recurring issue of its account holds at least three of its tickets")
    func plantedRecurringIssuesAreFound() throws {
        let truth = try Truth(try AnalysedDemo.get())
        #expect(truth.recurring.count >= 20)
        let episodes = truth.patterns.filter { $0.kind == .recurringIssue && $0.themeID != nil }
        var missed: [String] = []
        for planted in truth.recurring {
            let tickets = Set(planted.tickets)
            let found = episodes.contains { e in
                e.accountID == planted.account && e.itemIDs.filter { truth.keyOf[$0].map(tickets.contains) ?? false }.count >= 3
            }
            if !found { missed.append("\(planted.account) \(planted.slug)") }
        }
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    @Test("The planted spike alerts in the latest week, and at most 10% of all alerts are false")
    func spikeAlertsAndFalseAlerts() throws {
        let truth = try Truth(try AnalysedDemo.get())
        let spikeTheme = try #require(truth.foundTheme[truth.spikeSlug])
        let alerts = truth.patterns.filter(\.alert)
        #expect(alerts.contains { $0.kind == .spike && $0.themeID == spikeTheme })
        let falseAlerts = alerts.filter { a in
            switch a.kind {
            case .spike, .emergingTheme: return a.themeID != spikeTheme
            case .recurringIssue: return !truth.isReal(a)
            default: return true
            }
        }
        #expect(Double(falseAlerts.count) <= 0.1 * Double(alerts.count),
                "\(falseAlerts.count) false of \(alerts.count) alerts: \(falseAlerts.map(\.detail).prefix(5))")
        let history = truth.patterns.filter { $0.kind == .recurringIssue && $0.themeID != nil }
        let unreal = history.filter { !truth.isReal($0) }
        #expect(Double(unreal.count) <= 0.1 * Double(history.count), "\(unreal.count) of \(history.count) recurring issues are not real")
    }
}
