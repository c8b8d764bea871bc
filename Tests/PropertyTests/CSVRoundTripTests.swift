import Foundation
import Ingest
import Output
import PropertyBased
import Testing
import VerbatimCore

/// The CSV export read back by the CSV reader gives the fields written.
///
/// What "the same" means with formula guarding: the export puts an apostrophe before a text cell
/// that starts with `=`, `+`, `-`, `@`, tab or CR (`CellGuard`), and the reader does not take it
/// off (it cannot tell a guard from an apostrophe the text began with: `'=x` is written as is).
/// So the reader gives back `CellGuard.guarded(value)` for every text cell: the value itself when
/// it starts with anything else, the apostrophe and the value otherwise. A number column's
/// numbers (`-0.5`) are not guarded and come back unchanged. The one field the reader cannot
/// hold is one with a NUL byte (it rejects the record as binary), so the generators make none.
@Suite("CSV export reads back")
struct CSVRoundTripTests {
    /// Characters that stress quoting, line ends, guarding and decoding.
    static let tricky: [Character] = [
        "a", "Z", "0", "9", " ", ",", ";", "|", "\t", "\"", "'", "\r", "\n", "\r\n", "=", "+", "-", "@",
        "é", "ß", "密", "码", "😀", "👍🏽", "e\u{301}", "\u{FEFF}", "\u{2028}", "\u{7F}", "\u{1}", "<", "&", "\\",
    ]
    static let field = Gen<Character?>.element(of: tricky).map { $0 ?? "a" }.string(of: 0...8)

    /// A table of `columns` text columns from a flat list of fields (the remainder dropped).
    static func table(columns: Int, fields: [String]) -> ExportTable {
        let rows = stride(from: 0, to: fields.count - fields.count % columns, by: columns)
            .map { Array(fields[$0..<($0 + columns)]) }
        return ExportTable(name: "t", columns: (1...columns).map { ExportTable.Column("c\($0)") }, rows: rows)
    }

    /// The CSV text read back: the header and every record's values, or what went wrong.
    static func readBack(_ csv: String) throws -> (header: [String], rows: [[String]], problems: [String]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-csv-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var header: [String] = []
        var rows: [[String]] = []
        var problems: [String] = []
        try CSVReader(url: url, options: CSVOptions(delimiter: UInt8(ascii: ","))).read { event in
            switch event {
            case .record(let record):
                header = record.names
                rows.append(record.values)
            case .reject(let reject): problems.append("reject: \(reject.reason)")
            case .warning(let message): problems.append("warning: \(message)")
            }
        }
        return (header, rows, problems)
    }

    @Test("Text fields come back as CellGuard.guarded(value), in order, with no rejects")
    func textRoundTrip() async throws {
        await propertyCheck(count: 300, input: Gen.int(in: 1...4), Self.field.array(of: 0...24)) { columns, fields in
            let table = Self.table(columns: columns, fields: fields)
            let read = try Self.readBack(CSVTableWriter.render(table))
            #expect(read.problems.isEmpty)
            #expect(read.rows == table.rows.map { $0.map { CellGuard.guarded($0, .text) } })
            if !table.rows.isEmpty { #expect(read.header == table.columns.map(\.name)) }
        }
    }

    @Test("A value that starts like a formula comes back with one apostrophe before it")
    func guardedValues() async throws {
        let trigger = Gen<Character?>.element(of: Array("=+-@\t\r") as [Character]).map { $0 ?? "=" }
        await propertyCheck(count: 100, input: trigger, Self.field) { first, rest in
            let value = String(first) + rest
            let read = try Self.readBack(CSVTableWriter.render(Self.table(columns: 1, fields: [value])))
            #expect(read.rows == [["'" + value]])
        }
    }

    @Test("Numbers in a number column come back unchanged")
    func numbers() async throws {
        await propertyCheck(count: 100, input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 0...3)) { n, scale in
            let value = scale == 0 ? String(n) : String(format: "%.\(scale)f", Double(n) / 1000)
            let table = ExportTable(name: "t", columns: [.init("n", .number), .init("t")], rows: [[value, value]])
            let read = try Self.readBack(CSVTableWriter.render(table))
            #expect(read.rows == [[value, CellGuard.guarded(value, .text)]])
        }
    }
}
