import Foundation
import VerbatimCore

/// The theme × account join: for each theme, the accounts that raised it against those that did
/// not, by churn and expansion, and the theme's feedback scores against the rest.
///
/// Mentions count only within each account's window: the `windowDays` days up to and including
/// its churn day (churned accounts) or the period end (every other account, and churned accounts
/// without a churn date), so a theme raised after an account left is not read as its cause.
public struct ThemeJoin: Sendable {
    /// Minimum support and window.
    public var options: SignalOptions

    /// A join.
    public init(options: SignalOptions = SignalOptions()) {
        self.options = options
    }

    /// The last day (days since 1970-01-01) whose mentions count for `account`.
    public func cutoffDay(for account: Account, periodEndDay: Int) -> Int {
        if account.churned, let date = account.churnDate { return Self.day(of: date) }
        return periodEndDay
    }

    /// Whether a mention on `day` counts for an account whose window ends on `cutoff`:
    /// `cutoff − windowDays < day ≤ cutoff`.
    public func inWindow(day: Int, cutoff: Int) -> Bool {
        day <= cutoff && day > cutoff - options.windowDays
    }

    /// One ``ThemeSignal`` per theme of `themes`, in that order.
    ///
    /// - Parameters:
    ///   - themes: the theme ids to report.
    ///   - accounts: every account of the accounts file; mentions by other account ids are
    ///     ignored by the churn and expansion figures.
    ///   - mentions: mention counts by account, theme and day.
    ///   - feedback: the scores and ticket figures of each theme's items.
    ///   - overall: the same figures over every item (themed or not), for the NPS impact.
    ///   - periodEndDay: the end of the period, as days since 1970-01-01.
    /// - Complexity: O(m + t · a) for m mentions, t themes and a accounts.
    public func signals(themes: [String], accounts: [Account], mentions: [ThemeMention],
                        feedback: [String: ThemeFeedback], overall: ThemeFeedback, periodEndDay: Int) -> [ThemeSignal] {
        signals(themes: themes, accounts: accounts, mentioning: mentioning(accounts: accounts, mentions: mentions, periodEndDay: periodEndDay),
                feedback: feedback, overall: overall)
    }

    /// Per theme, the indices into `accounts` (ascending) with a mention within their window.
    /// - Complexity: O(m + a) for m mentions and a accounts.
    public func mentioning(accounts: [Account], mentions: [ThemeMention], periodEndDay: Int) -> [String: [Int]] {
        var index: [String: Int] = [:]
        for (i, a) in accounts.enumerated() { index[a.id] = i }
        let cutoffs = accounts.map { cutoffDay(for: $0, periodEndDay: periodEndDay) }
        var mentioning: [String: Set<Int>] = [:]
        for m in mentions {
            guard let i = index[m.accountID], m.count > 0, inWindow(day: m.day, cutoff: cutoffs[i]) else { continue }
            mentioning[m.themeID, default: []].insert(i)
        }
        return mentioning.mapValues { $0.sorted() }
    }

    /// One ``ThemeSignal`` per theme of `themes`, in that order, from the accounts that mention
    /// each theme within their window (see ``mentioning(accounts:mentions:periodEndDay:)``; a scan
    /// of the store can gather them directly).
    /// - Complexity: O(t · a) for t themes and a accounts.
    public func signals(themes: [String], accounts: [Account], mentioning: [String: [Int]],
                        feedback: [String: ThemeFeedback], overall: ThemeFeedback) -> [ThemeSignal] {
        let outcomes = accounts.map(AccountOutcome.init)
        let churnedTotal = outcomes.filter { $0 == .churned }.count
        let retainedTotal = accounts.count - churnedTotal
        let expandedTotal = outcomes.filter { $0 == .expanded }.count

        return themes.map { theme in
            let members = mentioning[theme] ?? []
            var churned = 0, expanded = 0
            var churnedMRR = 0.0, expansionMRR = 0.0
            for i in members {
                switch outcomes[i] {
                case .churned: churned += 1; churnedMRR += accounts[i].mrrStart ?? 0
                case .expanded:
                    expanded += 1
                    let a = accounts[i]
                    expansionMRR += a.expansionMRR ?? max(0, (a.mrrEnd ?? 0) - (a.mrrStart ?? 0))
                default: break
                }
            }
            let n = members.count
            let (a, b, c, d) = (churned, n - churned, churnedTotal - churned, accounts.count - n - (churnedTotal - churned))
            let rr = RiskRatio(a: a, b: b, c: c, d: d)
            let retained = n - churned
            let (ea, eb) = (expanded, retained - expanded)
            let (ec, ed) = (expandedTotal - expanded, retainedTotal - retained - (expandedTotal - expanded))
            let err = RiskRatio(a: ea, b: eb, c: ec, d: ed)
            let f = feedback[theme] ?? ThemeFeedback()
            let npsAll = ScoreKPIs.nps(promoters: Double(overall.promoters), detractors: Double(overall.detractors),
                                       responses: Double(overall.npsResponses)).value
            let npsTheme = ScoreKPIs.nps(promoters: Double(f.promoters), detractors: Double(f.detractors),
                                         responses: Double(f.npsResponses)).value
            let npsRest = ScoreKPIs.nps(promoters: Double(overall.promoters - f.promoters),
                                        detractors: Double(overall.detractors - f.detractors),
                                        responses: Double(overall.npsResponses - f.npsResponses)).value
            return ThemeSignal(
                themeID: theme, minimumSupport: options.minimumSupport, accountsMentioning: n, churnedAccounts: churned,
                churnRate: n > 0 ? Double(a) / Double(n) : nil,
                baselineChurnRate: c + d > 0 ? Double(c) / Double(c + d) : nil,
                churnLift: rr?.ratio, liftLow: rr?.low, liftHigh: rr?.high,
                pValue: n > 0 && c + d > 0 ? FisherExact.twoSided(a: a, b: b, c: c, d: d) : nil,
                churnedMRR: churnedMRR, expansionAccounts: expanded, expansionMRR: expansionMRR, retainedMentioning: retained,
                expansionRate: retained > 0 ? Double(ea) / Double(retained) : nil,
                baselineExpansionRate: ec + ed > 0 ? Double(ec) / Double(ec + ed) : nil,
                expansionLift: err?.ratio,
                expansionPValue: retained > 0 && ec + ed > 0 ? FisherExact.twoSided(a: ea, b: eb, c: ec, d: ed) : nil,
                npsResponses: f.npsResponses, npsMentioning: npsTheme,
                npsImpact: npsAll.flatMap { all in npsRest.map { all - $0 } },
                csatAnswers: f.csatAnswers,
                csat: KPIValue.ratio(Double(f.csatSatisfied), Double(f.csatAnswers), scale: 100).value,
                cesAnswers: f.cesAnswers, ces: f.cesAnswers > 0 ? f.cesSum / Double(f.cesAnswers) : nil,
                resolvedTickets: f.resolved, fcr: SupportKPIs.fcr(firstContact: Double(f.firstContact), resolved: Double(f.resolved)).value,
                resolutionCount: f.resolutionHours.count, medianTTRHours: SupportKPIs.median(f.resolutionHours).value)
        }
    }

    /// Days since 1970-01-01 of `date` (UTC).
    public static func day(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}
