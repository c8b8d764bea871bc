import Foundation
import Testing

@Suite("The theme commands")
struct ThemeCommandTests {
    /// A demo workspace of 600 items, analysed by the demo itself.
    func demo() throws -> URL {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("demo")
        let r = try CLI.run(["demo", "--out", dir.path, "--items", "600", "--accounts", "40"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("themes over 5"), "the demo ends with the theme table")
        return dir
    }

    @Test("demo ends with the theme table; themes, theme and export read the analysed workspace")
    func lookUps() throws {
        let dir = try demo()
        let csv = try CLI.run(["themes", "-w", dir.path, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "theme_id,label,parent_id,items,share,accounts,top_terms,example,first_seen,last_seen,trend")
        let firstID = try #require(lines.dropFirst().first?.split(separator: ",").first.map(String.init))
        let limited = try CLI.run(["themes", "-w", dir.path, "--limit", "2", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [[String: String]])
        #expect(objects.count == 2 && objects[0]["theme_id"] == firstID)

        let one = try CLI.run(["theme", firstID, "-w", dir.path, "--quotes", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix(firstID + "  "))
        #expect(one.stdout.contains("Representative quotes:"))
        #expect(one.stdout.contains("Lineage:"))
        #expect(one.stdout.components(separatedBy: "“").count - 1 >= 2)

        let account = try CLI.run(["themes", "-w", dir.path, "--account", "ACC-00001", "--format", "csv"])
        #expect(account.status == 0, "\(account.stderr)")

        let out = try CLI.temporaryDirectory().appendingPathComponent("export")
        let export = try CLI.run(["export", "--out", out.path, "-w", dir.path, "--tables", "themes,assignments"])
        #expect(export.status == 0, "\(export.stderr)")
        let assignments = try String(contentsOf: out.appendingPathComponent("assignments.csv"), encoding: .utf8)
        let status = try #require(try JSONSerialization.jsonObject(with: Data(try CLI.run(["status", "--format", "json", "-w", dir.path]).stdout.utf8)) as? [String: Any])
        let withText = (status["items"] as? Int ?? 0) - (status["items_without_text"] as? Int ?? 0)
        #expect(assignments.split(separator: "\n").count == withText + 1, "one assignment per item with text, and the header")
        #expect(try String(contentsOf: out.appendingPathComponent("themes.csv"), encoding: .utf8).split(separator: "\n").count == lines.count)
        let json = try CLI.run(["export", "--out", out.appendingPathComponent("t.json").path, "--format", "json", "-w", dir.path])
        #expect(json.status == 0, "\(json.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("t.json"))) as? [String: Any])
        #expect(Set(parsed.keys) == ["themes", "assignments", "account_themes", "theme_signals", "accounts", "kpis", "patterns"])
    }

    @Test("analyze reports no change when nothing is new, and --recluster re-clusters")
    func analyzeAgain() throws {
        let dir = try demo()
        let again = try CLI.run(["analyze", "-w", dir.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("no new items since the last analysis"))
        let re = try CLI.run(["analyze", "-w", dir.path, "--recluster", "--k", "8"])
        #expect(re.status == 0, "\(re.stderr)")
        #expect(re.stdout.contains("k 8; --recluster"))
    }

    @Test("Usage mistakes exit 2 with a message naming the option")
    func usage() throws {
        let dir = try CLI.temporaryDirectory()
        let k = try CLI.run(["analyze", "--k", "1", "-w", dir.path])
        #expect(k.status == 2 && k.stderr.contains("--k 1"))
        let since = try CLI.run(["themes", "--since", "yesterday", "-w", dir.path])
        #expect(since.status == 2 && since.stderr.contains("--since yesterday"))
        let table = try CLI.run(["export", "--out", dir.path, "--tables", "nonsense", "-w", dir.path])
        #expect(table.status == 2 && table.stderr.contains("--tables nonsense"))
        let theme = try CLI.run(["theme", "T999", "-w", try demo().path])
        #expect(theme.status == 1 && theme.stderr.contains("no theme T999"))
    }
}
