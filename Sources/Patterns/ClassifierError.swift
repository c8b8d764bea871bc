/// Why the issue-type classifier could not be trained, read or evaluated.
public enum ClassifierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option's value cannot work; `fix` says what would.
    case invalidOption(option: String, value: String, fix: String)
    /// Training needs at least two labels.
    case tooFewLabels(found: Int)
    /// After pruning, no feature is left.
    case noFeatures(items: Int, minimumDocumentFrequency: Int)
    /// Texts and labels differ in number.
    case mismatchedCounts(texts: Int, labels: Int)
    /// A stored model's bytes cannot be decoded.
    case corruptModel(reason: String)
    /// Cross-validation needs every fold to hold items.
    case tooFewItems(items: Int, folds: Int)

    public var description: String {
        switch self {
        case .invalidOption(let option, let value, let fix):
            return "\(option) \(value): \(fix)"
        case .tooFewLabels(let found):
            return "training needs at least 2 different labels, found \(found); check the --label column"
        case .noFeatures(let items, let minimumDocumentFrequency):
            return "after pruning, no terms remain in \(items) items (a term must occur in \(minimumDocumentFrequency) or more); use more items or a lower minimum document frequency"
        case .mismatchedCounts(let texts, let labels):
            return "\(texts) texts but \(labels) labels; give one label per text"
        case .corruptModel(let reason):
            return "the stored issue classifier cannot be read (\(reason)); train it again with `verbatim classify train`"
        case .tooFewItems(let items, let folds):
            return "\(items) items cannot fill \(folds) folds; use fewer folds or more items"
        }
    }
}
