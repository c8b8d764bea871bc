import Foundation
import Store

/// How signal figures are written in tables and exports: whole numbers without decimals, others
/// with four; a figure below the minimum support as `insufficient`.
public enum SignalFormat {
    /// The word a figure on too little support shows instead of a number.
    public static let insufficient = "insufficient"

    /// `12`, `0.1234`, `-3.5000`.
    public static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(format: "%.0f", v) }
        return String(format: "%.4f", v)
    }

    /// The figure `name` of a stored theme signal: empty when undefined, `insufficient` when the
    /// count it rests on is below the minimum support.
    public static func figure(_ record: ThemeSignalRecord, _ name: String) -> String {
        let base: String?
        switch name {
        case "churn_rate", "baseline_churn_rate", "churn_lift", "lift_ci_low", "lift_ci_high", "p_value",
             "expansion_rate", "baseline_expansion_rate", "expansion_lift", "expansion_p_value":
            base = "accounts_mentioning"
        case "nps_mentioning", "nps_impact": base = "nps_responses"
        case "csat": base = "csat_answers"
        case "ces": base = "ces_answers"
        case "fcr": base = "resolved_tickets"
        case "median_ttr_hours": base = "resolution_count"
        default: base = nil
        }
        if let base, (record.figures[base] ?? 0) < Double(record.minimumSupport) { return insufficient }
        return record.figures[name].map(number) ?? ""
    }
}
