/// The figures of one stored item that the signals and KPIs read, with its theme.
public struct SignalItemRow: Sendable {
    /// `ticket`, `chat`, `survey` or `review`.
    public var kind: String
    /// Its account id, if any (never empty).
    public var accountID: String?
    /// Creation day, days since 1970-01-01; nil without a date.
    public var day: Int?
    /// Its score.
    public var score: Double?
    /// The score's scale.
    public var scoreType: String?
    /// Resolved: a resolution date or time, or a solved or closed status.
    public var resolved: Bool
    /// Reopened, or more than one contact.
    public var reopened: Bool
    /// Hours to the first response.
    public var firstResponseHours: Double?
    /// Hours to resolution (see ``Store/resolutionSQL``).
    public var resolutionHours: Double?
    /// Whether the export dates its resolution before its first response.
    public var resolvedBeforeFirstResponse: Bool
    /// Its theme; nil when unthemed or not analysed.
    public var themeID: String?
    /// Whether the customer came back on its theme soon after it was resolved (a repeat contact
    /// the patterns stage found).
    public var cameBack: Bool = false
}
