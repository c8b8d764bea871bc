/// How a run's themes relate to the previous run's, from ``ThemeMatcher``.
public struct ThemeMatch: Sendable, Equatable {
    /// For each new theme, the previous id it keeps, or `nil` for a theme that needs a new id.
    public var ids: [String?]
    /// For each new theme, the cosine to the previous theme whose id it keeps, or 0.
    public var similarities: [Float]
    /// The lineage events: for each new theme in index order, then retired themes in the
    /// previous order.
    public var events: [LineageEvent]

    /// Creates a match from its parts.
    public init(ids: [String?], similarities: [Float], events: [LineageEvent]) {
        self.ids = ids
        self.similarities = similarities
        self.events = events
    }
}
