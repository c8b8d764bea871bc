/// How ``ParentGrouper`` groups themes under parents.
public struct ParentGrouperOptions: Sendable, Equatable {
    /// Two groups join only while their average-link centroid cosine is at least this
    /// (default 0.2).
    public var linkThreshold: Float
    /// A second stopping rule on the number of groups (default ``ParentGroupTarget/squareRoot``).
    public var target: ParentGroupTarget
    /// How parent labels are composed from the children's terms (default ``ThemeLabelerOptions``
    /// defaults).
    public var labeling: ThemeLabelerOptions

    /// Creates options.
    /// - Parameters:
    ///   - linkThreshold: the least average cosine that joins two groups (default 0.2).
    ///   - target: the group count at which joining stops (default ⌈√n⌉).
    ///   - labeling: the label rules for parents (default labeler options).
    public init(
        linkThreshold: Float = 0.2, target: ParentGroupTarget = .squareRoot,
        labeling: ThemeLabelerOptions = ThemeLabelerOptions()
    ) {
        self.linkThreshold = linkThreshold
        self.target = target
        self.labeling = labeling
    }

    /// Checks the options once, before grouping.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    public func validate() throws {
        if !(linkThreshold > -1 && linkThreshold <= 1) {
            throw ThemesError.invalidOption(
                option: "linkThreshold", value: "\(linkThreshold)", fix: "use a value in (-1, 1]; the default is 0.2")
        }
        if case .count(let count) = target, count < 1 {
            throw ThemesError.invalidOption(
                option: "target", value: "\(count)", fix: "use 1 or more groups, or .squareRoot (the default)")
        }
        try labeling.validate()
    }
}
