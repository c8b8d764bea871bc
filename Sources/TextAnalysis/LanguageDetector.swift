/// Guesses the language of a text, well enough to pick its stopword list.
///
/// Score of a language = the number of the text's first 200 words found in that language's
/// stopword list, plus a small bonus (at most 3) for letters typical of it (`ñ ¿ ¡` Spanish;
/// `ß ä ö ü` German; `ã õ` Portuguese; `è ê à ù û î ë œ` French; `ç â ô` French and Portuguese).
/// The best-scoring language wins when it scores at least 2 and more than English; otherwise,
/// and for short texts, the answer is `fallback` (English unless told).
public struct LanguageDetector: Sendable {
    /// The stopword lists that vote.
    public let stopwords: StopwordLibrary
    /// The answer when unsure.
    public let fallback: Language

    /// The number of words that vote.
    static let votingWords = 200

    /// A detector.
    /// - Parameters:
    ///   - stopwords: the lists whose hits are counted.
    ///   - fallback: the language of short or unclear texts; English by default.
    public init(stopwords: StopwordLibrary, fallback: Language = .english) {
        self.stopwords = stopwords
        self.fallback = fallback
    }

    /// The language of `text`.
    /// - Complexity: O(n) in the length of the text.
    public func detect(_ text: String) -> Language {
        let bytes = TextNormalizer.fold(Array(text.utf8))
        var tokens: [Token] = []
        var scores = [Int](repeating: 0, count: Language.allCases.count)
        bytes.withUnsafeBufferPointer { buffer in
            ByteTokenizer().tokenize(buffer, into: &tokens)
            var voted = 0
            for token in tokens where token.kind == .word && voted < LanguageDetector.votingWords {
                let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]), as: UTF8.self)
                let mask = stopwords.mask(of: word)
                for index in scores.indices where mask & (1 << UInt8(index)) != 0 { scores[index] += 1 }
                voted += 1
            }
        }
        LanguageDetector.addLetterBonus(bytes, to: &scores)
        return LanguageDetector.decide(scores, fallback: fallback)
    }

    /// The language with the best score, under the rule in the type's summary.
    static func decide(_ scores: [Int], fallback: Language) -> Language {
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        let english = Language.english.index
        if best != english && scores[best] >= 2 && scores[best] > scores[english] { return Language.allCases[best] }
        if best == english && scores[english] >= 2 { return .english }
        return fallback
    }

    /// Adds the bonus for typical letters (two-byte UTF-8 sequences).
    static func addLetterBonus(_ bytes: [UInt8], to scores: inout [Int]) {
        var bonus = [Int](repeating: 0, count: scores.count)
        let de = Language.german.index, es = Language.spanish.index, fr = Language.french.index, pt = Language.portuguese.index
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            if lead == 0xC3 || lead == 0xC2 || lead == 0xC5 {
                switch (lead, bytes[index + 1]) {
                case (0xC3, 0xB1), (0xC2, 0xBF), (0xC2, 0xA1): bonus[es] += 1
                case (0xC3, 0x9F), (0xC3, 0xA4), (0xC3, 0xB6), (0xC3, 0xBC): bonus[de] += 1
                case (0xC3, 0xA3), (0xC3, 0xB5): bonus[pt] += 1
                case (0xC3, 0xA8), (0xC3, 0xAA), (0xC3, 0xA0), (0xC3, 0xB9), (0xC3, 0xBB), (0xC3, 0xAE), (0xC3, 0xAB), (0xC5, 0x93):
                    bonus[fr] += 1
                case (0xC3, 0xA7), (0xC3, 0xA2), (0xC3, 0xB4): bonus[fr] += 1; bonus[pt] += 1
                default: break
                }
                index += 2
            } else {
                index += 1
            }
        }
        for language in scores.indices { scores[language] += min(bonus[language], 3) }
    }
}
