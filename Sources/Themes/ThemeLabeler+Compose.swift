extension ThemeLabeler {
    /// Composes a label from ranked terms: phrases first, then single words, each group in the
    /// given order.
    ///
    /// A term is skipped when every word of it is already in a chosen term ("password" after
    /// "password reset"), when it contains every word of a chosen term ("password reset link"
    /// after "password reset"), or when its display form is already shown. Once
    /// ``ThemeLabelerOptions/minimumLabelTerms`` are chosen, a further term joins only if its
    /// weight is at least ``ThemeLabelerOptions/labelWeightRatio`` of the heaviest, and never
    /// beyond ``ThemeLabelerOptions/maximumLabelTerms``.
    /// - Parameters:
    ///   - keys: term keys, heaviest first; a key containing a space is a phrase.
    ///   - displays: their display forms.
    ///   - weights: their weights.
    ///   - options: the label length rules.
    /// - Returns: the display forms joined by " · ", and the keys chosen.
    /// - Complexity: O(n · w) for n terms of at most w words.
    public static func composeLabel(
        keys: [String], displays: [String], weights: [Double], options: ThemeLabelerOptions
    ) -> (label: String, keys: [String]) {
        precondition(keys.count == displays.count && keys.count == weights.count, "one display and weight per key")
        let top = weights.max() ?? 0
        let candidates = keys.indices.filter { weights[$0] > 0 }
        let ordered = candidates.filter { keys[$0].contains(" ") } + candidates.filter { !keys[$0].contains(" ") }
        var chosen: [Int] = []
        var chosenWords: [Set<Substring>] = []
        for i in ordered where chosen.count < options.maximumLabelTerms {
            let words = Set(keys[i].split(separator: " "))
            let covered = words.isSubset(of: chosenWords.reduce(into: Set<Substring>()) { $0.formUnion($1) })
            let covers = chosenWords.contains { $0.isSubset(of: words) }
            let shown = chosen.contains { displays[$0] == displays[i] }
            if covered || covers || shown { continue }
            if chosen.count >= options.minimumLabelTerms && weights[i] < options.labelWeightRatio * top { continue }
            chosen.append(i)
            chosenWords.append(words)
        }
        return (chosen.map { displays[$0] }.joined(separator: " · "), chosen.map { keys[$0] })
    }
}
