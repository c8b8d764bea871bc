/// One KPI tile: the value of the latest complete period and the change from the period before.
public struct ReportKPI: Sendable, Equatable {
    /// How a KPI's value is written.
    public enum Unit: String, Sendable, Equatable {
        /// NPS points (−100 to +100), written with a sign.
        case points
        /// A percentage (0–100); changes are in percentage points.
        case percent
        /// A mean on a scale (CES on 1–7), two decimals.
        case scale
        /// Hours.
        case hours
        /// An amount in the accounts file's currency, whole units.
        case money
        /// A count.
        case count
    }

    /// The metric's name in the `kpis` table (`nps`, `customer_churn`, …).
    public var metric: String
    /// The name shown (`NPS`, `Customer churn`).
    public var title: String
    /// How the value is written.
    public var unit: Unit
    /// Whether a rise is good news (NPS) or bad (churn); it colours the change.
    public var higherIsBetter: Bool
    /// The period of ``value`` (`2026-09`, `2026-Q3` or `all`).
    public var period: String
    /// The value, nil when there was nothing to compute it from ("n/a").
    public var value: Double?
    /// The period before, nil when there is none.
    public var previousPeriod: String?
    /// The value of the period before, nil when it is undefined.
    public var previous: Double?

    /// A tile; see the properties for the meaning of each value.
    public init(metric: String, title: String, unit: Unit, higherIsBetter: Bool, period: String, value: Double?,
                previousPeriod: String? = nil, previous: Double? = nil) {
        self.metric = metric
        self.title = title
        self.unit = unit
        self.higherIsBetter = higherIsBetter
        self.period = period
        self.value = value
        self.previousPeriod = previousPeriod
        self.previous = previous
    }

    /// `value − previous`, nil when either is missing.
    public var change: Double? {
        guard let value, let previous else { return nil }
        return value - previous
    }
}
