/// What the analysis stage reads of one stored item.
public struct AnalysisItem: Sendable, Equatable {
    /// The item's row id in the store.
    public var id: Int64
    /// Its source name.
    public var source: String
    /// The export's id for it.
    public var externalID: String
    /// ticket, chat, survey or review.
    public var kind: String
    /// A ticket's subject, when there is one.
    public var subject: String?
    /// The customer's words.
    public var text: String

    /// Creates an item as the analysis stage sees it.
    public init(id: Int64, source: String, externalID: String, kind: String, subject: String?, text: String) {
        self.id = id
        self.source = source
        self.externalID = externalID
        self.kind = kind
        self.subject = subject
        self.text = text
    }
}
