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
