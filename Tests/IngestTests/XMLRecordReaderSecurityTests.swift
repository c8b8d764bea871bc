import Testing
import Foundation
import Ingest
import VerbatimCore
#if canImport(Glibc)
import Glibc
#endif

@Suite("XML record reader: hostile input")
struct XMLRecordReaderSecurityTests {
    @Test("An external entity (XXE) is never expanded: its references contribute no text")
    func externalEntityStaysUnexpanded() throws {
        let result = readXML(TestPaths.fixture("xml/xxe.xml"))
        #expect(result.error == nil)
        #expect(result.warnings.isEmpty)
        try #require(result.records.count == 1)
        #expect(result.fields(0) == [["@id", "1"], ["comment", ""], ["note", "before  after"]])
        #expect(!result.records[0].values.joined().contains("root:"))
    }

    @Test("Billion laughs stops at once with the line of the reference; the record before it is kept")
    func billionLaughsIsRejected() throws {
        let before = peakMemoryBytes()
        let start = ContinuousClock.now
        let result = readXML(TestPaths.fixture("xml/billion-laughs.xml"))
        let elapsed = ContinuousClock.now - start
        #expect(result.records.map { $0["text"] } == ["safe"])
        #expect(result.error == .truncated(
            file: TestPaths.fixture("xml/billion-laughs.xml").path,
            location: RecordLocation(line: 16, index: 1), reason: "Detected an entity reference loop"))
        #expect(elapsed < .seconds(2))
        #expect(peakMemoryBytes() - before < 256 << 20)
    }

    @Test("An external DTD is not fetched: its entity stays undeclared and its default attribute absent")
    func externalDTDIsNotFetched() throws {
        let result = readXML(TestPaths.fixture("xml/external-dtd.xml"))
        #expect(result.error == nil)
        try #require(result.records.count == 1)
        #expect(result.fields(0) == [["@id", "1"], ["comment", "xy"]])
        #expect(result.warnings == ["line 4: Entity 'leak' not defined"])
    }

    @Test("An external parameter entity is not fetched: the entity it would declare is an error")
    func parameterEntityIsNotFetched() {
        let result = readXML(TestPaths.fixture("xml/parameter-entity.xml"))
        #expect(result.records.isEmpty)
        #expect(result.error == .truncated(
            file: TestPaths.fixture("xml/parameter-entity.xml").path,
            location: RecordLocation(line: 7, index: 0), reason: "Entity 'leak' not defined"))
    }

    @Test("A record over maxRecordBytes is rejected with its line and reading goes on")
    func oversizedRecordIsRejected() throws {
        let long = String(repeating: "word ", count: 400)
        let url = try temporaryXML("""
            <rs>
              <r id="1"><c>short</c></r>
              <r id="2"><a>\(long)</a><b>\(long)</b></r>
              <r id="3"><c>after</c></r>
            </rs>
            """)
        let result = readXML(url, .init(maxRecordBytes: 3_000))
        #expect(result.error == nil)
        #expect(result.records.map { $0["@id"] } == ["1", "3"])
        #expect(result.records[1].location == RecordLocation(line: 4, index: 2, path: "/rs/r[3]"))
        try #require(result.rejects.count == 1)
        #expect(result.rejects[0].location == RecordLocation(line: 3, index: 1, path: "/rs/r[2]"))
        #expect(result.rejects[0].reason
                == "record holds 4,001 bytes, over the record limit of 3,000 bytes ([limits] max_record_bytes); record rejected")
        #expect(result.rejects[0].excerpt.hasPrefix("@id=2; a=word word"))
    }

    @Test("A text node over libxml2's 10 MB limit ends the file after the records before it")
    func hugeTextNodeEndsTheFile() throws {
        let huge = String(repeating: "x", count: 11_000_000)
        let url = try temporaryXML("<rs>\n<r id=\"1\"><c>ok</c></r>\n<r id=\"2\"><c>\(huge)</c></r>\n<r id=\"3\"/>\n</rs>\n")
        let result = readXML(url)
        #expect(result.records.map { $0["@id"] } == ["1"])
        #expect(result.rejects.isEmpty)
        guard case .truncated(_, let location, let reason) = result.error else {
            Issue.record("expected truncated, got \(String(describing: result.error))")
            return
        }
        #expect(location == RecordLocation(line: 3, index: 1))
        #expect(reason == "xmlSAX2Characters: huge text node")
    }
}

/// The process's peak resident memory so far, in bytes.
private func peakMemoryBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

@Suite("XML record reader: libxml2 warnings")
struct XMLRecordReaderWarningTests {
    @Test("libxml2's complaints come as warnings: the first 20, then a count")
    func capsWarnings() throws {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE rs SYSTEM \"none.dtd\">\n<rs>\n"
        for i in 1...25 { text += "<r><c>a&e\(i);b</c></r>\n" }
        text += "</rs>\n"
        let result = readXML(try temporaryXML(text))
        #expect(result.error == nil)
        #expect(result.records.count == 25)
        #expect(result.records.allSatisfy { $0["c"] == "ab" })
        #expect(result.warnings.count == 21)
        #expect(result.warnings.first == "line 4: Entity 'e1' not defined")
        #expect(result.warnings.dropLast().last == "line 23: Entity 'e20' not defined")
        #expect(result.warnings.last == "5 more XML warnings not shown")
    }
}
