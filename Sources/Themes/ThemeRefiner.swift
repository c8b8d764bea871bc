/// Turns raw clusters into themes a person recognises.
///
/// ``refine(centroids:assignments:similarities:rows:)`` runs four steps in order:
///
/// 1. **Merge.** While two themes are alike above ``ThemeRefinerOptions/mergeThreshold``, the
///    most similar pair merges (ties: the pair with the smaller first index, then the smaller
///    second index). Alike means the smaller of the centroids' plain cosine and their cosine
///    relative to the mean centroid μ of the other themes (the cosine of `a − μ` and `b − μ`): words
///    all themes share (greetings, "help", "account") do not make two themes alike, and neither
///    does a small overlap the rest happens to lack (with fewer than three other themes, the plain
///    cosine). The merged centroid is the normalised sum of both themes' member rows, so a large
///    theme pulls it more.
/// 2. **Floor.** An item whose cosine to its (possibly merged) theme's centroid is below
///    ``ThemeRefinerOptions/similarityFloor`` goes to the unthemed bucket (-1). For themes that did
///    not merge, the cosine is the one given in `similarities`.
/// 3. **Prune.** Themes left with fewer than ``ThemeRefinerOptions/minimumThemeSize`` items
///    dissolve, all at once. Under ``SmallThemePolicy/reassign`` each of their items moves to the
///    surviving theme whose centroid is most similar (ties: the lower index) if that cosine
///    reaches the floor, and is unthemed otherwise; under ``SmallThemePolicy/dissolve`` all are
///    unthemed. Reassignment only grows survivors, so no new small theme appears.
/// 4. **Renumber.** Each surviving theme's centroid is recomputed as the normalised sum of its
///    final members, and themes are numbered 0..<n by size, largest first, ties by the smallest
///    row index they contain. Reported similarities are to these final centroids; the floor is
///    not applied again.
///
/// Spherical k-means centroids are normalised sums of member rows (Dhillon & Modha, "Concept
/// decompositions for large sparse text data using clustering", Machine Learning 42, 2001), so
/// every centroid here keeps that meaning. The result depends only on the input: no randomness,
/// no dependence on thread scheduling.
public struct ThemeRefiner: Sendable {
    /// The options, already validated.
    public let options: ThemeRefinerOptions

    /// Creates a refiner.
    /// - Parameter options: the merge threshold, floor, minimum size and small-theme policy.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` when an option cannot work.
    public init(options: ThemeRefinerOptions = ThemeRefinerOptions()) throws {
        try options.validate()
        self.options = options
    }

    /// Refines a clustering into themes.
    /// - Parameters:
    ///   - centroids: the clustering's unit centroids over the matrix's columns.
    ///   - assignments: each row's theme in `0 ..< centroids.count`, or -1 for an empty row.
    ///   - similarities: each row's cosine to its theme's centroid.
    ///   - rows: the L2-normalised rows that were clustered.
    /// - Returns: the themes, numbered by size, with the unthemed bucket and the merges made.
    /// - Precondition: one assignment and one similarity per row, and the centroids span the
    ///   matrix's columns.
    /// - Complexity: O(nnz + k²·d + m·k·d) for k input themes over d terms with m merges, plus
    ///   O(nnz(r)·k) for each row r of a dissolved theme under `.reassign`.
    public func refine(
        centroids: Centroids, assignments: [Int32], similarities: [Float], rows: SparseMatrix
    ) -> RefinedThemes {
        precondition(assignments.count == rows.rowCount, "one assignment per row")
        precondition(similarities.count == rows.rowCount, "one similarity per row")
        precondition(centroids.dimension == rows.columnCount, "centroids must span the matrix's columns")
        precondition(assignments.allSatisfy { $0 >= -1 && Int($0) < centroids.count }, "assignments must name a centroid or be -1")

        var merger = ThemeMerger(centroids: centroids, assignments: assignments, rows: rows)
        let merges = merger.mergeAll(above: options.mergeThreshold)

        // Floor: against the merged centroid for merged themes, the given similarity otherwise.
        var theme = [Int32](repeating: -1, count: rows.rowCount)
        let d = centroids.dimension
        for r in 0 ..< rows.rowCount where assignments[r] >= 0 {
            let group = merger.group[Int(assignments[r])]
            let similarity = merger.merged[group]
                ? Self.dot(row: r, of: rows, with: merger.vectors, offset: group * d)
                : similarities[r]
            if similarity >= options.similarityFloor { theme[r] = Int32(group) }
        }

        pruneSmallThemes(&theme, merger: merger, rows: rows)
        return renumber(theme, rows: rows, merges: merges, group: merger.group)
    }

    /// Dissolves themes smaller than the minimum, reassigning their items under `.reassign`.
    private func pruneSmallThemes(_ theme: inout [Int32], merger: ThemeMerger, rows: SparseMatrix) {
        let k = merger.group.count, d = rows.columnCount
        var sizes = [Int](repeating: 0, count: k)
        for t in theme where t >= 0 { sizes[Int(t)] += 1 }
        let small = (0 ..< k).map { merger.alive[$0] && sizes[$0] > 0 && sizes[$0] < options.minimumThemeSize }
        guard small.contains(true) else { return }
        let survivors = (0 ..< k).filter { merger.alive[$0] && sizes[$0] >= options.minimumThemeSize }
        guard options.smallThemePolicy == .reassign, !survivors.isEmpty else {
            for r in theme.indices where theme[r] >= 0 && small[Int(theme[r])] { theme[r] = -1 }
            return
        }
        var survivorCentroids = Centroids(count: survivors.count, dimension: d)
        for (s, g) in survivors.enumerated() {
            for t in 0 ..< d { survivorCentroids.weights[t * survivors.count + s] = merger.vectors[g * d + t] }
        }
        var scratch = [Float](repeating: 0, count: survivors.count)
        for r in theme.indices where theme[r] >= 0 && small[Int(theme[r])] {
            survivorCentroids.similarities(ofRow: r, in: rows, into: &scratch)
            var best = 0
            for s in 1 ..< survivors.count where scratch[s] > scratch[best] { best = s }
            theme[r] = scratch[best] >= options.similarityFloor ? Int32(survivors[best]) : -1
        }
    }

    /// Recomputes centroids from final members and numbers themes by size.
    private func renumber(_ theme: [Int32], rows: SparseMatrix, merges: [ThemeMerge], group: [Int]) -> RefinedThemes {
        let k = group.count, d = rows.columnCount, n = rows.rowCount
        var sizes = [Int](repeating: 0, count: k)
        var firstRow = [Int](repeating: Int.max, count: k)
        for r in 0 ..< n where theme[r] >= 0 {
            let g = Int(theme[r])
            sizes[g] += 1
            firstRow[g] = min(firstRow[g], r)
        }
        let order = (0 ..< k).filter { sizes[$0] > 0 }.sorted {
            sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : firstRow[$0] < firstRow[$1]
        }
        var newIndex = [Int32](repeating: -1, count: k)
        for (i, g) in order.enumerated() { newIndex[g] = Int32(i) }
        let count = order.count

        var assignments = [Int32](repeating: -1, count: n)
        for r in 0 ..< n where theme[r] >= 0 { assignments[r] = newIndex[Int(theme[r])] }

        // Term-major sums of the final members, then normalise each column of the layout.
        var centroids = Centroids(count: count, dimension: d)
        centroids.weights.withUnsafeMutableBufferPointer { w in
            for r in 0 ..< n where assignments[r] >= 0 {
                let c = Int(assignments[r])
                for p in rows.range(ofRow: r) { w[Int(rows.columns[p]) * count + c] += rows.values[p] }
            }
            for c in 0 ..< count {
                var norm: Float = 0
                for t in 0 ..< d { norm += w[t * count + c] * w[t * count + c] }
                guard norm > 0 else { continue }
                let scale = 1 / norm.squareRoot()
                for t in 0 ..< d { w[t * count + c] *= scale }
            }
        }

        var similarities = [Float](repeating: 0, count: n)
        for r in 0 ..< n where assignments[r] >= 0 {
            let c = Int(assignments[r])
            var sum: Float = 0
            for p in rows.range(ofRow: r) { sum += rows.values[p] * centroids.weights[Int(rows.columns[p]) * count + c] }
            similarities[r] = sum
        }

        let sourceThemes = order.map { g in (0 ..< k).filter { group[$0] == g } }
        let unthemed = n - sizes.reduce(0, +)
        return RefinedThemes(
            centroids: centroids, assignments: assignments, similarities: similarities,
            sizes: order.map { sizes[$0] }, unthemedCount: unthemed,
            unthemedShare: n == 0 ? 0 : Double(unthemed) / Double(n),
            merges: merges, sourceThemes: sourceThemes)
    }

    /// The dot product of row `row` with the dense vector at `vectors[offset ..< offset + d]`.
    static func dot(row: Int, of rows: SparseMatrix, with vectors: [Float], offset: Int) -> Float {
        var sum: Float = 0
        for p in rows.range(ofRow: row) { sum += rows.values[p] * vectors[offset + Int(rows.columns[p])] }
        return sum
    }
}
