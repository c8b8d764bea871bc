import Foundation
import Ingest
import Store

/// `verbatim run`, the nightly job: under the workspace lock, ingests the configured sources and
/// accounts that changed since they were last read, analyses (themes, patterns, signals) when
/// anything changed, and records the whole run as one `runs` row: start, end, seconds and counts
/// per stage, the config hash, each input file's content hash, the version and the exit status.
///
/// A run that finds nothing new (every file as last read, no other change to the store, the same
/// config and version as the last analysis) reads no file and analyses nothing: it says so and
/// ends, in well under a second whatever the size of the store.
public struct RunJob {
    /// What makes a completed run end with a non-zero status.
    public struct Policy: Sendable {
        /// `--strict`: exit 3 when any record was rejected.
        public var strict = false
        /// `--fail-on-alert`: exit 4 when an alert fired.
        public var failOnAlert = false

        /// A policy.
        public init(strict: Bool = false, failOnAlert: Bool = false) {
            self.strict = strict
            self.failOnAlert = failOnAlert
        }
    }

    /// What one run did.
    public struct Outcome: Sendable {
        /// Its row in the `runs` table.
        public var runID: Int64
        /// One report per item file read.
        public var files: [FileReport]
        /// Item files left alone because they had not changed.
        public var skippedFiles: [String]
        /// Items added, updated, unchanged and rejected.
        public var counts: IngestCounts
        /// Accounts added, updated, unchanged and rejected; nil when the accounts files had not changed.
        public var accounts: IngestCounts?
        /// What the analysis did; nil when there was nothing new to analyse.
        public var analysis: AnalysisReport?
        /// The run whose analysis is still current when this one found nothing new.
        public var currentAnalysisRun: Int64?
        /// Seconds per stage (`ingest`, `accounts`, `themes`, `patterns`, `signals`).
        public var stageSeconds: [String: Double]
        /// The exit status the policy gives: 0, 3 (rejects under strict) or 4 (alert under fail-on-alert).
        public var exitCode: Int32

        /// The patterns that alert.
        public var alerts: [PatternRecord] { analysis?.patterns?.alerts ?? [] }
        /// Whether the run found nothing new and so analysed nothing.
        public var nothingNew: Bool { analysis == nil }
    }

    /// The stages, in order, for progress.
    public static let stages = ["ingest", "accounts", "themes", "patterns", "signals"]

    /// The workspace.
    public var workspace: Workspace
    /// The exit policy.
    public var policy: Policy
    /// `--keep-pii`: store personal data as written, whatever `[redaction]` says.
    public var keepPII: Bool

    /// A run over `workspace`.
    public init(workspace: Workspace, policy: Policy = Policy(), keepPII: Bool = false) {
        self.workspace = workspace
        self.policy = policy
        self.keepPII = keepPII
    }

    /// Runs every stage; `events` hears each stage start, move on and finish.
    /// - Throws: `PipelineError.locked` (naming the holder) when another command holds the workspace;
    ///   `.config` when the config names no sources; any stage's error, after the run's row is marked failed.
    public func run(events: @escaping (StageEvent) -> Void = { _ in }) throws -> Outcome {
        let config = try workspace.config()
        guard !config.sources.isEmpty else {
            throw PipelineError.config(file: workspace.configURL.path,
                                       reason: "no [[source]] sections: `verbatim run` reads the configured sources (see `verbatim init`)")
        }
        let settings = try AnalysisSettings(config: config.themes, file: workspace.configURL.path)
        let redactor = try config.redactor(file: workspace.configURL.path, keepPII: keepPII)
        let lock = try WorkspaceLock(workspace: workspace, holder: "verbatim run")
        defer { withExtendedLifetime(lock) {} }
        let store = try workspace.store(create: true)
        let runID = try store.beginRun(command: "run", version: Version.current, configHash: config.hash)
        var finish = RunFinish(ok: false)
        finish.exitCode = 1
        do {
            let outcome = try stages(store: store, config: config, settings: settings, redactor: redactor, runID: runID,
                                     finish: &finish, events: events)
            try store.finishRun(id: runID, finish)
            return outcome
        } catch {
            try? store.finishRun(id: runID, finish)
            throw error
        }
    }

    private func stages(store: Store, config: Config, settings: AnalysisSettings, redactor: PIIRedactor?, runID: Int64,
                        finish: inout RunFinish, events: @escaping (StageEvent) -> Void) throws -> Outcome {
        let of = Self.stages.count
        let ingest = try ConfiguredIngest(workspace: workspace, config: config, store: store, redactor: redactor)
        events(StageEvent(stage: "ingest", index: 1, of: of, phase: .started, note: "reading the configured sources"))
        var read = try ingest.ingestItems(runID: runID, stage: (1, of), events: events)
        finish.counts = read.counts
        finish.stageSeconds["ingest"] = read.itemSeconds
        finish.filesRead = read.files.count
        finish.filesSkipped = read.skipped.count
        finish.stageCounts.merge(["files_read": read.files.count, "files_skipped": read.skipped.count,
                                  "items_added": read.counts.added, "items_updated": read.counts.updated,
                                  "items_unchanged": read.counts.unchanged, "items_rejected": read.counts.rejected]) { $1 }
        let redacted = redactor == nil ? [] : read.redactions.ordered.map { StageEvent.Count("redacted_" + $0.name, $0.count) }
        for count in redacted { finish.stageCounts[count.name] = count.value }
        events(StageEvent(stage: "ingest", index: 1, of: of, phase: .finished,
                          note: redactor == nil ? "personal data kept (not redacted)" : "", seconds: read.itemSeconds, counts: [
            .init("files_read", read.files.count), .init("files_skipped", read.skipped.count), .init("items_added", read.counts.added),
            .init("items_updated", read.counts.updated), .init("items_rejected", read.counts.rejected),
        ] + redacted))

        events(StageEvent(stage: "accounts", index: 2, of: of, phase: .started, note: "reading the accounts"))
        try ingest.ingestAccounts(into: &read, runID: runID)
        finish.stageSeconds["accounts"] = read.accountSeconds
        finish.inputHashes = read.inputHashes
        finish.filesRead += read.accountFilesRead
        finish.filesSkipped += read.accountFilesSkipped
        let accounts = read.accounts ?? IngestCounts()
        finish.stageCounts.merge(["accounts_added": accounts.added, "accounts_updated": accounts.updated,
                                  "accounts_rejected": accounts.rejected]) { $1 }
        events(StageEvent(stage: "accounts", index: 2, of: of, phase: .finished,
                          note: config.accounts == nil ? "no [accounts] configured" : read.accounts == nil ? "unchanged" : "",
                          seconds: read.accountSeconds, counts: [
            .init("files_read", read.accountFilesRead), .init("files_skipped", read.accountFilesSkipped),
            .init("accounts_added", accounts.added), .init("accounts_updated", accounts.updated),
            .init("accounts_rejected", accounts.rejected),
        ]))

        var outcome = Outcome(runID: runID, files: read.files, skippedFiles: read.skipped, counts: read.counts, accounts: read.accounts,
                              analysis: nil, currentAnalysisRun: nil, stageSeconds: finish.stageSeconds, exitCode: 0)
        let analysed = try store.analysedState()
        if let analysed, analysed.dataVersion == (try store.dataVersion()), analysed.configHash == config.hash,
           analysed.programVersion == Version.current {
            // Nothing new: the stored themes, patterns and signals are those of this data.
            outcome.currentAnalysisRun = analysed.runID
            for (index, stage) in Self.stages.enumerated().dropFirst(2) {
                events(StageEvent(stage: stage, index: index + 1, of: of, phase: .finished, note: "nothing new: skipped", seconds: 0))
            }
        } else {
            let report = try AnalyzeJob.analyse(store: store, config: config, file: workspace.configURL.path, settings: settings,
                                                recluster: false, runID: runID, stages: (3, of), events: events)
            outcome.analysis = report
            let themeSteps = report.stageSeconds.filter { !["patterns", "signals"].contains($0.key) && !$0.key.hasPrefix("patterns.") }
            finish.stageSeconds["themes"] = themeSteps.values.reduce(0, +)
            // The theme and pattern stages' steps too (`themes.text analysis`, `patterns.detecting`, …), for benchmarks.
            for (step, seconds) in themeSteps { finish.stageSeconds["themes." + step] = seconds }
            for (step, seconds) in report.stageSeconds where step.hasPrefix("patterns.") { finish.stageSeconds[step] = seconds }
            finish.stageSeconds["patterns"] = report.stageSeconds["patterns"]
            finish.stageSeconds["signals"] = report.stageSeconds["signals"]
            finish.stageCounts.merge(["themes": report.themes, "unthemed": report.unthemed,
                                      "alerts": report.patterns?.alerts.count ?? 0]) { $1 }
        }
        outcome.stageSeconds = finish.stageSeconds
        if policy.strict && read.counts.rejected + accounts.rejected > 0 {
            outcome.exitCode = 3
        } else if policy.failOnAlert && !outcome.alerts.isEmpty {
            outcome.exitCode = 4
        }
        finish.ok = true
        finish.exitCode = outcome.exitCode
        return outcome
    }
}
