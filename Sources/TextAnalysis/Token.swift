/// One token found by `ByteTokenizer`: a byte range of the normalised text and its kind.
struct Token {
    enum Kind: UInt8 {
        /// Letters and digits, possibly with inner apostrophes (`don't`).
        case word
        /// One or two CJK characters (see `ByteTokenizer`).
        case cjk
        /// A placeholder such as `⟨url⟩`.
        case placeholder
        /// Clause punctuation (`. , ; : ! ?`, a line break): ends a negation's scope.
        case boundary
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// The word lost an elided French `n'` (`n'arrive` → `arrive`): a negation cue in French.
    var elidedNegation: Bool = false
}
