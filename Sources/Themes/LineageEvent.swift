/// One lineage event from ``ThemeMatcher``.
public struct LineageEvent: Sendable, Equatable, Codable {
    /// What happened.
    public var kind: LineageKind
    /// The index of the new theme concerned, or `nil` for ``LineageKind/retired``.
    public var themeIndex: Int?
    /// The id of the theme concerned: the kept id for grown, shrunk and merged, the previous id
    /// for retired, and `nil` for new and split themes, whose ids the caller mints.
    public var themeID: String?
    /// The other ids involved: the absorbed ids for merged (most similar first, ties by id), the
    /// id split from for split, and none otherwise.
    public var relatedIDs: [String]
    /// The cosine behind the event: of the match for grown and shrunk, of the most similar
    /// absorbed theme for merged, of the source for split, and of the nearest theme on the other
    /// side (below the threshold, or 0 when there is none) for new and retired.
    public var similarity: Float

    /// Creates an event.
    public init(kind: LineageKind, themeIndex: Int?, themeID: String?, relatedIDs: [String], similarity: Float) {
        self.kind = kind
        self.themeIndex = themeIndex
        self.themeID = themeID
        self.relatedIDs = relatedIDs
        self.similarity = similarity
    }
}
