/// One stored row of `theme_signals`: a theme's figures against churn, expansion and scores, by
/// column name (a figure that is undefined is absent).
public struct ThemeSignalRecord: Sendable, Equatable {
    /// The theme.
    public var themeID: String
    /// The minimum support the figures are judged by.
    public var minimumSupport: Int
    /// Figures by their column name (`accounts_mentioning`, `churn_lift`, …; see
    /// ``ThemeSignalRecord/columns``).
    public var figures: [String: Double]

    /// A record.
    public init(themeID: String, minimumSupport: Int, figures: [String: Double]) {
        self.themeID = themeID
        self.minimumSupport = minimumSupport
        self.figures = figures
    }

    /// The figure columns of the table, in their order.
    public static let columns = [
        "accounts_mentioning", "churned_accounts", "churn_rate", "baseline_churn_rate", "churn_lift", "lift_ci_low",
        "lift_ci_high", "p_value", "churned_mrr", "expansion_accounts", "expansion_mrr", "retained_mentioning",
        "expansion_rate", "baseline_expansion_rate", "expansion_lift", "expansion_p_value", "nps_responses",
        "nps_mentioning", "nps_impact", "csat_answers", "csat", "ces_answers", "ces", "resolved_tickets", "fcr",
        "resolution_count", "median_ttr_hours",
    ]

    /// Columns that are counts or sums and never absent (0 when nothing was counted).
    static let required: Set<String> = [
        "accounts_mentioning", "churned_accounts", "churned_mrr", "expansion_accounts", "expansion_mrr",
        "retained_mentioning", "nps_responses", "csat_answers", "ces_answers", "resolved_tickets", "resolution_count",
    ]
}
