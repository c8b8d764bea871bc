/// The working memory of one `SentimentScorer` thread: the tokens of the current text and their
/// contributions, kept between texts so that scoring allocates nothing once warm.
struct SentimentScratch {
    /// One token: a word's lexicon entry (or one of the marker values below), its flags and, for
    /// an emoticon or emoji, its valence.
    struct Token {
        var entry: Int32
        var isAllCaps: Bool
        var valence: Float
    }

    /// A word not in the lexicon.
    static let unknown: Int32 = -1
    /// `,` `;` `:`: ends the reach of negators and boosters.
    static let clauseBreak: Int32 = -2
    /// `.` `!` `?` or a line break: ends a clause and a sentence.
    static let sentenceBreak: Int32 = -3
    /// An emoticon or emoji with the token's `valence`.
    static let emoticon: Int32 = -4

    var tokens: [Token] = []
    var contributions: [Float] = []
    /// Per token: the booster (+) or diminisher (−) scalar it applies, and whether it negates.
    var modifiers: [Float] = []
    var negates: [Bool] = []
    var exclamations = 0
    var questions = 0
    /// Words with letters, and those written in capitals (two letters or more, no lower case).
    var words = 0
    var capsWords = 0

    mutating func reset() {
        tokens.removeAll(keepingCapacity: true)
        exclamations = 0
        questions = 0
        words = 0
        capsWords = 0
    }

    /// Appends a break unless the last token already ends at least as much.
    mutating func addBreak(_ kind: Int32) {
        if let last = tokens.last?.entry, last == SentimentScratch.sentenceBreak || last == kind {
            return
        }
        if let last = tokens.last?.entry, last == SentimentScratch.clauseBreak, kind == SentimentScratch.sentenceBreak {
            tokens[tokens.count - 1].entry = kind
            return
        }
        if tokens.isEmpty && kind == SentimentScratch.clauseBreak { return }
        tokens.append(Token(entry: kind, isAllCaps: false, valence: 0))
    }
}
