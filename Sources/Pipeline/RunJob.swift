import Foundation
import Store

/// `verbatim run`, the nightly job: ingests every configured source and the accounts, then runs
/// the analysis (themes, then patterns), under the workspace lock.
public struct RunJob {
    /// What one run did.
    public struct Outcome: Sendable {
        /// One report per ingested file.
        public var files: [FileReport]
        /// Items added, updated, unchanged and rejected.
        public var counts: IngestCounts
        /// Accounts added, updated, unchanged and rejected.
        public var accounts: IngestCounts
        /// What the analysis did.
        public var analysis: AnalysisReport

        /// The patterns that alert.
        public var alerts: [PatternRecord] { analysis.patterns?.alerts ?? [] }
    }

    /// The workspace.
    public var workspace: Workspace

    /// A run over `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Runs every stage.
    /// - Throws: `PipelineError.locked` when another run holds the workspace; `.config` when the
    ///   config names no sources.
    public func run(progress: @escaping (String) -> Void = { _ in }) throws -> Outcome {
        let config = try workspace.config()
        guard !config.sources.isEmpty else {
            throw PipelineError.config(file: workspace.configURL.path,
                                       reason: "no [[source]] sections: `verbatim run` reads the configured sources (see `verbatim init`)")
        }
        let settings = try AnalysisSettings(config: config.themes, file: workspace.configURL.path)
        let lock = try WorkspaceLock(workspace: workspace)
        defer { withExtendedLifetime(lock) {} }
        let store = try workspace.store(create: true)
        let ingest = try ConfiguredIngest(workspace: workspace, config: config, store: store).run(command: "run", progress: progress)
        progress("analyze: themes and patterns")
        let analysis = try AnalyzeJob.analyse(store: store, config: config, file: workspace.configURL.path, settings: settings,
                                              recluster: false, command: "run analyze", progress: { progress("analyze: \($0)") })
        return Outcome(files: ingest.files, counts: ingest.counts, accounts: ingest.accounts, analysis: analysis)
    }
}
