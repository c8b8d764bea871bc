import Foundation
import Testing

@Suite("Limits and config errors on the command line")
struct LimitsCommandTests {
    @Test("--max-field-bytes rejects the long record and stores the others; a bad limit is a usage error")
    func fieldFlag() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("t.csv")
        try Data("id,description\n1,hello\n2,\(String(repeating: "x", count: 3_000))\n3,bye\n".utf8).write(to: csv)
        let r = try CLI.run(["ingest", csv.path, "-w", dir.path, "--max-field-bytes", "1024", "--no-progress"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2 added, 0 updated, 0 unchanged, 1 rejected"))
        let status = try CLI.run(["status", "-w", dir.path])
        #expect(status.stdout.contains(
            "field 'description' holds 3,000 bytes, over the field limit of 1,024 bytes ([limits] max_field_bytes); record rejected"))
        let bad = try CLI.run(["ingest", csv.path, "-w", dir.path, "--max-xml-depth", "300"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-xml-depth 300: must be between 1 and 256"))
    }

    @Test("A mistyped --map column and a mistyped config key get a did-you-mean")
    func suggestions() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("t.csv")
        try Data("id,Organization,text\n1,Acme,hello\n".utf8).write(to: csv)
        let map = try CLI.run(["ingest", csv.path, "-w", dir.path, "--map", "account=Organisation", "--no-progress"])
        #expect(map.status != 0)
        #expect(map.stderr.contains("no column 'Organisation' in \(csv.path); did you mean 'Organization'?"))
        try Data("[[source]]\nname = \"t\"\npath = \"t.csv\"\n\n[themes]\nrecluster_growht = 0.2\n".utf8)
            .write(to: dir.appendingPathComponent("verbatim.toml"))
        let run = try CLI.run(["run", "-w", dir.path, "--no-progress"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 6: [themes] recluster_growht: unknown key; did you mean 'recluster_growth'?"))
    }
}
