/// A theme's name and its most distinctive terms, as ``ThemeLabeler`` weighs them.
public struct ThemeLabel: Sendable, Equatable, Codable {
    /// Two to four display forms joined by " · ", phrases first: "password reset · sso login".
    /// Empty for a theme with no weighted terms.
    public var label: String
    /// The term keys the label is made of, in label order.
    public var labelTerms: [String]
    /// The top terms by weight (keys), for the export; heaviest first, ties by key.
    public var terms: [String]
    /// The display forms of `terms`, at the same positions.
    public var displayTerms: [String]
    /// The c-TF-IDF weights of `terms`, at the same positions.
    public var weights: [Double]

    /// Creates a label from its parts.
    public init(label: String, labelTerms: [String], terms: [String], displayTerms: [String], weights: [Double]) {
        self.label = label
        self.labelTerms = labelTerms
        self.terms = terms
        self.displayTerms = displayTerms
        self.weights = weights
    }
}
