import Foundation
import Testing
@testable import Pipeline
import SampleCorpus
import Store

/// `verbatim run`: only changed files are read, a run with nothing new stops at once, every run
/// is one `runs` row, and a held workspace is refused naming the holder.
@Suite("Nightly run")
struct RunJobTests {
    /// A small sample workspace, not yet run.
    static func workspace() throws -> Workspace {
        let dir = try TestPaths.temporaryDirectory()
        _ = try SampleCorpus.write(to: dir, options: SampleOptions(items: 600, accounts: 40, seed: 7))
        return Workspace(path: dir.path)
    }

    @Test("a second run with nothing new reads no file, analyses nothing and says which analysis is current")
    func nothingNew() throws {
        let workspace = try Self.workspace()
        var events: [StageEvent] = []
        let first = try RunJob(workspace: workspace).run { events.append($0) }
        #expect(first.files.count == 3 && first.counts.added > 0 && first.analysis != nil)
        #expect(first.accounts?.added == 40)
        // Every stage started and finished, in order.
        #expect(events.filter { $0.phase == .finished }.map(\.stage) == RunJob.stages)
        #expect(events.filter { $0.phase == .started }.map(\.stage) == RunJob.stages)

        let second = try RunJob(workspace: workspace).run()
        #expect(second.nothingNew)
        #expect(second.files.isEmpty && second.skippedFiles.count == 3 && second.accounts == nil)
        #expect(second.currentAnalysisRun == first.runID)
        #expect(second.exitCode == 0)

        let runs = try workspace.store(create: false).runs(command: "run")
        #expect(runs.count == 2)
        let latest = try #require(runs.first), earlier = try #require(runs.last)
        #expect(latest.status == "ok" && latest.exitCode == 0 && latest.filesRead == 0 && latest.filesSkipped == 4)
        #expect(latest.stageSeconds["themes"] == nil)
        #expect(earlier.filesRead == 4 && earlier.counts.added == first.counts.added)
        #expect(earlier.stageCounts["themes"] == first.analysis?.themes)
        #expect(Set(earlier.stageSeconds.keys).isSuperset(of: ["ingest", "accounts", "themes", "patterns", "signals"]))
        #expect(earlier.stageSeconds["themes.clustering"] != nil, "the theme stage's steps are kept too")
        #expect(earlier.inputHashes.count == 4 && earlier.inputHashes == latest.inputHashes)
        #expect(earlier.configHash == (try workspace.config().hash) && earlier.version == Version.current)
    }

    @Test("a touched file with the same bytes is not read; a changed file is, alone, and the analysis runs again")
    func changedFiles() throws {
        let workspace = try Self.workspace()
        _ = try RunJob(workspace: workspace).run()
        let tickets = workspace.resolve("tickets.csv"), chats = workspace.resolve("chats.json")
        // Same bytes, new time: hashed, found unchanged.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: chats.path)
        let touched = try RunJob(workspace: workspace).run()
        #expect(touched.nothingNew && touched.files.isEmpty)

        // One more ticket: only tickets.csv is read, one item is added, the analysis runs.
        let text = try String(contentsOf: tickets, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first)
        let columns = header.split(separator: ",").count
        var row = [String](repeating: "", count: columns)
        row[0] = "999999"; row[1] = "Export fails"; row[2] = "The CSV export fails with an error every time I try."
        try (text + row.joined(separator: ",") + "\n").write(to: tickets, atomically: true, encoding: .utf8)
        let changed = try RunJob(workspace: workspace).run()
        #expect(changed.files.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["tickets.csv"])
        #expect(changed.counts.added == 1 && changed.counts.unchanged > 0)
        #expect(changed.skippedFiles.count == 2)
        #expect(changed.analysis != nil && changed.analysis?.mode == .incremental)
    }

    @Test("a changed config analyses again without reading the files again")
    func changedConfig() throws {
        let workspace = try Self.workspace()
        _ = try RunJob(workspace: workspace).run()
        let config = try String(contentsOf: workspace.configURL, encoding: .utf8)
        try (config + "\n[signals]\nmin_support = 4\n").write(to: workspace.configURL, atomically: true, encoding: .utf8)
        let outcome = try RunJob(workspace: workspace).run()
        #expect(outcome.files.isEmpty && outcome.skippedFiles.count == 3)
        #expect(outcome.analysis != nil)
    }

    @Test("rejects under strict set exit status 3, and the status is recorded with the run")
    func exitPolicy() throws {
        let workspace = try Self.workspace()
        let tickets = workspace.resolve("tickets.csv")
        // A record that breaks off in an open quote is kept aside as a reject.
        let text = try String(contentsOf: tickets, encoding: .utf8)
        try (text + "999998,\"Broken export,\"The export").write(to: tickets, atomically: true, encoding: .utf8)
        let outcome = try RunJob(workspace: workspace, policy: .init(strict: true)).run()
        #expect(outcome.counts.rejected == 1)
        #expect(outcome.exitCode == 3)
        #expect(try workspace.store(create: false).runs(command: "run").first?.exitCode == 3)
        let lenient = try RunJob(workspace: workspace, policy: .init(failOnAlert: true)).run()
        #expect(lenient.nothingNew && lenient.exitCode == 0)
    }

    @Test("while another command holds the workspace, a run is refused naming the holder, and readers still read")
    func locked() throws {
        let workspace = try Self.workspace()
        _ = try RunJob(workspace: workspace).run()
        let lock = try WorkspaceLock(workspace: workspace, holder: "verbatim ingest (test)")
        defer { withExtendedLifetime(lock) {} }
        #expect {
            try RunJob(workspace: workspace).run()
        } throws: { error in
            guard case PipelineError.locked(_, let holder) = error else { return false }
            return holder?.contains("verbatim ingest (test)") == true && holder?.contains("pid \(getpid())") == true
        }
        let store = try Store.openExisting(path: workspace.storeURL.path, readOnly: true)
        #expect(try store.themeSummaries().themes.count > 0)
        // The refused run left no row behind.
        #expect(try store.runs(command: "run").count == 1)
    }
}
