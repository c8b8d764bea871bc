import VerbatimCore

extension ThemeRefiner {
    /// Assigns rows to existing themes, as an incremental run does for new items.
    ///
    /// Each row goes to the centroid with the highest cosine (ties: the lower index) when that
    /// cosine reaches `floor`, and to -1 otherwise; empty rows get -1 and similarity 0. A row
    /// below the floor keeps its best cosine in `similarities`, so a caller can see how near it
    /// came. Rows are split into fixed blocks worked on in parallel; each row's result depends
    /// only on that row, so the output does not depend on scheduling.
    /// - Parameters:
    ///   - rows: L2-normalised rows over the centroids' terms.
    ///   - centroids: the themes' unit centroids.
    ///   - floor: the least cosine that places a row in a theme.
    /// - Returns: each row's theme (or -1) and its best cosine.
    /// - Complexity: O(nnz · k), spread over the machine's cores.
    public func assign(
        rows: SparseMatrix, to centroids: Centroids, floor: Float
    ) -> (assignments: [Int32], similarities: [Float]) {
        precondition(centroids.dimension == rows.columnCount, "centroids must span the matrix's columns")
        let n = rows.rowCount, k = centroids.count
        var assignments = [Int32](repeating: -1, count: n)
        var similarities = [Float](repeating: 0, count: n)
        guard n > 0, k > 0 else { return (assignments, similarities) }
        let blockSize = 2048
        let blocks = (n + blockSize - 1) / blockSize
        rows.withBuffers { m in
            Centroids.Padded(centroids).withKernel { kernel in
                assignments.withUnsafeMutableBufferPointer { assignmentOut in
                    similarities.withUnsafeMutableBufferPointer { similarityOut in
                        // Each block writes only its own rows.
                        ParallelChunks.run(chunks: blocks, workers: ParallelChunks.defaultWorkers) { block in
                            let scratch = UnsafeMutablePointer<Float>.allocate(capacity: kernel.stride)
                            defer { scratch.deallocate() }
                            for r in block * blockSize ..< min(n, (block + 1) * blockSize) where !m.isEmpty(row: r) {
                                let (best, value, _) = kernel.nearest(row: r, in: m, scratch: scratch)
                                similarityOut[r] = value
                                if value >= floor { assignmentOut[r] = best }
                            }
                        }
                    }
                }
            }
        }
        return (assignments, similarities)
    }
}
