import Foundation
import Ingest
import VerbatimCore

/// The harnesses of the file readers: each writes the input to a scratch file, reads it as
/// ingest does, and checks what every reader promises of its events.
enum ReaderHarnesses {
    /// What a read produced, in order, for comparing two reads of the same bytes.
    enum Seen: Equatable {
        case record(names: [String], values: [String], turns: Int, location: RecordLocation)
        case reject(RecordLocation, String)
        case warning(String)
        case error(String)
    }

    /// Reads `url` with `reader`, checking each record; reader errors (`IngestError`) end the
    /// list as `.error`.
    static func collect(_ reader: some RecordReader, _ harness: FuzzHarness,
                        _ check: (RawRecord) -> String? = { _ in nil }) throws(FuzzViolation) -> [Seen] {
        var seen: [Seen] = []
        var lastIndex = -1
        do {
            try reader.read { event in
                switch event {
                case .record(let record):
                    if record.names.count != record.values.count {
                        throw harness.violation("\(record.names.count) names but \(record.values.count) values at \(record.location)")
                    }
                    if let line = record.location.line, line < 1 {
                        throw harness.violation("a record starts on line \(line)")
                    }
                    if record.location.index <= lastIndex {
                        throw harness.violation("record index \(record.location.index) after \(lastIndex)")
                    }
                    lastIndex = record.location.index
                    if let problem = check(record) { throw harness.violation(problem) }
                    seen.append(.record(names: record.names, values: record.values, turns: record.turns.count,
                                        location: record.location))
                case .reject(let reject):
                    seen.append(.reject(reject.location, reject.reason))
                case .warning(let message):
                    seen.append(.warning(message))
                }
            }
        } catch let violation as FuzzViolation {
            throw violation
        } catch let error as IngestError {
            seen.append(.error(error.description))
        } catch {
            throw harness.violation("the reader threw \(type(of: error)), not an IngestError: \(error)")
        }
        return seen
    }

    /// CSV: the same events whatever the chunk size, records of the header's width, no NUL in a
    /// delivered field.
    static func csv(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        try ScratchFile.with(data, extension: "csv") { (url) throws(FuzzViolation) in
            let whole = try collect(CSVReader(url: url), .csvReader, csvCheck)
            let chunked = try collect(CSVReader(url: url, options: CSVOptions(chunkSize: 7)), .csvReader, csvCheck)
            if whole != chunked {
                let common = min(whole.count, chunked.count)
                let at = (0..<common).first { whole[$0] != chunked[$0] } ?? common
                throw FuzzHarness.csvReader.violation(
                    "7-byte chunks read differently from one chunk at event \(at) (\(whole.count) vs \(chunked.count) events)")
            }
        }
    }

    private static func csvCheck(_ record: RawRecord) -> String? {
        record.values.contains { $0.utf8.contains(0) } ? "a delivered field holds a NUL byte at \(record.location)" : nil
    }

    /// JSON and JSON Lines, with the default record limit and with a 96-byte one.
    static func json(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        try ScratchFile.with(data, extension: "json") { (url) throws(FuzzViolation) in
            _ = try collect(JSONRecordReader(url: url), .jsonReader)
            _ = try collect(JSONRecordReader(url: url, options: JSONReaderOptions(maxRecordBytes: 96)), .jsonReader)
        }
    }

    /// XML with the detected record element.
    static func xml(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        try ScratchFile.with(data, extension: "xml") { (url) throws(FuzzViolation) in
            _ = try collect(XMLRecordReader(url: url), .xmlReader)
        }
    }

    /// Plain lines: one `text` field that holds no line end and is not blank.
    static func lines(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        try ScratchFile.with(data, extension: "txt") { (url) throws(FuzzViolation) in
            _ = try collect(LinesReader(url: url), .linesReader) { record in
                guard record.names == ["text"], let text = record.values.first else { return "a line record is not one text field" }
                if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return "a line holds a line end at \(record.location)" }
                if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return "a blank line became a record at \(record.location)" }
                return nil
            }
        }
    }

    /// CSV records through `ItemMapper`, as ingest maps them: every item has text or a score, a
    /// score on its scale is finite, and dates it read lie within years 1 to 9999.
    static func itemMapper(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        let harness = FuzzHarness.itemMapper
        try ScratchFile.with(data, extension: "csv") { (url) throws(FuzzViolation) in
            let mapper: ItemMapper
            do {
                mapper = try ItemMapper(options: MappingOptions(source: "fuzz"))
            } catch {
                throw harness.violation("the default mapper cannot be made: \(error)")
            }
            do {
                try CSVReader(url: url).read { event in
                    guard case .record(let record) = event else { return }
                    guard case .item(let item) = try mapper.map(record) else { return }
                    if let problem = itemProblem(item) { throw harness.violation("\(problem) at \(record.location)") }
                }
            } catch let violation as FuzzViolation {
                throw violation
            } catch is IngestError {
                return
            } catch {
                throw harness.violation("mapping threw \(type(of: error)), not an IngestError: \(error)")
            }
        }
    }

    /// What is wrong with a mapped item, if anything.
    static func itemProblem(_ item: FeedbackItem) -> String? {
        if item.text.isEmpty && item.score == nil { return "an item has neither text nor a score" }
        if let score = item.score, !score.isFinite { return "score \(score) is not finite" }
        for date in [item.createdAt, item.firstResponseAt, item.resolvedAt].compactMap({ $0 }) {
            if !DateParserHarness.saneRange.contains(date.timeIntervalSince1970) {
                return "date \(date.timeIntervalSince1970) is outside years 1 to 9999"
            }
        }
        if item.externalID.isEmpty { return "an item has an empty external id" }
        return nil
    }
}
