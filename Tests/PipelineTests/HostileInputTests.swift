import Foundation
import Testing
import Ingest
import Store
import VerbatimCore
@testable import Pipeline

/// Hostile and broken files go through the whole ingest stage: the good records are stored, the
/// bad ones kept in `rejects` with file, line and reason, and nothing is lost silently.
@Suite("Hostile input through the ingest stage")
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var record: String? = nil
        /// Items stored.
        var items: Int
        /// (line, reason prefix) of each reject, in file order.
        var rejects: [(Int?, String)]
        /// Whether a file-level error is expected instead of a report.
        var fails: String? = nil
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "unterminated-quote.csv", items: 1, rejects: [(3, "unterminated quoted field starting at line 3")]),
        Case(file: "nul-byte.csv", items: 2, rejects: [(3, "contains a NUL byte")]),
        Case(file: "invalid-utf8.csv", items: 3, rejects: []),
        Case(file: "truncated.json", items: 2, rejects: [(4, "the file breaks off here")]),
        Case(file: "wrong-type.json", record: "data.tickets", items: 0, rejects: [], fails: "$.data.tickets is a string, expected an array of records"),
        Case(file: "wrong-element.json", record: "data.tickets", items: 2, rejects: [(1, "record 2 is a number, expected an object")]),
        Case(file: "xxe.xml", items: 1, rejects: []),
        Case(file: "billion-laughs.xml", items: 1, rejects: [(16, "the file breaks off here")]),
        Case(file: "broken-half-way.xml", items: 2, rejects: [(7, "the file breaks off here")]),
    ]

    @Test("Each hostile file stores its good records and keeps the bad ones with line and reason", arguments: cases)
    func hostile(_ c: Case) throws {
        let dir = try TestPaths.temporaryDirectory()
        let store = try Store(path: dir.appendingPathComponent("v.sqlite").path)
        let url = TestPaths.fixture("hostile/\(c.file)")
        let options = MappingOptions(source: "hostile", mapping: FieldMapping([.text: c.file.hasSuffix(".xml") ? textColumn(c.file) : "text"]),
                                     scoreType: .nps)
        if let expected = c.fails {
            #expect { _ = try Ingester(store: store).ingest(url, record: c.record, options: options, runID: nil) } throws: { error in
                String(describing: error).contains(expected)
            }
            #expect(try store.status().items == 0)
            return
        }
        let report = try Ingester(store: store).ingest(url, record: c.record, options: options, runID: nil)
        #expect(report.counts.added == c.items)
        #expect(try store.status().items == c.items)
        let rejects = try store.rejects(file: url.path)
        #expect(rejects.count == c.rejects.count, "\(rejects)")
        for (got, want) in zip(rejects, c.rejects) {
            #expect(got.line == want.0)
            #expect(got.reason.hasPrefix(want.1), "\(got.reason)")
        }
        #expect(report.counts.total == c.items + c.rejects.count)
    }

    func textColumn(_ file: String) -> String {
        switch file {
        case "billion-laughs.xml": return "text"
        case "xxe.xml": return "note"
        default: return "comment"
        }
    }

    @Test("The invalid UTF-8 file is read as Windows-1252 with a warning naming the file and line")
    func windows1252() throws {
        let store = try Store(path: try TestPaths.temporaryDirectory().appendingPathComponent("v.sqlite").path)
        let url = TestPaths.fixture("hostile/invalid-utf8.csv")
        let report = try Ingester(store: store).ingest(url, options: MappingOptions(source: "s"), runID: nil)
        #expect(report.warnings.contains { $0.contains("invalid-utf8.csv") && $0.contains("line 3") && $0.contains("Windows-1252") })
        #expect(try store.item(source: "s", externalID: "2")?["text"] == "café")
    }

    @Test("The XXE payload never reaches the store: no file contents, the entity left empty")
    func xxe() throws {
        let store = try Store(path: try TestPaths.temporaryDirectory().appendingPathComponent("v.sqlite").path)
        let url = TestPaths.fixture("hostile/xxe.xml")
        _ = try Ingester(store: store).ingest(url, options: MappingOptions(source: "x", mapping: FieldMapping([.text: "note"])), runID: nil)
        let item = try #require(try store.item(source: "x", externalID: "1"))
        #expect(item["text"] == "before  after")
        #expect(!(item["extra"] ?? "").contains("root:"))
    }

    @Test("A 50 MB single field is rejected with its line while the rows around it are stored")
    func hugeField() throws {
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent("huge.csv")
        var data = Data("id,text\n1,before\n2,\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 50 << 20))
        data.append(Data("\"\n3,after\n".utf8))
        try data.write(to: url)
        let store = try Store(path: dir.appendingPathComponent("v.sqlite").path)
        let report = try Ingester(store: store).ingest(url, options: MappingOptions(source: "h"), runID: nil)
        #expect(report.counts == IngestCounts(added: 2, rejected: 1))
        let rejects = try store.rejects(file: url.path)
        #expect(rejects.map(\.line) == [3])
        #expect(rejects.first?.reason == "field 'text' holds 52,428,800 bytes, over the field limit of 16,777,216 bytes ([limits] max_field_bytes); record rejected")
        #expect((rejects.first?.excerpt.count ?? 0) <= 301)
    }
}
