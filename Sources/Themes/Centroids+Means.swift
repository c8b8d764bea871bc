extension Centroids {
    /// The normalised means of the rows of each cluster: centroid `c` is the sum of the rows
    /// assigned `c`, divided by its L2 norm (the spherical k-means centroid of Dhillon & Modha,
    /// "Concept decompositions for large sparse text data using clustering", Machine Learning
    /// 42, 2001). A cluster without rows gets a zero vector.
    ///
    /// Each cluster's sum is taken over its rows in row order, in `Double`, on one thread, so the
    /// result is the same whatever `workers` is.
    /// - Parameters:
    ///   - matrix: unit rows.
    ///   - assignments: the cluster of each row in `0 ..< count`, or -1 to leave a row out.
    ///   - count: the number of clusters.
    ///   - workers: threads to spread the clusters over.
    /// - Returns: the centroids, the number of rows of each cluster, and the L2 norm of each
    ///   cluster's unnormalised sum (so the mean cosine of a row `x` to the members of `c` is
    ///   `cos(x, c) · norm / size`).
    /// - Complexity: O(nnz + count × dimension).
    public static func normalizedMeans(
        of matrix: SparseMatrix, assignments: [Int32], count: Int, workers: Int = 1
    ) -> (centroids: Centroids, sizes: [Int], sumNorms: [Double]) {
        precondition(assignments.count == matrix.rowCount, "one assignment per row")
        let dimension = matrix.columnCount
        // Rows grouped by cluster, in row order (a counting sort).
        var starts = [Int](repeating: 0, count: count + 1)
        for a in assignments where a >= 0 { starts[Int(a) + 1] += 1 }
        for c in 0 ..< count { starts[c + 1] += starts[c] }
        var members = [Int](repeating: 0, count: starts[count])
        var fill = starts
        for (row, a) in assignments.enumerated() where a >= 0 {
            members[fill[Int(a)]] = row
            fill[Int(a)] += 1
        }
        var clusterMajor = [Float](repeating: 0, count: count * dimension)
        var sumNorms = [Double](repeating: 0, count: count)
        clusterMajor.withUnsafeMutableBufferPointer { out in
            sumNorms.withUnsafeMutableBufferPointer { norms in
                ParallelChunks.run(chunks: count, workers: workers) { c in
                    var sum = [Double](repeating: 0, count: dimension)
                    for i in starts[c] ..< starts[c + 1] {
                        for p in matrix.range(ofRow: members[i]) {
                            sum[Int(matrix.columns[p])] += Double(matrix.values[p])
                        }
                    }
                    var squares: Double = 0
                    for t in 0 ..< dimension { squares += sum[t] * sum[t] }
                    let norm = squares.squareRoot()
                    norms[c] = norm
                    guard norm > 0 else { return }
                    let base = c * dimension
                    for t in 0 ..< dimension { out[base + t] = Float(sum[t] / norm) }
                }
            }
        }
        var centroids = Centroids(count: count, dimension: dimension)
        let blockSize = 4096
        centroids.weights.withUnsafeMutableBufferPointer { w in
            clusterMajor.withUnsafeBufferPointer { source in
                ParallelChunks.run(chunks: ParallelChunks.chunkCount(dimension, chunkSize: blockSize), workers: workers) { block in
                    for t in block * blockSize ..< min(dimension, (block + 1) * blockSize) {
                        for c in 0 ..< count { w[t * count + c] = source[c * dimension + t] }
                    }
                }
            }
        }
        let sizes = (0 ..< count).map { starts[$0 + 1] - starts[$0] }
        return (centroids, sizes, sumNorms)
    }

    /// Sets centroid `centroid` to row `row` of `matrix` (a unit vector), all other terms zero.
    /// - Complexity: O(dimension).
    mutating func setCentroid(_ centroid: Int, toRow row: Int, of matrix: SparseMatrix) {
        for t in 0 ..< dimension { weights[t * count + centroid] = 0 }
        for p in matrix.range(ofRow: row) {
            weights[Int(matrix.columns[p]) * count + centroid] = matrix.values[p]
        }
    }

    /// The cosine of row `row` of `matrix` to centroid `centroid` alone.
    /// - Complexity: O(nnz(row)).
    func similarity(ofRow row: Int, in matrix: SparseMatrix, to centroid: Int) -> Float {
        var sum: Float = 0
        for p in matrix.range(ofRow: row) {
            sum += matrix.values[p] * weights[Int(matrix.columns[p]) * count + centroid]
        }
        return sum
    }
}
