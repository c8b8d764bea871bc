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
    /// the smallest total distance wins (ties to the earlier trial). Empty rows are never drawn.
    /// The trials of one centre are drawn first and scored together in one parallel pass; the
    /// weights are summed per fixed chunk and the chunks in order, so the draws do not depend
    /// on the threads.
    /// - Complexity: O(k × (trials × nnz + n)), spread over `workers` threads.
    static func seedCentroids(
        _ matrix: SparseMatrix, k: Int, seeds: SparseMatrix?, generator: inout SeededGenerator, workers: Int
    ) -> Centroids {
        var seeding = Seeding(rowCount: matrix.rowCount, dimension: matrix.columnCount)
        var chosenRows: [(matrix: SparseMatrix, row: Int)] = []
        matrix.withBuffers { m in
            if let seeds {
                for s in 0 ..< min(k, seeds.rowCount) {
                    seeding.score(trials: [s], of: seeds, against: m, workers: workers)
                    seeding.kept = 0
                    chosenRows.append((seeds, s))
                }
            }
            let trials = Self.trials(k: k)
            while chosenRows.count < k {
                let total = seeding.weigh(m, uniform: chosenRows.isEmpty, workers: workers)
                guard total > 0 else { break }   // every row coincides with a centre
                let drawn = (0 ..< (chosenRows.isEmpty ? 1 : trials)).map { _ in
                    seeding.draw(m, total: total, generator: &generator)
                }
                let potentials = seeding.score(trials: drawn, of: matrix, against: m, workers: workers)
                var best = 0
                for t in 1 ..< potentials.count where potentials[t] < potentials[best] { best = t }
                seeding.kept = best
                chosenRows.append((matrix, drawn[best]))
            }
        }
        var centroids = Centroids(count: k, dimension: matrix.columnCount)
        centroids.weights.withUnsafeMutableBufferPointer { w in
            for (c, chosen) in chosenRows.enumerated() {
                for p in chosen.matrix.range(ofRow: chosen.row) {
                    w[Int(chosen.matrix.columns[p]) * k + c] = chosen.matrix.values[p]
                }
            }
        }
        return centroids
    }

    /// The trials per centre after the first: `2 + ⌊ln k⌋`. Seeding draws once for the first
    /// centre (unless pinned seeds come first) and `trials` times for every other unpinned one.
    static func trials(k: Int) -> Int { 2 + Int(log(Double(k))) }

    /// The working state of k-means++ over one matrix.
    private struct Seeding {
        /// Trials scored in one pass at most; more are scored in several.
        static let width = 8
        /// Rows per chunk of the parallel passes.
        static let chunkSize = 2048

        let rowCount: Int
        let dimension: Int
        let chunks: Int
        /// The cosine of each row to its nearest centre so far.
        var nearest: [Float]
        /// Each row's weight summed from the start of its chunk.
        var cumulative: [Double]
        /// The sum of the weights of each chunk, then (after `weigh`) the sum before it.
        var chunkStarts: [Double]
        /// Row-major cosines of every row to the trials of the last `score`, `width` per row.
        var trialCosines: [Float]
        /// Term-major trial rows, `width` floats per term, zero outside a call of `score`.
        var dense: [Float]
        /// The trial of the last `score` chosen as a centre, which the next `weigh` takes into
        /// `nearest`.
        var kept: Int?

        init(rowCount: Int, dimension: Int) {
            self.rowCount = rowCount
            self.dimension = dimension
            self.chunks = ParallelChunks.chunkCount(rowCount, chunkSize: Self.chunkSize)
            nearest = [Float](repeating: -.infinity, count: rowCount)
            cumulative = [Double](repeating: 0, count: rowCount)
            chunkStarts = [Double](repeating: 0, count: chunks)
            trialCosines = [Float](repeating: 0, count: rowCount * Self.width)
            dense = [Float](repeating: 0, count: dimension * Self.width)
        }

        /// Takes the `kept` trial into `nearest`, then weighs every row (`1`, or
        /// `1 − nearest cosine`; 0 for empty rows) and returns the total.
        mutating func weigh(_ m: SparseMatrix.Buffers, uniform: Bool, workers: Int) -> Double {
            let n = rowCount, chunkSize = Self.chunkSize, width = Self.width
            let kept = self.kept ?? -1
            self.kept = nil
            trialCosines.withUnsafeBufferPointer { cosines in
                nearest.withUnsafeMutableBufferPointer { nearest in
                    cumulative.withUnsafeMutableBufferPointer { cumulative in
                        chunkStarts.withUnsafeMutableBufferPointer { totals in
                            ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                                var total: Double = 0
                                for i in chunk * chunkSize ..< min(n, (chunk + 1) * chunkSize) {
                                    if kept >= 0 { nearest[i] = max(nearest[i], cosines[i * width + kept]) }
                                    if !m.isEmpty(row: i) { total += uniform ? 1 : max(0, 1 - Double(nearest[i])) }
                                    cumulative[i] = total
                                }
                                totals[chunk] = total
                            }
                        }
                    }
                }
            }
            var total: Double = 0
            for chunk in 0 ..< chunks {
                let sum = chunkStarts[chunk]
                chunkStarts[chunk] = total
                total += sum
            }
            return total
        }

        /// A row drawn with probability proportional to its weight (after `weigh`): the first
        /// row whose running weight exceeds a uniform draw in `[0, total)`.
        func draw(_ m: SparseMatrix.Buffers, total: Double, generator: inout SeededGenerator) -> Int {
            let target = generator.unitDouble() * total
            // The last chunk starting at or below the target, then the first row in it past it.
            var low = 0, high = chunks - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if chunkStarts[mid] <= target { low = mid } else { high = mid - 1 }
            }
            let chunk = low
            let local = target - chunkStarts[chunk]
            var first = chunk * Self.chunkSize
            var last = min(rowCount, (chunk + 1) * Self.chunkSize) - 1
            let end = last
            while first < last {
                let mid = (first + last) / 2
                if cumulative[mid] > local { last = mid } else { first = mid + 1 }
            }
            if cumulative[first] > local { return first }
            // Rounding left the target at the chunk's end: take its last row of positive weight.
            for i in stride(from: end, through: 0, by: -1) where !m.isEmpty(row: i) && weight(i) > 0 { return i }
            return first
        }

        /// The weight `weigh` gave row `i`.
        private func weight(_ i: Int) -> Double {
            i % Self.chunkSize == 0 ? cumulative[i] : cumulative[i] - cumulative[i - 1]
        }

        /// Takes the `kept` trial into `nearest`, then scores the trial rows `trials` of `source`
        /// (at most `width`): each row's cosine to each trial goes to `trialCosines`, and the
        /// result is, per trial, the total distance `Σ 1 − max(nearest, cos)` over the non-empty
        /// rows were the trial added.
        @discardableResult
        mutating func score(trials: [Int], of source: SparseMatrix, against m: SparseMatrix.Buffers, workers: Int) -> [Double] {
            precondition(trials.count <= Self.width, "at most `width` trials in one pass")
            let width = Self.width, n = rowCount, chunkSize = Self.chunkSize
            for (j, row) in trials.enumerated() {
                for p in source.range(ofRow: row) { dense[Int(source.columns[p]) * width + j] = source.values[p] }
            }
            var potentials = [Double](repeating: 0, count: chunks * width)
            let termBytes = width * MemoryLayout<Float>.stride
            let kept = self.kept ?? -1
            self.kept = nil
            let trialCount = trials.count
            dense.withUnsafeBytes { dense in
                nearest.withUnsafeMutableBufferPointer { nearest in
                    trialCosines.withUnsafeMutableBufferPointer { cosines in
                        potentials.withUnsafeMutableBufferPointer { potentials in
                            ParallelChunks.run(chunks: chunks, workers: workers) { chunk in
                                var total = SIMD8<Double>()
                                for i in chunk * chunkSize ..< min(n, (chunk + 1) * chunkSize) {
                                    if kept >= 0 { nearest[i] = max(nearest[i], cosines[i * width + kept]) }
                                    guard !m.isEmpty(row: i) else { continue }
                                    // Even and odd positions in two sums, to halve the chain of
                                    // dependent additions.
                                    var even = SIMD8<Float>(), odd = SIMD8<Float>()
                                    var p = m.rowStarts[i]
                                    let end = m.rowStarts[i + 1]
                                    while p &+ 1 < end {
                                        even += m.values[p] * dense.loadUnaligned(
                                            fromByteOffset: Int(m.columns[p]) &* termBytes, as: SIMD8<Float>.self)
                                        odd += m.values[p &+ 1] * dense.loadUnaligned(
                                            fromByteOffset: Int(m.columns[p &+ 1]) &* termBytes, as: SIMD8<Float>.self)
                                        p &+= 2
                                    }
                                    if p < end {
                                        even += m.values[p] * dense.loadUnaligned(
                                            fromByteOffset: Int(m.columns[p]) &* termBytes, as: SIMD8<Float>.self)
                                    }
                                    let sum = even + odd
                                    for j in 0 ..< width { cosines[i * width + j] = sum[j] }
                                    let covered = pointwiseMax(sum, SIMD8(repeating: nearest[i]))
                                    total += 1 - SIMD8<Double>(covered)
                                }
                                for j in 0 ..< width { potentials[chunk * width + j] = total[j] }
                            }
                        }
                    }
                }
            }
            for row in trials {
                for p in source.range(ofRow: row) {
                    for j in 0 ..< width { dense[Int(source.columns[p]) * width + j] = 0 }
                }
            }
            return (0 ..< trialCount).map { j in
                var total: Double = 0
                for chunk in 0 ..< chunks { total += potentials[chunk * width + j] }
                return total
            }
        }
    }
}
