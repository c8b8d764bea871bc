/// A token of normalised text as the tokenizer finds it: where it lies in the text's UTF-8 bytes
/// and what kind it is. For tools and tests outside the module (the fuzz harnesses); the
/// analysis itself works on the tokenizer's internal tokens.
public struct TokenSpan: Sendable, Equatable {
    /// What a token is.
    public enum Kind: String, Sendable, Equatable {
        /// Letters and digits, possibly with inner apostrophes (`don't`).
        case word
        /// One or two CJK characters.
        case cjk
        /// A placeholder such as `⟨url⟩`.
        case placeholder
        /// Clause punctuation (`. , ; : ! ?`, a line break).
        case boundary
    }

    /// The token's bytes in the text's UTF-8 view.
    public var range: Range<Int>
    /// Its kind.
    public var kind: Kind
    /// Whether the word lost an elided French `n'` (a negation cue).
    public var elidedNegation: Bool

    /// Creates a span.
    public init(range: Range<Int>, kind: Kind, elidedNegation: Bool = false) {
        self.range = range
        self.kind = kind
        self.elidedNegation = elidedNegation
    }

    /// The tokens of `normalized`, text as `TextNormalizer.normalize` returns it, in order.
    /// - Complexity: O(n) in the text's UTF-8 length.
    public static func spans(in normalized: String) -> [TokenSpan] {
        var text = normalized
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            ByteTokenizer().tokenize(bytes, into: &tokens)
            return tokens.map { token in
                let kind: Kind
                switch token.kind {
                case .word: kind = .word
                case .cjk: kind = .cjk
                case .placeholder: kind = .placeholder
                case .boundary: kind = .boundary
                }
                return TokenSpan(range: Int(token.start)..<Int(token.end), kind: kind,
                                 elidedNegation: token.elidedNegation)
            }
        }
    }
}
