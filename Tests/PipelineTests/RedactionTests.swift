import Foundation
import Testing
import Ingest
import Store
import VerbatimCore
@testable import Pipeline

/// Personal data never reaches the store, the exports or the report, and `--keep-pii` keeps it.
@Suite("Redaction of personal data at ingest")
struct RedactionTests {
    static let emailPattern = try! NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")

    /// The e-mail addresses a regular expression finds in `text`.
    static func emails(in text: String) -> Set<String> {
        Set(emailPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        })
    }

    /// Every e-mail address in the JSON files' string values, found by a regular expression.
    static func emailAddresses(inJSON urls: [URL]) throws -> Set<String> {
        var found = Set<String>()
        func walk(_ value: Any) {
            if let s = value as? String { found.formUnion(emails(in: s)) }
            if let a = value as? [Any] { a.forEach(walk) }
            if let d = value as? [String: Any] { d.values.forEach(walk) }
        }
        for url in urls { walk(try JSONSerialization.jsonObject(with: try Data(contentsOf: url))) }
        return found
    }

    /// The bytes of the store and its write-ahead log, if any.
    static func storeBytes(_ path: String) throws -> Data {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
        return data
    }

    /// The strings of `needles` found in `data`: the addresses in its bytes (read as UTF-8,
    /// binary parts and all) that are needles, and needles found by a plain byte search among
    /// the first hundred (in case an address sits glued to other letters).
    static func present(_ needles: Set<String>, in data: Data) -> [String] {
        let inText = emails(in: String(decoding: data, as: UTF8.self))
        let direct = needles.sorted().prefix(100).filter { data.range(of: Data($0.utf8)) != nil }
        return Set(needles.filter { needle in inText.contains { $0.hasSuffix(needle) } } + direct).sorted()
    }

    /// Every file under `url`, as bytes, with zip archives (the workbook) unpacked.
    static func exportBytes(_ url: URL) throws -> Data {
        var out = Data()
        let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [url]
        for file in files.isEmpty ? [url] : files where !file.hasDirectoryPath {
            if file.pathExtension == "xlsx" {
                let unzip = Process()
                unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
                unzip.arguments = ["-p", file.path]
                let pipe = Pipe()
                unzip.standardOutput = pipe
                try unzip.run()
                let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
                unzip.waitUntilExit()
                #expect(unzip.terminationStatus == 0 && bytes.count > 1000, "the workbook unzips")
                out.append(bytes)
            } else {
                out.append(try Data(contentsOf: file))
            }
        }
        return out
    }

    static let twitterFiles = ["twitter-care-ibm/dev.json", "twitter-care-ibm/test.json"].map(TestPaths.dataset)

    @Test("twitter-care-ibm: none of its e-mail addresses is in the store, the exports (CSV, JSON, XLSX) or the report",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func twitterCare() throws {
        let emails = try Self.emailAddresses(inJSON: Self.twitterFiles)
        #expect(emails.count >= 9, "the dataset holds unredacted addresses")
        let dir = try TestPaths.temporaryDirectory()
        let config = Self.twitterFiles.enumerated().map { "[[source]]\nname = \"care\($0.offset)\"\npath = \"\($0.element.path)\"\n" }
        try Data(config.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("verbatim.toml"))
        let workspace = Workspace(path: dir.path)
        let outcome = try RunJob(workspace: workspace).run()
        #expect(outcome.counts.added == 1_025)
        let redacted = outcome.files.reduce(into: RedactionCounts()) { $0 += $1.redactions }
        #expect(redacted[.email] >= emails.count)

        let store = try workspace.readStore()
        let csv = dir.appendingPathComponent("csv"), json = dir.appendingPathComponent("export.json")
        let xlsx = dir.appendingPathComponent("export.xlsx"), html = dir.appendingPathComponent("report.html")
        let exporter = Exporter(store: store)
        _ = try exporter.export(tables: [], format: .csv, to: csv)
        _ = try exporter.export(tables: [], format: .json, to: json)
        _ = try exporter.export(tables: [], format: .xlsx, to: xlsx)
        _ = try ReportBuilder(store: store).write(to: html)

        #expect(Self.present(emails, in: try Self.storeBytes(workspace.storeURL.path)) == [], "store")
        #expect(Self.present(emails, in: try Self.exportBytes(csv)) == [], "csv export")
        #expect(Self.present(emails, in: try Data(contentsOf: json)) == [], "json export")
        #expect(Self.present(emails, in: try Self.exportBytes(xlsx)) == [], "xlsx export")
        #expect(Self.present(emails, in: try Data(contentsOf: html)) == [], "report")
        // The placeholders are there instead.
        #expect(try Self.exportBytes(csv).range(of: Data("[email]".utf8)) != nil)
    }

    @Test("twitter-care-ibm with redaction off keeps the addresses (so the test above can fail)",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func twitterCareKept() throws {
        let emails = try Self.emailAddresses(inJSON: Self.twitterFiles)
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("v.sqlite").path
        do {
            let store = try Store(path: path)
            for (i, url) in Self.twitterFiles.enumerated() {
                let report = try Ingester(store: store, redactor: nil).ingest(url, options: MappingOptions(source: "care\(i)"), runID: nil)
                #expect(report.redactions.total == 0)
            }
        }
        #expect(Self.present(emails, in: try Self.storeBytes(path)).count == emails.count)
    }

    @Test("kaggle-support-tickets: no Customer Email value is in the store; the account ids are stable pseudonyms",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func kaggleCustomerEmail() throws {
        let url = TestPaths.dataset("kaggle-support-tickets/customer_support_tickets.csv")
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("v.sqlite").path
        var customerEmails = Set<String>()
        try CSVReader(url: url).read { event in
            if case .record(let record) = event, let email = record["Customer Email"] { customerEmails.insert(email) }
        }
        #expect(customerEmails.count > 8_000)
        let counts: IngestCounts
        let accounts: Int
        do {
            let store = try Store(path: path)
            let report = try Ingester(store: store).ingest(url, options: MappingOptions(source: "kaggle"), runID: nil)
            counts = report.counts
            #expect(report.redactions[.email] >= 8_469)
            accounts = try store.status().items
        }
        #expect(counts == IngestCounts(added: 8_469))
        #expect(accounts == 8_469)
        let bytes = try Self.storeBytes(path)
        #expect(Self.present(customerEmails, in: bytes) == [])
        #expect(bytes.range(of: Data("email-".utf8)) != nil, "pseudonymised account ids")
    }

    @Test("Changing the redaction reads the files again and replaces the stored rows")
    func changedSettings() throws {
        let dir = try TestPaths.temporaryDirectory()
        let filler = (4...40).map { i in "\(i),\(["the export fails again", "login page is slow today", "invoice total looks wrong"][i % 3]) \(i)" }
        let csv = "id,text\n1,\"write to ann@example.com or call +44 20 7946 0958\"\n2,the export fails\n3,ref CUST-123456 is lost\n"
            + filler.joined(separator: "\n") + "\n"
        try Data(csv.utf8).write(to: dir.appendingPathComponent("tickets.csv"))
        let source = "[[source]]\nname = \"t\"\npath = \"tickets.csv\"\npreset = \"generic\"\n[source.map]\ntext = \"text\"\nid = \"id\"\n"
        let configURL = dir.appendingPathComponent("verbatim.toml")
        try Data(source.utf8).write(to: configURL)
        let workspace = Workspace(path: dir.path)
        func texts() throws -> [String] {
            try workspace.readStore().analysisItems().map(\.text).sorted()
        }

        let kept = try RunJob(workspace: workspace, keepPII: true).run()
        #expect(kept.counts.added == 40)
        #expect(try texts().contains("write to ann@example.com or call +44 20 7946 0958"))

        let redacted = try RunJob(workspace: workspace).run()
        #expect(redacted.files.count == 1, "the file is read again")
        #expect(redacted.counts == IngestCounts(updated: 1, unchanged: 39))
        #expect(try texts().contains("write to [email] or call [phone]"))
        let run = try #require(try workspace.readStore().runs(limit: 1).first)
        #expect(run.stageCounts["redacted_email"] == 1 && run.stageCounts["redacted_phone"] == 1 && run.stageCounts["redacted_card"] == 0)

        let again = try RunJob(workspace: workspace).run()
        #expect(again.files.isEmpty, "same settings, same file: not read")

        try Data((source + "[redaction]\n[[redaction.pattern]]\nname = \"ticket_ref\"\nregex = \"CUST-[0-9]{6}\"\n").utf8).write(to: configURL)
        let custom = try RunJob(workspace: workspace).run()
        #expect(custom.counts == IngestCounts(updated: 1, unchanged: 39))
        #expect(try texts().contains("ref [ticket_ref] is lost"))
    }

    @Test("A [redaction] pattern that does not compile, or an unknown detector, is a config error naming it")
    func configErrors() throws {
        let bad = "[redaction]\n[[redaction.pattern]]\nname = \"ticket_ref\"\nregex = \"CUST-[0-9\"\n"
        #expect { try Config(text: bad, file: "v.toml") } throws: { error in
            let text = String(describing: error)
            return text.contains("ticket_ref") && text.contains("does not compile") && text.contains("v.toml")
        }
        #expect { try Config(text: "[redaction]\ndetectors = [\"email\", \"ssn\"]\n", file: "v.toml") } throws: { error in
            String(describing: error).contains("'ssn' is not one of email, phone, card, iban, ip")
        }
        let off = try Config(text: "[redaction]\nenabled = false\n", file: "v.toml")
        #expect(try off.redactor(file: "v.toml") == nil)
        #expect(off.keepsPersonalData)
        let some = try #require(try Config(text: "[redaction]\ndetectors = [\"email\"]\n", file: "v.toml").redactor(file: "v.toml"))
        #expect(some.options.detectors == [.email])
        #expect(try Config().redactor(file: "v.toml", keepPII: true) == nil)
    }
}
