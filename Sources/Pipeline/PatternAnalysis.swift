import Foundation
import Patterns
import Store
import VerbatimCore

/// The patterns stage: issue type and sentiment per item, then recurring issues, repeat
/// contacts, spikes, emerging themes and escalations across items, stored in `item_patterns`
/// and `patterns`.
///
/// Items are classified once (again when their words change or the rules or the trained model
/// change); the patterns are found afresh over every item on each run, since a new item can
/// start or extend any of them.
struct PatternAnalysis {
    /// The store, under the caller's lock.
    var store: Store
    /// The detector thresholds.
    var options: PatternOptions
    /// Gives items their issue type and sentiment.
    var classifier: ItemClassifier

    /// The name of the stored fingerprint of the classifier last used.
    static let fingerprintModel = "patterns"

    /// Runs the stage as part of run `runID`.
    func run(runID: Int64?, progress: (String) -> Void = { _ in }) throws -> PatternSummary {
        var steps: [String: Double] = [:]
        var clock = Date()
        func step(_ name: String) {
            steps[name] = Date().timeIntervalSince(clock)
            clock = Date()
        }
        let fingerprint = Array(classifier.fingerprint.utf8)
        let changed = try store.model(named: Self.fingerprintModel) != fingerprint
        let todo = try store.itemsToClassify(all: changed)
        step("reading texts")
        if !todo.isEmpty { progress("classifying \(todo.count) items") }
        let classified = try classifier.classify(todo)
        step("classifying")
        try store.saveItemPatterns(classified, replacingAll: changed, runID: runID)
        if changed { try store.saveModel(named: Self.fingerprintModel, body: fingerprint, runID: runID) }
        step("saving classes")

        progress("finding recurring issues, repeat contacts and spikes")
        let themes = try store.themeRecords(includeRetired: false).filter { $0.level == 0 }
        let (index, items) = try PatternIndex.items(store: store, themes: themes.map(\.id).sorted())
        step("reading items")
        let report = PatternDetector(options: options).detect(items, themeCount: index.themeIDs.count)
        step("detecting")
        let labels = Dictionary(uniqueKeysWithValues: themes.map { ($0.id, $0.label) })
        let issueTypes = try store.issueTypeSummary()
        let records = PatternRecords(index: index, labels: labels, options: options)
            .records(report, issueTypes: issueTypes, items: items)
        step("records")
        try store.replacePatterns(records, repeats: report.repeats.map { ($0.resolvedItem, $0.repeatItem) }, runID: runID)
        step("saving")
        return PatternSummary(
            classified: classified.count,
            issueTypes: issueTypes.map { ($0.type, $0.items) },
            recurring: report.recurring.count, repeats: report.repeats.count, spikes: report.spikes.count,
            emerging: report.emerging.count, alerts: records.filter(\.alert),
            asOf: report.asOf.map { UTCDate.iso(Date(timeIntervalSince1970: TimeInterval($0))) }, stepSeconds: steps)
    }
}
