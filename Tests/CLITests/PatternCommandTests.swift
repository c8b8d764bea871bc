import Foundation
import Testing

@Suite("The patterns and run commands")
struct PatternCommandTests {
    @Test("run ingests the configured sources and analyses; --fail-on-alert exits 4 exactly when patterns --alerts lists any")
    func runAndAlerts() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("ws")
        let sample = try CLI.run(["sample", "--out", dir.path, "--items", "800", "--accounts", "40"])
        #expect(sample.status == 0, "\(sample.stderr)")

        let first = try CLI.run(["run", "-w", dir.path, "--fail-on-alert"])
        #expect(first.stdout.contains("themes "), "run reports the analysis")
        #expect(first.stdout.contains("alerts "), "run reports the alerts")

        let alerts = try CLI.run(["patterns", "-w", dir.path, "--alerts", "--format", "json"])
        #expect(alerts.status == 0, "\(alerts.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(alerts.stdout.utf8)) as? [[String: String]])
        #expect(rows.allSatisfy { $0["alert"] == "1" })

        #expect(first.status == (rows.isEmpty ? 0 : 4), "\(first.stderr)")

        // The alerts were reported by the first run; a second over the same files finds nothing new.
        let again = try CLI.run(["run", "-w", dir.path, "--fail-on-alert"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("nothing new"), "a second run over the same files finds nothing new")

        let all = try CLI.run(["patterns", "-w", dir.path, "--format", "csv"])
        let lines = all.stdout.split(separator: "\n")
        #expect(lines.first == "kind,theme_id,theme_label,issue_type,account_id,period_start,period_end,items,baseline,z,alert,detail,item_ids")
        #expect(lines.contains { $0.hasPrefix("issue_type,") }, "every analysis writes the issue-type summary")
        let table = try CLI.run(["patterns", "-w", dir.path])
        #expect(table.status == 0 && table.stdout.hasPrefix("alerts: \(rows.count)"))

        let export = try CLI.temporaryDirectory().appendingPathComponent("out")
        let exported = try CLI.run(["export", "--out", export.path, "-w", dir.path, "--tables", "patterns,assignments"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let assignments = try String(contentsOf: export.appendingPathComponent("assignments.csv"), encoding: .utf8)
        let second = try #require(assignments.split(separator: "\n").dropFirst().first)
        let cells = second.split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == 10 && !cells[8].isEmpty && !cells[9].isEmpty, "issue_type and sentiment are filled: \(second)")
    }

    @Test("run without sources, and patterns before any analysis, fail with a message; a bad --kind is a usage error")
    func mistakes() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("empty")
        #expect(try CLI.run(["init", dir.path]).status == 0)
        let run = try CLI.run(["run", "-w", dir.path])
        #expect(run.status == 1 && run.stderr.contains("[[source]]"), "\(run.stderr)")
        let patterns = try CLI.run(["patterns", "-w", dir.path])
        #expect(patterns.status == 1 && patterns.stderr.contains("verbatim analyze"), "\(patterns.stderr)")
        let kind = try CLI.run(["patterns", "-w", dir.path, "--kind", "spikes"])
        #expect(kind.status == 2 && kind.stderr.contains("--kind spikes"), "\(kind.stderr)")
    }
}
