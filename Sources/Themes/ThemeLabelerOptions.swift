/// How ``ThemeLabeler`` weighs terms and composes labels.
public struct ThemeLabelerOptions: Sendable, Equatable {
    /// Term keys that never appear in a label or the top terms (default none), from the user's
    /// config. They are dropped before weighing, so they do not count towards any frequency.
    public var blockedTerms: Set<String>
    /// How many top terms each label keeps for the export (default 10). Label terms are chosen
    /// from these.
    public var topTermCount: Int
    /// The fewest terms in a label, when the theme has that many (default 2).
    public var minimumLabelTerms: Int
    /// The most terms in a label (default 4).
    public var maximumLabelTerms: Int
    /// Beyond ``minimumLabelTerms``, a term joins the label only if its weight is at least this
    /// share of the heaviest term's (default 0.5).
    public var labelWeightRatio: Double
    /// What counts as a term's frequency in a theme (default ``ThemeTermFrequency/itemCount``).
    public var termFrequency: ThemeTermFrequency

    /// Creates options.
    /// - Parameters:
    ///   - blockedTerms: term keys never shown (default none).
    ///   - topTermCount: top terms kept per theme (default 10).
    ///   - minimumLabelTerms: fewest label terms (default 2).
    ///   - maximumLabelTerms: most label terms (default 4).
    ///   - labelWeightRatio: least share of the top weight for an extra label term (default 0.5).
    ///   - termFrequency: the in-theme frequency measure (default `.itemCount`).
    public init(
        blockedTerms: Set<String> = [],
        topTermCount: Int = 10,
        minimumLabelTerms: Int = 2,
        maximumLabelTerms: Int = 4,
        labelWeightRatio: Double = 0.5,
        termFrequency: ThemeTermFrequency = .itemCount
    ) {
        self.blockedTerms = blockedTerms
        self.topTermCount = topTermCount
        self.minimumLabelTerms = minimumLabelTerms
        self.maximumLabelTerms = maximumLabelTerms
        self.labelWeightRatio = labelWeightRatio
        self.termFrequency = termFrequency
    }

    /// Checks the options once, before labelling.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    public func validate() throws {
        if topTermCount < 1 {
            throw ThemesError.invalidOption(
                option: "topTermCount", value: "\(topTermCount)", fix: "use 1 or more; the default is 10")
        }
        if minimumLabelTerms < 1 {
            throw ThemesError.invalidOption(
                option: "minimumLabelTerms", value: "\(minimumLabelTerms)", fix: "use 1 or more; the default is 2")
        }
        if maximumLabelTerms < minimumLabelTerms || maximumLabelTerms > topTermCount {
            throw ThemesError.invalidOption(
                option: "maximumLabelTerms", value: "\(maximumLabelTerms)",
                fix: "use a value from minimumLabelTerms (\(minimumLabelTerms)) to topTermCount (\(topTermCount)); the default is 4")
        }
        if !(labelWeightRatio >= 0 && labelWeightRatio <= 1) {
            throw ThemesError.invalidOption(
                option: "labelWeightRatio", value: "\(labelWeightRatio)",
                fix: "use a value in [0, 1]; the default is 0.5, and 0 always fills the label to maximumLabelTerms")
        }
    }
}
