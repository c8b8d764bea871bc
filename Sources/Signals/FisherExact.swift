import Foundation

/// Fisher's exact test on a 2 × 2 table.
///
/// ```
///               outcome   no outcome
/// exposed          a          b
/// not exposed      c          d
/// ```
public enum FisherExact {
    /// The two-sided p-value: the sum of the hypergeometric probabilities of every table with the
    /// same margins that is no more likely than the observed one (Fisher 1935; the rule of R's
    /// `fisher.test`, with the same relative tolerance of 1e-7 for ties). The tea-tasting table
    /// `[[3, 1], [1, 3]]` gives 0.4857.
    ///
    /// `P(a) = C(a+b, a) · C(c+d, c) / C(n, a+c)`, computed through log-gamma.
    /// - Complexity: O(min(a+b, a+c)).
    public static func twoSided(a: Int, b: Int, c: Int, d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "cells are counts")
        let row1 = a + b, col1 = a + c, n = a + b + c + d
        guard n > 0 else { return 1 }
        let low = max(0, row1 + col1 - n), high = min(row1, col1)
        let observed = logProbability(x: a, row1: row1, col1: col1, n: n)
        var p = 0.0
        for x in low ... high {
            let lp = logProbability(x: x, row1: row1, col1: col1, n: n)
            if lp <= observed + 1e-7 * abs(observed) + 1e-12 { p += exp(lp) }
        }
        return min(1, p)
    }

    private static func logProbability(x: Int, row1: Int, col1: Int, n: Int) -> Double {
        logChoose(row1, x) + logChoose(n - row1, col1 - x) - logChoose(n, col1)
    }

    private static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
