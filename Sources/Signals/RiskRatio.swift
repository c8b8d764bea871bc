import Foundation

/// A risk ratio (relative risk) with its 95% confidence interval.
public struct RiskRatio: Sendable, Equatable {
    /// `(a / (a+b)) / (c / (c+d))`.
    public var ratio: Double
    /// The interval's lower end.
    public var low: Double
    /// The interval's upper end.
    public var high: Double
    /// Whether 0.5 was added to every cell because one was zero.
    public var corrected: Bool

    /// The risk ratio of the table `[[a, b], [c, d]]` (rows: exposed, not exposed; columns:
    /// outcome, no outcome) and its 95% interval by the Katz log method (Katz et al. 1978):
    /// `exp(ln RR ± 1.96 · √(1/a − 1/(a+b) + 1/c − 1/(c+d)))`.
    ///
    /// When `a` or `c` is zero the log is undefined; then 0.5 is added to all four cells (the
    /// Haldane–Anscombe correction, Haldane 1956; Pettigrew, Gart and Thomas 1986) and
    /// `corrected` is true.
    /// - Returns: nil when a row is empty (no risk to compare).
    public init?(a: Int, b: Int, c: Int, d: Int, z: Double = 1.959_963_984_540_054) {
        guard a + b > 0, c + d > 0 else { return nil }
        var (x1, n1, x2, n2) = (Double(a), Double(a + b), Double(c), Double(c + d))
        corrected = a == 0 || c == 0
        if corrected { x1 += 0.5; x2 += 0.5; n1 += 1; n2 += 1 }
        ratio = (x1 / n1) / (x2 / n2)
        let se = (1 / x1 - 1 / n1 + 1 / x2 - 1 / n2).squareRoot()
        low = exp(log(ratio) - z * se)
        high = exp(log(ratio) + z * se)
    }
}
