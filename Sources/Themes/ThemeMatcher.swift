/// Keeps theme ids stable across runs by matching new themes to previous ones, and records
/// their lineage.
///
/// Every previous/new pair whose signature cosine reaches ``ThemeMatcherOptions/matchThreshold``
/// is a candidate. Candidates are taken most similar first (ties: the previous id, then the new
/// index) and each is kept unless either side is already matched, a greedy one-to-one matching.
/// A matched new theme keeps the previous id. Then:
///
/// - an unmatched previous theme that reaches the threshold with some new theme was absorbed by
///   the most similar such theme (ties: the lower index), which is necessarily matched: one
///   ``LineageKind/merged`` event per absorbing theme names every id it absorbed;
/// - an unmatched new theme that reaches the threshold with some previous theme split from the
///   most similar such theme (ties: the previous id), which another new theme continues:
///   ``LineageKind/split``;
/// - any other unmatched new theme is ``LineageKind/new``, any other unmatched previous theme
///   ``LineageKind/retired`` (absorbed ids are not also retired);
/// - a matched theme whose size moved by at least the growth or shrink ratio, compared with the
///   previous theme whose id it keeps, is ``LineageKind/grown`` or ``LineageKind/shrunk``;
///   unchanged themes have no event.
///
/// Matching by centroid overlap follows the topic-tracking practice of linking topics in
/// successive windows by similarity (Blei & Lafferty, "Dynamic topic models", ICML 2006; BERTopic's
/// `merge_models`, Grootendorst 2022). Equal inputs give equal ids, so re-running on the same data
/// keeps every id.
public struct ThemeMatcher: Sendable {
    /// The options, already validated.
    public let options: ThemeMatcherOptions

    /// Creates a matcher.
    /// - Parameter options: the match threshold and the growth and shrink ratios.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` when an option cannot work.
    public init(options: ThemeMatcherOptions = ThemeMatcherOptions()) throws {
        try options.validate()
        self.options = options
    }

    /// Matches new themes to previous ones.
    /// - Parameters:
    ///   - previous: the previous run's themes with their ids, signatures and sizes.
    ///   - current: this run's themes with their signatures and sizes.
    /// - Returns: the id each new theme keeps (or `nil`) and the lineage events.
    /// - Complexity: O(p·c·s) for p previous and c new themes of s signature terms, plus
    ///   O(p·c log(p·c)) to order the candidates.
    public func match(
        previous: [(id: String, signature: ThemeSignature, size: Int)],
        current: [(signature: ThemeSignature, size: Int)]
    ) -> ThemeMatch {
        let p = previous.count, c = current.count
        var cosine = [Float](repeating: 0, count: p * c)
        for i in 0 ..< p {
            for j in 0 ..< c { cosine[i * c + j] = previous[i].signature.cosine(with: current[j].signature) }
        }
        let threshold = options.matchThreshold
        let candidates = (0 ..< p * c).filter { cosine[$0] >= threshold }.sorted { a, b in
            if cosine[a] != cosine[b] { return cosine[a] > cosine[b] }
            let ia = a / c, ib = b / c
            if previous[ia].id != previous[ib].id { return previous[ia].id < previous[ib].id }
            return a % c != b % c ? a % c < b % c : ia < ib
        }
        var matchOfPrevious = [Int?](repeating: nil, count: p)
        var matchOfCurrent = [Int?](repeating: nil, count: c)
        for pair in candidates {
            let i = pair / c, j = pair % c
            if matchOfPrevious[i] == nil && matchOfCurrent[j] == nil {
                matchOfPrevious[i] = j
                matchOfCurrent[j] = i
            }
        }

        // Unmatched previous themes near a new theme fold into the nearest one.
        var absorbed = [[Int]](repeating: [], count: c)
        var retired: [Int] = []
        for i in 0 ..< p where matchOfPrevious[i] == nil {
            var best: Int?
            for j in 0 ..< c where cosine[i * c + j] >= threshold && cosine[i * c + j] > (best.map { cosine[i * c + $0] } ?? -1) {
                best = j
            }
            if let best { absorbed[best].append(i) } else { retired.append(i) }
        }

        var events: [LineageEvent] = []
        for j in 0 ..< c {
            if let i = matchOfCurrent[j] {
                events += keptEvents(j, predecessor: i, absorbed: absorbed[j], previous: previous, current: current, cosine: cosine)
                continue
            }
            var nearest: Int?
            for i in 0 ..< p where nearest.map({ Self.nearer(i, than: $0, to: j, cosine: cosine, columns: c, previous: previous) }) ?? true {
                nearest = i
            }
            if let i = nearest, cosine[i * c + j] >= threshold {
                events.append(LineageEvent(kind: .split, themeIndex: j, themeID: nil,
                                           relatedIDs: [previous[i].id], similarity: cosine[i * c + j]))
            } else {
                events.append(LineageEvent(kind: .new, themeIndex: j, themeID: nil, relatedIDs: [],
                                           similarity: nearest.map { max(0, cosine[$0 * c + j]) } ?? 0))
            }
        }
        for i in retired {
            let nearest = (0 ..< c).map { cosine[i * c + $0] }.max() ?? 0
            events.append(LineageEvent(kind: .retired, themeIndex: nil, themeID: previous[i].id,
                                       relatedIDs: [], similarity: max(0, nearest)))
        }
        let ids = matchOfCurrent.map { $0.map { previous[$0].id } }
        let similarities = (0 ..< c).map { j in matchOfCurrent[j].map { cosine[$0 * c + j] } ?? 0 }
        return ThemeMatch(ids: ids, similarities: similarities, events: events)
    }

    /// The merged, grown and shrunk events of a new theme that kept previous theme `i`'s id.
    private func keptEvents(
        _ j: Int, predecessor i: Int, absorbed: [Int],
        previous: [(id: String, signature: ThemeSignature, size: Int)],
        current: [(signature: ThemeSignature, size: Int)], cosine: [Float]
    ) -> [LineageEvent] {
        let c = current.count
        let id = previous[i].id
        var events: [LineageEvent] = []
        if !absorbed.isEmpty {
            let ordered = absorbed.sorted { a, b in
                cosine[a * c + j] != cosine[b * c + j] ? cosine[a * c + j] > cosine[b * c + j] : previous[a].id < previous[b].id
            }
            events.append(LineageEvent(kind: .merged, themeIndex: j, themeID: id,
                                       relatedIDs: ordered.map { previous[$0].id }, similarity: cosine[ordered[0] * c + j]))
        }
        let before = Double(previous[i].size), after = Double(current[j].size)
        let similarity = cosine[i * c + j]
        if after >= before * (1 + options.growthRatio) && after > before {
            events.append(LineageEvent(kind: .grown, themeIndex: j, themeID: id, relatedIDs: [], similarity: similarity))
        } else if after <= before * (1 - options.shrinkRatio) && after < before {
            events.append(LineageEvent(kind: .shrunk, themeIndex: j, themeID: id, relatedIDs: [], similarity: similarity))
        }
        return events
    }

    /// Whether previous theme `a` is nearer new theme `j` than previous theme `b` (ties: the id).
    private static func nearer(
        _ a: Int, than b: Int, to j: Int, cosine: [Float], columns c: Int,
        previous: [(id: String, signature: ThemeSignature, size: Int)]
    ) -> Bool {
        let sa = cosine[a * c + j], sb = cosine[b * c + j]
        return sa != sb ? sa > sb : previous[a].id < previous[b].id
    }
}
