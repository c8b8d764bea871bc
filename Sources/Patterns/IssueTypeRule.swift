/// One issue type and the words that recognise it.
///
/// Keywords and phrases are written as a person would ("invoices", "can't log in"); they are
/// normalised, tokenised and stemmed like the items' text, so "invoice" also matches "invoices"
/// and "invoiced", and a negated word ("not working", "can't log in") matches only where the
/// text negates it ("doesn't work", "isn't working"). A keyword may be several words; it is then
/// matched as a sequence, like a phrase, but weighs as a keyword.
public struct IssueTypeRule: Sendable, Equatable {
    /// The type's id, as stored and exported: lower-case letters, digits and `_` (`billing`).
    public var id: String
    /// The name shown to people ("Billing and invoices").
    public var name: String
    /// Words that count 1 each (times `weight`).
    public var keywords: [String]
    /// Sequences of words that count 2 each (times `weight`).
    public var phrases: [String]
    /// How much the type's hits count against the other types'. Default 1; the built-in
    /// `how_to` and `praise` weigh less, so that a question or a compliment about billing is
    /// typed as billing.
    public var weight: Double

    /// A rule.
    /// - Parameters:
    ///   - id: lower-case letters, digits and `_`.
    ///   - name: the display name; default the id.
    ///   - keywords: single words (or short sequences) that count 1 each.
    ///   - phrases: word sequences that count 2 each.
    ///   - weight: above 0; default 1.
    public init(id: String, name: String? = nil, keywords: [String], phrases: [String] = [], weight: Double = 1) {
        self.id = id
        self.name = name ?? id
        self.keywords = keywords
        self.phrases = phrases
        self.weight = weight
    }
}
