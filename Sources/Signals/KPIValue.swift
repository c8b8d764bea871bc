/// A KPI's value with the numerator and denominator it was computed from, so that every figure
/// can be checked by hand and summed across periods or segments.
public struct KPIValue: Sendable, Equatable {
    /// The figure as reported (a percentage, a mean, an amount, hours); nil when the denominator
    /// is zero and the figure is undefined.
    public var value: Double?
    /// What was counted or summed on top.
    public var numerator: Double
    /// What it was divided by (a count of customers, responses, tickets; an MRR at start).
    public var denominator: Double

    /// A value with its parts.
    public init(value: Double?, numerator: Double, denominator: Double) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `scale × numerator / denominator`, undefined when the denominator is zero.
    public static func ratio(_ numerator: Double, _ denominator: Double, scale: Double = 1) -> KPIValue {
        KPIValue(value: denominator == 0 ? nil : scale * numerator / denominator, numerator: numerator, denominator: denominator)
    }

    /// An amount that is not a ratio (net new MRR, a count): the value is the numerator, the
    /// denominator 1.
    public static func amount(_ value: Double) -> KPIValue {
        KPIValue(value: value, numerator: value, denominator: 1)
    }
}
