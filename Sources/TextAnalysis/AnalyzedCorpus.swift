/// The result of analysing many texts: a term table and, per text, its term ids and language.
public struct AnalyzedCorpus: Sendable, Equatable, Codable {
    /// Term id → term key: a stem (`"password"`, `"reset"`), a negated stem (`"not_work"`), or a
    /// phrase key, the member keys joined by one space (`"password reset"`).
    public var terms: [String]
    /// Term id → the lower-cased surface form seen most often for the term (ties: the
    /// lexicographically smallest), e.g. `"passwords"`, `"not working"`, `"password reset"`.
    /// A negated term reads `"not "` plus the negated word, whatever the text's language.
    public var displayForms: [String]
    /// One per input text: term ids in text order; stopwords (of the text's language and the
    /// support list), placeholders and too-short words removed. Phrase ids, when a
    /// `PhraseModel` was applied, follow the unigram ids.
    public var documents: [[Int32]]
    /// One per input text: the language it was analysed as.
    public var languages: [Language]

    /// The number of terms.
    public var termCount: Int { terms.count }

    /// A corpus from its parts.
    public init(terms: [String], displayForms: [String], documents: [[Int32]], languages: [Language]) {
        self.terms = terms
        self.displayForms = displayForms
        self.documents = documents
        self.languages = languages
    }

    /// A corpus with no texts.
    public static let empty = AnalyzedCorpus(terms: [], displayForms: [], documents: [], languages: [])

    /// Whether the term is a phrase (its key holds a space).
    public func isPhrase(_ term: Int32) -> Bool {
        terms[Int(term)].utf8.contains(0x20)
    }
}
