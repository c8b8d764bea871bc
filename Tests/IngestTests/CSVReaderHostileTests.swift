import Foundation
import Testing
import Ingest
import VerbatimCore

@Suite("CSVReader on hostile input")
struct CSVReaderHostileTests {
    @Test("An unterminated quote at the end rejects the last record with the line it opened")
    func unterminatedQuote() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/unterminated.csv"))
        #expect(events.values == [["1", "ok"]])
        #expect(events.rejects == [
            RecordReject(location: RecordLocation(line: 3, index: 1),
                         reason: "unterminated quoted field starting at line 3", excerpt: "2,never\nclosed\n"),
        ])
    }

    @Test("A NUL byte rejects its record and reading goes on")
    func nulByte() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/nul.csv"))
        #expect(events.values == [["1", "ok"], ["3", "fine"]])
        #expect(events.lines == [2, 4])
        #expect(events.rejects == [
            RecordReject(location: RecordLocation(line: 3, index: 1), reason: "contains a NUL byte", excerpt: "2,bad\\u{0}byte"),
        ])
    }

    @Test("A field that is not UTF-8 is read as Windows-1252 with one warning")
    func windows1252() throws {
        let url = TestPaths.fixture("csv/cp1252.csv")
        let events = try CSVEvents.read(url)
        #expect(events.values == [["1", "ok"], ["2", "café"], ["3", "\u{201C}quoted\u{201D} € 5"]])
        #expect(events.warnings == ["\(url.path): not valid UTF-8 at line 3; decoded as Windows-1252"])
        #expect(events.log.firstIndex { $0.hasPrefix("warning") } == 1)
        #expect(events.rejects.isEmpty)
    }

    @Test("Windows-1252 maps 0x80–0x9F to their characters and the undefined bytes to C1 controls")
    func windows1252Table() throws {
        let url = try CSVEvents.temporaryFile([0x61, 0x0A, 0x80, 0x81, 0x8A, 0x9F, 0xA0, 0xFF, 0x0A])
        let events = try CSVEvents.read(url)
        #expect(events.values == [["\u{20AC}\u{81}\u{160}\u{178}\u{A0}\u{FF}"]])
    }

    @Test("Overlong forms, surrogates, code points past U+10FFFF and cut sequences are not UTF-8")
    func malformedUTF8() throws {
        var bytes = Array("a,b\n".utf8)
        bytes += [0xC0, 0x80, 0x2C] + Array("ok é😀 long enough ascii".utf8) + [0x0A]
        bytes += [0xED, 0xA0, 0x80, 0x2C, 0xF4, 0x90, 0x80, 0x80, 0x0A]
        bytes += Array("0123456789".utf8) + [0xE2, 0x82, 0x2C] + Array("fine".utf8) + [0x0A]
        let events = try CSVEvents.read(try CSVEvents.temporaryFile(bytes))
        #expect(events.values == [
            ["\u{C0}\u{20AC}", "ok é😀 long enough ascii"],
            ["\u{ED}\u{A0}\u{20AC}", "\u{F4}\u{90}\u{20AC}\u{20AC}"],
            ["0123456789\u{E2}\u{201A}", "fine"],
        ])
        #expect(events.warnings.count == 1)
    }

    @Test("UTF-16 LE and BE files are transcoded with a warning, their zero bytes not rejected")
    func utf16() throws {
        let le = TestPaths.fixture("csv/utf16le.csv")
        let leEvents = try CSVEvents.read(le)
        #expect(leEvents.records.first?.names == ["id", "text"])
        #expect(leEvents.values == [["1", "café"], ["2", "😀"]])
        #expect(leEvents.warnings == ["\(le.path): UTF-16 LE file; transcoded to UTF-8"])
        #expect(leEvents.rejects.isEmpty)

        let be = TestPaths.fixture("csv/utf16be.csv")
        let beEvents = try CSVEvents.read(be)
        #expect(beEvents.values == [["1", "café"]])
        #expect(beEvents.warnings == ["\(be.path): UTF-16 BE file; transcoded to UTF-8"])
    }

    @Test("A record over maxRecordBytes is rejected with its line and the next one is read")
    func smallLimit() throws {
        let url = try CSVEvents.temporaryFile(Array("id,text\n1,short\n2,\"\(String(repeating: "x", count: 40))\nmore\"\n3,end\n".utf8))
        let events = try CSVEvents.read(url, CSVOptions(maxRecordBytes: 32, chunkSize: 8))
        #expect(events.values == [["1", "short"], ["3", "end"]])
        #expect(events.lines == [2, 5])
        #expect(events.rejects.map(\.location) == [RecordLocation(line: 3, index: 1)])
        #expect(events.rejects.map(\.reason) == ["record holds 46 bytes, over the record limit of 32 bytes ([limits] max_record_bytes); record rejected"])
    }

    @Test("A 50 MB field is rejected with its line; the records around it are delivered")
    func fiftyMegabyteField() throws {
        let url = try CSVEvents.temporaryFile(Array("id,text\n1,before\n2,".utf8))
        let file = try FileHandle(forWritingTo: url)
        try file.seekToEnd()
        let megabyte = Data(repeating: UInt8(ascii: "y"), count: 1_000_000)
        for _ in 0..<50 { try file.write(contentsOf: megabyte) }
        try file.write(contentsOf: Data("\n3,after\n".utf8))
        try file.close()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let events = try CSVEvents.read(url)
        #expect(events.values == [["1", "before"], ["3", "after"]])
        #expect(events.lines == [2, 4])
        #expect(events.rejects.count == 1)
        #expect(events.rejects.first?.location == RecordLocation(line: 3, index: 1))
        #expect(events.rejects.first?.reason == "field 'text' holds 50,000,000 bytes, over the field limit of 16,777,216 bytes ([limits] max_field_bytes); record rejected")
        #expect(events.rejects.first?.excerpt.hasPrefix("2yyyy") == true)
    }

    @Test("A NUL-laden binary header is refused as not CSV")
    func binaryHeader() throws {
        let url = try CSVEvents.temporaryFile([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x0A, 0x01])
        #expect(throws: IngestError.notFormat(file: url.path, format: "CSV",
                                              reason: "the header contains a NUL byte (is it a binary file?)")) {
            try CSVReader(url: url).read { _ in }
        }
    }
}
