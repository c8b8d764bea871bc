import Themes
import VerbatimCore

extension IssueClassifierTrainer {
    /// Shuffles `index[0 ..< prefix]` in place (Fisher–Yates with `next(below:)`).
    static func shuffle(_ index: inout [Int32], prefix: Int, _ generator: inout SeededGenerator) {
        guard prefix > 1 else { return }
        for i in stride(from: prefix - 1, to: 0, by: -1) {
            index.swapAt(i, Int(generator.next(below: UInt64(i + 1))))
        }
    }

    /// The stopping tolerance of dual coordinate descent: stop when the spread of projected
    /// gradients over one pass is below it (LIBLINEAR's criterion).
    static let svmTolerance = 0.1

    /// One-vs-rest squared-hinge linear SVMs by dual coordinate descent (Hsieh et al. 2008,
    /// Algorithm 1, with its shrinking of items at the bound; LIBLINEAR's `solve_l2r_l1l2_svc`).
    ///
    /// For label `c`, `y_i = +1` when item `i` has the label and `−1` otherwise; the dual of
    /// `min ½‖w‖² + C Σ_i max(0, 1 − y_i wᵀx_i)²` is solved one `α_i` at a time with
    /// `G = y_i wᵀx_i − 1 + D·α_i`, `D = 1 / (2C)`, `α_i ← max(α_i − G / (‖x_i‖² + D), 0)` and
    /// `w ← w + Δα_i y_i x_i`. The intercept is a constant feature 1, penalised like the rest (as
    /// `LinearSVC`'s `intercept_scaling = 1`). Labels train in parallel, each with its own seed.
    /// An item with `α_i = 0` whose gradient exceeds the previous pass's largest projected
    /// gradient is set aside until the active items converge; then every item is checked once
    /// more. A pass over the active items counts as one of ``ClassifierOptions/epochs``.
    /// - Returns: feature-major weights and the intercepts.
    /// - Complexity: O(epochs · nnz) per label, much less once items are set aside.
    func linearSVM(_ x: SparseMatrix, _ y: [Int], labelCount k: Int) -> ([Float], [Float]) {
        let n = x.rowCount, v = x.columnCount
        let diagonal = 1 / (2 * options.regularization)
        var squaredNorms = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            var s = 1.0
            for p in x.range(ofRow: i) { s += Double(x.values[p]) * Double(x.values[p]) }
            squaredNorms[i] = s + diagonal
        }
        let perLabel = SlotArray(repeating: [Double](), count: k)
        let epochs = options.epochs, seed = options.seed
        ParallelChunks.run(chunks: k, workers: ParallelChunks.defaultWorkers) { c in
            var w = [Double](repeating: 0, count: v + 1)
            var alpha = [Double](repeating: 0, count: n)
            var generator = SeededGenerator(seed: seed &+ UInt64(c) &* 0x9E37_79B9_7F4A_7C15)
            x.columns.withUnsafeBufferPointer { columns in
                x.values.withUnsafeBufferPointer { values in
                    x.rowStarts.withUnsafeBufferPointer { starts in
                        w.withUnsafeMutableBufferPointer { w in
                            var index = (0 ..< n).map { Int32($0) }
                            var active = n
                            var maxOld = Double.infinity
                            var pass = 0
                            while pass < epochs {
                                pass += 1
                                Self.shuffle(&index, prefix: active, &generator)
                                var maxPG = -Double.infinity, minPG = Double.infinity
                                var s = 0
                                while s < active {
                                    let i = Int(index[s])
                                    let yi: Double = y[i] == c ? 1 : -1
                                    var dot = w[v]
                                    for p in starts[i] ..< starts[i + 1] { dot += w[Int(columns[p])] * Double(values[p]) }
                                    let g = yi * dot - 1 + diagonal * alpha[i]
                                    var pg = g
                                    if alpha[i] == 0 {
                                        if g > maxOld {
                                            // Shrink: at its bound and likely to stay there.
                                            active -= 1
                                            index.swapAt(s, active)
                                            continue
                                        }
                                        pg = min(g, 0)
                                    }
                                    maxPG = max(maxPG, pg)
                                    minPG = min(minPG, pg)
                                    s += 1
                                    guard abs(pg) > 1e-12 else { continue }
                                    let old = alpha[i]
                                    alpha[i] = max(old - g / squaredNorms[i], 0)
                                    let d = (alpha[i] - old) * yi
                                    for p in starts[i] ..< starts[i + 1] { w[Int(columns[p])] += d * Double(values[p]) }
                                    w[v] += d
                                }
                                if maxPG - minPG <= Self.svmTolerance {
                                    if active == n { break }
                                    // Converged on the active items: check every item once more.
                                    active = n
                                    maxOld = .infinity
                                    continue
                                }
                                maxOld = maxPG <= 0 ? .infinity : maxPG
                            }
                        }
                    }
                }
            }
            perLabel.set(c, w)
        }
        let models = perLabel.values
        var weights = [Float](repeating: 0, count: v * k)
        for c in 0 ..< k {
            for j in 0 ..< v { weights[j * k + c] = Float(models[c][j]) }
        }
        return (weights, (0 ..< k).map { Float(models[$0][v]) })
    }
}
