import Foundation
import VerbatimCore

/// Chooses the number of themes for `k = auto` by clustering stability.
///
/// A k that matches real structure in the data gives about the same clusters whichever rows
/// the clustering happens to see; a k that splits or joins groups arbitrarily does not. For each
/// candidate k, on a grid spaced geometrically between `minimumK` and the maximum, the selector
/// draws `repetitions` pairs of uniform subsamples (`subsampleFraction` of the rows each),
/// clusters each subsample with spherical k-means, labels every row by its nearest centroid in
/// each solution, and scores k by the mean normalised mutual information between the two
/// labelings. The chosen k is the smallest whose score is within one standard error of the best
/// score (the one-standard-error rule of Breiman, Friedman, Olshen and Stone, "Classification
/// and Regression Trees", 1984, also used by Tibshirani, Walther and Hastie's gap statistic,
/// JRSS B 63, 2001): among candidates the data cannot tell apart, the fewer themes.
///
/// References: A. Ben-Hur, A. Elisseeff and I. Guyon, "A stability based method for discovering
/// structure in clustered data", PSB 2002; T. Lange, V. Roth, M. Braun and J. Buhmann,
/// "Stability-based validation of clustering solutions", Neural Computation 16, 2004 (transfer
/// of labels by the nearest centroid); U. von Luxburg, "Clustering stability: an overview",
/// Foundations and Trends in Machine Learning 2(3), 2010. NMI, unlike the adjusted Rand index,
/// does not fall by itself as k grows, so the score is not biased towards few large clusters.
public struct KSelector: Sendable {
    /// The options this selector uses.
    public var options: KSelectionOptions

    /// A selector with `options` (validate them first with ``KSelectionOptions/validate()``).
    public init(options: KSelectionOptions = .init()) {
        self.options = options
    }

    /// Picks k for `verbatim analyze --k auto`.
    /// - Parameters:
    ///   - matrix: unit rows (TF-IDF vectors); empty rows are ignored.
    ///   - seed: the seed of the one generator every draw comes from.
    /// - Returns: the chosen k and the score of each candidate, by increasing k. With fewer
    ///   non-empty rows than `2 × minimumK`, k is the number of non-empty rows capped at
    ///   `minimumK` (at least 1), with no scores.
    /// - Complexity: O(candidates × repetitions × (restart cost of ``SphericalKMeans`` on
    ///   `subsampleFraction × sampleSize` rows + nnz × k)).
    public func selectK(_ matrix: SparseMatrix, seed: UInt64) -> KSelection {
        let workers = options.workers ?? ParallelChunks.defaultWorkers
        let nonEmpty = (0 ..< matrix.rowCount).filter { matrix.rowStarts[$0] < matrix.rowStarts[$0 + 1] }
        guard nonEmpty.count >= 2 * options.minimumK else {
            return KSelection(k: max(1, min(nonEmpty.count, options.minimumK)), scores: [])
        }
        var generator = SeededGenerator(seed: seed)
        let rows = nonEmpty.count > options.sampleSize
            ? SphericalKMeans.sample(nonEmpty, count: options.sampleSize, generator: &generator)
            : nonEmpty
        let working = matrix.selecting(rows: rows)
        let subsampleSize = max(options.minimumK, Int(options.subsampleFraction * Double(working.rowCount)))
        let candidates = self.candidates(maximum: min(options.maximumK(rowCount: nonEmpty.count), subsampleSize))
        let all = Array(0 ..< working.rowCount)
        // Scores a batch of k's. The subsamples and seeds are drawn first, in order, then the
        // clusterings run side by side, one per worker; each depends only on its own draws.
        func score(_ ks: [Int]) -> [KSelection.Score] {
            var jobs: [(k: Int, rows: [Int], seed: UInt64)] = []
            for k in ks {
                for _ in 0 ..< options.repetitions * 2 {
                    let rows = SphericalKMeans.sample(all, count: subsampleSize, generator: &generator)
                    jobs.append((k, rows, generator.next()))
                }
            }
            var labelings = [[Int]](repeating: [], count: jobs.count)
            labelings.withUnsafeMutableBufferPointer { labelings in
                ParallelChunks.run(chunks: jobs.count, workers: workers) { j in
                    var kMeans = KMeansOptions(k: jobs[j].k, seed: jobs[j].seed)
                    kMeans.restarts = 1
                    kMeans.workers = 1
                    let clustering = SphericalKMeans(options: kMeans).fit(working.selecting(rows: jobs[j].rows))
                    labelings[j] = SphericalKMeans.assign(working, to: clustering.centroids, workers: 1)
                        .assignments.map { Int($0) }
                }
            }
            return ks.indices.map { i in
                let agreements = (0 ..< options.repetitions).map { r in
                    let first = (i * options.repetitions + r) * 2
                    return ClusteringAgreement.normalizedMutualInformation(labelings[first], labelings[first + 1])
                }
                return Self.score(k: ks[i], agreements)
            }
        }
        var scores = score(candidates)
        // Refine: the coarse grid's steps grow with k, so score up to `refinementCount` more k's
        // between the neighbours of the coarse choice, then choose again over all candidates.
        let coarse = Self.choose(scores)
        if let i = scores.firstIndex(where: { $0.k == coarse.k }) {
            let low = i > 0 ? scores[i - 1].k : coarse.k
            let high = i + 1 < scores.count ? scores[i + 1].k : coarse.k
            let between = Array(low + 1 ..< max(low + 1, high)).filter { $0 != coarse.k }
            let step = max(1, (between.count + options.refinementCount - 1) / max(options.refinementCount, 1))
            let extra = stride(from: 0, to: between.count, by: step).map { between[$0] }
            scores.append(contentsOf: score(extra))
            scores.sort { $0.k < $1.k }
        }
        let chosen = Self.choose(scores)
        return KSelection(k: chosen.k, scores: scores)
    }

    /// The smallest k whose score is within one standard error of the best score.
    private static func choose(_ scores: [KSelection.Score]) -> KSelection.Score {
        var best = scores[0]
        for score in scores.dropFirst() where score.score > best.score { best = score }
        return scores.first { $0.score >= best.score - best.standardError } ?? best
    }

    /// The mean of `agreements` and its standard error `sd / √r` (0 for one repetition).
    private static func score(k: Int, _ agreements: [Double]) -> KSelection.Score {
        let r = Double(agreements.count)
        let mean = agreements.reduce(0, +) / r
        guard agreements.count > 1 else { return KSelection.Score(k: k, score: mean, standardError: 0) }
        let variance = agreements.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (r - 1)
        return KSelection.Score(k: k, score: mean, standardError: (variance / r).squareRoot())
    }

    /// Up to `candidateCount` distinct k, spaced geometrically from `minimumK` to `maximum`.
    /// - Complexity: O(candidateCount).
    public func candidates(maximum: Int) -> [Int] {
        let low = options.minimumK
        let high = max(low, maximum)
        let count = options.candidateCount
        guard count > 1, high > low else { return [low] }
        var result: [Int] = []
        for i in 0 ..< count {
            let k = Int((Double(low) * pow(Double(high) / Double(low), Double(i) / Double(count - 1))).rounded())
            if result.last.map({ k > $0 }) ?? true { result.append(k) }
        }
        return result
    }
}
