/// A theme's NPS impact for the report's chart: the NPS of all respondents minus the NPS of
/// those who did not raise the theme (negative: the theme pulls NPS down).
public struct ReportNPSImpact: Sendable, Equatable {
    /// The theme id.
    public var themeID: String
    /// Its label.
    public var label: String
    /// NPS answers from accounts mentioning the theme.
    public var responses: Int
    /// The impact in NPS points, nil when undefined or insufficient.
    public var impact: Double?
    /// Whether there are enough answers for the figure to be shown.
    public var sufficient: Bool

    /// An impact; see the properties for the meaning of each value.
    public init(themeID: String, label: String, responses: Int, impact: Double?, sufficient: Bool) {
        self.themeID = themeID
        self.label = label
        self.responses = responses
        self.impact = impact
        self.sufficient = sufficient
    }
}
