import VerbatimCore

/// Scores the sentiment of feedback text from a lexicon, on a −1…+1 scale.
///
/// The method follows VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM), with our own lexicon and a few rules for
/// support text:
///
/// 1. Each word, stem, phrase, emoticon or emoji of the lexicon contributes its valence `v`
///    (−4…+4); a phrase ("still waiting", "stopped working") replaces its words' valences.
/// 2. Boosters ("very", "so", "extremely") and diminishers ("slightly", "a bit", "kind of") in
///    the `negationScope` words before it, within the clause, add or take ±0.293 from `|v|`
///    (× 1, 0.95, 0.9 by distance); an ALL-CAPS sentiment word in a text that is not all caps
///    adds 0.733 to `|v|`.
/// 3. A negator ("not", "never", "no", any `n't` word, "without") in the same window flips and
///    dampens: `v ← −0.74 v`, unless the word has its own negated valence (the lexicon gives
///    "working" +0.3 but "not working" −1.8, "response" 0 but "no response" −1.4).
/// 4. Contrast: in a sentence with "but" or "however", valences before it count × 0.5 and after
///    it × 1.5 (VADER applies this to the whole text; we keep it to the sentence).
/// 5. The sum `s` gains `0.292` per `!` (at most 4) and, with two or more `?`, `0.18` per `?`
///    (at most 0.96), in the direction of its sign.
/// 6. The score is `s / √(s² + α)` with α = 15, so it lies strictly between −1 and +1; a text
///    with no sentiment words scores 0.
///
/// Lines quoted from an e-mail reply (starting with `>`) are skipped, and so are sign-off lines
/// after the first line ("Best regards,", "Thanks in advance"): politeness is not sentiment.
/// Words are read from UTF-8 bytes with a byte trie; no `String` is made per word.
public struct SentimentScorer: Sendable {
    /// The lexicon in use.
    public let lexicon: SentimentLexicon
    /// The options in use.
    public let options: SentimentOptions

    /// A scorer.
    /// - Parameters:
    ///   - lexicon: the lexicon; default the built-in English one.
    ///   - options: see `SentimentOptions`.
    /// - Throws: `PatternsError.badOption` when an option cannot work.
    public init(lexicon: SentimentLexicon = .english, options: SentimentOptions = .init()) throws {
        try options.validate()
        self.lexicon = lexicon
        self.options = options
    }

    /// The sentiment of one text, from −1 (very negative) to +1 (very positive); 0 is neutral or
    /// without sentiment words.
    /// - Parameter text: raw feedback text (any case; HTML and quoting as exported).
    /// - Complexity: O(n) in the length of the text.
    public func score(_ text: String) -> Double {
        var scratch = SentimentScratch()
        return withView { view in score(text, view, scratch: &scratch) }
    }

    /// The sentiment of every text, in order, computed in parallel; the same texts always give
    /// the same scores, whatever the number of threads.
    /// - Parameter texts: raw feedback texts.
    /// - Returns: one score per text, each as `score(_:)` gives it.
    /// - Complexity: O(total length of the texts).
    public func scores(_ texts: [String]) -> [Double] {
        ParallelChunks.map(count: texts.count, chunkSize: 2048) { range in
            var scratch = SentimentScratch()
            return withView { view in range.map { score(texts[$0], view, scratch: &scratch) } }
        }
    }

    /// The score of one text, reusing `scratch`.
    func score(_ text: String, _ view: LexiconView, scratch: inout SentimentScratch) -> Double {
        var text = text
        let sum = text.withUTF8 { bytes in
            scan(bytes, view, into: &scratch)
            return total(view, &scratch)
        }
        guard sum != 0 else { return 0 }
        return Double(sum) / (Double(sum) * Double(sum) + options.normalizationAlpha).squareRoot()
    }

    /// The lexicon's tables, borrowed as buffers so that the hot loops read them without
    /// reference counting.
    struct LexiconView {
        var children: UnsafeBufferPointer<Int32>
        var exact: UnsafeBufferPointer<Int32>
        var prefix: UnsafeBufferPointer<Int32>
        var roles: UnsafeBufferPointer<SentimentLexicon.Role>
        var valences: UnsafeBufferPointer<Float>
        var negatedValences: UnsafeBufferPointer<Float>
        var negationScope: Int
    }

    /// Calls `body` with the lexicon's tables borrowed.
    func withView<R>(_ body: (LexiconView) -> R) -> R {
        lexicon.trie.children.withUnsafeBufferPointer { children in
            lexicon.trie.exact.withUnsafeBufferPointer { exact in
                lexicon.trie.prefix.withUnsafeBufferPointer { prefix in
                    lexicon.roles.withUnsafeBufferPointer { roles in
                        lexicon.valences.withUnsafeBufferPointer { valences in
                            lexicon.negatedValences.withUnsafeBufferPointer { negated in
                                body(LexiconView(children: children, exact: exact, prefix: prefix, roles: roles,
                                                 valences: valences, negatedValences: negated,
                                                 negationScope: options.negationScope))
                            }
                        }
                    }
                }
            }
        }
    }
}
