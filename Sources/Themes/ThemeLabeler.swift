import Foundation

/// Names themes with class-based TF-IDF: the terms frequent in a theme and rare in the others.
///
/// Each theme's items are treated as one document (Grootendorst, "BERTopic: Neural topic
/// modeling with a class-based TF-IDF procedure", arXiv:2203.05794, 2022). The weight of term t
/// in theme c is
///
///     W(t, c) = tf(t, c) / Σₜ tf(t, c) · ln(1 + A / f(t))
///
/// where tf(t, c) is the frequency of t in c (the number of c's items containing t, or the sum
/// of their TF-IDF weights, per ``ThemeLabelerOptions/termFrequency``), f(t) = Σ_c tf(t, c) its
/// frequency over all themes, and A = Σ_{t,c} tf(t, c) / (themes with items), the average number
/// of terms per theme. The in-theme frequency is L1-normalised as BERTopic's
/// `ClassTfidfTransformer` does, so weights compare across themes of different sizes.
///
/// Terms are ranked by weight, ties by key. The label is composed from the top terms, phrases
/// first (a key containing a space, such as "password reset"), skipping a term whose words a
/// chosen term already covers (no "password reset · password"); see
/// ``composeLabel(keys:displays:weights:options:)``.
public struct ThemeLabeler: Sendable {
    /// The options, already validated.
    public let options: ThemeLabelerOptions

    /// Creates a labeler.
    /// - Parameter options: blocked terms, top-term count and label length.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` when an option cannot work.
    public init(options: ThemeLabelerOptions = ThemeLabelerOptions()) throws {
        try options.validate()
        self.options = options
    }

    /// Labels every theme.
    /// - Parameters:
    ///   - rows: the TF-IDF rows the themes were built from.
    ///   - assignments: each row's theme in `0 ..< themeCount`, or -1 for unthemed (ignored).
    ///   - themeCount: the number of themes.
    ///   - terms: the term key of each column, such as "password reset" or "bill".
    ///   - displayTerms: the display form of each column, such as "password reset" or "billing".
    /// - Returns: one label per theme; a theme without items gets an empty label.
    /// - Complexity: O(nnz + Σ_c m_c log m_c), with m_c the distinct terms of theme c.
    public func label(
        rows: SparseMatrix, assignments: [Int32], themeCount: Int, terms: [String], displayTerms: [String]
    ) -> [ThemeLabel] {
        precondition(assignments.count == rows.rowCount, "one assignment per row")
        precondition(terms.count == rows.columnCount && displayTerms.count == rows.columnCount,
                     "one term key and one display form per column")
        precondition(assignments.allSatisfy { $0 >= -1 && Int($0) < themeCount }, "assignments must name a theme or be -1")
        let frequencies = themeFrequencies(rows: rows, assignments: assignments, themeCount: themeCount, terms: terms)

        var overall = [Double](repeating: 0, count: rows.columnCount)
        var total = 0.0
        var populated = 0
        for theme in frequencies {
            if !theme.isEmpty { populated += 1 }
            for (column, tf) in theme {
                overall[Int(column)] += tf
                total += tf
            }
        }
        let average = populated == 0 ? 0 : total / Double(populated)

        return frequencies.map { theme in
            let themeTotal = theme.reduce(0.0) { $0 + $1.tf }
            guard themeTotal > 0 else {
                return ThemeLabel(label: "", labelTerms: [], terms: [], displayTerms: [], weights: [])
            }
            var weighted = theme.map { entry in
                (column: Int(entry.column),
                 weight: entry.tf / themeTotal * log1p(average / overall[Int(entry.column)]))
            }
            weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : terms[$0.column] < terms[$1.column] }
            let top = weighted.prefix(options.topTermCount)
            let keys = top.map { terms[$0.column] }
            let displays = top.map { displayTerms[$0.column] }
            let weights = top.map(\.weight)
            let composed = Self.composeLabel(keys: keys, displays: displays, weights: weights, options: options)
            return ThemeLabel(label: composed.label, labelTerms: composed.keys, terms: keys,
                              displayTerms: displays, weights: weights)
        }
    }

    /// Each theme's non-blocked terms with their in-theme frequency, in column order.
    private func themeFrequencies(
        rows: SparseMatrix, assignments: [Int32], themeCount: Int, terms: [String]
    ) -> [[(column: Int32, tf: Double)]] {
        let blocked = terms.map { options.blockedTerms.contains($0) }
        // Rows grouped by theme (a counting sort), so each theme is one pass over its rows.
        var starts = [Int](repeating: 0, count: themeCount + 1)
        for a in assignments where a >= 0 { starts[Int(a) + 1] += 1 }
        for c in 0 ..< themeCount { starts[c + 1] += starts[c] }
        var next = starts
        var ordered = [Int](repeating: 0, count: starts[themeCount])
        for (r, a) in assignments.enumerated() where a >= 0 {
            ordered[next[Int(a)]] = r
            next[Int(a)] += 1
        }
        var scratch = [Double](repeating: 0, count: rows.columnCount)
        var touched: [Int32] = []
        return (0 ..< themeCount).map { c in
            touched.removeAll(keepingCapacity: true)
            for r in ordered[starts[c] ..< starts[c + 1]] {
                for p in rows.range(ofRow: r) {
                    let column = rows.columns[p]
                    guard !blocked[Int(column)] else { continue }
                    let add = options.termFrequency == .itemCount ? 1 : Double(rows.values[p])
                    if scratch[Int(column)] == 0 { touched.append(column) }
                    scratch[Int(column)] += add
                }
            }
            touched.sort()
            let result = touched.compactMap { column -> (column: Int32, tf: Double)? in
                let tf = scratch[Int(column)]
                scratch[Int(column)] = 0
                return tf > 0 ? (column, tf) : nil
            }
            return result
        }
    }
}
