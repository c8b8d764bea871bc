/// The options of ``TFIDFVectorizer``: which terms become columns and how counts are weighted.
public struct TFIDFOptions: Sendable, Equatable {
    /// Terms found in fewer documents than this are dropped (scikit-learn's `min_df` as a count).
    /// Default 2: a term seen once cannot make two documents similar.
    public var minimumDocumentFrequency: Int = 2
    /// Terms found in more than this share of the documents are dropped (scikit-learn's `max_df`
    /// as a fraction). Default 0.5: a term in most documents ("app" in an app's reviews) says
    /// nothing about which theme a document belongs to, and stopwords that slipped through the
    /// stopword list go with it. Set 1.0 to keep every frequent term.
    public var maximumDocumentFraction: Double = 0.5
    /// Keep only the `maximumTerms` terms of highest corpus frequency after pruning (ties by term
    /// key), or all of them when `nil` (scikit-learn's `max_features`).
    public var maximumTerms: Int? = nil
    /// Weight a term by `1 + ln(tf)` rather than by its raw count `tf`.
    public var sublinearTF: Bool = true

    /// The defaults above.
    public init() {}

    /// Checks every option once, at the edge.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    /// - Complexity: O(1).
    public func validate() throws {
        if minimumDocumentFrequency < 1 {
            throw ThemesError.invalidOption(
                option: "minimum document frequency", value: "\(minimumDocumentFrequency)",
                fix: "it counts documents, so use 1 or more (2 is the default)")
        }
        if !(maximumDocumentFraction > 0 && maximumDocumentFraction <= 1) {
            throw ThemesError.invalidOption(
                option: "maximum document fraction", value: "\(maximumDocumentFraction)",
                fix: "it is a share of the documents, so use a value above 0 and at most 1 (0.5 is the default)")
        }
        if let maximumTerms, maximumTerms < 1 {
            throw ThemesError.invalidOption(
                option: "maximum terms", value: "\(maximumTerms)",
                fix: "use 1 or more, or leave it unset to keep every term")
        }
    }
}
