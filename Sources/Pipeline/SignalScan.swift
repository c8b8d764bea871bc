import Signals
import Store
import VerbatimCore

/// One pass over the stored items that gathers everything the signals stage and the KPIs read:
/// mention counts by account, theme and day; score and ticket figures per theme and overall;
/// support facts per account; where the inputs disagree; and, when asked, every item's KPI
/// figures.
struct SignalScan {
    /// Mention counts by account, theme and day.
    var mentions: [ThemeMention] = []
    /// Score and ticket figures per theme.
    var feedback: [String: ThemeFeedback] = [:]
    /// The same over every item.
    var overall = ThemeFeedback()
    /// Support facts by account id.
    var support: [String: SupportFacts] = [:]
    /// Every item's KPI figures (only when asked for).
    var items: [KPIItem] = []
    /// Where the inputs disagree, with counts.
    var disagreements: [(name: String, count: Int)] = []

    private struct Key: Hashable {
        var account: Int32
        var theme: Int32
        var day: Int32
    }

    /// Scans `store` once.
    /// - Complexity: O(items) time; memory O(distinct account × theme × day) plus the items when
    ///   `keepItems`.
    init(store: Store, accounts: [Account], keepItems: Bool) throws {
        var accountIndex: [String: Int32] = [:], accountNames: [String] = []
        var themeIndex: [String: Int32] = [:], themeNames: [String] = []
        var counts: [Key: Int] = [:]
        var known = Set<String>()
        var churnDay: [String: Int] = [:]
        for a in accounts {
            known.insert(a.id)
            if a.churned, let d = a.churnDate { churnDay[a.id] = ThemeJoin.day(of: d) }
        }
        var backwards = 0, unknownAccount = 0, afterChurn = 0
        var feedback: [String: ThemeFeedback] = [:]
        var overall = ThemeFeedback()
        var support: [String: SupportFacts] = [:]
        var items: [KPIItem] = []
        try store.forEachSignalItem { row in
            if row.resolvedBeforeFirstResponse { backwards += 1 }
            if let account = row.accountID {
                if !known.isEmpty, !known.contains(account) { unknownAccount += 1 }
                if let c = churnDay[account], let d = row.day, d > c { afterChurn += 1 }
                var facts = support[account] ?? SupportFacts()
                Self.addSupport(row, to: &facts)
                support[account] = facts
            }
            Self.addFeedback(row, to: &overall)
            if let theme = row.themeID {
                Self.addFeedback(row, to: &feedback[theme, default: ThemeFeedback()])
                if let account = row.accountID, let day = row.day {
                    let a: Int32, t: Int32
                    if let i = accountIndex[account] { a = i } else {
                        a = Int32(accountNames.count); accountIndex[account] = a; accountNames.append(account)
                    }
                    if let i = themeIndex[theme] { t = i } else {
                        t = Int32(themeNames.count); themeIndex[theme] = t; themeNames.append(theme)
                    }
                    counts[Key(account: a, theme: t, day: Int32(day)), default: 0] += 1
                }
            }
            if keepItems {
                items.append(KPIItem(kind: ItemKind(rawValue: row.kind) ?? .ticket, accountID: row.accountID, day: row.day, score: row.score,
                                     scoreType: row.scoreType, resolved: row.resolved, reopened: row.reopened,
                                     firstResponseHours: row.firstResponseHours, resolutionHours: row.resolutionHours,
                                     cameBack: row.cameBack))
            }
        }
        mentions = counts.map { ThemeMention(accountID: accountNames[Int($0.key.account)], themeID: themeNames[Int($0.key.theme)],
                                             day: Int($0.key.day), count: $0.value) }
            .sorted { ($0.accountID, $0.themeID, $0.day) < ($1.accountID, $1.themeID, $1.day) }
        self.feedback = feedback
        self.overall = overall
        self.support = support
        self.items = items
        disagreements = [
            ("tickets resolved before their first response", backwards),
            ("items of accounts not in the accounts file", unknownAccount),
            ("churned accounts without a churn date", accounts.filter { $0.churned && $0.churnDate == nil }.count),
            ("active accounts with churn events", accounts.filter { !$0.churned && $0.extra["churn_events"] != nil }.count),
            ("items after their account's churn date", afterChurn),
        ]
    }

    /// Adds one item to a theme's (or the overall) score and ticket figures.
    static func addFeedback(_ row: SignalItemRow, to f: inout ThemeFeedback) {
        if let s = row.score {
            switch row.scoreType {
            case "nps":
                f.npsResponses += 1
                if s >= 9 { f.promoters += 1 } else if s <= 6 { f.detractors += 1 }
            case "csat":
                f.csatAnswers += 1
                if s >= 4 { f.csatSatisfied += 1 }
            case "ces":
                f.cesAnswers += 1
                f.cesSum += s
            default: break
            }
        }
        guard row.kind == "ticket" else { return }
        if row.resolved {
            f.resolved += 1
            if !row.reopened { f.firstContact += 1 }
        }
        if let h = row.resolutionHours { f.resolutionHours.append(h) }
    }

    /// Adds one item to its account's support facts: a scored answer rescaled to 0–1 on its scale
    /// (NPS `s/10`, CES `(s−1)/6`, CSAT and ratings `(s−1)/4`), a resolved ticket.
    static func addSupport(_ row: SignalItemRow, to f: inout SupportFacts) {
        if let s = row.score, let type = row.scoreType {
            switch type {
            case "nps": f.satisfactionSum += s / 10
            case "ces": f.satisfactionSum += (s - 1) / 6
            default: f.satisfactionSum += (s - 1) / 4
            }
            f.scoredAnswers += 1
        }
        if row.kind == "ticket", row.resolved {
            f.resolved += 1
            if !row.reopened { f.firstContact += 1 }
        }
    }
}
