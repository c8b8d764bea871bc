import Signals
import Store
import VerbatimCore

/// One pass over the stored items that gathers everything the signals stage and the KPIs read:
/// the accounts mentioning each theme within their window, score and ticket figures per theme
/// and overall; support facts per account; where the inputs disagree; and, when asked, every
/// item's KPI figures.
///
/// The scan reads the store's bytes (``Store/forEachSignalRow(_:)``): accounts, themes and score
/// types are interned once each (``TextInterner``) and the figures are kept in arrays by those
/// indices, then handed out by id, as the same values a dictionary of `String`s per row gives.
struct SignalScan {
    /// Per theme id, the indices into the accounts (ascending) that mentioned it within their
    /// window (only when the scan was given the window's cutoffs).
    var mentioning: [String: [Int]] = [:]
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

    /// What the scan knows of one distinct account id.
    private struct AccountSlot {
        var facts = SupportFacts()
        var known: Bool
        var churnDay: Int?
        /// Index into the accounts, when the accounts file has it.
        var joinIndex: Int?
    }

    /// The scales a score's type is compared with.
    private enum Scale { case nps, csat, ces, other }

    /// Scans `store` once.
    /// - Parameters:
    ///   - accounts: the stored accounts.
    ///   - keepItems: whether to keep every item's KPI figures (with whether it came back).
    ///   - join: the join and the period end whose windows decide ``mentioning``; nil leaves it empty.
    /// - Complexity: O(items) time; memory O(accounts × themes) plus the items when `keepItems`.
    init(store: Store, accounts: [Account], keepItems: Bool, join: (ThemeJoin, periodEndDay: Int)? = nil) throws {
        var known = Set<String>()
        var churnDay: [String: Int] = [:]
        var joinIndex: [String: Int] = [:]
        for (i, a) in accounts.enumerated() {
            known.insert(a.id)
            joinIndex[a.id] = i
            if a.churned, let d = a.churnDate { churnDay[a.id] = ThemeJoin.day(of: d) }
        }
        let cutoffs = join.map { j in accounts.map { j.0.cutoffDay(for: $0, periodEndDay: j.periodEndDay) } }
        var accountTexts = TextInterner(), slots: [AccountSlot] = []
        var themeTexts = TextInterner(), themeFeedback: [ThemeFeedback] = [], themeMentions: [[Bool]] = []
        var scaleTexts = TextInterner(), scales: [Scale] = []
        var backwards = 0, unknownAccount = 0, afterChurn = 0
        var overall = ThemeFeedback()
        var items: [KPIItem] = []
        let cameBack = keepItems ? try store.repeatContacts().map(\.item) : []
        var nextCameBack = 0
        try store.forEachSignalRow { row in
            if row.resolvedBeforeFirstResponse { backwards += 1 }
            let isTicket = row.kind.spells("ticket")
            var scale: Scale?
            var scaleText: String?
            if let bytes = row.scoreType {
                let (i, text) = scaleTexts.intern(bytes)
                if Int(i) == scales.count {
                    scales.append(["nps": Scale.nps, "csat": .csat, "ces": .ces][scaleTexts.texts[Int(i)]] ?? .other)
                }
                scale = scales[Int(i)]
                scaleText = text
            }
            var account: Int32 = -1
            var accountText: String?
            if let bytes = row.accountID {
                let (i, text) = accountTexts.intern(bytes)
                if Int(i) == slots.count {
                    let id = accountTexts.texts[Int(i)]
                    slots.append(AccountSlot(known: known.contains(id), churnDay: churnDay[id], joinIndex: joinIndex[id]))
                }
                account = i
                accountText = text
                if !known.isEmpty, !slots[Int(i)].known { unknownAccount += 1 }
                if let c = slots[Int(i)].churnDay, let d = row.day, d > c { afterChurn += 1 }
                Self.addSupport(row, scale: scale, isTicket: isTicket, to: &slots[Int(i)].facts)
            }
            Self.addFeedback(row, scale: scale, isTicket: isTicket, to: &overall)
            if let bytes = row.themeID {
                let t = Int(themeTexts.index(bytes))
                if t == themeFeedback.count {
                    themeFeedback.append(ThemeFeedback())
                    themeMentions.append([])
                }
                Self.addFeedback(row, scale: scale, isTicket: isTicket, to: &themeFeedback[t])
                if account >= 0, let day = row.day, let cutoffs, let i = slots[Int(account)].joinIndex,
                   join?.0.inWindow(day: day, cutoff: cutoffs[i]) == true {
                    if themeMentions[t].isEmpty { themeMentions[t] = [Bool](repeating: false, count: accounts.count) }
                    themeMentions[t][i] = true
                }
            }
            if keepItems {
                while nextCameBack < cameBack.count, cameBack[nextCameBack] < row.id { nextCameBack += 1 }
                items.append(KPIItem(kind: Self.kind(row.kind), accountID: accountText, day: row.day, score: row.score,
                                     scoreType: scaleText, resolved: row.resolved, reopened: row.reopened,
                                     firstResponseHours: row.firstResponseHours, resolutionHours: row.resolutionHours,
                                     cameBack: nextCameBack < cameBack.count && cameBack[nextCameBack] == row.id))
            }
        }
        for (t, id) in themeTexts.texts.enumerated() {
            feedback[id] = themeFeedback[t]
            let members = themeMentions[t].indices.filter { themeMentions[t][$0] }
            if !members.isEmpty { mentioning[id] = members }
        }
        for (a, id) in accountTexts.texts.enumerated() { support[id] = slots[a].facts }
        self.overall = overall
        self.items = items
        disagreements = [
            ("tickets resolved before their first response", backwards),
            ("items of accounts not in the accounts file", unknownAccount),
            ("churned accounts without a churn date", accounts.filter { $0.churned && $0.churnDate == nil }.count),
            ("active accounts with churn events", accounts.filter { !$0.churned && $0.extra["churn_events"] != nil }.count),
            ("items after their account's churn date", afterChurn),
        ]
    }

    /// The kind the KPIs read (an unknown kind counts as a ticket, as `ItemKind(rawValue:) ?? .ticket`).
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> ItemKind {
        if bytes.spells("chat") { return .chat }
        if bytes.spells("survey") { return .survey }
        if bytes.spells("review") { return .review }
        return .ticket
    }

    /// Adds one item to a theme's (or the overall) score and ticket figures.
    private static func addFeedback(_ row: SignalRow, scale: Scale?, isTicket: Bool, to f: inout ThemeFeedback) {
        if let s = row.score, let scale {
            switch scale {
            case .nps:
                f.npsResponses += 1
                if s >= 9 { f.promoters += 1 } else if s <= 6 { f.detractors += 1 }
            case .csat:
                f.csatAnswers += 1
                if s >= 4 { f.csatSatisfied += 1 }
            case .ces:
                f.cesAnswers += 1
                f.cesSum += s
            case .other: break
            }
        }
        guard isTicket else { return }
        if row.resolved {
            f.resolved += 1
            if !row.reopened { f.firstContact += 1 }
        }
        if let h = row.resolutionHours { f.resolutionHours.append(h) }
    }

    /// Adds one item to its account's support facts: a scored answer rescaled to 0–1 on its scale
    /// (NPS `s/10`, CES `(s−1)/6`, CSAT and ratings `(s−1)/4`), a resolved ticket.
    private static func addSupport(_ row: SignalRow, scale: Scale?, isTicket: Bool, to f: inout SupportFacts) {
        if let s = row.score, let scale {
            switch scale {
            case .nps: f.satisfactionSum += s / 10
            case .ces: f.satisfactionSum += (s - 1) / 6
            default: f.satisfactionSum += (s - 1) / 4
            }
            f.scoredAnswers += 1
        }
        if isTicket, row.resolved {
            f.resolved += 1
            if !row.reopened { f.firstContact += 1 }
        }
    }
}
