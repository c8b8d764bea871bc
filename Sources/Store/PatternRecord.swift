/// One pattern found across items: a row of `patterns`.
public struct PatternRecord: Sendable, Equatable {
    /// The kinds of pattern, as stored.
    public enum Kind: String, Sendable, CaseIterable {
        /// How many items have one issue type (a summary row per type).
        case issueType = "issue_type"
        /// One account raising one theme or issue type again and again.
        case recurringIssue = "recurring_issue"
        /// A customer writing again soon after a resolved contact.
        case repeatContact = "repeat_contact"
        /// A week's volume of a theme far above its trailing weeks.
        case spike
        /// A theme most of whose items arrived in the latest week.
        case emergingTheme = "emerging_theme"
        /// Contacts the export marks as escalated, per theme.
        case escalation
    }

    /// The kind.
    public var kind: Kind
    /// The theme, when the pattern is about one.
    public var themeID: String?
    /// The issue type, when the pattern is about one.
    public var issueType: String?
    /// The account, when the pattern is about one.
    public var accountID: String?
    /// Start of the period the pattern covers (ISO 8601 UTC).
    public var periodStart: String?
    /// End of the period.
    public var periodEnd: String?
    /// Items in the pattern.
    public var items: Int
    /// The expected count (a spike's trailing mean; a type's share for `issue_type` rows).
    public var baseline: Double?
    /// A spike's z-score.
    public var z: Double?
    /// Whether the pattern is an alert (it fires `verbatim run --fail-on-alert`).
    public var alert: Bool
    /// The items it is made of, when they are few enough to list.
    public var itemIDs: [Int64]
    /// A sentence for people.
    public var detail: String

    /// A pattern.
    public init(kind: Kind, themeID: String? = nil, issueType: String? = nil, accountID: String? = nil,
                periodStart: String? = nil, periodEnd: String? = nil, items: Int, baseline: Double? = nil,
                z: Double? = nil, alert: Bool = false, itemIDs: [Int64] = [], detail: String = "") {
        self.kind = kind
        self.themeID = themeID
        self.issueType = issueType
        self.accountID = accountID
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.items = items
        self.baseline = baseline
        self.z = z
        self.alert = alert
        self.itemIDs = itemIDs
        self.detail = detail
    }
}
