import VerbatimCore

/// The figures of one stored item that the KPIs read.
public struct KPIItem: Sendable, Equatable {
    /// Ticket, chat, survey or review.
    public var kind: ItemKind
    /// Its account, if any.
    public var accountID: String?
    /// Creation day (days since 1970-01-01); nil when the export had no date.
    public var day: Int?
    /// Its score and the score's scale.
    public var score: Double?
    /// `nps`, `csat`, `ces` or `rating`.
    public var scoreType: String?
    /// Whether it was resolved (a resolution time, or a solved or closed status).
    public var resolved: Bool
    /// Whether it was reopened or needed more than one contact.
    public var reopened: Bool
    /// Hours to the first response.
    public var firstResponseHours: Double?
    /// Hours to resolution.
    public var resolutionHours: Double?

    /// Whether the customer came back on the same theme soon after it was resolved (a repeat contact).
    public var cameBack: Bool

    /// An item's figures.
    public init(kind: ItemKind, accountID: String? = nil, day: Int? = nil, score: Double? = nil, scoreType: String? = nil,
                resolved: Bool = false, reopened: Bool = false, firstResponseHours: Double? = nil, resolutionHours: Double? = nil,
                cameBack: Bool = false) {
        self.cameBack = cameBack
        self.kind = kind
        self.accountID = accountID
        self.day = day
        self.score = score
        self.scoreType = scoreType
        self.resolved = resolved
        self.reopened = reopened
        self.firstResponseHours = firstResponseHours
        self.resolutionHours = resolutionHours
    }
}
