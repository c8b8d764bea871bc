import Foundation
import Ingest
import Store
import VerbatimCore

/// Ingests the `[[source]]` files of a workspace's config and its `[accounts]` files as part of
/// run `runID`, reading only files that changed since they were last read (see
/// ``FileFingerprint``); the caller holds the workspace lock.
struct ConfiguredIngest {
    /// What the ingest did.
    struct Outcome {
        /// One report per file read.
        var files: [FileReport] = []
        /// Files left alone because they had not changed since they were last read.
        var skipped: [String] = []
        /// Items added, updated, unchanged and rejected over every file read.
        var counts = IngestCounts()
        /// Accounts added, updated, unchanged and rejected; nil when the accounts files had not changed
        /// (or none are configured).
        var accounts: IngestCounts?
        /// Account files read, and left alone.
        var accountFilesRead = 0, accountFilesSkipped = 0
        /// The content hash of every configured file, by path.
        var inputHashes: [String: String] = [:]
        /// Seconds spent reading items, and accounts.
        var itemSeconds = 0.0, accountSeconds = 0.0
        /// Personal data replaced in the item files read, per type.
        var redactions = RedactionCounts()
    }

    let workspace: Workspace
    let config: Config
    let store: Store
    /// Every input file as last read, loaded once.
    let stored: [String: InputFileRecord]
    /// The redaction applied to items and accounts; nil keeps personal data.
    let redactor: PIIRedactor?

    init(workspace: Workspace, config: Config, store: Store, redactor: PIIRedactor?) throws {
        self.workspace = workspace
        self.config = config
        self.store = store
        self.redactor = redactor
        stored = try store.inputFiles()
    }

    /// `settings` with the redaction's: a file is read again (and its rows replaced) when the
    /// redaction changes, and once after an upgrade from a store written before redaction.
    func withRedaction(_ settings: String) -> String {
        ContentHash.hex(of: [settings, RedactionOptions.settingsKey(redactor?.options)])
    }

    /// The configured item files, globs expanded.
    /// - Throws: `PipelineError.config` when they are more than `[limits] max_files_per_run`: an
    ///   error before anything is read, rather than a run that silently reads only some.
    func plans() throws -> [(plan: SourcePlan, settingsHash: String)] {
        let hashes = Dictionary(config.sources.map { ($0.name, withRedaction($0.settingsHash)) }, uniquingKeysWith: { first, _ in first })
        let plans = try SourcePlan.fromConfig(config, workspace: workspace)
        let file = workspace.configURL.path
        let most = try (config.limits ?? Config.Limits()).filesPerRun(file: file)
        if plans.count > most {
            let counts = Dictionary(grouping: plans, by: \.options.source).map { "\($0.key): \($0.value.count)" }.sorted()
            throw PipelineError.config(file: file, reason: "the [[source]] paths match \(ByteCount.grouped(plans.count)) files, "
                + "over the limit of \(ByteCount.grouped(most)) files per run ([limits] max_files_per_run); nothing was read. "
                + "Files per source: \(counts.joined(separator: ", ")). Narrow the globs or raise the limit")
        }
        return plans.map { ($0, hashes[$0.options.source] ?? "") }
    }

    /// Reads the item files that changed; `events` gets a `progress` event per file.
    func ingestItems(runID: Int64, stage: (index: Int, of: Int), events: (StageEvent) -> Void) throws -> Outcome {
        var outcome = Outcome()
        let plans = try plans()
        let limits = try (config.limits ?? Config.Limits()).recordLimits(file: workspace.configURL.path)
        let started = Date()
        for (n, entry) in plans.enumerated() {
            let url = entry.plan.url
            events(StageEvent(stage: "ingest", index: stage.index, of: stage.of, phase: .progress, note: url.lastPathComponent,
                              done: n, total: plans.count))
            let (record, changed) = try FileFingerprint.check(url, role: .items, settingsHash: entry.settingsHash, against: stored[url.path])
            outcome.inputHashes[url.path] = record.contentHash
            guard changed else {
                outcome.skipped.append(url.path)
                // A touched file with the same bytes: remember its new status so it is not hashed again.
                if stored[url.path] != record { try store.recordInputFile(record, runID: runID) }
                continue
            }
            let report: FileReport
            do {
                report = try Ingester(store: store, redactor: redactor).ingest(url, format: entry.plan.format, record: entry.plan.record,
                                                           options: entry.plan.options, limits: limits, runID: runID)
            } catch IngestError.missingColumn(let field, let column, let reason) {
                // A [source.map] column the file does not have: name the config, the source and the key.
                throw PipelineError.config(file: workspace.configURL.path,
                                           reason: "[[source]] '\(entry.plan.options.source)' map \(field) = \"\(column)\": \(reason)")
            }
            try store.recordInputFile(record, runID: runID)
            outcome.counts += report.counts
            outcome.redactions += report.redactions
            outcome.files.append(report)
        }
        outcome.itemSeconds = Date().timeIntervalSince(started)
        return outcome
    }

    /// Reads the accounts files when any of them changed, into `outcome`.
    func ingestAccounts(into outcome: inout Outcome, runID: Int64) throws {
        guard let accounts = config.accounts else { return }
        let started = Date()
        let urls = accounts.allPaths.map(workspace.resolve)
        var records: [InputFileRecord] = []
        var anyChanged = false
        for url in urls {
            let (record, changed) = try FileFingerprint.check(url, role: .accounts, settingsHash: withRedaction(accounts.settingsHash), against: stored[url.path])
            records.append(record)
            outcome.inputHashes[url.path] = record.contentHash
            anyChanged = anyChanged || changed
        }
        if anyChanged {
            outcome.accounts = try AccountImporter(mapping: accounts.map ?? [:], redactor: redactor).importAccounts(urls, into: store, runID: runID).counts
            outcome.accountFilesRead = urls.count
        } else {
            outcome.accountFilesSkipped = urls.count
        }
        for (record, url) in zip(records, urls) where stored[url.path] != record {
            try store.recordInputFile(record, runID: runID)
        }
        outcome.accountSeconds = Date().timeIntervalSince(started)
    }
}
