import Foundation
import Store

/// Ingests every `[[source]]` of a workspace's config and its `[accounts]` files, as one run of
/// `command`; the caller holds the workspace lock.
struct ConfiguredIngest {
    /// What the ingest did.
    struct Outcome {
        /// One report per file.
        var files: [FileReport]
        /// Items added, updated, unchanged and rejected over every file.
        var counts: IngestCounts
        /// Accounts added, updated, unchanged and rejected.
        var accounts: IngestCounts
    }

    let workspace: Workspace
    let config: Config
    let store: Store

    /// Reads every configured file; ingest leaves records it has seen unchanged alone.
    func run(command: String, progress: (String) -> Void) throws -> Outcome {
        let runID = try store.beginRun(command: command, version: Version.current, configHash: config.hash)
        do {
            var reports: [FileReport] = []
            var inputs: [String: String] = [:]
            var total = IngestCounts()
            for plan in try SourcePlan.fromConfig(config, workspace: workspace) {
                progress("ingest: \(plan.url.lastPathComponent)")
                inputs[plan.url.path] = FileFingerprint.of(plan.url)
                let report = try Ingester(store: store).ingest(plan.url, format: plan.format, record: plan.record,
                                                               options: plan.options, runID: runID)
                total += report.counts
                reports.append(report)
            }
            var accountCounts = IngestCounts()
            if let accounts = config.accounts {
                progress("accounts: \(accounts.allPaths.joined(separator: ", "))")
                accountCounts = try AccountImporter(mapping: accounts.map ?? [:])
                    .importAccounts(accounts.allPaths.map(workspace.resolve), into: store, runID: runID).counts
            }
            try store.finishRun(id: runID, ok: true, counts: total, stageSeconds: ["ingest": reports.reduce(0) { $0 + $1.seconds }],
                                inputHashes: inputs)
            return Outcome(files: reports, counts: total, accounts: accountCounts)
        } catch {
            try? store.finishRun(id: runID, ok: false, counts: IngestCounts(), stageSeconds: [:], inputHashes: [:])
            throw error
        }
    }
}
