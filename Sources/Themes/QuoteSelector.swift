/// Picks each theme's representative quotes: the items nearest its centroid, without repeats.
///
/// A theme's members are taken in order of decreasing cosine to the centroid (ties: the lower
/// row). A member is skipped when its row's cosine to an already chosen quote is above
/// ``QuoteSelectorOptions/duplicateSimilarity``, or, when texts are given, when its normalised
/// text (lower case, letters and digits, single spaces) equals a chosen one's. When text lengths
/// are given, members outside ``QuoteSelectorOptions/minimumLength`` …
/// ``QuoteSelectorOptions/maximumLength`` are considered only after every member inside, so a
/// theme of short texts still gets quotes. Nearest-to-centroid exemplars are the usual choice for
/// topic summaries (BERTopic's representative documents, Grootendorst 2022).
public struct QuoteSelector: Sendable {
    /// The options, already validated.
    public let options: QuoteSelectorOptions

    /// Creates a selector.
    /// - Parameter options: quotes per theme, the duplicate threshold and preferred lengths.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` when an option cannot work.
    public init(options: QuoteSelectorOptions = QuoteSelectorOptions()) throws {
        try options.validate()
        self.options = options
    }

    /// Selects quotes for every theme.
    /// - Parameters:
    ///   - rows: the TF-IDF rows, for near-duplicate detection.
    ///   - assignments: each row's theme in `0 ..< themeCount`, or -1 (never quoted).
    ///   - similarities: each row's cosine to its theme's centroid.
    ///   - themeCount: the number of themes.
    ///   - texts: the items' texts, to skip equal texts; `nil` to rely on row cosine alone.
    ///   - textLengths: each item's text length, to prefer readable lengths; `nil` to ignore
    ///     length. When `nil` and `texts` is given, the texts' character counts are used.
    /// - Returns: for each theme, up to ``QuoteSelectorOptions/quotesPerTheme`` row indices,
    ///   nearest first.
    /// - Complexity: O(n log n) to order members, plus O(q · nnz) duplicate checks per member
    ///   considered, for q quotes per theme.
    public func select(
        rows: SparseMatrix, assignments: [Int32], similarities: [Float], themeCount: Int,
        texts: [String]? = nil, textLengths: [Int]? = nil
    ) -> [[Int]] {
        let n = rows.rowCount
        precondition(assignments.count == n && similarities.count == n, "one assignment and similarity per row")
        precondition(texts.map { $0.count == n } ?? true, "one text per row")
        precondition(textLengths.map { $0.count == n } ?? true, "one text length per row")
        precondition(assignments.allSatisfy { $0 >= -1 && Int($0) < themeCount }, "assignments must name a theme or be -1")
        // Character counts are taken only for the members looked at (a theme stops at its
        // first few quotes), not for every text: counting a million texts' characters costs a
        // second.
        let measured = textLengths != nil || texts != nil
        func length(_ r: Int) -> Int { textLengths?[r] ?? texts?[r].count ?? 0 }

        var members = [[Int]](repeating: [], count: themeCount)
        for r in 0 ..< n where assignments[r] >= 0 { members[Int(assignments[r])].append(r) }
        return members.map { theme in
            let ordered = theme.sorted {
                similarities[$0] != similarities[$1] ? similarities[$0] > similarities[$1] : $0 < $1
            }
            var chosen: [Int] = []
            var chosenTexts: Set<String> = []
            var known: [Int: Bool] = [:]
            func inRange(_ r: Int) -> Bool {
                guard measured else { return true }
                if let fits = known[r] { return fits }
                let characters = length(r)
                let fits = characters >= options.minimumLength && characters <= options.maximumLength
                known[r] = fits
                return fits
            }
            for preferred in [true, false] {
                for r in ordered where chosen.count < options.quotesPerTheme && inRange(r) == preferred {
                    if chosen.contains(where: { Self.cosine(r, $0, in: rows) > options.duplicateSimilarity }) { continue }
                    if let texts {
                        let key = Self.normalised(texts[r])
                        if chosenTexts.contains(key) { continue }
                        chosenTexts.insert(key)
                    }
                    chosen.append(r)
                }
            }
            return chosen
        }
    }

    /// The cosine of two unit rows: a merge of their sorted columns.
    static func cosine(_ a: Int, _ b: Int, in rows: SparseMatrix) -> Float {
        var p = rows.rowStarts[a], q = rows.rowStarts[b]
        let pEnd = rows.rowStarts[a + 1], qEnd = rows.rowStarts[b + 1]
        var sum: Float = 0
        while p < pEnd && q < qEnd {
            let cp = rows.columns[p], cq = rows.columns[q]
            if cp == cq {
                sum += rows.values[p] * rows.values[q]
                p += 1
                q += 1
            } else if cp < cq {
                p += 1
            } else {
                q += 1
            }
        }
        return sum
    }

    /// Lower case, letters and digits only, words separated by one space.
    static func normalised(_ text: String) -> String {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .joined(separator: " ")
    }
}
