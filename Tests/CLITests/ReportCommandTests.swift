import Foundation
import Testing

@Suite("The report command")
struct ReportCommandTests {
    @Test("report --out writes one HTML page, says where on stderr and prints nothing on stdout; before an analysis it says to run analyze")
    func report() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("empty")
        #expect(try CLI.run(["init", empty.path]).status == 0)
        let early = root.appendingPathComponent("early.html")
        let none = try CLI.run(["report", "-w", empty.path, "--out", early.path])
        #expect(none.status == 1 && none.stderr.contains("no analysis yet: run `verbatim analyze` first"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: early.path))
        #expect(try CLI.run(["report", "-w", empty.path]).status == 2, "--out is required")

        let dir = root.appendingPathComponent("demo")
        let demo = try CLI.run(["demo", "--out", dir.path, "--items", "800", "--accounts", "60"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let page = root.appendingPathComponent("report.html")
        let run = try CLI.run(["report", "-w", dir.path, "--out", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(page.path))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for id in ["kpis", "themes", "churn", "nps", "accounts", "alerts", "quotes"] { #expect(html.contains("<section id=\"\(id)\">")) }
        #expect(html.contains("<h1>demo</h1>"))
        let again = root.appendingPathComponent("again.html")
        #expect(try CLI.run(["report", "-w", dir.path, "--out", again.path, "--quiet"]).stderr.isEmpty)
        #expect(try Data(contentsOf: again) == Data(contentsOf: page), "the same store gives the same bytes")

        let help = try CLI.run(["report", "--help"])
        #expect(help.stdout.contains("verbatim report --out report.html") && help.stdout.contains("insufficient"))
    }
}
