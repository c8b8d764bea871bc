import Foundation
import Signals
import Store
import VerbatimCore

/// The signals stage: joins the stored themes to the accounts (churn, expansion), scores the
/// themes' feedback and every account's health, and stores the result (`theme_signals`,
/// `account_health`) so that look-ups read it. Runs after the theme analysis, in the same run.
public struct SignalAnalysis: Sendable {
    /// The store to read and write.
    public var store: Store
    /// Minimum support, window, period end and health weights.
    public var settings: SignalSettings

    /// A stage over `store`.
    public init(store: Store, settings: SignalSettings = SignalSettings()) {
        self.store = store
        self.settings = settings
    }

    /// What the stage computed.
    public struct Result: Sendable {
        /// The theme signals, in theme order.
        public var themes: [ThemeSignal]
        /// Health by account id.
        public var health: [String: HealthScore]
        /// The last day of the period the join used (days since 1970-01-01).
        public var periodEndDay: Int
        /// Where the inputs disagree, with counts.
        public var disagreements: [(name: String, count: Int)]
        /// The stored accounts the signals were computed over, by id.
        public var accounts: [Account]
        /// Seconds the stage took.
        public var seconds: Double
    }

    /// The period's last day: `[signals] period_end`, else the latest item's day, else today.
    public func periodEndDay() throws -> Int {
        if let day = settings.periodEndDay { return day }
        return try store.latestItemDay() ?? ThemeJoin.day(of: Date())
    }

    /// Computes the signals without storing them.
    public func compute() throws -> Result {
        let start = Date()
        let accounts = try store.signalAccounts()
        let end = try periodEndDay()
        let themes = try store.themeRecords(includeRetired: false).filter { $0.level == 0 }.map(\.id).sorted(by: Self.themeOrder)
        let join = ThemeJoin(options: settings.options)
        let scan = try SignalScan(store: store, accounts: accounts, keepItems: false, join: (join, end))
        let signals = join.signals(themes: themes, accounts: accounts, mentioning: scan.mentioning,
                                   feedback: scan.feedback, overall: scan.overall)
        let health = HealthScorer(options: settings.options).score(accounts: accounts, support: scan.support)
        return Result(themes: signals, health: health, periodEndDay: end, disagreements: scan.disagreements,
                      accounts: accounts, seconds: Date().timeIntervalSince(start))
    }

    /// Health by account id from the store's accounts and items (one scan of the items).
    static func health(store: Store, accounts: [Account], options: SignalOptions) throws -> [String: HealthScore] {
        let scan = try SignalScan(store: store, accounts: accounts, keepItems: false)
        return HealthScorer(options: options).score(accounts: accounts, support: scan.support)
    }

    /// Each account's health as the last analysis stored it; computed now (not stored) when no
    /// analysis has run since the accounts were imported.
    public func accountHealth() throws -> [String: AccountHealthRecord] {
        let stored = try store.accountHealthRecords()
        let accounts = try store.signalAccounts()
        if !accounts.isEmpty, accounts.allSatisfy({ stored[$0.id] != nil }) { return stored }
        let health = try Self.health(store: store, accounts: accounts, options: settings.options)
        return Dictionary(uniqueKeysWithValues: accounts.map { a in (a.id, Self.healthRecord(a, health[a.id])) })
    }

    static func healthRecord(_ a: Account, _ h: HealthScore?) -> AccountHealthRecord {
        AccountHealthRecord(accountID: a.id, score: h?.score, tier: h?.tier?.rawValue, usage: h?.usage, support: h?.support,
                            outcome: h?.outcome, status: AccountOutcome(a).rawValue)
    }

    /// Computes the signals and stores them in one transaction.
    @discardableResult
    public func run(runID: Int64?) throws -> Result {
        let result = try compute()
        let records = result.themes.map(Self.record)
        let health = result.accounts.map { Self.healthRecord($0, result.health[$0.id]) }
        try store.saveSignals(themes: records, health: health, runID: runID)
        return result
    }

    /// `T2` before `T10`.
    static func themeOrder(_ a: String, _ b: String) -> Bool {
        let na = Int(a.drop { !$0.isNumber }) ?? 0, nb = Int(b.drop { !$0.isNumber }) ?? 0
        return (na, a) < (nb, b)
    }

    /// A theme signal as the store's record.
    public static func record(_ s: ThemeSignal) -> ThemeSignalRecord {
        var f: [String: Double] = [
            "accounts_mentioning": Double(s.accountsMentioning), "churned_accounts": Double(s.churnedAccounts),
            "churned_mrr": s.churnedMRR, "expansion_accounts": Double(s.expansionAccounts), "expansion_mrr": s.expansionMRR,
            "retained_mentioning": Double(s.retainedMentioning), "nps_responses": Double(s.npsResponses),
            "csat_answers": Double(s.csatAnswers), "ces_answers": Double(s.cesAnswers), "resolved_tickets": Double(s.resolvedTickets),
            "resolution_count": Double(s.resolutionCount),
        ]
        let optional: [(String, Double?)] = [
            ("churn_rate", s.churnRate), ("baseline_churn_rate", s.baselineChurnRate), ("churn_lift", s.churnLift),
            ("lift_ci_low", s.liftLow), ("lift_ci_high", s.liftHigh), ("p_value", s.pValue),
            ("expansion_rate", s.expansionRate), ("baseline_expansion_rate", s.baselineExpansionRate),
            ("expansion_lift", s.expansionLift), ("expansion_p_value", s.expansionPValue),
            ("nps_mentioning", s.npsMentioning), ("nps_impact", s.npsImpact), ("csat", s.csat), ("ces", s.ces),
            ("fcr", s.fcr), ("median_ttr_hours", s.medianTTRHours),
        ]
        for (k, v) in optional { if let v { f[k] = v } }
        return ThemeSignalRecord(themeID: s.themeID, minimumSupport: s.minimumSupport, figures: f)
    }
}
