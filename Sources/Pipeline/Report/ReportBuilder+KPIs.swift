import Output
import Signals

extension ReportBuilder {
    /// The KPIs the report's tiles show, in order: metric, title, unit, whether up is good.
    static let tiles: [(metric: String, title: String, unit: ReportKPI.Unit, higherIsBetter: Bool)] = [
        ("nps", "NPS", .points, true),
        ("csat", "CSAT", .percent, true),
        ("ces", "CES (1–7)", .scale, true),
        ("fcr", "First-contact resolution", .percent, true),
        ("resolution_median_hours", "Median time to resolution", .hours, false),
        ("customer_churn", "Customer churn", .percent, false),
        ("revenue_churn", "Revenue churn", .percent, false),
        ("net_revenue_retention", "Net revenue retention", .percent, true),
        ("expansion_mrr", "Expansion MRR", .money, true),
        ("at_risk_accounts", "Accounts at risk (Red)", .count, false),
    ]

    /// One tile per KPI of ``tiles``: the value of the latest complete month and the change from
    /// the month before; a KPI without monthly figures (revenue retention, expansion, accounts at
    /// risk) shows the whole period. A month is complete when the period ends
    /// (`[signals] period_end`, else the latest item's day) on or after its last day.
    func kpiTiles() throws -> [ReportKPI] {
        let report = KPIReport(store: store, settings: signalSettings)
        let months = Self.values(try report.rows(period: .month, segment: nil))
        let all = Self.values(try report.rows(period: .all, segment: nil))["all"] ?? [:]
        let end = try SignalAnalysis(store: store, settings: signalSettings).periodEndDay()
        let endMonth = KPIPeriod.month.key(day: end)
        let complete = end == KPIPeriod.month.bounds(day: end).last
        let keys = months.keys.sorted().filter { $0 < endMonth || (complete && $0 == endMonth) }
        return Self.tiles.map { t in
            if let latest = keys.last, let value = months[latest]?[t.metric] {
                let previous = keys.dropLast().last
                return ReportKPI(metric: t.metric, title: t.title, unit: t.unit, higherIsBetter: t.higherIsBetter, period: latest,
                                 value: value, previousPeriod: previous, previous: previous.flatMap { months[$0]?[t.metric] ?? nil })
            }
            return ReportKPI(metric: t.metric, title: t.title, unit: t.unit, higherIsBetter: t.higherIsBetter, period: "all",
                             value: all[t.metric] ?? nil)
        }
    }

    /// KPI values by period and metric, segment `all` only.
    static func values(_ rows: [KPIRow]) -> [String: [String: Double?]] {
        var out: [String: [String: Double?]] = [:]
        for r in rows where r.segment == "all" { out[r.period, default: [:]][r.metric] = r.value.value }
        return out
    }
}
