import Foundation
import Store
import TextAnalysis
import Themes
import VerbatimCore

/// The analysis stage: stored items → text analysis → TF-IDF → spherical k-means → merged,
/// floored, labelled themes with quotes and parent groups → stable ids from the theme registry.
///
/// A first run, `--recluster`, changed clustering settings, growth past `recluster_growth` since
/// the last clustering, or an unthemed share past `recluster_unthemed_share` cluster every item afresh. Otherwise new items are assigned to
/// the stored themes (nearest centroid, at or above the similarity floor) without re-clustering.
/// Everything is written in one transaction; the same items, settings and seed give the same
/// themes, ids and assignments.
public struct ThemeAnalysis {
    /// The store to read items from and write themes to.
    public var store: Store
    /// Settings from `[themes]` and the command line.
    public var settings: AnalysisSettings
    /// The stopword lists.
    public var stopwords: StopwordLibrary
    /// Receives stage names as they start.
    public var progress: (String) -> Void
    /// The term keys of `settings.blockedTerms`, analysed once.
    let blockedKeys: Set<String>

    /// An analysis over `store`.
    public init(store: Store, settings: AnalysisSettings, stopwords: StopwordLibrary, progress: @escaping (String) -> Void = { _ in }) {
        self.store = store
        self.settings = settings
        self.stopwords = stopwords
        self.progress = progress
        self.blockedKeys = Self.blockedKeys(of: settings.blockedTerms)
    }

    /// Runs the stage.
    /// - Parameters:
    ///   - recluster: cluster every item afresh even when the stored themes could take the new ones.
    ///   - runID: the run the writes are recorded under.
    public func run(recluster: Bool, runID: Int64?) throws -> AnalysisReport {
        if recluster { return try cluster(reason: "--recluster", runID: runID) }
        guard let stored = try StoredAnalysis.load(from: store) else {
            return try cluster(reason: "first analysis of this workspace", runID: runID)
        }
        guard stored.settingsHash == settings.clusteringHash else {
            return try cluster(reason: "the clustering settings changed since the last analysis", runID: runID)
        }
        // Assignments exist only for items with text, and go when an item's text changes, so
        // equal counts mean nothing is new.
        let coverage = try store.assignmentCoverage()
        if coverage.assigned == coverage.items { return try unchangedReport(coverage: coverage) }
        let clustered = stored.clusteredItems ?? coverage.assigned
        if Double(coverage.items) > Double(clustered) * (1 + settings.reclusterGrowth) {
            let growth = Int((Double(coverage.items) / Double(max(clustered, 1)) - 1) * 100)
            return try cluster(reason: "the items grew by \(growth)% since the themes were clustered on \(clustered) (recluster_growth \(settings.reclusterGrowth))",
                               runID: runID)
        }
        if let report = try extend(stored, runID: runID) { return report }
        let reason = "new items would leave more than \(Int(settings.reclusterUnthemedShare * 100))% unthemed"
        return try cluster(reason: reason, runID: runID)
    }

    private func unchangedReport(coverage: (items: Int, assigned: Int, unthemed: Int)) throws -> AnalysisReport {
        let themes = try store.themeRecords(includeRetired: false).filter { $0.level == 0 }.count
        return AnalysisReport(mode: .unchanged, reason: "no new items since the last analysis", items: coverage.items,
                              analysedItems: 0, requestedK: settings.k.description, clusteredK: nil, kScores: [],
                              themes: themes, unthemed: coverage.unthemed, terms: 0, phrases: 0, events: [], stageSeconds: [:])
    }

    /// The text the stage analyses for an item: a ticket's subject, then its text.
    static func analysisText(_ item: AnalysisItem) -> String {
        guard let subject = item.subject, !subject.isEmpty, !item.text.hasPrefix(subject) else { return item.text }
        return subject + "\n" + item.text
    }

    /// Times `body` into `seconds[name]`, announcing it first.
    func stage<T>(_ name: String, _ seconds: inout [String: Double], _ body: () throws -> T) rethrows -> T {
        progress(name)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        seconds[name, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return result
    }
}
