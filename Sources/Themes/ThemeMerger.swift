/// The greedy merging step of ``ThemeRefiner``: theme-major centroid vectors, member-row sums
/// and the current pairwise cosines.
struct ThemeMerger {
    /// The number of terms.
    let dimension: Int
    /// Theme-major unit centroids: theme `g` at `vectors[g * dimension ..< (g + 1) * dimension]`.
    var vectors: [Float]
    /// Theme-major sums of member rows.
    var sums: [Float]
    /// For each input theme, the theme it now belongs to (itself until merged away).
    var group: [Int]
    /// Whether each theme still stands.
    var alive: [Bool]
    /// Whether each theme absorbed another, so its centroid is no longer the input one.
    var merged: [Bool]
    /// Cosines between standing themes, `similarity[i * k + j]` for `i < j`.
    private var similarity: [Float]
    /// The sum of the standing themes' unit centroids.
    private var centroidSum: [Float]

    /// Copies the centroids theme-major and sums each theme's member rows.
    /// - Complexity: O(nnz + k²·d).
    init(centroids: Centroids, assignments: [Int32], rows: SparseMatrix) {
        let k = centroids.count, d = centroids.dimension
        dimension = d
        vectors = [Float](repeating: 0, count: k * d)
        for t in 0 ..< d {
            for c in 0 ..< k { vectors[c * d + t] = centroids.weights[t * k + c] }
        }
        sums = [Float](repeating: 0, count: k * d)
        sums.withUnsafeMutableBufferPointer { s in
            for r in 0 ..< rows.rowCount where assignments[r] >= 0 {
                let base = Int(assignments[r]) * d
                for p in rows.range(ofRow: r) { s[base + Int(rows.columns[p])] += rows.values[p] }
            }
        }
        centroidSum = [Float](repeating: 0, count: d)
        for c in 0 ..< k { for t in 0 ..< d { centroidSum[t] += vectors[c * d + t] } }
        group = Array(0 ..< k)
        alive = [Bool](repeating: true, count: k)
        merged = [Bool](repeating: false, count: k)
        similarity = [Float](repeating: 0, count: k * k)
        for i in 0 ..< k {
            for j in i + 1 ..< k { similarity[i * k + j] = cosine(i, j) }
        }
    }

    /// Merges the most similar standing pair while its cosine is above `threshold`.
    /// - Returns: the merges in the order made.
    /// - Complexity: O(m·(k² + k·d)) for m merges.
    mutating func mergeAll(above threshold: Float) -> [ThemeMerge] {
        let k = group.count
        var merges: [ThemeMerge] = []
        while true {
            var best: (i: Int, j: Int, similarity: Float)?
            for i in 0 ..< k where alive[i] {
                for j in i + 1 ..< k where alive[j] {
                    let s = similarity[i * k + j]
                    if s > threshold, s > (best?.similarity ?? -Float.infinity) { best = (i, j, s) }
                }
            }
            guard let best else { return merges }
            merge(best.j, into: best.i)
            merges.append(ThemeMerge(into: best.i, from: best.j, similarity: best.similarity))
        }
    }

    /// Folds theme `j` into theme `i` and refreshes `i`'s cosines.
    private mutating func merge(_ j: Int, into i: Int) {
        let k = group.count, d = dimension
        for t in 0 ..< d { centroidSum[t] -= vectors[i * d + t] + vectors[j * d + t] }

        var norm: Float = 0
        for t in 0 ..< d {
            sums[i * d + t] += sums[j * d + t]
            norm += sums[i * d + t] * sums[i * d + t]
        }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for t in 0 ..< d { vectors[i * d + t] = sums[i * d + t] * scale }
        } else {
            // Two memberless themes: the normalised sum of their centroids.
            var n2: Float = 0
            for t in 0 ..< d {
                vectors[i * d + t] += vectors[j * d + t]
                n2 += vectors[i * d + t] * vectors[i * d + t]
            }
            let scale = n2 > 0 ? 1 / n2.squareRoot() : 0
            for t in 0 ..< d { vectors[i * d + t] *= scale }
        }
        for t in 0 ..< d { centroidSum[t] += vectors[i * d + t] }
        alive[j] = false
        merged[i] = true
        for g in group.indices where group[g] == j { group[g] = i }
        for other in 0 ..< k where alive[other] && other != i {
            let s = cosine(i, other)
            if other < i { similarity[other * k + i] = s } else { similarity[i * k + other] = s }
        }
    }

    /// The cosine of two unit theme vectors.
    /// How alike two themes' centroids are: the smaller of their plain cosine and their cosine
    /// relative to the mean centroid of the other themes, `(a − μ)·(b − μ) / (‖a − μ‖ ‖b − μ‖)`
    /// with μ the average of the other standing unit centroids (each theme weighing the same).
    /// Words that every theme shares ("help", "account", a greeting) make the plain cosine high
    /// but not the relative one; a small overlap that the rest lacks makes the relative cosine
    /// high but not the plain one; only themes alike by both measures merge. With fewer than
    /// three other themes the rest says too little about what is common: the plain cosine.
    /// - Complexity: O(d).
    private func cosine(_ a: Int, _ b: Int) -> Float {
        let d = dimension
        let others = alive.indices.reduce(0) { $0 + (alive[$1] ? 1 : 0) } - 2
        return vectors.withUnsafeBufferPointer { v in
            guard others >= 3 else {
                var sum: Float = 0
                for t in 0 ..< d { sum += v[a * d + t] * v[b * d + t] }
                return sum
            }
            let scale = 1 / Float(others)
            var plain: Float = 0, dot: Float = 0, na: Float = 0, nb: Float = 0
            for t in 0 ..< d {
                plain += v[a * d + t] * v[b * d + t]
                let mu = (centroidSum[t] - v[a * d + t] - v[b * d + t]) * scale
                let x = v[a * d + t] - mu, y = v[b * d + t] - mu
                dot += x * y
                na += x * x
                nb += y * y
            }
            guard na > 1e-12, nb > 1e-12 else { return 0 }
            return min(plain, dot / (na * nb).squareRoot())
        }
    }
}
