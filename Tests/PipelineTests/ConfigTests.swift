import Foundation
import Testing
@testable import Pipeline

@Suite("Workspace configuration")
struct ConfigTests {
    @Test("Sources, accounts and theme settings are read from verbatim.toml")
    func reads() throws {
        let config = try Config(text: """
            [[source]]
            name = "tickets"
            path = "tickets.csv"
            kind = "ticket"
            preset = "zendesk"
            [source.map]
            account = "Organization"

            [[source]]
            name = "surveys"
            path = "surveys.xml"
            record = "response"
            score_type = "nps"

            [accounts]
            paths = ["accounts.csv", "subs.csv"]

            [themes]
            k = 40
            seed = 7
            """, file: "verbatim.toml")
        #expect(config.sources.map(\.name) == ["tickets", "surveys"])
        #expect(config.sources[0].map == ["account": "Organization"])
        #expect(config.sources[1].record == "response")
        #expect(config.sources[1].scoreType == "nps")
        #expect(config.accounts?.allPaths == ["accounts.csv", "subs.csv"])
        #expect(config.themes?.k == "40")
        #expect(config.themes?.seed == 7)
    }

    @Test("A TOML syntax error names the file and line")
    func syntaxError() {
        #expect(throws: PipelineError.self) { try Config(text: "[[source]]\nname = \"x\n", file: "verbatim.toml") }
        do {
            _ = try Config(text: "[themes]\nk = \"auto\"\n\n[[source]]\nname = \n", file: "/w/verbatim.toml")
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).hasPrefix("/w/verbatim.toml: line 5"))
        }
    }

    @Test("A table header with no name is an error with its line, not a crash in the TOML parser")
    func unnamedHeader() {
        // Found by fuzzing: toml++ (inside TOMLKit) aborted the process with a failed assertion.
        for (text, line) in [("[[\nkind = \"", 1), ("k = 1\n[\n", 2), ("[themes]\n[[ # x\nk = 1\n", 2), ("[ \r\n", 1), ("[[,\"\n", 1), ("[.x]\n", 1)] {
            do {
                _ = try Config(text: text, file: "verbatim.toml")
                Issue.record("expected an error for \(text.debugDescription)")
            } catch {
                #expect(String(describing: error).contains("line \(line): a table header needs a name"))
            }
        }
        let multiline = "[[source]]\nname = \"a\"\npath = \"a.csv\"\n[source.map]\ntext = \"\"\"\n[\n\"\"\"\n"
        #expect(throws: Never.self) { try Config(text: multiline, file: "verbatim.toml") }
        #expect(throws: Never.self) { try Config(text: "[ themes ]\nk = 3\n[[\tsource]]\nname = \"x\"\npath = \"p\"\n", file: "v.toml") }
        #expect(throws: Never.self) { try Config(text: "[\"themes\"]\nk = 3\n", file: "v.toml") }
    }

    @Test("A date-time cut off after its T is an error with its line, not a crash in the TOML parser")
    func truncatedDateTime() throws {
        // Found by fuzzing (corpora/fuzz/configLoader/regressions): toml++ aborted the process.
        let crash = TestPaths.packageRoot.appendingPathComponent("corpora/fuzz/configLoader/regressions/datetime-T-then-non-digit.toml")
        for (text, line) in [(try String(contentsOf: crash, encoding: .isoLatin1), 1), ("[themes]\nk = 3\nd = 1979-05-27Tx\n", 3),
                             ("d = 1979-05-27t", 1), ("a = [1979-05-27T]\n", 1)] {
            do {
                _ = try Config(text: text, file: "verbatim.toml")
                Issue.record("expected an error for \(text.debugDescription)")
            } catch {
                #expect(String(describing: error).contains("line \(line): a date-time needs a time after its 'T'"))
            }
        }
        // Read from a file that is not UTF-8, the line of the first bad byte is named.
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent("verbatim.toml")
        try Data("[themes]\nk = 3 # caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: url)
        let error = #expect(throws: PipelineError.self) { try Config(contentsOf: url) }
        #expect(error.map(String.init(describing:))?.hasSuffix("line 2: the file is not valid UTF-8; save it as UTF-8") == true)
        // Strings, comments and whole date-times are not touched.
        #expect(throws: Never.self) {
            try Config(text: "[[source]]\nname = \"a\"\npath = \"x/2024-05-01T.csv\" # 2024-05-01T\n", file: "v.toml")
        }
        // A whole date-time passes this check (and is then an unknown key, which TOMLKit did parse).
        do {
            _ = try Config(text: "d = 1979-05-27T07:32:00Z\n", file: "v.toml")
            Issue.record("expected the unknown key to be an error")
        } catch {
            #expect(String(describing: error) == "v.toml: line 1: top level d: unknown key; "
                    + "known keys are source, accounts, themes, patterns, signals, limits, redaction, issue_types")
        }
    }

    @Test("Mistakes in sources are explained: missing path, duplicate name, unknown kind")
    func mistakes() {
        func message(_ text: String) -> String {
            do { _ = try Config(text: text, file: "c.toml"); return "" } catch { return String(describing: error) }
        }
        #expect(message("[[source]]\nname = \"a\"\n") == "c.toml: [[source]] 'a' path is missing")
        #expect(message("[[source]]\nname = \"a\"\npath = \"x\"\n[[source]]\nname = \"a\"\npath = \"y\"\n")
                == "c.toml: two [[source]] sections are named 'a'; names must be unique")
        #expect(message("[[source]]\nname = \"a\"\npath = \"x\"\nkind = \"email\"\n")
                == "c.toml: source 'a': kind 'email' is not one of ticket, chat, survey, review")
    }

    @Test("Globs in source paths expand to sorted files, and a path matching nothing is an error")
    func globs() throws {
        let dir = try TestPaths.temporaryDirectory()
        for name in ["b.csv", "a.csv", "c.json"] { try Data("id,text\n1,x\n".utf8).write(to: dir.appendingPathComponent("exports-\(name)")) }
        let workspace = Workspace(path: dir.path)
        let config = try Config(text: "[[source]]\nname = \"t\"\npath = \"exports-*.csv\"\n", file: "c")
        let plans = try SourcePlan.fromConfig(config, workspace: workspace)
        #expect(plans.map(\.url.lastPathComponent) == ["exports-a.csv", "exports-b.csv"])
        let none = try Config(text: "[[source]]\nname = \"t\"\npath = \"missing-*.csv\"\n", file: "c")
        #expect(throws: PipelineError.self) { try SourcePlan.fromConfig(none, workspace: workspace) }
    }

    @Test("A second writer on the same workspace is refused while the first holds the lock")
    func lock() throws {
        let workspace = Workspace(path: try TestPaths.temporaryDirectory().path)
        var first: WorkspaceLock? = try WorkspaceLock(workspace: workspace)
        // flock locks belong to the open file description, so a second open in this process conflicts.
        #expect(throws: PipelineError.self) { try WorkspaceLock(workspace: workspace) }
        first = nil
        _ = first
        #expect(throws: Never.self) { try WorkspaceLock(workspace: workspace) }
    }
}
