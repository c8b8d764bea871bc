import Foundation
import Testing
@testable import Ingest
import VerbatimCore

@Suite("Record limits")
struct RecordLimitsTests {
    /// A file with `prefix`, then `count` bytes of `fill`, then `suffix`, written a megabyte at a time.
    static func file(_ prefix: String, fill: UInt8, count: Int, _ suffix: String, name: String) throws -> URL {
        let url = try CSVEvents.temporaryFile(Array(prefix.utf8), name: name)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let block = Data(repeating: fill, count: 1 << 20)
        var left = count
        while left > 0 {
            let n = min(left, block.count)
            try handle.write(contentsOf: block.prefix(n))
            left -= n
        }
        try handle.write(contentsOf: Data(suffix.utf8))
        try handle.close()
        return url
    }

    @Test("A CSV field over the field limit is rejected naming the field, its size, the limit and its key")
    func csvField() throws {
        let url = try CSVEvents.temporaryFile(Array("id,description\n1,short\n2,\(String(repeating: "x", count: 2_000))\n3,end\n".utf8))
        let events = try CSVEvents.read(url, CSVOptions(maxFieldBytes: 1_024))
        #expect(events.values == [["1", "short"], ["3", "end"]])
        #expect(events.rejects.map(\.location) == [RecordLocation(line: 3, index: 1)])
        #expect(events.rejects.first?.reason
                == "field 'description' holds 2,000 bytes, over the field limit of 1,024 bytes ([limits] max_field_bytes); record rejected")
    }

    @Test("A 10 MB field under a 1 KB cap: the reject keeps a bounded excerpt and the tokenizer keeps a bounded prefix")
    func boundedField() throws {
        let url = try Self.file("id,text\n1,before\n2,", fill: UInt8(ascii: "y"), count: 10_000_000, "\n3,after\n", name: "big.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let events = try CSVEvents.read(url, CSVOptions(maxFieldBytes: 1_024))
        #expect(events.values == [["1", "before"], ["3", "after"]])
        #expect(events.rejects.count == 1)
        #expect(events.rejects.first?.reason
                == "field 'text' holds 10,000,000 bytes, over the field limit of 1,024 bytes ([limits] max_field_bytes); record rejected")
        #expect(events.rejects.first.map { $0.excerpt.utf8.count <= 400 } == true)

        // The tokenizer itself: the rejected row it hands out holds a prefix, not the field.
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "\""), crEndsLines: false,
                                     maxRecordBytes: 64 << 20, maxFieldBytes: 1_024)
        var kept: [Int] = []
        let chunk = [UInt8](repeating: UInt8(ascii: "z"), count: 1 << 20)
        try chunk.withUnsafeBufferPointer { p in
            try tokenizer.consume(UnsafeBufferPointer(rebasing: p[0..<2])) { _ in }
            for _ in 0..<20 { try tokenizer.consume(p) { kept.append($0.bytes.count) } }
            try tokenizer.consume(UnsafeBufferPointer(start: [UInt8(0x0A)], count: 1)) { row in
                kept.append(row.bytes.count)
                #expect(row.problem == .fieldTooLong(field: 0, bytes: 20 << 20 + 2))
            }
        }
        #expect(kept.count == 1 && kept[0] <= 4_096)
    }

    @Test("A CSV record over the record limit is rejected with its size")
    func csvRecord() throws {
        let url = try CSVEvents.temporaryFile(Array("a,b\n1,2\n\(String(repeating: "x", count: 60)),\(String(repeating: "y", count: 60))\n3,4\n".utf8))
        let events = try CSVEvents.read(url, CSVOptions(maxRecordBytes: 100, chunkSize: 16))
        #expect(events.values == [["1", "2"], ["3", "4"]])
        #expect(events.rejects.first?.reason
                == "record holds 120 bytes, over the record limit of 100 bytes ([limits] max_record_bytes); record rejected")
    }

    @Test("A line of a million separators is rejected without keeping every field end")
    func csvManyFields() throws {
        let url = try Self.file("a,b\n1,2\n", fill: UInt8(ascii: ","), count: 3_000_000, "\n3,4\n", name: "wide.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let events = try CSVEvents.read(url)
        #expect(events.values == [["1", "2"], ["3", "4"]])
        #expect(events.rejects.map(\.reason) == ["record has more than 1,048,576 fields; record rejected"])
    }

    @Test("JSON: a record over the size limit and one nested too deep are rejected; the others are kept")
    func json() throws {
        let deep = String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        let text = "[{\"id\": 1}, {\"id\": 2, \"body\": \"\(String(repeating: "x", count: 500))\"}, {\"id\": 3, \"x\": \(deep)}, {\"id\": 4}]"
        let result = try JSONTestHelpers.read(text, options: JSONReaderOptions(maxRecordBytes: 200, maxDepth: 20))
        #expect(result.error == nil)
        #expect(result.records.map { $0["id"] } == ["1", "4"])
        #expect(result.rejects.map(\.reason) == [
            "record holds 521 bytes, over the record limit of 200 bytes ([limits] max_record_bytes); record rejected",
            "nesting deeper than 20 levels, over the JSON depth limit ([limits] max_json_depth); record rejected",
        ])
        let lines = try JSONTestHelpers.read("{\"id\": 1}\n{\"id\": 2, \"x\": \(deep)}\n{\"id\": 3}\n",
                                             options: JSONReaderOptions(maxDepth: 20))
        #expect(lines.records.map { $0["id"] } == ["1", "3"])
        #expect(lines.rejects.map(\.reason) == ["nesting deeper than 20 levels, over the JSON depth limit ([limits] max_json_depth); record rejected"])
    }

    @Test("JSON: one object alone over the record limit is a reject, not 'no records'")
    func jsonSingleHugeObject() throws {
        let url = try Self.file("{\"id\": 1, \"text\": \"", fill: UInt8(ascii: "q"), count: 3_000_000, "\"}", name: "one.jsonl")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let result = JSONTestHelpers.read(url: url, options: JSONReaderOptions(maxRecordBytes: 1 << 20))
        #expect(result.error == nil)
        #expect(result.records.isEmpty)
        #expect(result.rejects.map(\.reason)
                == ["record holds 3,000,021 bytes, over the record limit of 1,048,576 bytes ([limits] max_record_bytes); record rejected"])
    }

    @Test("JSON: one object alone over the probe's 16 MiB but under the record limit is read whole")
    func jsonSingleLargeObject() throws {
        let url = try Self.file("{\"id\": 1, \"text\": \"", fill: UInt8(ascii: "q"), count: 17 << 20, "\"}", name: "one.json")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let result = JSONTestHelpers.read(url: url, options: JSONReaderOptions())
        #expect(result.error == nil)
        #expect(result.rejects.isEmpty)
        #expect(result.records.map { $0["text"]?.utf8.count } == [17 << 20])
        #expect(result.records.first?.location == RecordLocation(line: 1, index: 0, path: "$"))
    }

    @Test("XML: a record whose elements nest past the depth limit is rejected with its depth")
    func xmlDepth() throws {
        let deep = String(repeating: "<a>", count: 10) + "x" + String(repeating: "</a>", count: 10)
        let url = try temporaryXML("<rs><r id=\"1\"><c>ok</c></r><r id=\"2\">\(deep)</r><r id=\"3\"/></rs>")
        let result = readXML(url, .init(maxDepth: 8))
        #expect(result.error == nil)
        #expect(result.records.map { $0["@id"] } == ["1", "3"])
        #expect(result.rejects.map(\.reason)
                == ["elements nest 12 levels deep, over the XML depth limit of 8 levels ([limits] max_xml_depth); record rejected"])
        #expect(readXML(url, .init(maxDepth: 0)).error
                == .badOption(option: "maxDepth", value: "0", reason: "a depth limit must be at least 1; the default is 256"))
    }

    @Test("Lines: a line over the field limit is rejected and counted, not kept")
    func lines() throws {
        let url = try Self.file("first\n", fill: UInt8(ascii: "w"), count: 3_000_000, "\nlast\n", name: "l.txt")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        var records: [String] = [], rejects: [RecordReject] = []
        try LinesReader(url: url, limits: RecordLimits(maxFieldBytes: 1_024)).read { event in
            if case .record(let r) = event { records.append(r.values[0]) }
            if case .reject(let r) = event { rejects.append(r) }
        }
        #expect(records == ["first", "last"])
        #expect(rejects.map(\.location) == [RecordLocation(line: 2, index: 1)])
        #expect(rejects.map(\.reason)
                == ["field 'text' holds 3,000,000 bytes, over the field limit of 1,024 bytes ([limits] max_field_bytes); record rejected"])
    }

    @Test("A field over the limit in any record is found by oversizedField; XML depth over libxml2's is refused")
    func generic() {
        let limits = RecordLimits(maxFieldBytes: 4)
        let record = RawRecord(names: ["id", "body"], values: ["1", "hello"], location: RecordLocation(line: 7, index: 0))
        #expect(limits.oversizedField(in: record)?.reason
                == "field 'body' holds 5 bytes, over the field limit of 4 bytes ([limits] max_field_bytes); record rejected")
        #expect(RecordLimits(maxFieldBytes: 5).oversizedField(in: record) == nil)
        #expect(RecordLimits(maxXMLDepth: 300).problem?.key == "max_xml_depth")
        #expect(RecordLimits.defaults.problem == nil)
    }
}
