import VerbatimCore

/// How KPIs are grouped in time.
public enum KPIPeriod: String, Sendable, CaseIterable {
    /// Calendar months, `2026-04`.
    case month
    /// Calendar quarters, `2026-Q2`.
    case quarter
    /// The whole period the data covers, `all`.
    case all

    /// The key of the period holding `day` (days since 1970-01-01).
    public func key(day: Int) -> String {
        let (y, m, _) = CivilDate.date(fromDays: day)
        switch self {
        case .month: return String(y) + "-" + (m < 10 ? "0" : "") + String(m)
        case .quarter: return String(y) + "-Q" + String((m - 1) / 3 + 1)
        case .all: return "all"
        }
    }

    /// The first and last day of the period holding `day`.
    public func bounds(day: Int) -> (first: Int, last: Int) {
        let (y, m, _) = CivilDate.date(fromDays: day)
        switch self {
        case .month:
            let next = m == 12 ? (y + 1, 1) : (y, m + 1)
            return (CivilDate.days(year: y, month: m, day: 1), CivilDate.days(year: next.0, month: next.1, day: 1) - 1)
        case .quarter:
            let start = (m - 1) / 3 * 3 + 1
            let next = start == 10 ? (y + 1, 1) : (y, start + 3)
            return (CivilDate.days(year: y, month: start, day: 1), CivilDate.days(year: next.0, month: next.1, day: 1) - 1)
        case .all:
            return (Int.min / 4, Int.max / 4)
        }
    }
}
