/// One merge that ``ThemeRefiner`` made: theme `from` folded into theme `into`.
///
/// Both are indices of the clustering's themes, before renumbering; `into` is the smaller of the
/// two. After earlier merges `into` stands for every theme already folded into it.
public struct ThemeMerge: Sendable, Equatable {
    /// The surviving input theme.
    public var into: Int
    /// The input theme folded into it.
    public var from: Int
    /// The cosine of the two centroids when they merged.
    public var similarity: Float

    /// Creates a merge record.
    public init(into: Int, from: Int, similarity: Float) {
        self.into = into
        self.from = from
        self.similarity = similarity
    }
}
