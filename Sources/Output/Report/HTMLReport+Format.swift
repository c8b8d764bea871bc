import Foundation

extension HTMLReport {
    /// `12345` as `12,345`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A whole amount with thousands separators: `12,345`.
    static func money(_ v: Double) -> String { grouped(Int(v.rounded())) }

    /// `0.1234` as `12.3%`.
    static func share(_ v: Double) -> String { String(format: "%.1f%%", v * 100) }

    /// A KPI value as its tile shows it.
    static func kpiValue(_ v: Double, _ unit: ReportKPI.Unit) -> String {
        switch unit {
        case .points: return String(format: "%+.1f", v)
        case .percent: return String(format: "%.1f%%", v)
        case .scale: return String(format: "%.2f", v)
        case .hours: return String(format: "%.1f h", v)
        case .money: return money(v)
        case .count: return grouped(Int(v.rounded()))
        }
    }

    /// The size of a KPI change, without its sign, and its unit: `3.1 pts` (NPS), `0.8 pp`
    /// (percentage points), else as the value is written.
    static func kpiChange(_ v: Double, _ unit: ReportKPI.Unit) -> String {
        switch unit {
        case .points: return String(format: "%.1f pts", abs(v))
        case .percent: return String(format: "%.1f pp", abs(v))
        default: return kpiValue(abs(v), unit)
        }
    }

    /// `2026-09` as `Sep 2026`, `2026-Q3` as `Q3 2026`, `all` as `whole period`.
    static func periodName(_ key: String) -> String {
        if key == "all" { return "whole period" }
        let parts = key.split(separator: "-")
        guard parts.count == 2 else { return key }
        if parts[1].hasPrefix("Q") { return "\(parts[1]) \(parts[0])" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let m = Int(parts[1]), (1...12).contains(m) else { return key }
        return "\(months[m - 1]) \(parts[0])"
    }

    /// A number with at most `decimals` places, trailing zeros kept (`2.31`); for SVG coordinates
    /// one decimal.
    static func fixed(_ v: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", v) }

    /// `text` cut to `limit` characters with an ellipsis.
    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
