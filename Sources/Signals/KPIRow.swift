/// One KPI of one period and segment: a row of the `kpis` table.
public struct KPIRow: Sendable, Equatable {
    /// `all`, `2026-04` or `2026-Q2`.
    public var period: String
    /// The segment's value, or `all`.
    public var segment: String
    /// The KPI's name (``KPICalculator/metrics``).
    public var metric: String
    /// Its value, numerator and denominator.
    public var value: KPIValue

    /// A row.
    public init(period: String, segment: String, metric: String, value: KPIValue) {
        self.period = period
        self.segment = segment
        self.metric = metric
        self.value = value
    }
}
