/// The second level of themes: parents, and each theme's parent.
public struct ParentGroups: Sendable, Equatable {
    /// For each theme, the index of its parent in ``parents``, or `nil` for a theme that joined
    /// no other.
    public var parentOfTheme: [Int?]
    /// The parents, largest first (ties: the smallest child index).
    public var parents: [ParentGroup]

    /// Creates parent groups from their parts.
    public init(parentOfTheme: [Int?], parents: [ParentGroup]) {
        self.parentOfTheme = parentOfTheme
        self.parents = parents
    }
}
