import Testing
import Foundation
import Ingest
import VerbatimCore

@Suite("XML record reader: broken and foreign files")
struct XMLRecordReaderFaultTests {
    @Test("Two good records, then a mismatched tag: both records, then truncated at libxml2's line")
    func deliversRecordsBeforeAFault() throws {
        let url = TestPaths.fixture("xml/broken-third.xml")
        let result = readXML(url)
        #expect(result.records.map { $0["@id"] } == ["1", "2"])
        #expect(result.records.map(\.location.line) == [3, 4])
        #expect(result.error == .truncated(
            file: url.path, location: RecordLocation(line: 7, index: 2),
            reason: "Opening and ending tag mismatch: comment line 7 and remark"))
    }

    @Test("A fault on a single-line document keeps the records before it on the same line")
    func deliversRecordsBeforeAFaultOnOneLine() throws {
        let url = TestPaths.fixture("xml/broken-one-line.xml")
        let result = readXML(url)
        #expect(result.records.map { $0["a"] } == ["x", "éé"])
        #expect(result.error == .truncated(
            file: url.path, location: RecordLocation(line: 1, index: 2),
            reason: "Opening and ending tag mismatch: a line 1 and b"))
    }

    @Test("A fault far into a large file keeps every record before it, exactly once")
    func deliversRecordsBeforeALateFault() throws {
        var text = "<rs>\n"
        for i in 1...5_000 { text += "<r><n>\(i)</n><c>comment number \(i)</c></r>\n" }
        text += "<r><n>5001</n><c>broken</d></r>\n<r><n>5002</n></r>\n</rs>\n"
        let result = readXML(try temporaryXML(text))
        #expect(result.records.count == 5_000)
        #expect(result.records.enumerated().allSatisfy { i, record in
            record["n"] == String(i + 1) && record.location.index == i && record.location.line == i + 2
        })
        guard case .truncated(_, let location, let reason) = result.error else {
            Issue.record("expected truncated, got \(String(describing: result.error))")
            return
        }
        #expect(location == RecordLocation(line: 5_002, index: 5_000))
        #expect(reason == "Opening and ending tag mismatch: c line 5002 and d")
    }

    @Test("A file cut off inside a record keeps the records before it")
    func deliversRecordsBeforeAnAbruptEnd() throws {
        let url = try temporaryXML("<rs>\n<r><n>1</n></r>\n<r><n>2</n></r>\n<r><n>3</n><c>half")
        let result = readXML(url)
        #expect(result.records.map { $0["n"] } == ["1", "2"])
        guard case .truncated(_, let location, _) = result.error else {
            Issue.record("expected truncated, got \(String(describing: result.error))")
            return
        }
        #expect(location.index == 2)
    }

    @Test("A CSV file is not XML")
    func csvIsNotXML() {
        let url = TestPaths.fixture("xml/not-xml.csv")
        #expect(readXML(url).error == .notFormat(file: url.path, format: "XML", reason: "line 1: Document is empty"))
    }

    @Test("An empty file is not XML")
    func emptyFileIsNotXML() {
        let url = TestPaths.fixture("xml/empty.xml")
        #expect(readXML(url).error == .notFormat(file: url.path, format: "XML", reason: "the file is empty"))
    }

    @Test("A missing file cannot be opened")
    func missingFile() {
        let url = TestPaths.fixture("xml/missing.xml")
        #expect(readXML(url).error == .cannotOpen(file: url.path, reason: "No such file or directory"))
    }

    @Test("An empty or malformed record element is a bad option")
    func badRecordElement() {
        let url = TestPaths.fixture("xml/survey.xml")
        #expect(readXML(url, .init(recordElement: "")).error == .badOption(
            option: "--record", value: "",
            reason: "give an element name (response) or a path from the root (export/tickets/ticket)"))
        #expect(readXML(url, .init(recordElement: "a//b")).error == .badOption(
            option: "--record", value: "a//b",
            reason: "give an element name (response) or a path from the root (export/tickets/ticket)"))
        #expect(readXML(url, .init(maxRecordBytes: 0)).error == .badOption(
            option: "maxRecordBytes", value: "0",
            reason: "a record limit must be at least 1 byte; the default is 64 MiB"))
    }
}
