import Foundation
import Output
import Signals
import Store
import VerbatimCore

extension Exporter {
    /// The columns of `theme_signals`, as DESIGN section 5 names them.
    public static let themeSignalColumns = [
        "theme_id", "accounts_mentioning", "churned_accounts", "churn_rate", "baseline_churn_rate", "churn_lift",
        "lift_ci_low", "lift_ci_high", "p_value", "churned_mrr", "expansion_accounts", "expansion_mrr", "nps_mentioning",
        "nps_impact", "csat", "ces", "fcr", "median_ttr_hours",
    ]

    /// The columns of `accounts`: the account's fields, its outcome, then its health.
    public static let accountColumns = [
        "account_id", "name", "segment", "mrr_start", "mrr_end", "churned", "churn_date", "contraction_mrr",
        "expansion_mrr", "renewal_date", "status", "health_score", "health_tier",
    ]

    /// One stored theme signal as a `theme_signals` row (figures on too little support read
    /// `insufficient`).
    public static func themeSignalRow(_ r: ThemeSignalRecord) -> [String] {
        [r.themeID] + themeSignalColumns.dropFirst().map { SignalFormat.figure(r, $0) }
    }

    /// One account and its stored health as an `accounts` row.
    public static func accountRow(_ a: Account, health: AccountHealthRecord?) -> [String] {
        [a.id, a.name ?? "", a.segment ?? "", a.mrrStart.map(SignalFormat.number) ?? "", a.mrrEnd.map(SignalFormat.number) ?? "",
         a.churned ? "true" : "false", a.churnDate.map(UTCDate.day) ?? "", a.contractionMRR.map(SignalFormat.number) ?? "",
         a.expansionMRR.map(SignalFormat.number) ?? "", a.renewalDate.map(UTCDate.day) ?? "",
         health?.status ?? AccountOutcome(a).rawValue, health?.score.map { String(format: "%.1f", $0) } ?? "",
         health?.tier.flatMap(HealthTier.init(rawValue:))?.name ?? ""]
    }

    func signalTable(_ name: String) throws -> ExportTable {
        switch name {
        case "theme_signals":
            let numbers = Set(Self.themeSignalColumns.dropFirst())
            return ExportTable(name: name, columns: Self.themeSignalColumns.map { .init($0, numbers.contains($0) ? .number : .text) },
                               rows: try store.themeSignalRecords().sorted { SignalAnalysis.themeOrder($0.themeID, $1.themeID) }
                                   .map(Self.themeSignalRow))
        case "accounts":
            let health = try store.accountHealthRecords()
            let numbers: Set<String> = ["mrr_start", "mrr_end", "contraction_mrr", "expansion_mrr", "health_score"]
            let dates: Set<String> = ["churn_date", "renewal_date"]
            return ExportTable(name: name, columns: Self.accountColumns.map {
                .init($0, numbers.contains($0) ? .number : dates.contains($0) ? .date : .text)
            },
                               rows: try store.signalAccounts().map { Self.accountRow($0, health: health[$0.id]) })
        default:
            let report = KPIReport(store: store, settings: signalSettings)
            let segment: String? = try store.signalAccounts().contains { $0.segment != nil } ? "segment" : nil
            var rows: [[String]] = []
            for period in [KPIPeriod.all, .quarter, .month] {
                rows += try report.rows(period: period, segment: segment).map(KPIReport.cells)
            }
            return ExportTable(name: name, columns: KPIReport.columns.map { .init($0, ["value", "numerator", "denominator"].contains($0) ? .number : .text) },
                               rows: rows)
        }
    }
}
