/// One theme against the accounts' outcomes and the feedback scores: a row of `theme_signals`.
///
/// Every rate and ratio is kept with the count it rests on; a figure whose count is below
/// ``minimumSupport`` is *insufficient* and shown as such, not as a number.
public struct ThemeSignal: Sendable, Equatable {
    /// The theme.
    public var themeID: String
    /// The minimum support the figures were judged by.
    public var minimumSupport: Int
    /// Accounts (of the accounts file) with a mention in their window.
    public var accountsMentioning: Int
    /// Of them, churned.
    public var churnedAccounts: Int
    /// `churned / mentioning`, a fraction.
    public var churnRate: Double?
    /// The churn rate of the other accounts.
    public var baselineChurnRate: Double?
    /// `churnRate / baselineChurnRate` (Haldane-corrected when a cell is zero).
    public var churnLift: Double?
    /// The lift's 95% interval (Katz log method).
    public var liftLow: Double?
    /// The interval's upper end.
    public var liftHigh: Double?
    /// Fisher's exact two-sided p of the 2 × 2 table mentioning × churned.
    public var pValue: Double?
    /// MRR at start of the churned mentioning accounts.
    public var churnedMRR: Double
    /// Retained mentioning accounts whose MRR grew.
    public var expansionAccounts: Int
    /// Their expansion MRR.
    public var expansionMRR: Double
    /// Retained mentioning accounts (the expansion rate's denominator).
    public var retainedMentioning: Int
    /// `expanding / retained mentioning`, a fraction.
    public var expansionRate: Double?
    /// The expansion rate of the other retained accounts.
    public var baselineExpansionRate: Double?
    /// `expansionRate / baselineExpansionRate` (Haldane-corrected when a cell is zero).
    public var expansionLift: Double?
    /// Fisher's exact two-sided p of mentioning × expanding among retained accounts.
    public var expansionPValue: Double?
    /// NPS answers on the theme.
    public var npsResponses: Int
    /// NPS of the answers on the theme (−100 to 100).
    public var npsMentioning: Double?
    /// NPS of all answers minus NPS of the answers not on the theme: how many points the theme
    /// moves the overall NPS (negative: it pulls it down).
    public var npsImpact: Double?
    /// CSAT answers on the theme.
    public var csatAnswers: Int
    /// CSAT of the theme's items, a percentage.
    public var csat: Double?
    /// CES answers on the theme.
    public var cesAnswers: Int
    /// Mean CES of the theme's items.
    public var ces: Double?
    /// Resolved tickets on the theme.
    public var resolvedTickets: Int
    /// FCR of the theme's resolved tickets, a percentage.
    public var fcr: Double?
    /// Resolution times counted.
    public var resolutionCount: Int
    /// Median resolution time of its tickets, in hours.
    public var medianTTRHours: Double?

    /// Whether the account-based figures (churn, lift, expansion) rest on enough accounts.
    public var accountsSufficient: Bool { accountsMentioning >= minimumSupport }
    /// Whether a figure based on `count` observations rests on enough of them.
    public func sufficient(_ count: Int) -> Bool { count >= minimumSupport }
}
