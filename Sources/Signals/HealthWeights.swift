/// The weights of the three parts of the health score (DESIGN section 7: 40% usage, 30% support,
/// 30% business outcome). They need not sum to 1: the score divides by the weights of the parts
/// present.
public struct HealthWeights: Sendable, Equatable {
    /// Weight of the usage part. Default 0.4.
    public var usage: Double
    /// Weight of the support part. Default 0.3.
    public var support: Double
    /// Weight of the business-outcome part. Default 0.3.
    public var outcome: Double

    /// Weights; the defaults are DESIGN's.
    public init(usage: Double = 0.4, support: Double = 0.3, outcome: Double = 0.3) {
        self.usage = usage
        self.support = support
        self.outcome = outcome
    }
}
