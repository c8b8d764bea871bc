import Foundation
import Themes

extension IssueClassifierTrainer {
    /// Multinomial Naive Bayes on the TF-IDF weights (McCallum and Nigam 1998; Rennie et al.
    /// 2003): `W[j, c] = ln((N_cj + α) / (N_c + α·V))` with `N_cj` the sum of feature `j`'s
    /// weights over the items of label `c` and `N_c = Σ_j N_cj`, and `b_c = ln(n_c / n)`.
    /// - Returns: feature-major weights and the log priors.
    /// - Complexity: O(nnz + V · L).
    func naiveBayes(_ x: SparseMatrix, _ y: [Int], labelCount k: Int) -> ([Float], [Float]) {
        let v = x.columnCount
        var sums = [Double](repeating: 0, count: v * k)
        var items = [Int](repeating: 0, count: k)
        for i in 0 ..< x.rowCount {
            items[y[i]] += 1
            for p in x.range(ofRow: i) { sums[Int(x.columns[p]) * k + y[i]] += Double(x.values[p]) }
        }
        var totals = [Double](repeating: 0, count: k)
        for j in 0 ..< v { for c in 0 ..< k { totals[c] += sums[j * k + c] } }
        let alpha = options.smoothing
        var weights = [Float](repeating: 0, count: v * k)
        for j in 0 ..< v {
            for c in 0 ..< k { weights[j * k + c] = Float(log((sums[j * k + c] + alpha) / (totals[c] + alpha * Double(v)))) }
        }
        let n = Double(x.rowCount)
        return (weights, items.map { Float(log(Double(max($0, 1)) / n)) })
    }
}
