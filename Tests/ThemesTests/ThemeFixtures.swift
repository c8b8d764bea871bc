import Themes

/// Tiny inline matrices and centroids for the theme refinement, labelling and matching tests.
enum ThemeFixtures {
    /// A matrix from dense rows, each L2-normalised; zero entries are not stored.
    static func matrix(_ rows: [[Float]]) -> SparseMatrix {
        let width = rows.first?.count ?? 0
        var matrix = SparseMatrix(columnCount: width)
        for row in rows {
            let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let stored = row.indices.filter { row[$0] != 0 }
            matrix.appendRow(columns: stored.map { Int32($0) }, values: stored.map { row[$0] / norm })
        }
        return matrix
    }

    /// Unit centroids (term-major) from dense vectors, each normalised.
    static func centroids(_ vectors: [[Float]]) -> Centroids {
        let k = vectors.count, d = vectors.first?.count ?? 0
        var centroids = Centroids(count: k, dimension: d)
        for (c, v) in vectors.enumerated() {
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for t in 0 ..< d { centroids[c, t] = norm > 0 ? v[t] / norm : 0 }
        }
        return centroids
    }

    /// The normalised mean of the given rows of `matrix`, as centroids for each group of rows,
    /// with each row's similarity to its group's centroid.
    static func clustering(_ matrix: SparseMatrix, groups: [[Int]]) -> (centroids: Centroids, assignments: [Int32], similarities: [Float]) {
        var vectors = [[Float]](repeating: [Float](repeating: 0, count: matrix.columnCount), count: groups.count)
        var assignments = [Int32](repeating: -1, count: matrix.rowCount)
        for (g, rows) in groups.enumerated() {
            for r in rows {
                assignments[r] = Int32(g)
                for p in matrix.range(ofRow: r) { vectors[g][Int(matrix.columns[p])] += matrix.values[p] }
            }
        }
        let centroids = centroids(vectors)
        var similarities = [Float](repeating: 0, count: matrix.rowCount)
        var scratch = [Float](repeating: 0, count: groups.count)
        for r in 0 ..< matrix.rowCount where assignments[r] >= 0 {
            centroids.similarities(ofRow: r, in: matrix, into: &scratch)
            similarities[r] = scratch[Int(assignments[r])]
        }
        return (centroids, assignments, similarities)
    }
}
