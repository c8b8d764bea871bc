import Store

/// Gives items their issue type and sentiment: the plug point between the patterns stage and
/// the rules, the trained model and the lexicon.
protocol ItemClassifier {
    /// Changes whenever the rules, the model or the lexicon change, so that every item is
    /// classified again.
    var fingerprint: String { get }
    /// Issue type, confidence and sentiment of each item, in order.
    func classify(_ items: [AnalysisItem]) throws -> [ItemPattern]
}
