import Store
import TextAnalysis

// TEMPORARY until the rules, lexicon and trained model land: every item is "other", sentiment 0.
struct PatternClassifier: ItemClassifier {
    init(config: Config, file: String, store: Store, stopwords: StopwordLibrary) throws {}
    var fingerprint: String { "none" }
    func classify(_ items: [AnalysisItem]) throws -> [ItemPattern] {
        items.map { ItemPattern(itemID: $0.id, issueType: "other", confidence: 0, source: .rules, sentiment: 0) }
    }
}
