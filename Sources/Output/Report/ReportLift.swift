/// A theme's churn lift for the report's chart: the churn rate of the accounts mentioning the
/// theme over that of the other accounts, with its 95% interval.
public struct ReportLift: Sendable, Equatable {
    /// The theme id.
    public var themeID: String
    /// Its label.
    public var label: String
    /// Accounts mentioning the theme.
    public var accounts: Int
    /// The lift, nil when undefined or insufficient.
    public var lift: Double?
    /// The interval's lower end.
    public var low: Double?
    /// The interval's upper end.
    public var high: Double?
    /// Fisher's exact p-value.
    public var pValue: Double?
    /// Whether enough accounts mention the theme for the figure to be shown.
    public var sufficient: Bool

    /// A lift; see the properties for the meaning of each value.
    public init(themeID: String, label: String, accounts: Int, lift: Double?, low: Double?, high: Double?, pValue: Double?, sufficient: Bool) {
        self.themeID = themeID
        self.label = label
        self.accounts = accounts
        self.lift = lift
        self.low = low
        self.high = high
        self.pValue = pValue
        self.sufficient = sufficient
    }

    /// Whether the chart draws it: sufficient, with a positive lift and interval.
    public var drawable: Bool {
        guard sufficient, let lift, let low, let high else { return false }
        return lift > 0 && low > 0 && high >= low && lift.isFinite && high.isFinite
    }
}
