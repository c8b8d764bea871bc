import Foundation
import Testing
@testable import Ingest
import VerbatimCore

@Suite("JSON reader: hostile and broken input")
struct JSONHostileTests {
    @Test("A file cut inside the array keeps the records before the cut and names the cut record's line")
    func truncatedFile() throws {
        let text = "[\n{\"id\": 1},\n{\"id\": 2},\n{\"id\": 3,\n \"text\": \"cut her"
        let result = try JSONTestHelpers.read(text)
        #expect(result.records.map { $0["id"] } == ["1", "2"])
        let (location, reason) = try #require(JSONTestHelpers.truncation(result.error))
        #expect(location.line == 4)
        #expect(location.index == 2)
        #expect(reason == "the file ends inside the value that starts on line 4")
    }

    @Test("A document cut inside the records at a path keeps the records before the cut")
    func truncatedAtPath() throws {
        let text = "{\"data\": {\"tickets\": [\n{\"id\": 1},\n{\"id\": 2},\n{\"id\": 3, \"body\": [1, 2"
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data.tickets"))
        #expect(result.records.map { $0["id"] } == ["1", "2"])
        let (location, reason) = try #require(JSONTestHelpers.truncation(result.error))
        #expect(location == RecordLocation(line: 4, index: 2, path: "$.data.tickets[2]"))
        #expect(reason == "the file ends inside the value that starts on line 4")
        let unclosed = try JSONTestHelpers.read("{\"data\": [{\"id\": 1}], \"more\": {\"x\": 1")
        #expect(unclosed.records.count == 1)
        #expect(JSONTestHelpers.truncation(unclosed.error)?.1 == "the file ends before the JSON document closes")
    }

    @Test("A file cut between records names the last line")
    func truncatedBetween() throws {
        let result = try JSONTestHelpers.read("[\n{\"id\": 1},\n{\"id\": 2},\n")
        #expect(result.records.count == 2)
        let (location, reason) = try #require(JSONTestHelpers.truncation(result.error))
        #expect(location.line == 4)
        #expect(reason == "the file ends inside the array at $, after record 2")
    }

    @Test("A syntax error inside a record stops the read at the exact line of the fault")
    func syntaxError() throws {
        let text = "[\n{\"id\": 1},\n{\"id\": 2,\n \"a\": 1\n \"b\": 2},\n{\"id\": 4}\n]"
        let result = try JSONTestHelpers.read(text)
        #expect(result.records.map { $0["id"] } == ["1"])
        let (location, reason) = try #require(JSONTestHelpers.truncation(result.error))
        #expect(location.line == 5)
        #expect(reason == "expected ',' or '}' in an object, found '\"'")
    }

    @Test("Mismatched brackets and missing commas are faults with their line")
    func mismatched() throws {
        let bad = try JSONTestHelpers.read("[{\"a\": [1, 2}},\n{}]")
        #expect(bad.records.isEmpty)
        #expect(JSONTestHelpers.truncation(bad.error)?.0.line == 1)
        let noComma = try JSONTestHelpers.read("[{\"a\": 1}\n{\"a\": 2}]")
        #expect(noComma.records.count == 1)
        #expect(JSONTestHelpers.truncation(noComma.error)?.1 == "expected ',' or ']' after record 1, found '{'")
        #expect(JSONTestHelpers.truncation(noComma.error)?.0.line == 2)
    }

    @Test("A record that is not an object is rejected with its line and the reader goes on")
    func nonObjectElement() throws {
        let result = try JSONTestHelpers.read("[\n{\"id\": 1},\n42,\n\"text\",\n[1],\n{\"id\": 5}\n]")
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["1", "5"])
        #expect(result.records[1].location == RecordLocation(line: 6, index: 4, path: "$[4]"))
        #expect(result.rejects.map(\.reason) == [
            "record 2 is a number, expected an object",
            "record 3 is a string, expected an object",
            "record 4 is an array, expected an object",
        ])
        #expect(result.rejects.map(\.location.line) == [3, 4, 5])
        #expect(result.rejects.first?.excerpt == "42")
    }

    @Test("A record path to a non-array names the path and the type found")
    func wrongTypeAtPath() throws {
        let text = #"{"data": {"tickets": "none", "n": 3}}"#
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data.tickets"))
        #expect(JSONTestHelpers.notFormatReason(result.error) == "$.data.tickets is a string, expected an array of records")
        let object = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data"))
        #expect(JSONTestHelpers.notFormatReason(object.error) == "$.data is an object, expected an array of records")
        let number = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data.n"))
        #expect(JSONTestHelpers.notFormatReason(number.error) == "$.data.n is a number, expected an array of records")
        let through = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "data.tickets.x"))
        #expect(JSONTestHelpers.notFormatReason(through.error) == "$.data.tickets is a string, expected an object")
    }

    @Test("A record path into a top-level array does not exist")
    func pathIntoArray() throws {
        let result = try JSONTestHelpers.read(#"[{"a": 1}]"#, options: JSONReaderOptions(recordPath: "data.tickets"))
        #expect(result.records.isEmpty)
        #expect(JSONTestHelpers.notFormatReason(result.error) == "$ is an array, so the record path $.data.tickets does not exist")
        let top = try JSONTestHelpers.read(#"[{"a": 1}]"#, options: JSONReaderOptions(recordPath: "$"))
        #expect(top.records.count == 1)
    }

    @Test("A bad escape inside a record is a fault at its line")
    func badEscape() throws {
        let result = try JSONTestHelpers.read("[{\"a\": 1},\n{\"a\": \"x\\q\"}]")
        #expect(result.records.count == 1)
        let (location, reason) = try #require(JSONTestHelpers.truncation(result.error))
        #expect(location.line == 2)
        #expect(reason == "unknown escape \\q")
    }

    @Test("A missing record path lists the keys seen")
    func missingPath() throws {
        let text = #"{"meta": {"a": 1}, "items": [{"x": 1}], "count": 1}"#
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "tickets"))
        #expect(JSONTestHelpers.notFormatReason(result.error) == "$.tickets does not exist; top-level keys: meta, items, count")
        let deeper = try JSONTestHelpers.read(text, options: JSONReaderOptions(recordPath: "meta.b"))
        #expect(JSONTestHelpers.notFormatReason(deeper.error) == "$.meta.b does not exist; keys in $.meta: a")
    }

    @Test("JSON Lines with a broken line in the middle rejects that line and goes on")
    func brokenJSONLine() throws {
        let text = "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3, \"oops\n{\"id\": 4}\n7\n{\"id\": 6}\n"
        let result = try JSONTestHelpers.read(text)
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["1", "2", "4", "6"])
        #expect(result.records.map(\.location.line) == [1, 2, 4, 6])
        #expect(result.rejects.map(\.location.line) == [3, 5])
        #expect(result.rejects.map(\.reason) == ["line 3 is not valid JSON: a string is not closed",
                                                 "record 5 is a number, expected an object"])
    }

    @Test("10,000 nested brackets end in an error or a reject, not a crash")
    func deepNesting() throws {
        let deep = try JSONTestHelpers.read(String(repeating: "[", count: 10_000))
        #expect(JSONTestHelpers.truncation(deep.error)?.1 == "the file ends inside the value that starts on line 1")
        let closed = try JSONTestHelpers.read("[" + String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
                                              + ", {\"a\": 2}]")
        #expect(closed.error == nil)
        #expect(closed.records.map { $0["a"] } == ["2"])
        #expect(closed.rejects.map(\.reason)
                == ["nesting deeper than 256 levels, over the JSON depth limit ([limits] max_json_depth); record rejected"])
        let objects = try JSONTestHelpers.read(String(repeating: "{\"a\":", count: 10_000))
        #expect(objects.error != nil)
        let jsonl = try JSONTestHelpers.read("{\"a\":1}\n" + String(repeating: "[", count: 10_000) + "\n{\"a\":2}\n")
        #expect(jsonl.records.count == 2)
        #expect(jsonl.rejects.first?.reason == "nesting deeper than 256 levels, over the JSON depth limit ([limits] max_json_depth); record rejected")
    }

    @Test("A huge string is read whole when under the limit")
    func hugeString() throws {
        let big = String(repeating: "abcdefghij", count: 500_000)
        let result = try JSONTestHelpers.read("[{\"id\": 1, \"body\": \"\(big)\"}, {\"id\": 2}]")
        #expect(result.error == nil)
        #expect(result.records.count == 2)
        #expect(result.records[0]["body"]?.utf8.count == 5_000_000)
    }

    @Test("A record over maxRecordBytes is rejected with its line and the next one is read")
    func oversizeRecord() throws {
        let big = String(repeating: "x", count: 3_000_000)
        let text = "[\n{\"id\": 1},\n{\"id\": 2, \"body\": \"\(big)\"},\n{\"id\": 3}\n]"
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(maxRecordBytes: 1 << 20))
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["1", "3"])
        #expect(result.records[1].location.line == 4)
        #expect(result.rejects.count == 1)
        #expect(result.rejects.first?.location == RecordLocation(line: 3, index: 1, path: "$[1]"))
        #expect(result.rejects.first?.reason
                == "record holds 3,000,021 bytes, over the record limit of 1,048,576 bytes ([limits] max_record_bytes); record rejected")
        let lines = try JSONTestHelpers.read("{\"id\": 1}\n{\"body\": \"\(big)\"}\n{\"id\": 3}\n", options: JSONReaderOptions(maxRecordBytes: 1 << 20))
        #expect(lines.records.map { $0["id"] } == ["1", "3"])
        #expect(lines.rejects.map(\.location.line) == [2])
    }

    @Test("An empty file, a CSV file and a bare scalar are not JSON")
    func notJSON() throws {
        #expect(JSONTestHelpers.notFormatReason(try JSONTestHelpers.read("").error) == "the file is empty")
        #expect(JSONTestHelpers.notFormatReason(try JSONTestHelpers.read("  \n ").error) == "the file is empty")
        #expect(JSONTestHelpers.notFormatReason(try JSONTestHelpers.read("Ticket ID,Subject\n1,Login\n").error)
                == "line 1 starts with 'T', not '[' or '{'")
        #expect(JSONTestHelpers.notFormatReason(try JSONTestHelpers.read("42").error)
                == "the top level is a number, expected an array or an object of records")
    }

    @Test("A missing file cannot be opened")
    func missingFile() {
        let result = JSONTestHelpers.read(url: URL(fileURLWithPath: "/nonexistent/verbatim/x.json"))
        guard case .cannotOpen(let file, _)? = result.error else {
            Issue.record("expected cannotOpen, got \(String(describing: result.error))")
            return
        }
        #expect(file == "/nonexistent/verbatim/x.json")
    }

    @Test("Trailing data after the document is a fault after every record was delivered")
    func trailingGarbage() throws {
        let result = try JSONTestHelpers.read("[{\"a\": 1}]\n]")
        #expect(result.records.count == 1)
        #expect(JSONTestHelpers.truncation(result.error)?.0.line == 2)
    }
}
