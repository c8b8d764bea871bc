import VerbatimCore

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
        let step = matrix.withBuffers { m in
            Centroids.Padded(centroids).withKernel { kernel in
                assign(m, with: kernel, previous: nil, shifts: [], workers: workers)
            }
        }
        return (step.assignments, step.similarities, step.objective)
    }

    /// The outcome of one assignment step.
    struct Step {
        /// The cluster of each row, -1 for an empty row.
        var assignments: [Int32]
        /// The cosine of each row to its cluster's centroid, 0 for an empty row.
        var similarities: [Float]
        /// For each row, at least its highest cosine to any other centroid.
        var runnerUp: [Float]
        /// The sum of `similarities`, in row order.
        var objective: Double
        /// The rows whose cluster differs from the previous step's (all non-empty rows without one).
        var moved: Int
    }

    /// How far a bound must clear a cosine before a row is left in its cluster unexamined;
    /// far above the rounding of a sparse dot product of unit vectors.
    static let boundMargin: Float = 1e-4

    /// One assignment step with `kernel`. Each chunk writes its own rows and its own count of
    /// moved rows, summed in chunk order.
    ///
    /// After a `previous` step, whose centroids have since moved by `shifts`, a row's cosine to
    /// its own centroid is computed first; by the triangle inequality no other centroid can be
    /// nearer than the previous runner-up plus the largest shift of another centroid, and if
    /// the own cosine beats that bound the row keeps its cluster without the full kernel
    /// (Hamerly, "Making k-means even faster", SDM 2010, for cosines of unit vectors). The
    /// outcome is the same as examining every row.
    /// - Complexity: O(nnz × k) at worst, spread over `workers` threads.
    static func assign(
        _ m: SparseMatrix.Buffers, with kernel: Centroids.Padded.Kernel, previous: Step?, shifts: [Float], workers: Int
    ) -> Step {
        let n = m.rowCount
        var assignments = [Int32](repeating: -1, count: n)
        var similarities = [Float](repeating: 0, count: n)
        var runnerUp = [Float](repeating: -.infinity, count: n)
        let chunks = ParallelChunks.chunkCount(n, chunkSize: chunkSize)
        var moves = [Int](repeating: 0, count: chunks)
        // The largest shift, and the largest but that centroid's, for a row of that centroid.
        var farthest = -1
        var largest: Float = 0, second: Float = 0
        for (c, shift) in shifts.enumerated() {
            if shift > largest {
                second = largest
                largest = shift
                farthest = c
            } else if shift > second {
                second = shift
            }
        }
        let margin = boundMargin
        let empty: [Int32] = [], none: [Float] = []
        (previous?.assignments ?? empty).withUnsafeBufferPointer { before in
            (previous?.runnerUp ?? none).withUnsafeBufferPointer { bounds in
                assignments.withUnsafeMutableBufferPointer { a in
                    similarities.withUnsafeMutableBufferPointer { s in
                        runnerUp.withUnsafeMutableBufferPointer { r in
                            moves.withUnsafeMutableBufferPointer { moves in
                                ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                                    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: kernel.stride)
                                    defer { scratch.deallocate() }
                                    var moved = 0
                                    for row in chunk * chunkSize ..< min(n, (chunk + 1) * chunkSize) where !m.isEmpty(row: row) {
                                        if !before.isEmpty {
                                            let own = Int(before[row])
                                            let bound = bounds[row] + (own == farthest ? second : largest)
                                            let value = kernel.similarity(ofRow: row, in: m, to: own)
                                            if value > bound + margin {
                                                a[row] = Int32(own)
                                                s[row] = value
                                                r[row] = bound
                                                continue
                                            }
                                        }
                                        let (best, value, other) = kernel.nearest(row: row, in: m, scratch: scratch)
                                        a[row] = best
                                        s[row] = value
                                        r[row] = other
                                        if before.isEmpty || before[row] != best { moved += 1 }
                                    }
                                    moves[chunk] = moved
                                }
                            }
                        }
                    }
                }
            }
        }
        return Step(assignments: assignments, similarities: similarities, runnerUp: runnerUp,
                    objective: similarities.reduce(0.0) { $0 + Double($1) }, moved: moves.reduce(0, +))
    }

    /// Lloyd's iterations from `initial`: assign, recompute centroids, until at most
    /// `movedFraction` of the rows change cluster, the objective gains no more than `tolerance`
    /// of itself, or `maximumIterations` steps. Empty clusters are re-seeded with the rows worst
    /// served (lowest cosine, ties to the lower row). The returned centroids are the normalised
    /// means of the final assignments and each similarity is to the row's own centroid.
    /// - Complexity: O(iterations × nnz × k).
    static func lloyd(_ matrix: SparseMatrix, from initial: Centroids, options: KMeansOptions, workers: Int) -> Clustering {
        let k = initial.count, dimension = matrix.columnCount
        return matrix.withBuffers { m in
            let movedLimit = Int(options.movedFraction * Double(m.rowCount))
            func sums(_ step: Step) -> Centroids.Sums {
                step.assignments.withUnsafeBufferPointer { a in
                    Centroids.Sums(of: m, assignments: a, count: k, dimension: dimension, workers: workers)
                }
            }
            var centroids = Centroids.Padded(initial)
            var step = centroids.withKernel { assign(m, with: $0, previous: nil, shifts: [], workers: workers) }
            var means = sums(step)
            var iterations = 1
            while iterations < options.maximumIterations {
                var next = Centroids.Padded(means)
                reseedEmpty(&next, sizes: means.sizes, matrix: matrix, step: step)
                let shifts = next.distances(from: centroids)
                centroids = next
                let nextStep = centroids.withKernel { assign(m, with: $0, previous: step, shifts: shifts, workers: workers) }
                iterations += 1
                let gain = nextStep.objective - step.objective
                step = nextStep
                means = sums(step)
                if step.moved <= movedLimit || (gain >= 0 && gain <= options.tolerance * abs(step.objective)) { break }
            }
            let final = Centroids.Padded(means)
            var similarities = [Float](repeating: 0, count: m.rowCount)
            let chunks = ParallelChunks.chunkCount(m.rowCount, chunkSize: chunkSize)
            step.assignments.withUnsafeBufferPointer { a in
                similarities.withUnsafeMutableBufferPointer { s in
                    final.withKernel { kernel in
                        ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                            for row in chunk * chunkSize ..< min(m.rowCount, (chunk + 1) * chunkSize) where a[row] >= 0 {
                                s[row] = kernel.similarity(ofRow: row, in: m, to: Int(a[row]))
                            }
                        }
                    }
                }
            }
            var centroidsOut = Centroids(count: k, dimension: dimension)
            centroidsOut.weights.withUnsafeMutableBufferPointer { means.write(into: $0, stride: k) }
            return Clustering(centroids: centroidsOut, assignments: step.assignments, similarities: similarities,
                              objective: similarities.reduce(0.0) { $0 + Double($1) }, iterations: iterations)
        }
    }

    /// Gives each empty cluster, in index order, the worst-served non-empty row not yet used.
    private static func reseedEmpty(_ centroids: inout Centroids.Padded, sizes: [Int], matrix: SparseMatrix, step: Step) {
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
