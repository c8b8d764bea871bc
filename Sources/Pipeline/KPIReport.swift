import Foundation
import Signals
import Store
import VerbatimCore

/// `verbatim kpis` and the `kpis` export table: the KPIs computed on demand from the store.
public struct KPIReport: Sendable {
    /// The store to read.
    public var store: Store
    /// The `[signals]` settings (period end; health weights when no analysis stored health).
    public var settings: SignalSettings

    /// A report over `store`.
    public init(store: Store, settings: SignalSettings = SignalSettings()) {
        self.store = store
        self.settings = settings
    }

    /// The KPI rows for `period`, broken down by the account field `segment` (`segment`, or any
    /// usage or extra column of the accounts file such as `industry`) when given.
    /// - Throws: `PipelineError.badOption` when no account has the segment field.
    public func rows(period: KPIPeriod, segment: String?) throws -> [KPIRow] {
        try compute(period: period, segment: segment).rows
    }

    /// The KPI rows (see ``rows(period:segment:)``) and where the inputs disagree (see
    /// ``disagreements()``), from one scan of the items.
    public func compute(period: KPIPeriod, segment: String?) throws -> (rows: [KPIRow], disagreements: [(name: String, count: Int)]) {
        let accounts = try store.signalAccounts()
        let scan = try SignalScan(store: store, accounts: accounts, keepItems: true)
        let analysis = SignalAnalysis(store: store, settings: settings)
        let end = try analysis.periodEndDay()
        var health = try store.accountHealthRecords().compactMapValues(\.score)
        if health.isEmpty {
            health = HealthScorer(options: settings.options).score(accounts: accounts, support: scan.support).compactMapValues(\.score)
        }
        var segmentOf: ((Account) -> String?)?
        if let field = segment {
            segmentOf = Self.segmentField(field)
            if !accounts.isEmpty, !accounts.contains(where: { Self.segmentField(field)($0) != nil }) {
                let fields = Set(accounts.flatMap { Array($0.extra.keys) + Array($0.usage.keys) }).sorted().prefix(12)
                throw PipelineError.badOption(option: "--segment", value: field,
                                              reason: "no account has this field; use segment\(fields.isEmpty ? "" : " or one of " + fields.joined(separator: ", "))")
            }
        }
        return (KPICalculator(period: period).rows(accounts: accounts, items: scan.items, segment: segmentOf, health: health, periodEndDay: end),
                scan.disagreements)
    }

    /// Where the inputs disagree, with counts: tickets resolved before their first response, items
    /// of accounts the accounts file does not list, churned accounts without a churn date, active
    /// accounts with churn events (a churn they came back from), items after their account's churn
    /// date (which the join leaves out).
    public func disagreements() throws -> [(name: String, count: Int)] {
        try SignalScan(store: store, accounts: try store.signalAccounts(), keepItems: false).disagreements
    }

    /// Reads an account's value of `field`: `segment` (or `plan`), `name`, else its extra field or
    /// usage figure of that name.
    static func segmentField(_ field: String) -> (Account) -> String? {
        switch field.lowercased() {
        case "segment", "plan", "plan_tier": return { $0.segment }
        default: return { a in a.extra[field] ?? a.usage[field].map(SignalFormat.number) }
        }
    }

    /// The columns of the `kpis` table.
    public static let columns: [String] = ["period", "segment", "metric", "value", "numerator", "denominator"]

    /// A KPI row as cells of the `kpis` table.
    public static func cells(_ row: KPIRow) -> [String] {
        [row.period, row.segment, row.metric, row.value.value.map(SignalFormat.number) ?? "",
         SignalFormat.number(row.value.numerator), SignalFormat.number(row.value.denominator)]
    }
}
