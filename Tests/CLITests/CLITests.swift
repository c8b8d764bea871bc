import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("The verbatim command")
struct CLITests {
    func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    func statusJSON(_ workspace: URL) throws -> [String: Any] {
        let r = try CLI.run(["status", "--format", "json", "-w", workspace.path])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("--help lists the subcommands and exits 0")
    func help() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        for command in ["demo", "init", "ingest", "accounts", "status", "sample"] { #expect(r.stdout.contains(command)) }
    }

    @Test("A usage error exits 2")
    func usage() throws {
        #expect(try CLI.run(["ingest"]).status == 2)
        #expect(try CLI.run(["ingest", "x.csv", "--kind", "letter"]).status == 2)
        #expect(try CLI.run(["ingest", "x.csv", "--map", "nonsense=Body"]).status == 2)
    }

    @Test("Ingest stores good rows, keeps bad ones in rejects, adds nothing when run again, and --strict exits 3")
    func ingestAndStatus() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("tickets.csv")
        try write("id,text,created_at\n1,login fails,2026-09-01\n2,too,many,fields\n3,export is slow,2026-09-02\n", to: csv)
        let first = try CLI.run(["ingest", csv.path, "-w", dir.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 added, 0 updated, 0 unchanged, 1 rejected"))
        let status = try statusJSON(dir)
        #expect(status["items"] as? Int == 2)
        #expect(status["rejects"] as? Int == 1)
        let sources = try #require(status["sources"] as? [[String: Any]])
        #expect(sources.first?["name"] as? String == "tickets")
        #expect(sources.first?["items"] as? Int == 2)
        let again = try CLI.run(["ingest", csv.path, "-w", dir.path, "--strict"])
        #expect(again.status == 3)
        #expect(again.stdout.contains("0 added, 0 updated, 2 unchanged, 1 rejected"))
        let text = try CLI.run(["status", "-w", dir.path])
        #expect(text.stdout.contains("line 3: 1 × expected 3 fields, found 4"))
    }

    @Test("A missing file is an error naming it; the other files are still read")
    func missingFile() throws {
        let dir = try CLI.temporaryDirectory()
        let good = dir.appendingPathComponent("good.csv")
        try write("id,text\n1,hello\n", to: good)
        let r = try CLI.run(["ingest", dir.appendingPathComponent("nope.csv").path, good.path, "-w", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nope.csv: cannot read the file: no such file"))
        #expect(try statusJSON(dir)["items"] as? Int == 1)
    }

    @Test("A workspace locked by another run exits 75")
    func locked() throws {
        let dir = try CLI.temporaryDirectory()
        let fd = open(dir.appendingPathComponent("verbatim.lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let csv = dir.appendingPathComponent("t.csv")
        try write("id,text\n1,x\n", to: csv)
        let r = try CLI.run(["ingest", csv.path, "-w", dir.path])
        #expect(r.status == 75)
        #expect(r.stderr.contains("the workspace is busy") && r.stderr.contains("holds its lock"), "\(r.stderr)")
    }

    @Test("status on a folder with no store says how to start")
    func noStore() throws {
        let r = try CLI.run(["status", "-w", try CLI.temporaryDirectory().path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no store here yet"))
    }

    @Test("init writes verbatim.toml once and leaves an existing one alone")
    func initTwice() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("ws")
        #expect(try CLI.run(["init", dir.path]).status == 0)
        let config = dir.appendingPathComponent("verbatim.toml")
        try write("# mine\n", to: config)
        #expect(try CLI.run(["init", dir.path]).status == 0)
        #expect(try String(contentsOf: config, encoding: .utf8) == "# mine\n")
    }

    @Test("demo runs the pipeline, prints the themes and the churn drivers, and writes the report and the workbook")
    func demo() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("demo")
        let r = try CLI.run(["demo", "--out", dir.path, "--items", "400", "--accounts", "30"])
        #expect(r.status == 0, "\(r.stderr)")
        let status = try statusJSON(dir)
        #expect(status["items"] as? Int == 400)
        #expect(status["accounts"] as? Int == 30)
        let sources = try #require(status["sources"] as? [[String: Any]])
        #expect(sources.map { $0["name"] as? String } == ["chats", "surveys", "tickets"])
        #expect(sources.map { $0["kind"] as? String } == ["chat", "survey", "ticket"])
        #expect(r.stdout.contains(" themes over "), "the theme table")
        #expect(r.stdout.contains("Top churn drivers"))
        let report = dir.appendingPathComponent("report.html"), workbook = dir.appendingPathComponent("verbatim-demo.xlsx")
        #expect(r.stdout.contains("report    \(report.path)") && r.stdout.contains("workbook  \(workbook.path)"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Churn lift"))
        // A workbook is a ZIP archive: it starts with a local file header.
        #expect(try Data(contentsOf: workbook).prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("accounts import stores the CRM export and accounts --format csv lists it")
    func accounts() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("accounts.csv")
        try write("account_id,name,plan_tier,mrr,churn_flag\nA-2,Beta,Pro,200,FALSE\nA-1,Acme,Basic,100,TRUE\n", to: csv)
        let r = try CLI.run(["accounts", "import", csv.path, "-w", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 added"))
        let list = try CLI.run(["accounts", "--format", "csv", "-w", dir.path])
        #expect(list.stdout == """
            account_id,name,segment,mrr_start,mrr_end,churned,churn_date,expansion_mrr,contraction_mrr,status,health_score,health_tier
            A-1,Acme,Basic,100,100,true,,,,churned,0.0,Red
            A-2,Beta,Pro,200,200,false,,,,steady,75.0,Yellow

            """)
    }

    @Test("--log-format json writes diagnostics as one JSON object per line on stderr")
    func jsonLogs() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["ingest", dir.appendingPathComponent("missing.csv").path, "-w", dir.path, "--log-format", "json"])
        #expect(r.status == 1)
        let line = try #require(r.stderr.split(separator: "\n").first { $0.contains("missing.csv") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["level"] == "error")
        #expect(object["message"]?.hasSuffix("missing.csv: cannot read the file: no such file") == true)
    }
}
