/// One item as the pattern detectors see it: integers only, so that a million items sort and
/// group quickly. The caller maps accounts, themes and issue types to indices.
public struct PatternItem: Sendable, Equatable {
    /// The item's row id in the store.
    public var id: Int64
    /// Index of its account, or -1 when the item has none.
    public var account: Int32
    /// When the customer wrote it, in seconds since 1970 (UTC).
    public var time: Int64
    /// Index of its theme, or -1 when it is unthemed.
    public var theme: Int32
    /// Index of its issue type, or -1 when it is `other` or unknown.
    public var issueType: Int32
    /// Whether it is a contact with support (a ticket or a chat) rather than a survey answer or a review.
    public var isContact: Bool
    /// When the contact was resolved, in seconds since 1970, if it was.
    public var resolvedAt: Int64?
    /// Whether the export marks it as escalated.
    public var escalated: Bool

    /// An item; see the properties for the meaning of each value.
    public init(id: Int64, account: Int32, time: Int64, theme: Int32, issueType: Int32 = -1, isContact: Bool = true,
                resolvedAt: Int64? = nil, escalated: Bool = false) {
        self.id = id
        self.account = account
        self.time = time
        self.theme = theme
        self.issueType = issueType
        self.isContact = isContact
        self.resolvedAt = resolvedAt
        self.escalated = escalated
    }
}
