import Foundation
import Testing
@testable import Ingest
import VerbatimCore

@Suite("JSON reader: shapes and fields")
struct JSONRecordReaderTests {
    @Test("A top-level array of objects gives one record per element with line and $[i] path")
    func topLevelArray() throws {
        let result = try JSONTestHelpers.read("[\n  {\"id\": 1, \"subject\": \"Login\"},\n  {\"id\": 2,\n   \"subject\": \"Refund\"}\n]\n")
        #expect(result.error == nil)
        #expect(result.records.count == 2)
        #expect(result.records[0]["id"] == "1")
        #expect(result.records[1]["subject"] == "Refund")
        #expect(result.records[1].location == RecordLocation(line: 3, index: 1, path: "$[1]"))
        #expect(result.warnings.isEmpty)
    }

    @Test("Nested objects flatten to dotted names; scalars keep their source text; null is left out")
    func flattening() throws {
        let text = #"[{"id": 1700000000, "score": 3.5, "big": 1e5, "ok": true, "no": false, "gone": null, "author": {"email": "a@b.c", "name": {"first": "Ann"}}, "tags": ["billing", 2, null, "vip"], "empty": [], "nested": [[1, 2]], "notes": [{"x": 1}, {"y": "z"}]}]"#
        let result = try JSONTestHelpers.read(text)
        let record = try #require(result.records.first)
        #expect(record.names == ["id", "score", "big", "ok", "no", "author.email", "author.name.first", "tags", "nested", "notes"])
        #expect(record.values == ["1700000000", "3.5", "1e5", "true", "false", "a@b.c", "Ann", "billing, 2, vip", "[[1,2]]", #"[{"x":1},{"y":"z"}]"#])
        #expect(record.turns.isEmpty)
    }

    @Test("Escapes and surrogate pairs are decoded")
    func escapes() throws {
        let result = try JSONTestHelpers.read(#"[{"t": "a\"b\\c\/d\n\u00e9\ud83d\ude00 caf\u00E9"}]"#)
        #expect(result.records.first?["t"] == "a\"b\\c/d\né😀 café")
    }

    @Test("An array at a dotted record path is read, with $.path[i] locations")
    func recordPath() throws {
        let text = "{\"meta\": {\"count\": 2, \"list\": [{\"a\": 1}]},\n \"data\": {\"tickets\": [\n {\"id\": \"T1\"},\n {\"id\": \"T2\"}\n ], \"more\": [1, 2]}, \"tail\": \"x\"}\n"
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data.tickets"))
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["T1", "T2"])
        #expect(result.records[1].location == RecordLocation(line: 4, index: 1, path: "$.data.tickets[1]"))
        #expect(result.warnings.isEmpty)
        let dollar = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "$.data.tickets"))
        #expect(dollar.records.count == 2)
    }

    @Test("Without a record path, the first array of objects depth first is used, with a warning")
    func detectedPath() throws {
        let text = #"{"version": 2, "export": {"labels": ["a", "b"], "conversations": [{"id": 7}, {"id": 8}]}, "later": [{"id": 9}]}"#
        let result = try JSONTestHelpers.read(text)
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["7", "8"])
        #expect(result.records[0].location.path == "$.export.conversations[0]")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasSuffix("using the records at $.export.conversations; pass --record to choose another") == true)
    }

    @Test("JSON Lines: one object per line, blank lines skipped, line numbers exact")
    func jsonLines() throws {
        let text = "{\"id\": 1, \"text\": \"a\"}\n\n{\"id\": 2, \"text\": \"b\"}\r\n   \n{\"id\": 3, \"items\": [{\"k\": 1}]}"
        let result = try JSONTestHelpers.read(text)
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["1", "2", "3"])
        #expect(result.records.map { $0.location } == [
            RecordLocation(line: 1, index: 0), RecordLocation(line: 3, index: 1), RecordLocation(line: 5, index: 2),
        ])
        #expect(result.records[2]["items"] == #"[{"k":1}]"#)
    }

    @Test("A record path given for JSON Lines is not used, with a warning")
    func jsonLinesIgnoresPath() throws {
        let result = try JSONTestHelpers.read("{\"id\": 1}\n{\"id\": 2}\n", options: JSONReaderOptions(recordPath: "data"))
        #expect(result.records.count == 2)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasSuffix("JSON Lines file; the record path data is not used") == true)
    }

    @Test("A single object holding no array of objects is one record")
    func singleObject() throws {
        let result = try JSONTestHelpers.read(#"{"id": "only", "tags": ["a"]}"#)
        #expect(result.records.count == 1)
        #expect(result.records.first?["id"] == "only")
        #expect(result.records.first?.location == RecordLocation(line: 1, index: 0, path: "$"))
    }

    @Test("A UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let result = try JSONTestHelpers.read([0xEF, 0xBB, 0xBF] + Array(#"[{"a": "x"}]"#.utf8))
        #expect(result.error == nil)
        #expect(result.records.first?["a"] == "x")
    }

    @Test("Records are read across chunk boundaries with exact lines")
    func manyRecords() throws {
        var text = "[\n"
        for i in 0..<30_000 {
            text += "  {\"id\": \(i), \"body\": \"record number \(i) with some padding text to cross chunks\"}"
            text += i < 29_999 ? ",\n" : "\n"
        }
        text += "]\n"
        let result = try JSONTestHelpers.read(text)
        #expect(result.error == nil)
        #expect(result.records.count == 30_000)
        #expect(result.records[29_999]["id"] == "29999")
        #expect(result.records[29_999].location.line == 30_001)
        #expect(result.records[12_345]["body"] == "record number 12345 with some padding text to cross chunks")
    }

    @Test("Invalid UTF-8 in a string is read as Windows-1252 with one warning naming the line")
    func windows1252() throws {
        var bytes = Array("[\n{\"a\": \"caf".utf8) + [0xE9] + Array("\"},\n{\"a\": \"".utf8) + [0x93, 0x71, 0x94]
        bytes += Array(" \\n x\"}\n]".utf8)
        let result = try JSONTestHelpers.read(bytes)
        #expect(result.error == nil)
        #expect(result.records.map { $0["a"] } == ["café", "\u{201C}q\u{201D} \n x"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("line 2: a string is not valid UTF-8") == true)
    }
}
