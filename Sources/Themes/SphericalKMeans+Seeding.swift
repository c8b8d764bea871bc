import Foundation
import VerbatimCore

extension SphericalKMeans {
    /// Greedy k-means++ seeding with the cosine distance `1 − cos` (Arthur & Vassilvitskii,
    /// "k-means++: the advantages of careful seeding", SODA 2007; the greedy variant with
    /// `2 + ⌊ln k⌋` trials per centre is scikit-learn's).
    ///
    /// The pinned `seeds` rows come first. Each further centre is drawn with probability
    /// proportional to `1 − cos(x, nearest centre)` (for unit vectors that is half the squared
    /// Euclidean distance, so this is exactly the D² weighting); of the trials, the one leaving
    /// the smallest total distance wins. Empty rows are never drawn.
    /// - Complexity: O(k × trials × nnz), spread over `workers` threads.
    static func seedCentroids(
        _ matrix: SparseMatrix, k: Int, seeds: SparseMatrix?, generator: inout SeededGenerator, workers: Int
    ) -> Centroids {
        let n = matrix.rowCount
        var centroids = Centroids(count: k, dimension: matrix.columnCount)
        var nearest = [Float](repeating: -Float.infinity, count: n)
        var chosen = 0
        var dense = [Float](repeating: 0, count: matrix.columnCount)
        var trial = [Float](repeating: 0, count: n)
        if let seeds {
            for s in 0 ..< min(k, seeds.rowCount) {
                centroids.setCentroid(chosen, toRow: s, of: seeds)
                similarities(ofRow: s, of: seeds, toRowsOf: matrix, dense: &dense, into: &trial, workers: workers)
                for i in 0 ..< n { nearest[i] = max(nearest[i], trial[i]) }
                chosen += 1
            }
        }
        let trials = 2 + Int(log(Double(k)))
        var cumulative = [Double](repeating: 0, count: n)
        var best = [Float](repeating: 0, count: n)
        while chosen < k {
            var total: Double = 0
            for i in 0 ..< n {
                let weight = matrix.rowStarts[i] == matrix.rowStarts[i + 1]
                    ? 0 : (chosen == 0 ? 1 : max(0, 1 - Double(nearest[i])))
                total += weight
                cumulative[i] = total
            }
            guard total > 0 else { break }   // every row coincides with a centre
            var bestPotential = Double.infinity
            var bestRow = -1
            for _ in 0 ..< (chosen == 0 ? 1 : trials) {
                let row = drawRow(cumulative: cumulative, total: total, generator: &generator)
                similarities(ofRow: row, of: matrix, toRowsOf: matrix, dense: &dense, into: &trial, workers: workers)
                var potential: Double = 0
                for i in 0 ..< n where matrix.rowStarts[i] < matrix.rowStarts[i + 1] {
                    potential += 1 - Double(max(nearest[i], trial[i]))
                }
                if potential < bestPotential {
                    bestPotential = potential
                    bestRow = row
                    swap(&best, &trial)
                }
            }
            centroids.setCentroid(chosen, toRow: bestRow, of: matrix)
            for i in 0 ..< n { nearest[i] = max(nearest[i], best[i]) }
            chosen += 1
        }
        return centroids
    }

    /// The first row whose cumulative weight exceeds a uniform draw in `[0, total)`.
    private static func drawRow(cumulative: [Double], total: Double, generator: inout SeededGenerator) -> Int {
        let target = generator.unitDouble() * total
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The cosine of row `row` of `source` to every row of `matrix`, written into `out`.
    /// `dense` (all zero, `columnCount` long) holds the scattered row meanwhile and is zero again
    /// afterwards.
    private static func similarities(
        ofRow row: Int, of source: SparseMatrix, toRowsOf matrix: SparseMatrix,
        dense: inout [Float], into out: inout [Float], workers: Int
    ) {
        let range = source.range(ofRow: row)
        for p in range { dense[Int(source.columns[p])] = source.values[p] }
        let n = matrix.rowCount
        dense.withUnsafeBufferPointer { d in
            out.withUnsafeMutableBufferPointer { o in
                matrix.columns.withUnsafeBufferPointer { columns in
                    matrix.values.withUnsafeBufferPointer { values in
                        ParallelChunks.run(chunks: ParallelChunks.chunkCount(n, chunkSize: chunkSize), workers: workers) { chunk in
                            for i in chunk * chunkSize ..< min(n, (chunk + 1) * chunkSize) {
                                var sum: Float = 0
                                for p in matrix.rowStarts[i] ..< matrix.rowStarts[i + 1] {
                                    sum += values[p] * d[Int(columns[p])]
                                }
                                o[i] = sum
                            }
                        }
                    }
                }
            }
        }
        for p in range { dense[Int(source.columns[p])] = 0 }
    }
}
