import Patterns
import Store
import TextAnalysis
import VerbatimCore

/// Issue types and sentiment for the patterns stage.
///
/// - Issue type: when a classifier trained by `verbatim classify train` is stored, it decides
///   (its labels are the user's taxonomy; below its threshold an item is `other`); otherwise
///   the keyword and phrase rules of `[issue_types]` over the built-in taxonomy do. The two are
///   not mixed, so one store never holds two taxonomies at once.
/// - Sentiment: the lexicon scorer on the customer's words (a ticket's subject and text).
///
/// The fingerprint hashes the rules, the stored model's bytes and the lexicon's version, so
/// changing any of them classifies every item again.
struct PatternClassifier: ItemClassifier {
    private let rules: IssueTypeRules
    private let model: IssueClassifier?
    private let sentiment: SentimentScorer
    let fingerprint: String

    /// The classifier of a workspace: its `[issue_types]` rules and its stored model, if any.
    /// - Throws: `PipelineError.config` for a bad `[issue_types]` section.
    init(config: Config, file: String, store: Store) throws {
        let settings = try IssueTypeSettings(config: config.issueTypes, file: file)
        rules = try settings.makeRules()
        let body = try store.model(named: ClassifyJob.modelName)
        model = try body.map(IssueClassifier.init(encoded:))
        sentiment = try SentimentScorer()
        var hash = ContentHash()
        hash.combine(model == nil ? "rules:" + settings.rulesHash : "model")
        hash.combine(body.map { ContentHash.hex(of: [String(decoding: $0, as: UTF8.self)]) })
        hash.combine("lexicon:" + sentiment.lexicon.fingerprint)
        fingerprint = hash.hex
    }

    func classify(_ items: [AnalysisItem]) throws -> [ItemPattern] {
        guard !items.isEmpty else { return [] }
        let words = items.map { item in item.subject.map { $0.isEmpty ? item.text : $0 + "\n" + item.text } ?? item.text }
        let sentiments = sentiment.scores(words)
        if let model {
            return zip(items, zip(model.predict(texts: words), sentiments)).map { item, scored in
                ItemPattern(itemID: item.id, issueType: scored.0.label, confidence: scored.0.confidence, source: .model,
                            sentiment: scored.1)
            }
        }
        let types = rules.classify(texts: items.map(\.text), subjects: items.map(\.subject))
        return zip(items, zip(types, sentiments)).map { item, scored in
            ItemPattern(itemID: item.id, issueType: scored.0.type, confidence: scored.0.confidence, source: .rules,
                        sentiment: scored.1)
        }
    }
}
