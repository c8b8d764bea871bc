/// A parent over two or more related themes.
public struct ParentGroup: Sendable, Equatable {
    /// The child theme indices, in increasing order.
    public var children: [Int]
    /// The children's total number of items.
    public var size: Int
    /// The parent's label, composed from the children's weighted terms.
    public var label: ThemeLabel

    /// Creates a parent group.
    public init(children: [Int], size: Int, label: ThemeLabel) {
        self.children = children
        self.size = size
        self.label = label
    }
}
