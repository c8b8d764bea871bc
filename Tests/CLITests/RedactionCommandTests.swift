import Foundation
import Testing

@Suite("Redaction on the command line")
struct RedactionCommandTests {
    static let csv = "id,text,Requester email\n1,\"mail me at ann@example.com, or +44 20 7946 0958\",ann@example.com\n2,the export fails,\n"

    /// Rows enough for `run` to find themes.
    static let filler = (3...40).map { "\($0),\(["the export fails again", "login page is slow today", "invoice total looks wrong"][$0 % 3]) \($0),\n" }
        .joined()

    func workspace(config: String = "") throws -> URL {
        let dir = try CLI.temporaryDirectory()
        try Data((Self.csv + (config.isEmpty ? "" : Self.filler)).utf8).write(to: dir.appendingPathComponent("tickets.csv"))
        if !config.isEmpty { try Data(config.utf8).write(to: dir.appendingPathComponent("verbatim.toml")) }
        return dir
    }

    func storeHolds(_ text: String, in dir: URL) throws -> Bool {
        var bytes = try Data(contentsOf: dir.appendingPathComponent("verbatim.sqlite"))
        if let wal = try? Data(contentsOf: dir.appendingPathComponent("verbatim.sqlite-wal")) { bytes.append(wal) }
        return bytes.range(of: Data(text.utf8)) != nil
    }

    @Test("ingest redacts by default and says what it replaced")
    func ingestRedacts() throws {
        let dir = try workspace()
        let r = try CLI.run(["ingest", dir.appendingPathComponent("tickets.csv").path, "-w", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 added, 0 updated, 0 unchanged, 0 rejected; redacted 2 email, 1 phone"), "\(r.stdout)")
        #expect(!r.stderr.contains("keep-pii"))
        #expect(try !storeHolds("ann@example.com", in: dir))
    }

    @Test("--keep-pii stores the text as written, with a warning")
    func keepPII() throws {
        let dir = try workspace()
        let r = try CLI.run(["ingest", dir.appendingPathComponent("tickets.csv").path, "-w", dir.path, "--keep-pii"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: --keep-pii: personal data"))
        #expect(!r.stdout.contains("redacted"))
        #expect(try storeHolds("ann@example.com", in: dir))
    }

    @Test("run counts the redactions in its ingest line and JSON log; a bad pattern is a config error")
    func runCounts() throws {
        let source = "[[source]]\nname = \"t\"\npath = \"tickets.csv\"\n"
        let dir = try workspace(config: source + "[redaction]\n[[redaction.pattern]]\nname = \"ticket\"\nregex = \"export\"\n")
        let r = try CLI.run(["run", "-w", dir.path, "--log-format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let ingest = try #require(r.stderr.split(separator: "\n").first { $0.contains("stage_finished") && $0.contains("\"ingest\"") })
        #expect(ingest.contains("\"redacted_email\":2") && ingest.contains("\"redacted_phone\":1") && ingest.contains("\"redacted_card\":0")
                && ingest.contains("\"redacted_ticket\":1"), "\(ingest)")
        let plain = try CLI.run(["run", "-w", try workspace(config: source).path])
        #expect(plain.stderr.contains("redacted_email=2, redacted_phone=1"), "\(plain.stderr)")

        let bad = try workspace(config: source + "[redaction]\n[[redaction.pattern]]\nname = \"ticket\"\nregex = \"(unclosed\"\n")
        let failed = try CLI.run(["run", "-w", bad.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("'ticket'") && failed.stderr.contains("does not compile"), "\(failed.stderr)")
    }
}
