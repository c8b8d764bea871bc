import Foundation
import Output
import Testing
import TestSupport
import VerbatimCore
@testable import Pipeline

/// The workbook of the analysed demo, read back by LibreOffice and by openpyxl, against the CSV
/// export of the same store.
@Suite("Spreadsheet round trip", .serialized)
struct SpreadsheetRoundTripTests {
    /// The demo exported as a workbook and as CSV files, with each table's column types.
    struct Exported {
        var folder: URL
        var workbook: URL
        var csv: [String: [[String]]]
        var types: [String: [ExportTable.ColumnType]]
    }

    static func export() throws -> Exported {
        let demo = try AnalysedDemo.get().demo
        let exporter = Exporter(store: demo.store, signalSettings: try demo.workspace.signalSettings())
        let folder = try TestPaths.temporaryDirectory()
        let workbook = folder.appendingPathComponent("demo.xlsx")
        let written = try exporter.export(tables: [], format: .xlsx, to: workbook)
        #expect(written.map(\.name) == Exporter.availableTables)
        try exporter.export(tables: [], format: .csv, to: folder.appendingPathComponent("csv"))
        var csv: [String: [[String]]] = [:], types: [String: [ExportTable.ColumnType]] = [:]
        for name in Exporter.availableTables {
            let text = try String(contentsOf: folder.appendingPathComponent("csv/\(name).csv"), encoding: .utf8)
            csv[name] = SpreadsheetTools.csvRows(text)
            types[name] = try exporter.table(name).columns.map(\.type)
        }
        return Exported(folder: folder, workbook: workbook, csv: csv, types: types)
    }

    /// `2026-04-02T08:21:57Z` or `2026-04-02 08:21:57` or `2026-04-02T08:21:57` → seconds; a
    /// plain date at midnight.
    static func seconds(_ text: String) -> Int64? {
        let t = text.replacingOccurrences(of: " ", with: "T")
        if t.count == 10 { return UTCDate.seconds(fromISO: t + "T00:00:00Z") }
        return UTCDate.seconds(fromISO: t.hasSuffix("Z") ? t : t + "Z")
    }

    /// `A` … `Z`, `AA`, … for the 1-based column `n`.
    static func columnLetters(_ n: Int) -> String {
        n <= 26 ? String(UnicodeScalar(UInt8(64 + n))) : columnLetters((n - 1) / 26) + columnLetters((n - 1) % 26 + 1)
    }

    static func sameNumber(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a)) }

    @Test("LibreOffice opens the workbook and every sheet holds the CSV export's values",
          .enabled(if: SpreadsheetTools.libreOffice != nil, Comment(rawValue: SpreadsheetTools.noLibreOffice)))
    func libreOffice() throws {
        let exported = try Self.export()
        defer { try? FileManager.default.removeItem(at: exported.folder) }
        let out = exported.folder.appendingPathComponent("lo")
        let run = try SpreadsheetTools.convertToCSV(exported.workbook, into: out)
        try #require(run.status == 0, "libreoffice: \(run.stderr)")
        for name in Exporter.availableTables {
            let file = out.appendingPathComponent("demo-\(name).csv")
            let text = try String(contentsOf: file, encoding: .utf8)
            let sheet = SpreadsheetTools.csvRows(text), csv = try #require(exported.csv[name]), types = try #require(exported.types[name])
            try #require(sheet.count == csv.count, "\(name): \(sheet.count) rows in LibreOffice, \(csv.count) in the CSV export")
            #expect(sheet[0] == csv[0])
            var mismatches: [String] = []
            for r in 1..<csv.count {
                for (c, type) in types.enumerated() {
                    let mine = csv[r][c], theirs = c < sheet[r].count ? sheet[r][c] : ""
                    let same: Bool
                    switch type {
                    case .number where CellGuard.isNumber(mine):
                        same = Double(theirs).map { Self.sameNumber($0, Double(mine)!) } ?? false
                    case .date where Self.seconds(mine) != nil:
                        same = Self.seconds(theirs) == Self.seconds(mine)
                    default:
                        same = theirs == mine
                    }
                    if !same { mismatches.append("\(name) row \(r) \(csv[0][c]): \(mine) vs \(theirs)") }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        }
    }

    @Test("openpyxl reads bold frozen headers, filters, numbers as numbers, dates as datetimes and equal values",
          .enabled(if: SpreadsheetTools.python != nil, Comment(rawValue: SpreadsheetTools.noOpenpyxl)))
    func openpyxl() throws {
        let exported = try Self.export()
        defer { try? FileManager.default.removeItem(at: exported.folder) }
        let python = try #require(SpreadsheetTools.python)
        let run = try SpreadsheetTools.run(python, [SpreadsheetTools.dumpScript.path, exported.workbook.path], timeout: 300)
        try #require(run.status == 0, "openpyxl: \(run.stderr)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(sheets.compactMap { $0["name"] as? String } == Exporter.availableTables)
        var numbers = 0, dates = 0
        for sheet in sheets {
            let name = try #require(sheet["name"] as? String)
            let csv = try #require(exported.csv[name]), types = try #require(exported.types[name])
            #expect(sheet["header_bold"] as? Bool == true, "\(name)")
            #expect(sheet["freeze"] as? String == "A2", "\(name)")
            let lastColumn = Self.columnLetters(types.count)
            #expect(sheet["filter"] as? String == "A1:\(lastColumn)\(csv.count)", "\(name)")
            let rows = try #require(sheet["rows"] as? [[Any]])
            try #require(rows.count == csv.count, "\(name)")
            var mismatches: [String] = []
            for r in 0..<csv.count {
                for (c, type) in types.enumerated() {
                    let mine = csv[r][c]
                    let cell = rows[r][c] as? [Any]
                    let kind = cell?.first as? String
                    let same: Bool
                    if mine.isEmpty {
                        same = cell == nil
                    } else if r > 0 && type == .number && CellGuard.isNumber(mine) {
                        same = kind == "n" && (cell?[1] as? Double).map { Self.sameNumber($0, Double(mine)!) } == true
                        numbers += 1
                    } else if r > 0 && type == .date, let expected = Self.seconds(mine) {
                        same = kind == "d" && (cell?[1] as? String).flatMap(Self.seconds) == expected
                        dates += 1
                    } else {
                        same = kind == "s" && cell?[1] as? String == mine
                    }
                    if !same { mismatches.append("\(name) row \(r) \(csv[0][c]): \(mine) vs \(String(describing: cell))") }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        }
        #expect(numbers > 10_000 && dates > 5_000, "numbers \(numbers), dates \(dates)")
    }

    /// Text that tests the escaping: markup characters, a CR, `_xHHHH_`, forbidden characters,
    /// formula starts, padding, non-Latin script and an emoji.
    static let tricky = ExportTable(name: "tricky", columns: [.init("text"), .init("n", .number)], rows: [
        ["a < b & c > \"d\"", "1"], ["line\r\nnext", "-0.5"], ["_x0041_ stays", "2"], ["bell\u{07}gone", "3"],
        ["=HYPERLINK(\"http://x\",\"y\")", "4"], ["  padded  ", "5"], ["Grüße, 東京 😀", "6"], ["@SUM(A1)", "-7"],
    ])

    /// The texts of `tricky` as a reader shows them, its line break written as `lineBreak`.
    static func trickyTexts(lineBreak: String) -> [String] {
        ["a < b & c > \"d\"", "line\(lineBreak)next", "_x0041_ stays", "bellgone", "'=HYPERLINK(\"http://x\",\"y\")",
         "  padded  ", "Grüße, 東京 😀", "'@SUM(A1)"]
    }

    /// `tricky` written with inline and with shared strings into `folder`.
    static func trickyWorkbooks(in folder: URL) throws -> [(storage: XLSXTableWriter.StringStorage, url: URL)] {
        try [XLSXTableWriter.StringStorage.inline, .shared].map { storage in
            let url = folder.appendingPathComponent("\(storage).xlsx")
            try XLSXTableWriter(strings: storage).write([tricky], to: url)
            return (storage, url)
        }
    }

    @Test("LibreOffice reads escaped text back exactly",
          .enabled(if: SpreadsheetTools.libreOffice != nil, Comment(rawValue: SpreadsheetTools.noLibreOffice)))
    func escapedTextInLibreOffice() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // LibreOffice keeps a line break in a cell as LF.
        let expected = Self.trickyTexts(lineBreak: "\n")
        for (storage, url) in try Self.trickyWorkbooks(in: folder) {
            let run = try SpreadsheetTools.convertToCSV(url, into: folder.appendingPathComponent("lo"))
            try #require(run.status == 0, "libreoffice: \(run.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent("lo/\(storage)-tricky.csv"), encoding: .utf8)
            let rows = SpreadsheetTools.csvRows(text).dropFirst()
            #expect(rows.map { $0[0] } == expected, "\(storage)")
            #expect(rows.map { Double($0[1]) } == [1, -0.5, 2, 3, 4, 5, 6, -7], "\(storage)")
        }
    }

    @Test("openpyxl reads escaped text back exactly, with inline and with shared strings",
          .enabled(if: SpreadsheetTools.python != nil, Comment(rawValue: SpreadsheetTools.noOpenpyxl)))
    func escapedText() throws {
        let python = try #require(SpreadsheetTools.python)
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Self.trickyTexts(lineBreak: "\r\n")
        for (storage, url) in try Self.trickyWorkbooks(in: folder) {
            let run = try SpreadsheetTools.run(python, [SpreadsheetTools.dumpScript.path, url.path], timeout: 120)
            try #require(run.status == 0, "openpyxl: \(run.stderr)")
            let sheets = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
            let rows = try #require(sheets.first?["rows"] as? [[Any]]).dropFirst()
            // openpyxl 3.1 decodes `_xHHHH_` in shared strings only; Excel and LibreOffice in both.
            var readBack = expected
            if storage == .inline { readBack[2] = "_x005F_x0041_ stays" }
            #expect(rows.compactMap { ($0[0] as? [Any])?[1] as? String } == readBack, "\(storage)")
            #expect(rows.compactMap { ($0[1] as? [Any])?[1] as? Double } == [1, -0.5, 2, 3, 4, 5, 6, -7], "\(storage)")
        }
    }
}
