/// The scores and ticket figures of one theme's items (or of all items), as counts and sums, so
/// that the join can compare a theme with the rest by subtraction.
public struct ThemeFeedback: Sendable, Equatable {
    /// NPS answers scoring 9–10.
    public var promoters: Int = 0
    /// NPS answers scoring 0–6.
    public var detractors: Int = 0
    /// All NPS answers.
    public var npsResponses: Int = 0
    /// CSAT answers scoring 4–5.
    public var csatSatisfied: Int = 0
    /// All CSAT answers.
    public var csatAnswers: Int = 0
    /// Sum of CES answers.
    public var cesSum: Double = 0
    /// All CES answers.
    public var cesAnswers: Int = 0
    /// Resolved tickets never reopened.
    public var firstContact: Int = 0
    /// Resolved tickets.
    public var resolved: Int = 0
    /// Resolution times in hours of its resolved tickets.
    public var resolutionHours: [Double] = []

    /// Empty figures.
    public init() {}
}
