/// What the pattern stage reads of one stored item: its account, date, theme, issue type and
/// the fields that mark resolution and escalation.
public struct PatternInput: Sendable, Equatable {
    /// The item's row id.
    public var id: Int64
    /// ticket, chat, survey or review.
    public var kind: String
    /// Its account, if any.
    public var accountID: String?
    /// When it was written (ISO 8601 UTC as stored).
    public var createdAt: String?
    /// Its theme, or nil when unthemed or not yet analysed.
    public var themeID: String?
    /// Its issue type, when classified.
    public var issueType: String?
    /// When it was resolved (ISO 8601 UTC), if the export says.
    public var resolvedAt: String?
    /// Hours to resolution, if the export says (used when there is no resolution date).
    public var resolutionHours: Double?
    /// Whether tags, status, priority or an extra field mark it as escalated.
    public var escalated: Bool

    /// An input row.
    public init(id: Int64, kind: String, accountID: String?, createdAt: String?, themeID: String?, issueType: String?,
                resolvedAt: String?, resolutionHours: Double?, escalated: Bool) {
        self.id = id
        self.kind = kind
        self.accountID = accountID
        self.createdAt = createdAt
        self.themeID = themeID
        self.issueType = issueType
        self.resolvedAt = resolvedAt
        self.resolutionHours = resolutionHours
        self.escalated = escalated
    }
}
