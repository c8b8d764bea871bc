/// Groups themes under parents by average-link agglomerative clustering on centroid cosine.
///
/// Every theme starts as its own group. The two groups with the highest average pairwise
/// centroid cosine join (UPGMA; Sokal & Michener, "A statistical method for evaluating
/// systematic relationships", 1958; ties: the pair whose smallest members are smaller), and the
/// joined group's cosine to each other group is the Lance–Williams update
/// `(|a|·s(a, c) + |b|·s(b, c)) / (|a| + |b|)`. Joining stops when the best average cosine falls
/// below ``ParentGrouperOptions/linkThreshold`` or the number of groups reaches
/// ``ParentGrouperOptions/target``, whichever comes first.
///
/// A theme that joined no other gets no parent (`nil`): a parent of one says nothing its child
/// does not. A parent's label is composed from the union of its children's top c-TF-IDF terms,
/// each weighted by the children's sizes, `w(t) = Σ_c size_c · w(t, c) / Σ_c size_c`, with the
/// same phrases-first rules as a theme's label.
public struct ParentGrouper: Sendable {
    /// The options, already validated.
    public let options: ParentGrouperOptions

    /// Creates a grouper.
    /// - Parameter options: the link threshold, the group-count target and label rules.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` when an option cannot work.
    public init(options: ParentGrouperOptions = ParentGrouperOptions()) throws {
        try options.validate()
        self.options = options
    }

    /// Groups themes under parents.
    /// - Parameters:
    ///   - centroids: the themes' unit centroids.
    ///   - sizes: each theme's number of items.
    ///   - labels: each theme's label, whose terms and weights make the parents' labels.
    /// - Returns: each theme's parent (or `nil`) and the parents, largest first.
    /// - Complexity: O(n²·d) for the cosines of n themes over d terms, plus O(n³) to join.
    public func group(centroids: Centroids, sizes: [Int], labels: [ThemeLabel]) -> ParentGroups {
        let n = centroids.count
        precondition(sizes.count == n && labels.count == n, "one size and one label per theme")
        var similarity = Self.cosines(centroids)
        var members: [[Int]] = (0 ..< n).map { [$0] }
        var active = [Bool](repeating: true, count: n)
        var groups = n
        let target = options.target.groupCount(themeCount: n)
        while groups > max(target, 1) {
            // Slot i holds the group whose smallest member is i, so index order is member order.
            var best: (i: Int, j: Int, similarity: Double)?
            for i in 0 ..< n where active[i] {
                for j in i + 1 ..< n where active[j] && similarity[i * n + j] > (best?.similarity ?? -.infinity) {
                    best = (i, j, similarity[i * n + j])
                }
            }
            guard let best, best.similarity >= Double(options.linkThreshold) else { break }
            let a = Double(members[best.i].count), b = Double(members[best.j].count)
            for c in 0 ..< n where active[c] && c != best.i && c != best.j {
                let joined = (a * similarity[min(best.i, c) * n + max(best.i, c)]
                    + b * similarity[min(best.j, c) * n + max(best.j, c)]) / (a + b)
                similarity[min(best.i, c) * n + max(best.i, c)] = joined
            }
            members[best.i] = (members[best.i] + members[best.j]).sorted()
            active[best.j] = false
            groups -= 1
        }

        let parents = (0 ..< n)
            .filter { active[$0] && members[$0].count > 1 }
            .map { slot in
                ParentGroup(children: members[slot], size: members[slot].reduce(0) { $0 + sizes[$1] },
                            label: parentLabel(children: members[slot], sizes: sizes, labels: labels))
            }
            .sorted { $0.size != $1.size ? $0.size > $1.size : $0.children[0] < $1.children[0] }
        var parentOfTheme = [Int?](repeating: nil, count: n)
        for (p, parent) in parents.enumerated() {
            for child in parent.children { parentOfTheme[child] = p }
        }
        return ParentGroups(parentOfTheme: parentOfTheme, parents: parents)
    }

    /// The size-weighted union of the children's terms, composed into a label.
    private func parentLabel(children: [Int], sizes: [Int], labels: [ThemeLabel]) -> ThemeLabel {
        var weight: [String: Double] = [:]
        var display: [String: String] = [:]
        let total = Double(children.reduce(0) { $0 + sizes[$1] })
        for child in children {
            let share = total > 0 ? Double(sizes[child]) / total : 1 / Double(children.count)
            let label = labels[child]
            for (i, key) in label.terms.enumerated() {
                weight[key, default: 0] += share * label.weights[i]
                if display[key] == nil { display[key] = label.displayTerms[i] }
            }
        }
        let ranked = weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(options.labeling.topTermCount)
        let keys = ranked.map(\.key)
        let displays = keys.map { display[$0] ?? $0 }
        let weights = ranked.map(\.value)
        let composed = ThemeLabeler.composeLabel(keys: keys, displays: displays, weights: weights, options: options.labeling)
        return ThemeLabel(label: composed.label, labelTerms: composed.keys, terms: keys, displayTerms: displays, weights: weights)
    }

    /// Pairwise centroid cosines, `result[i * n + j]` for `i < j`.
    private static func cosines(_ centroids: Centroids) -> [Double] {
        let n = centroids.count
        var result = [Double](repeating: 0, count: n * n)
        for t in 0 ..< centroids.dimension {
            let base = t * n
            for i in 0 ..< n {
                let wi = centroids.weights[base + i]
                guard wi != 0 else { continue }
                for j in i + 1 ..< n { result[i * n + j] += Double(wi * centroids.weights[base + j]) }
            }
        }
        return result
    }
}
