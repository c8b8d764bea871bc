extension SentimentScorer {
    /// VADER's booster scalar (B_INCR / B_DECR).
    static let boosterScalar: Float = 0.293
    /// VADER's emphasis for an ALL-CAPS sentiment word (C_INCR).
    static let capsScalar: Float = 0.733
    /// VADER's negation factor (N_SCALAR): a negated valence is −0.74 × the valence.
    static let negationScalar: Float = -0.74
    /// Booster weight by distance: 1, 0.95, 0.9, … (VADER's damping).
    static func distanceWeight(_ distance: Int) -> Float { max(0.5, 1 - 0.05 * Float(distance - 1)) }

    /// The summed valence of the scanned text, with the punctuation emphasis (steps 1–5 of the
    /// method described on `SentimentScorer`).
    func total(_ view: LexiconView, _ scratch: inout SentimentScratch) -> Float {
        let count = scratch.tokens.count
        guard count > 0 else { return 0 }
        prepareModifiers(view, &scratch)
        if scratch.contributions.count < count {
            scratch.contributions = [Float](repeating: 0, count: max(count, scratch.contributions.count * 2))
        }
        let isCapsDifferent = scratch.capsWords > 0 && scratch.capsWords < scratch.words
        var sum: Float = 0
        var sentenceStart = 0
        while sentenceStart < count {
            var end = sentenceStart
            var contrast = -1
            while end < count && scratch.tokens[end].entry != SentimentScratch.sentenceBreak {
                let entry = scratch.tokens[end].entry
                if contrast < 0 && entry >= 0 && view.roles[Int(entry)].contains(.contrast) { contrast = end }
                end += 1
            }
            for position in sentenceStart ..< end { scratch.contributions[position] = 0 }
            for position in sentenceStart ..< end {
                scratch.contributions[position] = valence(at: position, sentenceStart: sentenceStart,
                                                          isCapsDifferent: isCapsDifferent, view, &scratch)
            }
            for position in sentenceStart ..< end {
                var weight: Float = 1
                if contrast >= 0 { weight = position < contrast ? 0.5 : (position > contrast ? 1.5 : 0) }
                sum += scratch.contributions[position] * weight
            }
            sentenceStart = end + 1
        }
        guard sum != 0 else { return 0 }
        var emphasis = Float(min(scratch.exclamations, 4)) * 0.292
        if scratch.questions > 1 { emphasis += scratch.questions <= 3 ? Float(scratch.questions) * 0.18 : 0.96 }
        return sum > 0 ? sum + emphasis : sum - emphasis
    }

    /// Fills each token's booster or diminisher scalar and negation flag, with the `kind of` /
    /// `sort of` diminisher phrases.
    func prepareModifiers(_ view: LexiconView, _ scratch: inout SentimentScratch) {
        let count = scratch.tokens.count
        if scratch.modifiers.count < count {
            let size = max(count, scratch.modifiers.count * 2)
            scratch.modifiers = [Float](repeating: 0, count: size)
            scratch.negates = [Bool](repeating: false, count: size)
        }
        for position in 0 ..< count {
            var modifier: Float = 0
            var negates = false
            let entry = scratch.tokens[position].entry
            if entry >= 0 {
                let roles = view.roles[Int(entry)]
                if roles.contains(.booster) { modifier = SentimentScorer.boosterScalar }
                if roles.contains(.diminisher) { modifier = -SentimentScorer.boosterScalar }
                negates = roles.contains(.negator)
                if roles.contains(.endsPhrase) && position > 0 && scratch.tokens[position - 1].entry >= 0,
                   view.roles[Int(scratch.tokens[position - 1].entry)].contains(.beginsPhrase),
                   let phrase = lexicon.phrases[SentimentLexicon.phraseKey(-1, scratch.tokens[position - 1].entry, entry)],
                   phrase.isDiminisher {
                    modifier = -SentimentScorer.boosterScalar
                }
            }
            scratch.modifiers[position] = modifier
            scratch.negates[position] = negates
        }
    }

    /// The valence one token contributes before the contrast weight; a phrase puts its valence on
    /// its last word and clears its other words'.
    func valence(at position: Int, sentenceStart: Int, isCapsDifferent: Bool, _ view: LexiconView,
                 _ scratch: inout SentimentScratch) -> Float {
        let token = scratch.tokens[position]
        if token.entry == SentimentScratch.emoticon { return token.valence }
        guard token.entry >= 0 else { return 0 }
        let entry = Int(token.entry)
        let roles = view.roles[entry]
        var base: Float = 0
        var negatedOwn: Float? = nil
        var start = position
        var found = false
        if roles.contains(.endsPhrase), let phrase = phrase(endingAt: position, sentenceStart: sentenceStart, view, scratch) {
            if phrase.isDiminisher {
                for member in (position - phrase.length + 1) ..< position { scratch.contributions[member] = 0 }
                return 0
            }
            start = position - phrase.length + 1
            for member in start ..< position { scratch.contributions[member] = 0 }
            base = phrase.valence
            found = true
        }
        if !found {
            guard roles.contains(.valence) else { return 0 }
            base = view.valences[entry]
            if roles.contains(.negatedValence) { negatedOwn = view.negatedValences[entry] }
            if roles.contains(.booster) || roles.contains(.diminisher),
               position + 1 < scratch.tokens.count, scratch.tokens[position + 1].entry >= 0,
               view.roles[Int(scratch.tokens[position + 1].entry)].contains(.valence) {
                return 0
            }
        }
        // Boosters, diminishers and negators in the scope before the word (or phrase).
        var adjustment: Float = 0
        var negated = false
        var distance = 1
        var look = start - 1
        while distance <= view.negationScope && look >= sentenceStart {
            let entryBefore = scratch.tokens[look].entry
            if entryBefore == SentimentScratch.clauseBreak { break }
            if entryBefore >= 0 {
                adjustment += scratch.modifiers[look] * SentimentScorer.distanceWeight(distance)
                if scratch.negates[look] { negated = true }
            }
            distance += 1
            look -= 1
        }
        if token.isAllCaps && isCapsDifferent { adjustment += SentimentScorer.capsScalar }
        if negated {
            if let own = negatedOwn { return SentimentScorer.strengthen(own, by: adjustment) }
            return SentimentScorer.negationScalar * SentimentScorer.strengthen(base, by: adjustment)
        }
        return SentimentScorer.strengthen(base, by: adjustment)
    }

    /// `v` moved away from 0 by `adjustment` (toward 0 when negative, never past it).
    static func strengthen(_ value: Float, by adjustment: Float) -> Float {
        if value > 0 { return max(0, value + adjustment) }
        if value < 0 { return min(0, value - adjustment) }
        return 0
    }

    /// The phrase whose last word is at `position`, within the sentence, if any.
    func phrase(endingAt position: Int, sentenceStart: Int, _ view: LexiconView,
                _ scratch: SentimentScratch) -> SentimentLexicon.Phrase? {
        let last = scratch.tokens[position].entry
        guard position - 1 >= sentenceStart else { return nil }
        let middle = scratch.tokens[position - 1].entry
        guard middle >= 0 else { return nil }
        if position - 2 >= sentenceStart {
            let first = scratch.tokens[position - 2].entry
            if first >= 0, view.roles[Int(first)].contains(.beginsPhrase),
               let phrase = lexicon.phrases[SentimentLexicon.phraseKey(first, middle, last)] {
                return phrase
            }
        }
        guard view.roles[Int(middle)].contains(.beginsPhrase) else { return nil }
        return lexicon.phrases[SentimentLexicon.phraseKey(-1, middle, last)]
    }
}
