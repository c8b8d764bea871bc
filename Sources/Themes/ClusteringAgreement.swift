import Foundation

/// How far two labelings of the same items agree, whatever the label values.
public enum ClusteringAgreement {
    /// Normalised mutual information with the arithmetic-mean normaliser (scikit-learn's
    /// default): `NMI = I(A; B) / ((H(A) + H(B)) / 2)`, natural logarithms.
    ///
    /// 1 when the labelings are the same up to renaming, 0 when they share no information. Two
    /// labelings that each put every item in one group count as identical (1); if only one of
    /// them does, the score is 0. Reference: A. Strehl and J. Ghosh, "Cluster ensembles", JMLR 3,
    /// 2002; N. X. Vinh, J. Epps and J. Bailey, JMLR 11, 2010.
    /// - Parameters: a, b: one label per item, the same number of items.
    /// - Returns: a value in `[0, 1]`.
    /// - Complexity: O(n) expected.
    public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
        let table = Contingency(a, b)
        if table.rowSums.count == table.columnSums.count && table.rowSums.count <= 1 { return 1 }
        let n = Double(a.count)
        var mutual: Double = 0
        // Summed in cell order, not the dictionary's (which differs between processes), so
        // that the same labelings give the same bits.
        for (pair, count) in table.cells.sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
            let nij = Double(count)
            let ni = Double(table.rowSums[pair.row]), nj = Double(table.columnSums[pair.column])
            mutual += nij / n * log(n * nij / (ni * nj))
        }
        guard mutual > 0 else { return 0 }
        let normaliser = (entropy(table.rowSums, n) + entropy(table.columnSums, n)) / 2
        return min(1, mutual / normaliser)
    }

    /// The adjusted Rand index (Hubert & Arabie, "Comparing partitions", Journal of
    /// Classification 2, 1985): the Rand index corrected for chance,
    /// `(Σ C(nᵢⱼ,2) − E) / (½(Σ C(aᵢ,2) + Σ C(bⱼ,2)) − E)` with
    /// `E = Σ C(aᵢ,2) · Σ C(bⱼ,2) / C(n,2)`.
    ///
    /// 1 for identical labelings (up to renaming), about 0 for independent ones, negative below
    /// chance. When the denominator vanishes (both trivial) the labelings are identical and the
    /// score is 1, as in scikit-learn.
    /// - Parameters: a, b: one label per item, the same number of items.
    /// - Returns: a value at most 1.
    /// - Complexity: O(n) expected.
    public static func adjustedRandIndex(_ a: [Int], _ b: [Int]) -> Double {
        let table = Contingency(a, b)
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let index = table.cells.sorted { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }
            .reduce(0.0) { $0 + pairs($1.value) }
        let sumA = table.rowSums.reduce(0.0) { $0 + pairs($1) }
        let sumB = table.columnSums.reduce(0.0) { $0 + pairs($1) }
        let total = pairs(a.count)
        let expected = total > 0 ? sumA * sumB / total : 0
        let maximum = (sumA + sumB) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    private static func entropy(_ counts: [Int], _ n: Double) -> Double {
        counts.reduce(0.0) { sum, count in
            let p = Double(count) / n
            return p > 0 ? sum - p * log(p) : sum
        }
    }

    /// The contingency table of two labelings, labels renamed to dense indices.
    private struct Contingency {
        struct Cell: Hashable { var row: Int; var column: Int }
        var cells: [Cell: Int] = [:]
        var rowSums: [Int] = []
        var columnSums: [Int] = []

        init(_ a: [Int], _ b: [Int]) {
            precondition(a.count == b.count, "both labelings must label the same items")
            var rowOf: [Int: Int] = [:]
            var columnOf: [Int: Int] = [:]
            for (x, y) in zip(a, b) {
                let row = rowOf[x] ?? { rowOf[x] = rowSums.count; rowSums.append(0); return rowSums.count - 1 }()
                let column = columnOf[y] ?? { columnOf[y] = columnSums.count; columnSums.append(0); return columnSums.count - 1 }()
                rowSums[row] += 1
                columnSums[column] += 1
                cells[Cell(row: row, column: column), default: 0] += 1
            }
        }
    }
}
