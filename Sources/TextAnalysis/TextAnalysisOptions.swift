/// How `TextNormalizer` and `CorpusAnalyzer` treat text. Every option has a documented default;
/// `validate()` checks them once, at the edge.
public struct TextAnalysisOptions: Sendable, Equatable {
    /// Stem English words with Porter2 (`passwords` → `password`). Default `true`. Other
    /// languages keep their lower-cased words.
    public var stem = true
    /// Turn a negation word and the next content word into one term `not_<stem>` ("not working",
    /// "doesn't work" → `not_work`). Default `true`.
    public var markNegation = true
    /// Drop words shorter than this many characters (CJK tokens are kept whatever their length).
    /// Default `2`; allowed `1...64`.
    public var minimumTokenLength = 2
    /// Drop quoted e-mail replies: lines starting with `>` and everything from an "On … wrote:",
    /// "-----Original Message-----" or "From: … Sent: …" header on. Default `true`.
    public var dropQuotedReplies = true
    /// Drop signatures: everything from a `-- ` line, "Sent from my iPhone", or a sign-off line
    /// ("Best regards,") followed by at most six short lines. Default `true`.
    public var dropSignatures = true
    /// Remove HTML tags (block tags become line breaks) and decode entities. Default `true`.
    public var stripHTML = true
    /// Detect each text's language to pick its stopword list. Default `true`; when `false`, every
    /// text is in `defaultLanguage`.
    public var detectLanguage = true
    /// The language of texts when detection is off or unsure. Default `.english`.
    public var defaultLanguage: Language = .english

    /// The defaults listed above.
    public init() {}

    /// Checks the options.
    /// - Throws: `TextAnalysisError.badOption` naming the option, its value and a fix.
    public func validate() throws {
        guard (1...64).contains(minimumTokenLength) else {
            throw TextAnalysisError.badOption(option: "minimumTokenLength", value: String(minimumTokenLength),
                                              reason: "must be between 1 and 64; the default is 2")
        }
    }
}
