import Foundation
import Themes
import VerbatimCore

extension IssueClassifierTrainer {
    /// The first SGD step of logistic regression.
    static let logisticInitialStep = 0.5

    /// Multinomial logistic regression with L2 penalty `λ = 1 / (C·n)` by stochastic gradient
    /// descent (Bottou 2012): over a seeded shuffle per epoch, for each item
    /// `p = softmax(b + Wᵀx)`, `W ← (1 − η_t λ) W − η_t x (p − e_y)ᵀ`, `b ← b − η_t (p − e_y)`,
    /// with `η_t = η_0 / (1 + η_0 λ t)`; the shrinking is kept as one scale factor so that an
    /// update costs O(nnz · L).
    /// - Returns: feature-major weights and the intercepts.
    /// - Complexity: O(epochs · nnz · L).
    func logisticRegression(_ x: SparseMatrix, _ y: [Int], labelCount k: Int) -> ([Float], [Float]) {
        let n = x.rowCount, v = x.columnCount
        let lambda = 1 / (options.regularization * Double(n))
        let eta0 = Self.logisticInitialStep
        var w = [Double](repeating: 0, count: v * k)
        var b = [Double](repeating: 0, count: k)
        var scale = 1.0
        var t = 0.0
        var p = [Double](repeating: 0, count: k)
        var generator = SeededGenerator(seed: options.seed)
        for _ in 0 ..< options.epochs {
            for i32 in Self.shuffled(n, &generator) {
                let i = Int(i32)
                let eta = eta0 / (1 + eta0 * lambda * t)
                t += 1
                let r = x.range(ofRow: i)
                for c in 0 ..< k { p[c] = 0 }
                for q in r {
                    let base = Int(x.columns[q]) * k, value = Double(x.values[q])
                    for c in 0 ..< k { p[c] += w[base + c] * value }
                }
                var top = -Double.infinity
                for c in 0 ..< k { p[c] = p[c] * scale + b[c]; top = max(top, p[c]) }
                var total = 0.0
                for c in 0 ..< k { p[c] = exp(p[c] - top); total += p[c] }
                for c in 0 ..< k { p[c] /= total }
                p[y[i]] -= 1
                scale *= 1 - eta * lambda
                let step = eta / scale
                for q in r {
                    let base = Int(x.columns[q]) * k, value = Double(x.values[q]) * step
                    for c in 0 ..< k { w[base + c] -= value * p[c] }
                }
                for c in 0 ..< k { b[c] -= eta * p[c] }
                if scale < 1e-9 {
                    for j in w.indices { w[j] *= scale }
                    scale = 1
                }
            }
        }
        return (w.map { Float($0 * scale) }, b.map { Float($0) })
    }
}
