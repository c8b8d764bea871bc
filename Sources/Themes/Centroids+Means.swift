import VerbatimCore

extension Centroids {
    /// The normalised means of the rows of each cluster: centroid `c` is the sum of the rows
    /// assigned `c`, divided by its L2 norm (the spherical k-means centroid of Dhillon & Modha,
    /// "Concept decompositions for large sparse text data using clustering", Machine Learning
    /// 42, 2001). A cluster without rows gets a zero vector.
    ///
    /// Each cluster's sum is taken over its rows in row order, in `Double`, so the result is the
    /// same whatever `workers` is.
    /// - Parameters:
    ///   - matrix: unit rows.
    ///   - assignments: the cluster of each row in `0 ..< count`, or -1 to leave a row out.
    ///   - count: the number of clusters.
    ///   - workers: threads to spread the terms over.
    /// - Returns: the centroids, the number of rows of each cluster, and the L2 norm of each
    ///   cluster's unnormalised sum (so the mean cosine of a row `x` to the members of `c` is
    ///   `cos(x, c) · norm / size`).
    /// - Complexity: O(workers × n + nnz + count × dimension).
    public static func normalizedMeans(
        of matrix: SparseMatrix, assignments: [Int32], count: Int, workers: Int = 1
    ) -> (centroids: Centroids, sizes: [Int], sumNorms: [Double]) {
        precondition(assignments.count == matrix.rowCount, "one assignment per row")
        let means = matrix.withBuffers { m in
            assignments.withUnsafeBufferPointer { a in
                Sums(of: m, assignments: a, count: count, dimension: matrix.columnCount, workers: workers)
            }
        }
        var centroids = Centroids(count: count, dimension: matrix.columnCount)
        centroids.weights.withUnsafeMutableBufferPointer { w in
            means.write(into: w, stride: count)
        }
        return (centroids, means.sizes, means.norms)
    }

    /// The sums of the rows of each cluster, term-major in `Double`, with their norms.
    ///
    /// The rows are read in order and each stored weight is added to its term's slot for the
    /// row's cluster, so every slot sums its rows in row order. The threads split the terms
    /// into ranges, each reading every row but adding only its own terms; the norms are then
    /// taken term by term in order. Nothing depends on the number of threads.
    struct Sums {
        /// The number of clusters.
        let count: Int
        /// The number of terms.
        let dimension: Int
        /// The sum of term `t` over the rows of cluster `c` is `values[t * count + c]`.
        var values: [Double]
        /// The number of rows of each cluster.
        var sizes: [Int]
        /// The L2 norm of each cluster's sum.
        var norms: [Double]

        /// The sums of the rows of `m` by `assignments` (-1 leaves a row out).
        /// - Complexity: O(workers × n + nnz + count × dimension).
        init(of m: SparseMatrix.Buffers, assignments: UnsafeBufferPointer<Int32>, count: Int, dimension: Int, workers: Int) {
            self.count = count
            self.dimension = dimension
            sizes = [Int](repeating: 0, count: count)
            for a in assignments where a >= 0 { sizes[Int(a)] += 1 }
            values = [Double](repeating: 0, count: dimension * count)
            let ranges = max(1, min(workers, dimension / 256))
            values.withUnsafeMutableBufferPointer { sums in
                ParallelChunks.run(chunks: ranges, workers: ranges) { range in
                    let low = Int32(dimension * range / ranges), high = Int32(dimension * (range + 1) / ranges)
                    for row in 0 ..< assignments.count where assignments[row] >= 0 {
                        let cluster = Int(assignments[row])
                        for p in m.rowStarts[row] ..< m.rowStarts[row + 1] {
                            let t = m.columns[p]
                            if t >= low && t < high { sums[Int(t) &* count &+ cluster] += Double(m.values[p]) }
                        }
                    }
                }
            }
            var squares = [Double](repeating: 0, count: count)
            values.withUnsafeBufferPointer { sums in
                for t in 0 ..< dimension {
                    for c in 0 ..< count { squares[c] += sums[t * count + c] * sums[t * count + c] }
                }
            }
            norms = squares.map { $0.squareRoot() }
        }

        /// Writes the normalised sums (0 for a cluster without weight) term-major into `weights`,
        /// `stride` floats per term, leaving the padding beyond `count` untouched.
        /// - Complexity: O(count × dimension).
        func write(into weights: UnsafeMutableBufferPointer<Float>, stride: Int) {
            let scale = norms.map { $0 > 0 ? $0 : 1 }
            values.withUnsafeBufferPointer { sums in
                for t in 0 ..< dimension {
                    for c in 0 ..< count { weights[t * stride + c] = Float(sums[t * count + c] / scale[c]) }
                }
            }
        }
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
