/// The errors of the Themes stage: options that cannot work and corpora that leave nothing to
/// cluster. Each description names what went wrong and proposes a fix.
public enum ThemesError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An option has a value outside its allowed range.
    /// - Parameters: option: the option's name; value: the value given; fix: what to do instead.
    case invalidOption(option: String, value: String, fix: String)
    /// TF-IDF pruning by document frequency removed every term.
    case noTermsRemain(documentCount: Int, minimumDocumentFrequency: Int, maximumDocumentFraction: Double)
    /// k-means was asked for more clusters than there are non-empty documents.
    case tooFewDocuments(k: Int, documents: Int)

    /// A readable description that proposes a fix.
    public var description: String {
        switch self {
        case let .invalidOption(option, value, fix):
            return "Invalid \(option) \(value): \(fix)"
        case let .noTermsRemain(documentCount, minimumDocumentFrequency, maximumDocumentFraction):
            return "After pruning, no terms remain (\(documentCount) documents, minimum document frequency "
                + "\(minimumDocumentFrequency), maximum document fraction \(maximumDocumentFraction)). "
                + "Try a lower minimum document frequency or a higher maximum document fraction"
        case let .tooFewDocuments(k, documents):
            return "k = \(k) needs at least \(k) non-empty documents, but there are \(documents). "
                + "Try a smaller k or k = auto"
        }
    }
}
