/// One row of the `assignments` table: the theme an item belongs to, or none (unthemed).
public struct ThemeAssignment: Sendable, Equatable {
    /// The item's row id.
    public var itemID: Int64
    /// The theme, or nil for the unthemed bucket.
    public var themeID: String?
    /// Cosine similarity of the item to the theme's centroid (to the nearest one when unthemed).
    public var similarity: Double

    /// Creates an assignment.
    public init(itemID: Int64, themeID: String?, similarity: Double) {
        self.itemID = itemID
        self.themeID = themeID
        self.similarity = similarity
    }
}
