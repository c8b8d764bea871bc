/// One row of the report's theme table.
public struct ReportTheme: Sendable, Equatable {
    /// The stable theme id.
    public var id: String
    /// The label.
    public var label: String
    /// Items in the theme.
    public var items: Int
    /// Its items over all analysed items (0–1).
    public var share: Double
    /// Distinct accounts among its items.
    public var accounts: Int
    /// Change of its share of volume in the last 28 days against the 28 days before (0.5 = +50%),
    /// nil when the earlier window has none of it.
    public var trend: Double?
    /// Items per week, oldest first; the last is the week ending at the latest item.
    public var weekly: [Int]
    /// The parent group's label.
    public var group: String?

    /// A row; see the properties for the meaning of each value.
    public init(id: String, label: String, items: Int, share: Double, accounts: Int, trend: Double?, weekly: [Int], group: String?) {
        self.id = id
        self.label = label
        self.items = items
        self.share = share
        self.accounts = accounts
        self.trend = trend
        self.weekly = weekly
        self.group = group
    }
}
