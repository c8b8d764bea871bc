import Foundation
import Testing
import ZIPFoundation
@testable import Output

/// The parts of a rendered workbook, by path, in ZIP order.
struct Workbook {
    var paths: [String] = []
    var parts: [String: String] = [:]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            paths.append(entry.path)
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The first sheet's `<sheetData>`.
    var sheetData: String {
        let sheet = parts["xl/worksheets/sheet1.xml"] ?? ""
        guard let start = sheet.range(of: "<sheetData>"), let end = sheet.range(of: "</sheetData>") else { return "" }
        return String(sheet[start.upperBound..<end.lowerBound])
    }
}

@Suite("XLSXTableWriter")
struct XLSXTableWriterTests {
    let themes = ExportTable(name: "themes", columns: [
        .init("theme_id"), .init("items", .number), .init("lift", .number), .init("first_seen", .date), .init("day", .date),
    ], rows: [
        ["T1", "12", "-0.2500", "2025-03-14T12:00:00Z", "2025-03-14"],
        ["T2", "", "insufficient", "", "not a date"],
    ])

    @Test("A workbook holds its parts in a fixed order, one sheet per table, with a filter range for each")
    func parts() throws {
        let other = ExportTable(name: "kpis", columns: [.init("period"), .init("value", .number)], rows: [["all", "3"]])
        let book = try Workbook(XLSXTableWriter(strings: .inline).render([themes, other]))
        #expect(book.paths == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                               "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let workbook = try #require(book.parts["xl/workbook.xml"])
        #expect(workbook.contains("<sheet name=\"themes\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"kpis\" sheetId=\"2\" r:id=\"rId2\"/>"))
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'themes'!$A$1:$E$3</definedName>"))
        #expect(workbook.contains("localSheetId=\"1\" hidden=\"1\">'kpis'!$A$1:$B$2</definedName>"))
        let types = try #require(book.parts["[Content_Types].xml"])
        #expect(types.contains("PartName=\"/xl/worksheets/sheet2.xml\""))
        #expect(!types.contains("sharedStrings"))
        let defaults = try Workbook(XLSXTableWriter().render([themes, other]))
        #expect(defaults.parts == book.parts, "inline strings are the default")
        let sheet = try #require(book.parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<dimension ref=\"A1:E3\"/>"))
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.hasSuffix("</sheetData><autoFilter ref=\"A1:E3\"/></worksheet>"))
        #expect(book.parts["xl/styles.xml"]?.contains("<font><b/>") == true)
    }

    @Test("Numbers are numeric cells, dates serial days with a date format, other cells text, empty cells absent")
    func cellTypes() throws {
        let data = try Workbook(XLSXTableWriter(strings: .inline).render([themes])).sheetData
        #expect(data.hasPrefix("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>theme_id</t></is></c>"))
        #expect(data.contains("<c r=\"B2\"><v>12</v></c><c r=\"C2\"><v>-0.2500</v></c>"))
        #expect(data.contains("<c r=\"D2\" s=\"3\"><v>45730.5</v></c><c r=\"E2\" s=\"2\"><v>45730</v></c>"))
        #expect(data.contains("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>T2</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>insufficient</t></is></c><c r=\"E3\" t=\"inlineStr\"><is><t>not a date</t></is></c></row>"))
    }

    @Test("Column widths fit the longest cell, with room for the filter button, up to 60 characters")
    func widths() throws {
        let table = ExportTable(name: "t", columns: [.init("id"), .init("text")], rows: [["a", String(repeating: "x", count: 200)], ["b", "short"]])
        let sheet = try #require(try Workbook(XLSXTableWriter(strings: .inline).render([table])).parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<cols><col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"61\" customWidth=\"1\"/></cols>"))
    }

    @Test("Text is escaped, forbidden characters dropped, CR kept and _xHHHH_ protected")
    func escaping() throws {
        let table = ExportTable(name: "t", columns: [.init("text")], rows: [
            ["a < b & c > \"d\""], ["bell\u{07}null\u{00}ok\u{FFFF}"], ["line\r\nnext"], ["_x0041_ stays"], [" padded "],
        ])
        let data = try Workbook(XLSXTableWriter(strings: .inline).render([table])).sheetData
        #expect(data.contains("<t>a &lt; b &amp; c &gt; &quot;d&quot;</t>"))
        #expect(data.contains("<t>bellnullok</t>"))
        #expect(data.contains("<t>line&#13;\nnext</t>"))
        #expect(data.contains("<t>_x005F_x0041_ stays</t>"))
        #expect(data.contains("<t xml:space=\"preserve\"> padded </t>"))
    }

    @Test("Text longer than Excel's 32,767 characters is cut without splitting a character")
    func truncation() {
        #expect(XLSXTableWriter.cellText(String(repeating: "é", count: 40_000), .text).count == 32_767)
        let emoji = XLSXTableWriter.cellText(String(repeating: "😀", count: 20_000), .text)
        #expect(emoji.utf16.count == 32_766)
        #expect(emoji.unicodeScalars.allSatisfy { $0 == "😀" })
        #expect(XLSXTableWriter.cellText("=" + String(repeating: "a", count: 40_000), .text).hasPrefix("'=a"))
        #expect(XLSXTableWriter.cellText("short", .text) == "short")
    }

    @Test("Text that could start a formula gets an apostrophe; numbers in number columns do not")
    func injection() throws {
        let table = ExportTable(name: "t", columns: [.init("text"), .init("score", .number)], rows: [
            ["=HYPERLINK(\"http://x\",\"y\")", "-0.5"], ["+1", "-12"], ["@SUM(A1)", "-oops"], ["\tx", ""], ["\rx", ""], ["-", "1"], ["a=b", "2"],
        ])
        let data = try Workbook(XLSXTableWriter(strings: .inline).render([table])).sheetData
        #expect(data.contains("<t>'=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is></c><c r=\"B2\"><v>-0.5</v></c>"))
        #expect(data.contains("<t>'+1</t></is></c><c r=\"B3\"><v>-12</v></c>"))
        #expect(data.contains("<t>'@SUM(A1)</t></is></c><c r=\"B4\" t=\"inlineStr\"><is><t>'-oops</t>"))
        #expect(data.contains("<t>'\tx</t>"))
        #expect(data.contains("<t>'&#13;x</t>"))
        #expect(data.contains("<t>'-</t>"))
        #expect(data.contains("<t>a=b</t>"))
        let csv = CSVTableWriter.render(table)
        #expect(csv == "text,score\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.5\n'+1,-12\n'@SUM(A1),'-oops\n'\tx,\n\"'\rx\",\n'-,1\na=b,2\n")
    }

    @Test("The same tables give byte-identical workbooks, in memory and on disk")
    func determinism() throws {
        let writer = XLSXTableWriter()
        let first = try writer.render([themes]), second = try writer.render([themes])
        #expect(first == second)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-xlsx-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.xlsx")
        try writer.write([themes], to: url)
        #expect(try Data(contentsOf: url) == first)
        try writer.write([themes], to: url)
        #expect(try Data(contentsOf: url) == first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.xlsx"])
    }

    @Test("Shared strings store each text once and the cells point at them")
    func sharedStrings() throws {
        let table = ExportTable(name: "t", columns: [.init("kind")], rows: [["ticket"], ["chat"], ["ticket"]])
        let book = try Workbook(XLSXTableWriter(strings: .shared).render([table]))
        #expect(book.parts["xl/sharedStrings.xml"]?.hasSuffix("count=\"4\" uniqueCount=\"3\"><si><t>kind</t></si><si><t>ticket</t></si><si><t>chat</t></si></sst>") == true)
        #expect(book.sheetData.contains("<c r=\"A4\" t=\"s\"><v>1</v></c>"))
        #expect(book.parts["[Content_Types].xml"]?.contains("sharedStrings+xml") == true)
    }

    @Test("A table longer than a sheet is refused, naming the table and the limit")
    func tooManyRows() {
        let long = ExportTable(name: "assignments", columns: [.init("x")], rows: Array(repeating: [""], count: XLSXTableWriter.maximumRows))
        #expect(throws: OutputError.self) { try XLSXTableWriter().render([long]) }
        do {
            _ = try XLSXTableWriter().render([long])
        } catch {
            #expect("\(error)".contains("table assignments has 1048576 rows, more than the 1048575"))
        }
    }

    @Test("Writing onto a folder fails naming the path")
    func folderTarget() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try XLSXTableWriter().write([themes], to: dir)
            Issue.record("expected an error")
        } catch let OutputError.cannotWrite(path, reason) {
            #expect(path == dir.path)
            #expect(reason.contains("is a folder"))
        }
        #expect(throws: OutputError.self) { try XLSXTableWriter().write([], to: dir.appendingPathComponent("none.xlsx")) }
    }

    @Test("Sheet names lose the characters Excel forbids, fit 31 characters and stay unique")
    func sheetNames() {
        #expect(XLSXTableWriter.sheetNames(["themes", "a/b:c", String(repeating: "n", count: 40), String(repeating: "n", count: 35), "'q'", "THEMES"])
                == ["themes", "a_b_c", String(repeating: "n", count: 31), String(repeating: "n", count: 27) + " (2)", "q", "THEMES (2)"])
    }

    @Test("Dates before 1900-03-01 and malformed ones are not dates")
    func dates() {
        #expect(SpreadsheetDate("1970-01-01") == SpreadsheetDate(days: 0, seconds: nil))
        #expect(SpreadsheetDate("2025-03-14T10:22:05Z")?.seconds == 37_325)
        #expect(SpreadsheetDate("1900-02-28") == nil)
        #expect(SpreadsheetDate("2025-13-01") == nil)
        #expect(SpreadsheetDate("2025-03-14T10:22:05+01:00") == nil)
        #expect(SpreadsheetDate("1900-03-01").map { $0.days + SpreadsheetDate.unixEpochSerial } == 61)
    }
}

@Suite("CellGuard")
struct CellGuardTests {
    @Test("Numbers are plain decimals; inf, nan, hex and a leading plus are not")
    func numbers() {
        for n in ["0", "12", "-0.2500", "1.5e-7", "3E10"] { #expect(CellGuard.isNumber(n), "\(n)") }
        for n in ["", "-", "inf", "nan", "0x1p3", "+1", "1.", ".5", "1e", "12 ", "insufficient"] { #expect(!CellGuard.isNumber(n), "\(n)") }
    }

    @Test("Each trigger character is neutralised in text and in non-numbers of number columns")
    func triggers() {
        for s in ["=1", "+1", "-1", "@a", "\t1", "\r1"] {
            #expect(CellGuard.guarded(s, .text) == "'" + s)
        }
        #expect(CellGuard.guarded("-1", .number) == "-1")
        #expect(CellGuard.guarded("-x", .number) == "'-x")
        #expect(CellGuard.guarded("plain", .text) == "plain")
        #expect(CellGuard.guarded("", .text) == "")
    }
}
