import Foundation
import Testing
import Ingest
import VerbatimCore

@Suite("CSVReader")
struct CSVReaderTests {
    @Test("Quoted fields keep escaped quotes, delimiters and CRLF line ends")
    func quotedFields() throws {
        let url = TestPaths.fixture("csv/quoted.csv")
        let events = try CSVEvents.read(url)
        #expect(events.values == [["1", "say \"hi\"", "plain"], ["2", "two\r\nlines", "x"], ["3", "a,b", ""]])
        #expect(events.lines == [2, 3, 5])
        #expect(events.records.map(\.location.index) == [0, 1, 2])
        #expect(events.records[0].names == ["id", "text", "note"])
        #expect(events.rejects.isEmpty && events.warnings.isEmpty)
    }

    @Test("A CR-only file ends lines at CR and keeps CR inside quotes")
    func crOnly() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/cr-only.csv"))
        #expect(events.values == [["1", "one"], ["2", "in\rside"], ["3", "three"]])
        #expect(events.lines == [2, 3, 5])
    }

    @Test("A bare CR in a file with LF line ends is data")
    func bareCRIsData() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/bare-cr.csv"))
        #expect(events.values == [["1", "one\rstill one"], ["2", "two"]])
        #expect(events.lines == [2, 3])
    }

    @Test("LF, CRLF and CR-only files give the same records")
    func lineEndStyles() throws {
        for (end, name) in [("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")] {
            let text = "id,text\(end)1,\"a\(end)b\"\(end)2,c\(end)"
            let events = try CSVEvents.read(try CSVEvents.temporaryFile(Array(text.utf8), name: "\(name).csv"))
            #expect(events.values == [["1", "a\(end)b"], ["2", "c"]], "\(name)")
            #expect(events.lines == [2, 4], "\(name)")
        }
    }

    @Test("A UTF-8 BOM is skipped")
    func bom() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/bom.csv"))
        #expect(events.records.first?.names == ["rating", "text"])
        #expect(events.values == [["5", "good"]])
    }

    @Test("Semicolons are sniffed, and one inside quotes is data")
    func semicolon() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/semicolon.csv"))
        #expect(events.records.first?.names == ["id", "name", "city"])
        #expect(events.values == [["1", "Ann", "Paris; France"], ["2", "Bob", "Lyon"]])
    }

    @Test("Pipes are sniffed over commas that vary from line to line")
    func pipe() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/pipe.txt"))
        #expect(events.values == [["1", "Ann", "a, b, c"], ["2", "Bob", "d, e"]])
    }

    @Test("Tabs are sniffed in a .tsv file")
    func tab() throws {
        let url = try CSVEvents.temporaryFile(Array("a\tb,c\n1\t2,3\n4\t5\n".utf8), name: "data.tsv")
        let events = try CSVEvents.read(url)
        #expect(events.records.first?.names == ["a", "b,c"])
        #expect(events.values == [["1", "2,3"], ["4", "5"]])
    }

    @Test("A file with no separator is one field per line, quotes kept")
    func singleColumn() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/lines.txt"), CSVOptions(hasHeader: false))
        #expect(events.values == [["first line, with a comma"], ["\"Quoted\" start"], ["third | line"]])
        #expect(events.records.first?.names == ["column1"])
    }

    @Test("An explicit delimiter is used as given")
    func explicitDelimiter() throws {
        let url = try CSVEvents.temporaryFile(Array("a;b\n1;2,3\n".utf8))
        let events = try CSVEvents.read(url, CSVOptions(delimiter: UInt8(ascii: ",")))
        #expect(events.records.isEmpty)
        #expect(events.rejects == [
            RecordReject(location: RecordLocation(line: 2, index: 0), reason: "expected 1 fields, found 2", excerpt: "1;2,3"),
        ])
    }

    @Test("Blank header names become columnN and repeats get _2, _3, with warnings")
    func headerNames() throws {
        let url = TestPaths.fixture("csv/headers.csv")
        let events = try CSVEvents.read(url)
        #expect(events.records.first?.names == ["id", "column2", "id_2", "name", "id_3"])
        #expect(events.warnings == [
            "\(url.path): header column 2 is blank; named it column2",
            "\(url.path): header column 3 repeats \"id\"; renamed it id_2",
            "\(url.path): header column 5 repeats \"id\"; renamed it id_3",
        ])
        #expect(events.values == [["1", "2", "3", "4", "5"]])
    }

    @Test("Without a header, columns are named column1, column2, …")
    func noHeader() throws {
        let url = try CSVEvents.temporaryFile(Array("1,2,3\n4,5,6\n".utf8))
        let events = try CSVEvents.read(url, CSVOptions(hasHeader: false))
        #expect(events.records.first?.names == ["column1", "column2", "column3"])
        #expect(events.values == [["1", "2", "3"], ["4", "5", "6"]])
        #expect(events.lines == [1, 2])
    }

    @Test("Every record shares the same names array")
    func sharedNames() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/quoted.csv"))
        let addresses = events.records.map { $0.names.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(addresses.count == 3)
        #expect(Set(addresses).count == 1)
    }

    @Test("Blank lines in the middle and at the end are skipped")
    func blankLines() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/blank-lines.csv"))
        #expect(events.values == [["1", "a"], ["2", "b"]])
        #expect(events.lines == [2, 4])
        #expect(events.records.map(\.location.index) == [0, 1])
        #expect(events.rejects.isEmpty)
    }

    @Test("Rows with too few or too many fields are rejected with their line")
    func widths() throws {
        let events = try CSVEvents.read(TestPaths.fixture("csv/widths.csv"))
        #expect(events.values == [["1", "2", "3"], ["10", "11", "12"]])
        #expect(events.lines == [2, 5])
        #expect(events.rejects == [
            RecordReject(location: RecordLocation(line: 3, index: 1), reason: "expected 3 fields, found 2", excerpt: "4,5"),
            RecordReject(location: RecordLocation(line: 4, index: 2), reason: "expected 3 fields, found 4", excerpt: "6,7,8,9"),
        ])
    }

    @Test("Cannot open a missing file or a directory")
    func cannotOpen() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/file.csv")
        #expect(throws: IngestError.cannotOpen(file: missing.path, reason: "No such file or directory")) {
            try CSVReader(url: missing).read { _ in }
        }
        let folder = try TestPaths.temporaryDirectory()
        #expect(throws: IngestError.cannotOpen(file: folder.path, reason: "it is a directory")) {
            try CSVReader(url: folder).read { _ in }
        }
    }

    @Test("Options that cannot work are refused before reading")
    func badOptions() throws {
        let url = TestPaths.fixture("csv/quoted.csv")
        #expect(throws: IngestError.self) {
            try CSVReader(url: url, options: CSVOptions(maxRecordBytes: 0)).read { _ in }
        }
        #expect(throws: IngestError.self) {
            try CSVReader(url: url, options: CSVOptions(delimiter: 0x0A)).read { _ in }
        }
    }

    @Test("Reading in tiny chunks gives the same events as in one chunk")
    func chunkBoundaries() throws {
        let fixtures = ["quoted.csv", "cr-only.csv", "bare-cr.csv", "semicolon.csv", "headers.csv", "widths.csv",
                        "unterminated.csv", "nul.csv", "cp1252.csv", "utf16le.csv", "utf16be.csv",
                        "blank-lines.csv", "bom.csv"]
        for name in fixtures {
            let url = TestPaths.fixture("csv/\(name)")
            let whole = try CSVEvents.read(url).log
            #expect(!whole.isEmpty)
            for size in [1, 2, 3, 5, 7] {
                let small = try CSVEvents.read(url, CSVOptions(chunkSize: size)).log
                #expect(small == whole, "\(name) in chunks of \(size)")
            }
        }
    }
}
