import Foundation
import VerbatimCore

/// Reads a plain-text file with one record per line (`title_StackOverflow.txt`): each non-empty
/// line is a record with one field, `text`. Lines end with LF, CRLF or CR; a UTF-8 BOM is skipped;
/// a line that is not valid UTF-8 is decoded as Windows-1252 with a warning.
public struct LinesReader: RecordReader {
    /// The file.
    public let url: URL

    /// Creates a reader of `url`.
    public init(url: URL) {
        self.url = url
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
        func emit() throws {
            defer { line.removeAll(keepingCapacity: true) }
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
        while true {
            let chunk: Data
            do {
                guard let c = try file.read(upToCount: 1 << 20), !c.isEmpty else { break }
                chunk = c
            } catch {
                throw IngestError.cannotOpen(file: url.path, reason: error.localizedDescription)
            }
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
                    line.append(b)
                }
            }
        }
        if !line.isEmpty { try emit() }
    }
}
