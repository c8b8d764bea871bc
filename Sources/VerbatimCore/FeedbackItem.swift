import Foundation

/// One piece of customer feedback, as every stage after ingest sees it.
///
/// Identity is `(source, externalID)`; where an export has no id, ingest uses a content hash
/// of the text, subject, date and account as the external id.
public struct FeedbackItem: Sendable, Equatable {
    /// The source the item came from (the `--source` name, or the file's base name).
    public var source: String
    /// The id the exporting system gave the record, or a content hash when it has none.
    public var externalID: String
    /// Ticket, chat, survey or review.
    public var kind: ItemKind
    /// The CRM account the item belongs to, when known.
    public var accountID: String?
    /// When the customer wrote it, in UTC.
    public var createdAt: Date?
    /// The channel it arrived on (e-mail, chat, social, phone, …).
    public var channel: String?
    /// A ticket's subject line.
    public var subject: String?
    /// The customer's words. For chats, the customer turns joined by newlines.
    public var text: String
    /// For chats, the agent turns joined by newlines, kept apart from the customer's words.
    public var agentText: String?
    /// A numeric score (NPS, CSAT, CES or star rating).
    public var score: Double?
    /// The scale `score` is on.
    public var scoreType: ScoreType?
    /// Status in the exporting system (open, solved, closed, …).
    public var status: String?
    /// Priority in the exporting system.
    public var priority: String?
    /// When an agent first answered, in UTC.
    public var firstResponseAt: Date?
    /// When the item was resolved, in UTC.
    public var resolvedAt: Date?
    /// Hours from creation to first response, from the dates or from a duration column.
    public var firstResponseHours: Double?
    /// Hours from creation to resolution, from the dates or from a duration column.
    public var resolutionHours: Double?
    /// How many contacts the issue took, when the export says.
    public var contactCount: Int?
    /// Whether the ticket was reopened, when the export says.
    public var reopened: Bool?
    /// Tags or labels from the export.
    public var tags: [String]
    /// Every field of the record that no mapped field consumed, by its column name.
    public var extra: [String: String]

    /// Creates an item; every optional field defaults to absent.
    public init(
        source: String, externalID: String, kind: ItemKind, text: String,
        accountID: String? = nil, createdAt: Date? = nil, channel: String? = nil,
        subject: String? = nil, agentText: String? = nil, score: Double? = nil,
        scoreType: ScoreType? = nil, status: String? = nil, priority: String? = nil,
        firstResponseAt: Date? = nil, resolvedAt: Date? = nil,
        firstResponseHours: Double? = nil, resolutionHours: Double? = nil,
        contactCount: Int? = nil, reopened: Bool? = nil,
        tags: [String] = [], extra: [String: String] = [:]
    ) {
        self.source = source
        self.externalID = externalID
        self.kind = kind
        self.text = text
        self.accountID = accountID
        self.createdAt = createdAt
        self.channel = channel
        self.subject = subject
        self.agentText = agentText
        self.score = score
        self.scoreType = scoreType
        self.status = status
        self.priority = priority
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.firstResponseHours = firstResponseHours
        self.resolutionHours = resolutionHours
        self.contactCount = contactCount
        self.reopened = reopened
        self.tags = tags
        self.extra = extra
    }
}
