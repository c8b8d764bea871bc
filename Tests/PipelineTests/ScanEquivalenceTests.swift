import Foundation
import Testing
import Patterns
import Signals
import Store
import VerbatimCore
@testable import Pipeline

/// The byte-level scans of the patterns and signals stages against the straightforward reading
/// of the same store (a `String` per text, dictionaries of `String`s per row), on the analysed demo.
@Suite("The fast scans read what the straightforward ones read") struct ScanEquivalenceTests {
    @Test("Pattern items from the byte scan equal those from the stored strings, with the same indices")
    func patternItems() throws {
        let store = try AnalysedDemo.get().demo.store
        let themes = try store.themeRecords(includeRetired: false).filter { $0.level == 0 }.map(\.id).sorted()
        var reference = PatternIndex(themes: themes)
        let expected = try store.patternInputs().compactMap { reference.item(for: $0) }
        let (index, items) = try PatternIndex.items(store: store, themes: themes)
        #expect(items.count > 1000 && items.contains { $0.resolvedAt != nil } && items.contains { $0.issueType >= 0 })
        #expect(items == expected)
        #expect(index.accountIDs == reference.accountIDs && index.issueTypes == reference.issueTypes)
    }

    /// The signals stage's scan as first written: every figure gathered per row in dictionaries
    /// keyed by the row's strings.
    struct ReferenceScan {
        var feedback: [String: ThemeFeedback] = [:]
        var overall = ThemeFeedback()
        var support: [String: SupportFacts] = [:]
        var items: [KPIItem] = []
        var mentions: [ThemeMention] = []
        var disagreements: [Int] = []

        init(store: Store, accounts: [Account]) throws {
            let known = Set(accounts.map(\.id))
            var churnDay: [String: Int] = [:]
            for a in accounts where a.churned { if let d = a.churnDate { churnDay[a.id] = ThemeJoin.day(of: d) } }
            var counts: [String: Int] = [:]
            var backwards = 0, unknown = 0, afterChurn = 0
            func add(_ row: SignalItemRow, _ f: inout ThemeFeedback) {
                if let s = row.score {
                    switch row.scoreType {
                    case "nps": f.npsResponses += 1; if s >= 9 { f.promoters += 1 } else if s <= 6 { f.detractors += 1 }
                    case "csat": f.csatAnswers += 1; if s >= 4 { f.csatSatisfied += 1 }
                    case "ces": f.cesAnswers += 1; f.cesSum += s
                    default: break
                    }
                }
                guard row.kind == "ticket" else { return }
                if row.resolved { f.resolved += 1; if !row.reopened { f.firstContact += 1 } }
                if let h = row.resolutionHours { f.resolutionHours.append(h) }
            }
            try store.forEachSignalItem { row in
                if row.resolvedBeforeFirstResponse { backwards += 1 }
                if let account = row.accountID {
                    if !known.isEmpty, !known.contains(account) { unknown += 1 }
                    if let c = churnDay[account], let d = row.day, d > c { afterChurn += 1 }
                    var facts = support[account] ?? SupportFacts()
                    if let s = row.score, let type = row.scoreType {
                        facts.satisfactionSum += type == "nps" ? s / 10 : type == "ces" ? (s - 1) / 6 : (s - 1) / 4
                        facts.scoredAnswers += 1
                    }
                    if row.kind == "ticket", row.resolved { facts.resolved += 1; if !row.reopened { facts.firstContact += 1 } }
                    support[account] = facts
                }
                add(row, &overall)
                if let theme = row.themeID {
                    add(row, &feedback[theme, default: ThemeFeedback()])
                    if let account = row.accountID, let day = row.day { counts["\(account)\u{0}\(theme)\u{0}\(day)", default: 0] += 1 }
                }
                items.append(KPIItem(kind: ItemKind(rawValue: row.kind) ?? .ticket, accountID: row.accountID, day: row.day, score: row.score,
                                     scoreType: row.scoreType, resolved: row.resolved, reopened: row.reopened,
                                     firstResponseHours: row.firstResponseHours, resolutionHours: row.resolutionHours, cameBack: row.cameBack))
            }
            mentions = counts.map { key, count in
                let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                return ThemeMention(accountID: parts[0], themeID: parts[1], day: Int(parts[2]) ?? 0, count: count)
            }
            disagreements = [backwards, unknown, afterChurn]
        }
    }

    @Test("The signals scan gives every figure the straightforward scan gives, and the same theme signals")
    func signalFigures() throws {
        let store = try AnalysedDemo.get().demo.store
        let accounts = try store.signalAccounts()
        let join = ThemeJoin()
        let end = try SignalAnalysis(store: store).periodEndDay()
        let reference = try ReferenceScan(store: store, accounts: accounts)
        let scan = try SignalScan(store: store, accounts: accounts, keepItems: true, join: (join, end))
        #expect(reference.items.contains(where: \.cameBack) && !reference.feedback.isEmpty && !reference.support.isEmpty)
        #expect(scan.items == reference.items)
        #expect(scan.feedback == reference.feedback)
        #expect(scan.overall == reference.overall)
        #expect(scan.support == reference.support)
        #expect([0, 1, 4].map { scan.disagreements[$0].count } == reference.disagreements)
        let mentioning = join.mentioning(accounts: accounts, mentions: reference.mentions, periodEndDay: end)
        #expect(!mentioning.isEmpty && scan.mentioning == mentioning)
        let themes = try store.themeRecords(includeRetired: false).filter { $0.level == 0 }.map(\.id)
        #expect(join.signals(themes: themes, accounts: accounts, mentioning: scan.mentioning, feedback: scan.feedback, overall: scan.overall)
            == join.signals(themes: themes, accounts: accounts, mentions: reference.mentions, feedback: reference.feedback,
                            overall: reference.overall, periodEndDay: end))
    }
}
