import Foundation
import Testing
import Output

@Suite("CSVTableWriter")
struct CSVTableWriterTests {
    let table = ExportTable(name: "themes", columns: [.init("theme_id"), .init("label"), .init("items", .number)],
                            rows: [["T1", "password reset · sso login", "12"], ["T2", "says \"hi\", twice\nand more", ""]])

    @Test("Fields holding a comma, quote or newline are quoted, quotes doubled, lines end in LF")
    func quoting() {
        #expect(CSVTableWriter.render(table) == "theme_id,label,items\nT1,password reset · sso login,12\nT2,\"says \"\"hi\"\", twice\nand more\",\n")
    }

    @Test("An empty cell alone on its row is written as \"\", not as a blank line readers skip")
    func emptySingleCell() {
        // Found by the CSV round-trip property test: the row vanished on reading.
        let one = ExportTable(name: "t", columns: [.init("note")], rows: [[""], ["x"], [""]])
        #expect(CSVTableWriter.render(one) == "note\n\"\"\nx\n\"\"\n")
        let two = ExportTable(name: "t", columns: [.init("a"), .init("b")], rows: [["", ""]])
        #expect(CSVTableWriter.render(two) == "a,b\n,\n")
    }

    @Test("Each table is written as NAME.csv into a folder that is created")
    func folder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-out-\(UUID().uuidString)/nested")
        try CSVTableWriter().write([table], to: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("themes.csv"), encoding: .utf8)
        #expect(text == CSVTableWriter.render(table))
    }
}

@Suite("JSONTableWriter")
struct JSONTableWriterTests {
    @Test("Tables are keys in order; number columns are numbers and empty ones null")
    func shape() throws {
        let a = ExportTable(name: "themes", columns: [.init("theme_id"), .init("items", .number), .init("trend", .number)],
                            rows: [["T1", "12", ""], ["T2", "3", "-0.2500"]])
        let b = ExportTable(name: "assignments", columns: [.init("item_id", .number)], rows: [])
        let text = JSONTableWriter.render([a, b])
        #expect(text == "{\n\"themes\": [\n  {\"theme_id\":\"T1\",\"items\":12,\"trend\":null},\n  {\"theme_id\":\"T2\",\"items\":3,\"trend\":-0.2500}\n],\n\"assignments\": []\n}\n")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[String: Any]]])
        #expect(parsed["themes"]?.count == 2)
        #expect(parsed["themes"]?[1]["trend"] as? Double == -0.25)
    }
}

@Suite("CSVTableWriter byte order mark")
struct CSVByteOrderMarkTests {
    @Test("With bom each file starts with EF BB BF, without it the text starts at once")
    func bom() throws {
        let table = ExportTable(name: "themes", columns: [.init("label")], rows: [["café"]])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try CSVTableWriter(bom: true).write([table], to: dir.appendingPathComponent("bom"))
        try CSVTableWriter().write([table], to: dir.appendingPathComponent("plain"))
        let withBOM = try Data(contentsOf: dir.appendingPathComponent("bom/themes.csv"))
        let plain = try Data(contentsOf: dir.appendingPathComponent("plain/themes.csv"))
        #expect(Array(withBOM.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(withBOM.dropFirst(3) == plain)
        #expect(String(decoding: plain, as: UTF8.self) == "label\ncafé\n")
    }
}
