import VerbatimCore

extension Clustering {
    /// The silhouette of every row with the cosine distance `1 − cos` (Rousseeuw, "Silhouettes:
    /// a graphical aid to the interpretation and validation of cluster analysis", Journal of
    /// Computational and Applied Mathematics 20, 1987): `s = (b − a) / max(a, b)` with `a` the
    /// mean distance to the other members of the row's cluster and `b` the smallest mean distance
    /// to the members of another cluster; 0 for a row alone in its cluster, `nil` for an empty
    /// row.
    ///
    /// Exact, yet as cheap as one assignment step: for unit rows, the mean cosine of `x` to the
    /// members of `C` is `x · S_C / |C|` for the sum `S_C = ‖S_C‖ · centroid_C`, so
    /// `a = 1 − (x · S_A − 1) / (|A| − 1)` and `b = min_B 1 − x · S_B / |B|`.
    /// - Parameters:
    ///   - matrix: the clustered rows.
    ///   - workers: threads to use (the result does not depend on them).
    /// - Returns: one value per row.
    /// - Complexity: O(nnz × k).
    public func silhouettes(of matrix: SparseMatrix, workers: Int = 1) -> [Float?] {
        let k = centroids.count
        let means = Centroids.normalizedMeans(of: matrix, assignments: assignments, count: k, workers: workers)
        let sizes = means.sizes
        let norms = means.sumNorms.map { Float($0) }
        var result = [Float?](repeating: nil, count: matrix.rowCount)
        let chunkSize = SphericalKMeans.chunkSize
        let assignments = self.assignments
        result.withUnsafeMutableBufferPointer { out in
            ParallelChunks.run(chunks: ParallelChunks.chunkCount(matrix.rowCount, chunkSize: chunkSize), workers: workers) { chunk in
                var cosines = [Float](repeating: 0, count: k)
                for row in chunk * chunkSize ..< min(matrix.rowCount, (chunk + 1) * chunkSize) where assignments[row] >= 0 {
                    let own = Int(assignments[row])
                    guard sizes[own] > 1 else { out[row] = 0; continue }
                    means.centroids.similarities(ofRow: row, in: matrix, into: &cosines)
                    let a = 1 - (cosines[own] * norms[own] - 1) / Float(sizes[own] - 1)
                    var b = Float.infinity
                    for c in 0 ..< k where c != own && sizes[c] > 0 {
                        b = min(b, 1 - cosines[c] * norms[c] / Float(sizes[c]))
                    }
                    guard b.isFinite else { out[row] = 0; continue }
                    let scale = max(a, b)
                    out[row] = scale > 0 ? (b - a) / scale : 0
                }
            }
        }
        return result
    }
}
