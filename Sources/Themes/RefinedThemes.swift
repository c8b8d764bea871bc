/// Themes a person can recognise: merged, floored, pruned and numbered by size.
///
/// Theme 0 is the largest; `-1` in ``assignments`` is the unthemed bucket (items too far from
/// every theme, items of dissolved themes, and empty rows).
public struct RefinedThemes: Sendable, Equatable {
    /// One unit centroid per theme: the normalised sum of its members' rows.
    public var centroids: Centroids
    /// The theme of each row, or -1 for unthemed.
    public var assignments: [Int32]
    /// Each row's cosine to its theme's final centroid; 0 for unthemed rows.
    public var similarities: [Float]
    /// The number of items in each theme, in decreasing order.
    public var sizes: [Int]
    /// The number of unthemed rows.
    public var unthemedCount: Int
    /// `unthemedCount / rowCount`, or 0 when there are no rows.
    public var unthemedShare: Double
    /// The merges made, in the order they were made, in input theme indices.
    public var merges: [ThemeMerge]
    /// For each theme, the input themes merged to form it, in increasing order. Items reassigned
    /// from dissolved themes are not counted here.
    public var sourceThemes: [[Int]]

    /// The number of themes.
    public var count: Int { sizes.count }

    /// Creates refined themes from their parts.
    public init(
        centroids: Centroids, assignments: [Int32], similarities: [Float], sizes: [Int],
        unthemedCount: Int, unthemedShare: Double, merges: [ThemeMerge], sourceThemes: [[Int]]
    ) {
        self.centroids = centroids
        self.assignments = assignments
        self.similarities = similarities
        self.sizes = sizes
        self.unthemedCount = unthemedCount
        self.unthemedShare = unthemedShare
        self.merges = merges
        self.sourceThemes = sourceThemes
    }
}
