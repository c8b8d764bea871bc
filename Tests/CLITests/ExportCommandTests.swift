import Foundation
import Testing

@Suite("The export command")
struct ExportCommandTests {
    /// Account names that would run as formulas in a spreadsheet.
    static let hostileNames = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1 Telecom", "@SUM(A1)", "-2 Corp", "Plain Ltd"]

    /// A workspace holding only accounts with hostile names.
    static func workspace() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("accounts.csv")
        var text = "account_id,name,segment,mrr,churn_flag,churn_date\n"
        for (i, name) in hostileNames.enumerated() {
            text += "A-\(i + 1),\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",=cmd|' /C calc'!A0,\(100 * (i + 1)),\(i == 0 ? "TRUE,2026-03-01" : "FALSE,")\n"
        }
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let r = try CLI.run(["accounts", "import", csv.path, "-w", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    @Test("export --format xlsx writes one workbook, the same bytes each time")
    func workbook() throws {
        let dir = try Self.workspace()
        let out = dir.appendingPathComponent("x.xlsx")
        let r = try CLI.run(["export", "--format", "xlsx", "--out", out.path, "-w", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("accounts: 5 rows → \(out.path)"))
        let first = try Data(contentsOf: out)
        #expect(first.prefix(2) == Data("PK".utf8))
        #expect(try CLI.run(["export", "--format", "xlsx", "--out", out.path, "-w", dir.path]).status == 0)
        #expect(try Data(contentsOf: out) == first)

        guard let python = Self.openpyxl else {
            print("skipped: no python3 with openpyxl (pip install openpyxl): the workbook's cells are not read back")
            return
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Quality/xlsx_dump.py")
        let dump = try Self.run(python + [script.path, out.path])
        #expect(dump.status == 0, "\(dump.text)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(dump.text.utf8)) as? [[String: Any]])
        let accounts = try #require(sheets.first { $0["name"] as? String == "accounts" }?["rows"] as? [[Any]])
        let names = accounts.dropFirst().compactMap { ($0[1] as? [Any])?[1] as? String }
        #expect(names == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1 Telecom", "'@SUM(A1)", "'-2 Corp", "Plain Ltd"])
        let segments = accounts.dropFirst().compactMap { ($0[2] as? [Any])?[1] as? String }
        #expect(segments == Array(repeating: "'=cmd|' /C calc'!A0", count: 5))
        let mrr = accounts.dropFirst().compactMap { ($0[3] as? [Any])?.first as? String }
        #expect(mrr == Array(repeating: "n", count: 5), "MRR stays numeric")
        #expect((accounts[1][6] as? [Any])?.first as? String == "d", "churn_date is a date")
    }

    @Test("export --format csv --bom neutralises formula text and starts each file with the byte order mark; json keeps the text")
    func csvAndJSON() throws {
        let dir = try Self.workspace()
        let out = dir.appendingPathComponent("csv")
        let r = try CLI.run(["export", "--format", "csv", "--bom", "--tables", "accounts", "--out", out.path, "-w", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: out.appendingPathComponent("accounts.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("A-1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'=cmd|' /C calc'!A0,100,"))
        #expect(text.contains("A-2,'+1 Telecom,") && text.contains("A-3,'@SUM(A1),") && text.contains("A-4,'-2 Corp,"))

        let json = dir.appendingPathComponent("all.json")
        #expect(try CLI.run(["export", "--format", "json", "--tables", "accounts", "--out", json.path, "-w", dir.path]).status == 0)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: [[String: Any]]])
        #expect(parsed["accounts"]?.compactMap { $0["name"] as? String } == Self.hostileNames)
    }

    @Test("Wrong --out kinds and --bom outside csv are usage errors that say what to give")
    func usage() throws {
        let dir = try Self.workspace()
        let folder = try CLI.run(["export", "--format", "xlsx", "--out", dir.path, "-w", dir.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("is a folder; xlsx writes one file, e.g. --out \(dir.appendingPathComponent("verbatim.xlsx").path)"))
        let file = dir.appendingPathComponent("accounts.csv").path
        let csv = try CLI.run(["export", "--format", "csv", "--out", file, "-w", dir.path])
        #expect(csv.status == 2 && csv.stderr.contains("is a file; csv writes one file per table into a folder"))
        let bom = try CLI.run(["export", "--format", "xlsx", "--bom", "--out", dir.appendingPathComponent("b.xlsx").path, "-w", dir.path])
        #expect(bom.status == 2 && bom.stderr.contains("--bom applies to --format csv only"))
        let help = try CLI.run(["export", "--help"])
        #expect(help.stdout.contains("verbatim export --out verbatim.xlsx --format xlsx") && help.stdout.contains("apostrophe"))
    }

    /// A command that runs a python3 importing openpyxl (the one on PATH first), when there is one.
    static let openpyxl: [String]? = [["/usr/bin/env", "python3"], ["/usr/bin/python3"], ["/usr/local/bin/python3"]].first { command in
        FileManager.default.isExecutableFile(atPath: command[0]) && (try? run(command + ["-c", "import openpyxl"]))?.status == 0
    }

    /// Runs `command` and returns its status and what it printed.
    static func run(_ command: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
