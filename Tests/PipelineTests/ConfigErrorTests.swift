import Foundation
import Testing
@testable import Pipeline
import Ingest
import Store

@Suite("Config errors and limits")
struct ConfigErrorTests {
    func message(_ text: String) -> String {
        do { _ = try Config(text: text, file: "c.toml"); return "" } catch { return String(describing: error) }
    }

    @Test("An unknown key is an error naming the key, its section, its line and the nearest known key")
    func unknownKeys() {
        #expect(message("[themes]\nk = 4\nseeds = 4\n") == "c.toml: line 3: [themes] seeds: unknown key; did you mean 'seed'?")
        #expect(message("[themes]\nrecluster_growht = 0.2\n")
                == "c.toml: line 2: [themes] recluster_growht: unknown key; did you mean 'recluster_growth'?")
        #expect(message("sources = 1\n") == "c.toml: line 1: top level sources: unknown key; did you mean 'source'?")
        #expect(message("[limts]\nmax_field_bytes = 3\n") == "c.toml: line 1: top level limts: unknown key; did you mean 'limits'?")
        #expect(message("[[source]]\nname = \"t\"\npath = \"t.csv\"\n[source.map]\nacount = \"Org\"\n")
                == "c.toml: line 5: [[source]] 't' map acount: unknown field; did you mean 'account'?")
        #expect(message("[issue_types]\n[[issue_types.type]]\nname = \"x\"\nkeyword = [\"a\"]\n")
                == "c.toml: line 4: [issue_types] type 'x' keyword: unknown key; did you mean 'keywords'?")
        #expect(message("[patterns]\nzebra = 1\n")
                == "c.toml: line 2: [patterns] zebra: unknown key; known keys are recurring_count, recurring_days, repeat_days, "
                + "spike_weeks, spike_z, spike_min_count, emerging_min_items")
        #expect(message("[accounts]\npath = \"a.csv\"\n[accounts.map]\nmrr_strat = \"x\"\n")
                == "c.toml: line 4: [accounts] map mrr_strat: unknown field; did you mean 'mrr_start'?")
    }

    @Test("Names the user chooses are not checked: theme renames, pinned themes' names")
    func openTables() throws {
        let config = try Config(text: "[themes]\n[themes.rename]\nT3 = \"Login\"\n[[themes.pin]]\nname = \"Export\"\nterms = [\"csv\"]\n",
                                file: "c.toml")
        #expect(config.themes?.rename == ["T3": "Login"])
        #expect(message("[[themes.pin]]\nname = \"Export\"\nterm = [\"csv\"]\n")
                == "c.toml: line 3: [themes] pin 'Export' term: unknown key; did you mean 'terms'?")
    }

    @Test("Every section struct's keys are known: a file setting each one reads")
    func everyKeyKnown() {
        #expect(ConfigSchema.root.keys.sorted() == Config.File.CodingKeys.allCases.map(\.rawValue).sorted())
        #expect(ConfigSchema.root.children["limits"]?.keys == ["max_field_bytes", "max_record_bytes", "max_json_depth",
                                                               "max_xml_depth", "max_files_per_run"])
        #expect(message("[limits]\nmax_field_bytes = 1024\nmax_record_bytes = 4096\nmax_json_depth = 64\nmax_xml_depth = 64\nmax_files_per_run = 3\n") == "")
    }

    @Test("Keys inside [redaction] and its patterns are checked too")
    func redactionKeys() {
        #expect(message("[redaction]\ndetector = [\"email\"]\n")
                == "c.toml: line 2: [redaction] detector: unknown key; did you mean 'detectors'?")
        #expect(message("[[redaction.pattern]]\nname = \"ref\"\nregexp = \"REF-[0-9]+\"\n")
                == "c.toml: line 3: [redaction] pattern 'ref' regexp: unknown key; did you mean 'regex'?")
        #expect(message("[redaction]\nenabled = true\n[[redaction.pattern]]\nname = \"ref\"\nregex = \"REF-[0-9]+\"\n") == "")
    }

    @Test("A value of the wrong type names the key, what it should be and what the file holds")
    func wrongTypes() {
        #expect(message("[themes]\nk = true\n") == "c.toml: line 2: [themes] k = true: should be a number or \"auto\"")
        #expect(message("[themes]\nseed = \"x\"\n") == "c.toml: line 2: [themes] seed = \"x\": should be a whole number")
        #expect(message("[patterns]\nspike_z = \"high\"\n") == "c.toml: line 2: [patterns] spike_z = \"high\": should be a number")
        #expect(message("[[source]]\nname = \"t\"\npath = 3\n") == "c.toml: line 3: [[source]] 't' path = 3: should be a string")
        #expect(message("[[source]]\nname = \"a\"\n") == "c.toml: [[source]] 'a' path is missing")
    }

    @Test("Limits are checked when the file is read")
    func limitValues() throws {
        #expect(message("[limits]\nmax_xml_depth = 300\n").hasPrefix(
            "c.toml: [limits] max_xml_depth = 300: must be between 1 and 256: libxml2 stops every document at 256 levels"))
        #expect(message("[limits]\nmax_field_bytes = 0\n")
                == "c.toml: [limits] max_field_bytes = 0: must be at least 1 byte; the default is 16,777,216 (16 MiB)")
        let limits = try Config(text: "[limits]\nmax_field_bytes = 1024\nmax_json_depth = 9\n", file: "c").limits
        let record = try limits?.recordLimits(file: "c")
        #expect(record == RecordLimits(maxFieldBytes: 1024, maxJSONDepth: 9))
    }

    /// A workspace holding `files` and a config of `toml`, with a store and a run.
    func workspace(_ toml: String, files: [String: String]) throws -> (ConfiguredIngest, Int64) {
        let dir = try TestPaths.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        try Data(toml.utf8).write(to: dir.appendingPathComponent("verbatim.toml"))
        let workspace = Workspace(path: dir.path)
        let store = try workspace.store(create: true)
        let runID = try store.beginRun(command: "run", version: "test", configHash: nil)
        return (try ConfiguredIngest(workspace: workspace, config: try workspace.config(), store: store, redactor: .standard), runID)
    }

    @Test("A mapped column the file does not have names the source, the key, the column, the file and the near miss")
    func mappedColumn() throws {
        let (ingest, runID) = try workspace("[[source]]\nname = \"tickets\"\npath = \"t.csv\"\n[source.map]\naccount = \"Organisation\"\n",
                                            files: ["t.csv": "id,Organization,text\n1,Acme,hello\n"])
        do {
            _ = try ingest.ingestItems(runID: runID, stage: (1, 1)) { _ in }
            Issue.record("expected an error")
        } catch {
            let config = ingest.workspace.configURL.path, csv = ingest.workspace.resolve("t.csv").path
            #expect(String(describing: error) == "\(config): [[source]] 'tickets' map account = \"Organisation\": "
                    + "no column 'Organisation' in \(csv); did you mean 'Organization'? columns are id, Organization, text")
        }
    }

    @Test("Too many files for one run is an error before anything is read")
    func filesPerRun() throws {
        let files = Dictionary(uniqueKeysWithValues: (1...3).map { ("e\($0).csv", "id,text\n\($0),hello\n") })
        let (ingest, runID) = try workspace("[limits]\nmax_files_per_run = 2\n[[source]]\nname = \"t\"\npath = \"e*.csv\"\n", files: files)
        #expect(throws: PipelineError.self) { try ingest.ingestItems(runID: runID, stage: (1, 1)) { _ in } }
        do { _ = try ingest.plans() } catch {
            #expect(String(describing: error).hasSuffix("the [[source]] paths match 3 files, over the limit of 2 files per run "
                + "([limits] max_files_per_run); nothing was read. Files per source: t: 3. Narrow the globs or raise the limit"))
        }
        #expect(try ingest.store.status().items == 0)
    }

    @Test("Configured limits reach the readers: an over-limit field is a reject and the other records are stored")
    func limitsReachReaders() throws {
        let big = String(repeating: "x", count: 3_000)
        let (ingest, runID) = try workspace("[limits]\nmax_field_bytes = 1024\n[[source]]\nname = \"t\"\npath = \"t.jsonl\"\n",
                                            files: ["t.jsonl": "{\"id\": 1, \"text\": \"hello\"}\n{\"id\": 2, \"text\": \"\(big)\"}\n{\"id\": 3, \"text\": \"bye\"}\n"])
        let outcome = try ingest.ingestItems(runID: runID, stage: (1, 1)) { _ in }
        #expect(outcome.counts.added == 2)
        #expect(outcome.counts.rejected == 1)
    }
}
