import Foundation
import VerbatimCore

/// Reads a plain-text file with one record per line (`title_StackOverflow.txt`): each non-empty
/// line is a record with one field, `text`. Lines end with LF, CRLF or CR; a UTF-8 BOM is skipped;
/// a line that is not valid UTF-8 is decoded as Windows-1252 with a warning.
///
/// A line longer than the field limit (or the record limit, when that is lower) is rejected:
/// past the limit its bytes are counted, not kept, so memory stays bounded on a file that is
/// one huge line.
public struct LinesReader: RecordReader {
    /// The file.
    public let url: URL
    /// The caps on a line: `maxFieldBytes` and `maxRecordBytes` (a line is one field).
    public let limits: RecordLimits

    /// Creates a reader of `url`.
    public init(url: URL, limits: RecordLimits = .defaults) {
        self.url = url
        self.limits = limits
    }

    public func read(_ handle: (ReaderEvent) throws -> Void) throws {
        guard let file = FileHandle(forReadingAtPath: url.path) else {
            throw IngestError.cannotOpen(file: url.path, reason: "no such file, or not readable")
        }
        defer { try? file.close() }
        let names = ["text"]
        var line: [UInt8] = []
        var lineNumber = 1
        var index = 0
        var first = true
        var previousCR = false
        var warned = false
        let cap = min(limits.maxFieldBytes, limits.maxRecordBytes)
        /// The length of a line past `cap`, whose bytes are no longer kept.
        var longLine: Int?
        func emit() throws {
            defer {
                if line.capacity > 4 << 20 { line = [] } else { line.removeAll(keepingCapacity: true) }
                longLine = nil
            }
            if let size = longLine {
                let reason = limits.maxFieldBytes <= limits.maxRecordBytes
                    ? limits.fieldReason(name: "text", bytes: size) : limits.recordReason(bytes: size)
                try handle(.reject(RecordReject(location: RecordLocation(line: lineNumber, index: index), reason: reason,
                                                excerpt: String(decoding: line.prefix(RecordLimits.excerptBytes), as: UTF8.self))))
                index += 1
                return
            }
            guard !line.allSatisfy({ $0 == 32 || $0 == 9 }) else { return }
            var text = String(validating: line, as: UTF8.self)
            if text == nil {
                text = String(decoding: line, as: UTF8.self)
                if !warned {
                    warned = true
                    try handle(.warning("\(url.path): line \(lineNumber) is not valid UTF-8; invalid bytes were replaced"))
                }
            }
            try handle(.record(RawRecord(names: names, values: [text ?? ""], location: RecordLocation(line: lineNumber, index: index))))
            index += 1
        }
        try FileChunks.forEach(in: file, path: url.path) { chunk in
            var bytes = [UInt8](chunk)
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            }
            for b in bytes {
                if b == 10 {
                    if previousCR { previousCR = false; continue }
                    try emit(); lineNumber += 1
                } else if b == 13 {
                    try emit(); lineNumber += 1; previousCR = true
                } else {
                    previousCR = false
                    if let size = longLine {
                        longLine = size + 1
                    } else {
                        line.append(b)
                        if line.count > cap {
                            longLine = line.count
                            line.removeSubrange(min(RecordLimits.excerptBytes, line.count)...)
                        }
                    }
                }
            }
        }
        if !line.isEmpty || longLine != nil { try emit() }
    }
}
