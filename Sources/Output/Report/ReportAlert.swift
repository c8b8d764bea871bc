/// A spike or an emerging theme, for the report's list of recent alerts.
public struct ReportAlert: Sendable, Equatable {
    /// `spike` or `emerging_theme`.
    public var kind: String
    /// The theme's label.
    public var theme: String
    /// The week's first and last day (`YYYY-MM-DD`).
    public var weekStart: String?
    /// The week's last day.
    public var weekEnd: String?
    /// Items that week.
    public var items: Int
    /// The expected count (a spike's trailing median).
    public var baseline: Double?
    /// A spike's z-score.
    public var z: Double?
    /// Whether it alerts (it is in the latest week).
    public var alert: Bool
    /// All the theme's items, for an emerging theme (its detail's "of N").
    public var total: Int?

    /// An alert; see the properties for the meaning of each value.
    public init(kind: String, theme: String, weekStart: String?, weekEnd: String?, items: Int, baseline: Double?, z: Double?,
                alert: Bool, total: Int? = nil) {
        self.kind = kind
        self.theme = theme
        self.weekStart = weekStart
        self.weekEnd = weekEnd
        self.items = items
        self.baseline = baseline
        self.z = z
        self.alert = alert
        self.total = total
    }
}
