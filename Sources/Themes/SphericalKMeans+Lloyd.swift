extension SphericalKMeans {
    /// Rows per chunk of the parallel steps; fixed, so results never depend on threads.
    static let chunkSize = 2048

    /// One assignment step: each non-empty row goes to the centroid of highest cosine (ties to
    /// the lower index), empty rows to -1.
    /// - Returns: the assignments, the cosine of each row to its centroid, and their sum.
    /// - Complexity: O(nnz × k), spread over `workers` threads.
    static func assign(_ matrix: SparseMatrix, to centroids: Centroids, workers: Int)
        -> (assignments: [Int32], similarities: [Float], objective: Double)
    {
        let n = matrix.rowCount
        var assignments = [Int32](repeating: -1, count: n)
        var similarities = [Float](repeating: 0, count: n)
        let chunks = ParallelChunks.chunkCount(n, chunkSize: chunkSize)
        assignments.withUnsafeMutableBufferPointer { a in
            similarities.withUnsafeMutableBufferPointer { s in
                ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                    var out = [Float](repeating: 0, count: centroids.count)
                    for row in chunk * chunkSize ..< min(n, (chunk + 1) * chunkSize) {
                        guard matrix.rowStarts[row] < matrix.rowStarts[row + 1] else { continue }
                        centroids.similarities(ofRow: row, in: matrix, into: &out)
                        var best = 0
                        var bestValue = out[0]
                        for c in 1 ..< out.count where out[c] > bestValue {
                            best = c
                            bestValue = out[c]
                        }
                        a[row] = Int32(best)
                        s[row] = bestValue
                    }
                }
            }
        }
        return (assignments, similarities, similarities.reduce(0.0) { $0 + Double($1) })
    }

    /// Lloyd's iterations from `initial`: assign, recompute centroids, until no row moves, the
    /// objective gains no more than `tolerance` of itself, or `maximumIterations` steps. Empty
    /// clusters are re-seeded with the rows worst served (lowest cosine, ties to the lower row).
    /// The returned centroids are the normalised means of the final assignments and each
    /// similarity is to the row's own centroid.
    /// - Complexity: O(iterations × nnz × k).
    static func lloyd(_ matrix: SparseMatrix, from initial: Centroids, options: KMeansOptions, workers: Int) -> Clustering {
        let k = initial.count
        var centroids = initial
        var step = assign(matrix, to: centroids, workers: workers)
        var iterations = 1
        while iterations < options.maximumIterations {
            let means = Centroids.normalizedMeans(of: matrix, assignments: step.assignments, count: k, workers: workers)
            centroids = means.centroids
            reseedEmpty(&centroids, sizes: means.sizes, matrix: matrix, step: step)
            let next = assign(matrix, to: centroids, workers: workers)
            iterations += 1
            var moved = 0
            for row in 0 ..< matrix.rowCount where next.assignments[row] != step.assignments[row] { moved += 1 }
            let gain = next.objective - step.objective
            step = next
            if moved == 0 || (gain >= 0 && gain <= options.tolerance * abs(next.objective)) { break }
        }
        let means = Centroids.normalizedMeans(of: matrix, assignments: step.assignments, count: k, workers: workers)
        var similarities = [Float](repeating: 0, count: matrix.rowCount)
        let chunks = ParallelChunks.chunkCount(matrix.rowCount, chunkSize: chunkSize)
        let assignments = step.assignments
        similarities.withUnsafeMutableBufferPointer { s in
            ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                for row in chunk * chunkSize ..< min(matrix.rowCount, (chunk + 1) * chunkSize) where assignments[row] >= 0 {
                    s[row] = means.centroids.similarity(ofRow: row, in: matrix, to: Int(assignments[row]))
                }
            }
        }
        return Clustering(centroids: means.centroids, assignments: assignments, similarities: similarities,
                          objective: similarities.reduce(0.0) { $0 + Double($1) }, iterations: iterations)
    }

    /// Gives each empty cluster, in index order, the worst-served non-empty row not yet used.
    private static func reseedEmpty(
        _ centroids: inout Centroids, sizes: [Int],
        matrix: SparseMatrix, step: (assignments: [Int32], similarities: [Float], objective: Double)
    ) {
        let empty = sizes.indices.filter { sizes[$0] == 0 }
        guard !empty.isEmpty else { return }
        let candidates = (0 ..< matrix.rowCount).filter { step.assignments[$0] >= 0 }
            .sorted { a, b in
                step.similarities[a] != step.similarities[b] ? step.similarities[a] < step.similarities[b] : a < b
            }
        for (cluster, row) in zip(empty, candidates) {
            centroids.setCentroid(cluster, toRow: row, of: matrix)
        }
    }
}
