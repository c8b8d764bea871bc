import VerbatimCore

/// Spherical k-means: clusters unit rows by cosine similarity.
///
/// Each step assigns every row to the centroid of highest cosine and makes each centroid the
/// normalised sum of its rows (Dhillon & Modha, "Concept decompositions for large sparse text
/// data using clustering", Machine Learning 42, 2001), which never lowers the objective
/// `Σ cos(row, its centroid)`. Centres are seeded by greedy k-means++ with the distance
/// `1 − cos` (Arthur & Vassilvitskii, SODA 2007). `restarts` runs draw from one
/// ``SeededGenerator`` in turn, each a fixed number of draws, so that they can run side by side
/// on the workers; the highest objective wins, ties to the earlier run. Empty clusters are
/// re-seeded from the rows worst served.
///
/// Large corpora: with more than `sampleSize` non-empty rows, the restarts (seeding and
/// iterations) run on a uniform sample of `sampleSize` rows, each for `probeIterations` steps;
/// the best goes on to convergence on the sample, and its centroids start a single run over
/// every row. The assignment and update steps run in parallel over fixed
/// chunks, each writing its own slots, so the same seed gives bit-identical results whatever
/// the threads do. After the first step a row is only checked against every centroid when
/// the centroids' shifts could have changed its cluster (Hamerly's bounds), which gives the
/// same steps for much less work.
public struct SphericalKMeans: Sendable {
    /// The options this instance fits with.
    public var options: KMeansOptions

    /// A clusterer with `options` (validate them first with ``KMeansOptions/validate(rowCount:seedCount:)``).
    public init(options: KMeansOptions) {
        self.options = options
    }

    /// Clusters the rows of `matrix`.
    /// - Parameters:
    ///   - matrix: unit rows (TF-IDF vectors); empty rows get assignment -1 and similarity 0.
    ///   - seeds: optional unit rows over the same columns, used as the first centroids of every
    ///     restart (pinned themes); the rest come from k-means++. They move like any centroid.
    /// - Returns: the clustering of the best restart.
    /// - Precondition: `options.k ≥ 1`, at most `k` seeds, over `matrix.columnCount` columns.
    /// - Complexity: O(restarts × iterations × nnz × k) on at most `sampleSize` rows, plus
    ///   O(iterations × nnz × k) on all rows when the corpus is larger; divided by the workers.
    public func fit(_ matrix: SparseMatrix, seeds: SparseMatrix? = nil) -> Clustering {
        let k = options.k
        precondition(k >= 1, "k must be at least 1")
        precondition(seeds.map { $0.rowCount <= k && $0.columnCount == matrix.columnCount } ?? true,
                     "at most k seeds, over the matrix's columns")
        let workers = options.workers ?? ParallelChunks.defaultWorkers
        var generator = SeededGenerator(seed: options.seed)
        let nonEmpty = (0 ..< matrix.rowCount).filter { matrix.rowStarts[$0] < matrix.rowStarts[$0 + 1] }
        let sampled = nonEmpty.count > options.sampleSize
        let working = sampled
            ? matrix.selecting(rows: Self.sample(nonEmpty, count: options.sampleSize, generator: &generator))
            : matrix
        // Restart r draws from the stream where the restarts before it, run one after another,
        // would have left it (each takes a fixed number of draws), so the restarts can run side
        // by side, each on its own threads, and still give the same runs.
        let restarts = max(1, options.restarts)
        let pinned = min(k, seeds?.rowCount ?? 0)
        let drawsPerRestart = pinned == k ? 0 : (pinned == 0 ? 1 : 0) + (k - pinned - (pinned == 0 ? 1 : 0)) * Self.trials(k: k)
        var restartGenerators: [SeededGenerator] = []
        for _ in 0 ..< restarts {
            restartGenerators.append(generator)
            for _ in 0 ..< drawsPerRestart { _ = generator.next() }
        }
        let side = min(workers, restarts), inner = max(1, workers / side)
        // With a sample, each restart takes a few steps only and the best goes on to convergence.
        var probe = options
        if sampled, let probeSteps = options.probeIterations { probe.maximumIterations = min(options.maximumIterations, probeSteps) }
        var runs = [Clustering?](repeating: nil, count: restarts)
        runs.withUnsafeMutableBufferPointer { runs in
            ParallelChunks.run(chunks: restarts, workers: side) { r in
                var restartGenerator = restartGenerators[r]
                let initial = Self.seedCentroids(working, k: k, seeds: seeds, generator: &restartGenerator, workers: inner)
                runs[r] = Self.lloyd(working, from: initial, options: probe, workers: inner)
            }
        }
        let finished = runs.compactMap { $0 }
        guard var best = finished.first else { preconditionFailure("every restart runs") }
        for run in finished.dropFirst() where run.objective > best.objective { best = run }
        guard sampled else { return best }
        if let probeSteps = options.probeIterations, probeSteps < options.maximumIterations {
            best = Self.lloyd(working, from: best.centroids, options: options, workers: workers)
        }
        return Self.lloyd(matrix, from: best.centroids, options: options, workers: workers)
    }

    /// `count` of `rows`, uniformly without replacement (a partial Fisher–Yates shuffle), in
    /// increasing order.
    static func sample(_ rows: [Int], count: Int, generator: inout SeededGenerator) -> [Int] {
        var pool = rows
        for i in 0 ..< min(count, pool.count) {
            pool.swapAt(i, i + generator.int(below: pool.count - i))
        }
        return pool.prefix(count).sorted()
    }
}
