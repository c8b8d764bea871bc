/// One line of the `themes` export table: a theme and its figures under a filter.
public struct ThemeSummary: Sendable, Equatable {
    /// The stable theme id.
    public var id: String
    /// The label.
    public var label: String
    /// The parent group's id.
    public var parentID: String?
    /// The parent group's label.
    public var parentLabel: String?
    /// Items in the theme (under the filter).
    public var items: Int
    /// Items in the theme / all analysed items (under the filter), unthemed included.
    public var share: Double
    /// Distinct accounts among the theme's items.
    public var accounts: Int
    /// The most distinctive terms.
    public var topTerms: [String]
    /// The first representative quote.
    public var example: String
    /// The earliest and latest item dates (ISO 8601).
    public var firstSeen: String?
    /// The latest item date.
    public var lastSeen: String?
    /// Relative change of the theme's share of volume in the last 28 days against the 28 days
    /// before (0.5 = half as much again); nil when the earlier window has none of it.
    public var trend: Double?
}
