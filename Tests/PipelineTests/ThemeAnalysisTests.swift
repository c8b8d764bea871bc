import Foundation
import Testing
import SampleCorpus
import Store
import VerbatimCore
@testable import Pipeline

/// A demo-corpus workspace: written, ingested, with the planted truth read back.
struct DemoWorkspace: Sendable {
    let workspace: Workspace
    let store: Store

    /// Writes the default sample corpus into a fresh folder and ingests the sources `only` names
    /// (all when nil).
    static func make(only: Set<String>? = nil, config: String? = nil) throws -> DemoWorkspace {
        let dir = try TestPaths.temporaryDirectory()
        _ = try SampleCorpus.write(to: dir, options: SampleOptions())
        let workspace = Workspace(path: dir.path)
        if let config {
            let base = try String(contentsOf: workspace.configURL, encoding: .utf8)
            let withoutThemes = base.components(separatedBy: "[themes]").first ?? base
            try (withoutThemes + config).write(to: workspace.configURL, atomically: true, encoding: .utf8)
        }
        let store = try workspace.store(create: true)
        let demo = DemoWorkspace(workspace: workspace, store: store)
        try demo.ingest(only: only)
        return demo
    }

    func ingest(only: Set<String>?) throws {
        for plan in try SourcePlan.fromConfig(try workspace.config(), workspace: workspace)
        where only?.contains(plan.options.source) ?? true {
            _ = try Ingester(store: store).ingest(plan.url, format: plan.format, record: plan.record, options: plan.options, runID: nil)
        }
    }

    func analyse(k: String? = nil, recluster: Bool = false) throws -> AnalysisReport {
        try AnalyzeJob(workspace: workspace, k: k, recluster: recluster).run()
    }

    /// `truth/items.csv`: planted theme slug by (source, external id); noise has "".
    func truth() throws -> [String: String] { try Self.truth(in: workspace.directory) }

    /// `truth/items.csv` of the corpus written into `directory`.
    static func truth(in directory: URL) throws -> [String: String] {
        let text = try String(contentsOf: directory.appendingPathComponent("truth/items.csv"), encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3 { out[parts[0] + "/" + parts[1]] = parts[2] }
        }
        return out
    }

    /// Planted theme names by slug, from `truth/themes.json`.
    func plantedNames() throws -> [String: String] {
        let data = try Data(contentsOf: workspace.directory.appendingPathComponent("truth/themes.json"))
        let themes = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: themes.compactMap { t in
            (t["slug"] as? String).flatMap { slug in (t["name"] as? String).map { (slug, $0) } }
        })
    }

    /// The `assignments` table as (source/external id → theme id).
    func assignments() throws -> [String: String] { try Self.assignments(in: store) }

    /// Theme id ("" when unthemed) by `source/external_id`.
    static func assignments(in store: Store) throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try store.assignmentRows() { out[row[1] + "/" + row[2]] = row[6] }
        return out
    }
}

@Suite("Finding themes in the demo corpus")
struct ThemeAnalysisTests {
    @Test("Every planted theme is found: one theme holds at least 80% of its items and its label names it")
    func plantedThemes() throws {
        let analysed = try AnalysedDemo.get()
        let (demo, report) = (analysed.demo, analysed.report)
        #expect(report.mode == .full)
        let truth = try demo.truth()
        let names = try demo.plantedNames()
        let assigned = try demo.assignments()
        let labels = Dictionary(uniqueKeysWithValues: try demo.store.themeRecords().map { ($0.id, $0.label.lowercased()) })
        #expect(names.count >= 12)
        for (slug, name) in names.sorted(by: { $0.key < $1.key }) {
            let members = truth.filter { $0.value == slug }.map(\.key)
            var counts: [String: Int] = [:]
            for m in members { counts[assigned[m] ?? "", default: 0] += 1 }
            let best = counts.filter { !$0.key.isEmpty }.max { ($0.value, $1.key) < ($1.value, $0.key) }
            let share = Double(best?.value ?? 0) / Double(max(members.count, 1))
            #expect(share >= 0.8, "\(slug): best theme \(best?.key ?? "none") holds \(Int(share * 100))% of \(members.count)")
            let label = labels[best?.key ?? ""] ?? ""
            let words = name.lowercased().split(separator: " ").map(String.init)
            #expect(words.contains { label.contains($0.prefix(5)) }, "\(slug): label “\(label)” names none of \(words)")
        }
        #expect(report.unthemedShare < 0.2, "unthemed \(report.unthemedShare)")
    }

    @Test("The same data, settings and seed give byte-identical themes and assignments exports")
    func deterministic() throws {
        var exports: [[String]] = []
        for _ in 0 ..< 2 {
            let demo = try DemoWorkspace.make(only: ["tickets"])
            _ = try demo.analyse(k: "20")
            let out = try TestPaths.temporaryDirectory()
            try Exporter(store: demo.store).export(tables: ["themes", "assignments"], format: .csv, to: out)
            exports.append(try ["themes.csv", "assignments.csv"].map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) })
        }
        #expect(exports[0][0] == exports[1][0])
        #expect(exports[0][1] == exports[1][1])
        #expect(exports[0][1].split(separator: "\n").count == 2_751)
    }

    @Test("Re-clustering the same items keeps every theme id; new items join the stored themes without re-clustering")
    func stableIDsAndIncremental() throws {
        // Growth alone (1,250 chats on 2,750 tickets) must not re-cluster here.
        let demo = try DemoWorkspace.make(only: ["tickets"], config: "[themes]\nk = \"auto\"\nseed = 42\nrecluster_growth = 1\n")
        let first = try demo.analyse(k: "20")
        let before = try demo.assignments()
        let again = try demo.analyse(k: "20", recluster: true)
        #expect(again.mode == .full)
        #expect(try demo.assignments() == before)
        #expect(!again.events.contains { $0.kind == .new || $0.kind == .retired })
        #expect(try demo.analyse(k: "20").mode == .unchanged)

        try demo.ingest(only: ["chats"])
        let extended = try demo.analyse(k: "20")
        #expect(extended.mode == .incremental)
        #expect(extended.analysedItems == 1_250)
        let after = try demo.assignments()
        #expect(before.allSatisfy { after[$0.key] == $0.value })
        #expect(after.count == before.count + 1_250)
        #expect(Set(after.values).subtracting([""]).isSubset(of: Set(before.values)))
        #expect(extended.events.allSatisfy { $0.kind == .grown })
        #expect(first.themes == extended.themes)
    }

    @Test("Config edits apply on every run: rename, block, merge and pin survive re-clustering")
    func edits() throws {
        let demo = try DemoWorkspace.make(only: ["tickets"], config: "[themes]\nk = 20\nseed = 42\n")
        _ = try demo.analyse()
        let themes = try demo.store.themeRecords(includeRetired: false).filter { $0.level == 0 }
        let (a, b) = (themes[0].id, themes[1].id)
        let blocked = themes[2].topTerms[0]
        let config = """
            [themes]
            k = 20
            seed = 42
            block = ["\(blocked)"]
            merge = [["\(a)", "\(b)"]]
            [themes.rename]
            \(a) = "Renamed by a person"
            [[themes.pin]]
            name = "Webhooks"
            terms = ["webhook", "endpoint", "payload"]

            """
        let base = try String(contentsOf: demo.workspace.configURL, encoding: .utf8)
        try ((base.components(separatedBy: "[themes]").first ?? base) + config).write(to: demo.workspace.configURL, atomically: true, encoding: .utf8)
        let report = try demo.analyse()
        #expect(report.mode == .full, "changed settings re-cluster")
        let after = try demo.store.themeRecords(includeRetired: false).filter { $0.level == 0 }
        #expect(after.first { $0.id == a }?.label == "Renamed by a person")
        #expect(!after.contains { $0.id == b }, "\(b) merged into \(a)")
        func mentions(_ term: String) -> Bool { " \(term) ".contains(" \(blocked) ") }
        let offending = after.filter { $0.topTerms.contains(where: mentions) || $0.autoLabel.components(separatedBy: " · ").contains(where: mentions) }
        #expect(offending.isEmpty, "blocked “\(blocked)” still in \(offending.map { "\($0.id): \($0.autoLabel) / \($0.topTerms)" })")
        let pinned = try #require(after.first { $0.pinned })
        #expect(pinned.label == "Webhooks")
        #expect(report.events.contains { $0.kind == .renamed && $0.themeID == a })
        _ = try demo.analyse(recluster: true)
        let again = try demo.store.themeRecords(includeRetired: false).filter { $0.level == 0 }
        #expect(again.first { $0.id == a }?.label == "Renamed by a person")
        #expect(again.first { $0.pinned }?.id == pinned.id)
    }

    @Test("Growth past recluster_growth re-clusters, and the themes that stay keep their ids")
    func reclusterOnGrowth() throws {
        let demo = try DemoWorkspace.make(only: ["tickets"], config: "[themes]\nk = 16\nseed = 42\n")
        _ = try demo.analyse()
        let before = try demo.assignments()
        try demo.ingest(only: ["chats"])
        let next = try demo.analyse()
        #expect(next.mode == .full)
        #expect(next.reason.contains("grew by 45%") && next.reason.contains("2750"), "\(next.reason)")
        let after = try demo.assignments()
        // Most tickets keep the id they had: the registry matched the new centroids to the old.
        let kept = before.filter { !$0.value.isEmpty && after[$0.key] == $0.value }.count
        #expect(Double(kept) >= 0.8 * Double(before.values.filter { !$0.isEmpty }.count), "\(kept) of \(before.count) kept their theme id")
        // The next analysis with nothing new is unchanged: growth counts from the new clustering.
        #expect(try demo.analyse().mode == .unchanged)
    }

    @Test("New items that would leave too much unthemed make the next analysis re-cluster")
    func reclusterOnUnthemedShare() throws {
        let demo = try DemoWorkspace.make(only: ["tickets"], config: "[themes]\nk = 12\nrecluster_unthemed_share = 0.0\nrecluster_growth = 1\n")
        let first = try demo.analyse()
        #expect(first.mode == .full)
        try demo.ingest(only: ["surveys"])
        let next = try demo.analyse()
        #expect(next.mode == .full)
        #expect(next.reason.contains("unthemed"), "\(next.reason)")
        #expect(next.unthemed > 0, "some survey answers fit no ticket theme, which is what triggers this")
        #expect(next.analysedItems == (try demo.store.analysisItems().count))
    }

    @Test("An empty store is a clear error, not an empty theme table")
    func emptyStore() throws {
        let dir = try TestPaths.temporaryDirectory()
        let workspace = Workspace(path: dir.path)
        try workspace.initialise()
        #expect(throws: PipelineError.self) { try AnalyzeJob(workspace: workspace).run() }
    }
}
