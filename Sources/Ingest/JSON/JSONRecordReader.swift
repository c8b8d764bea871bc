import Foundation
import VerbatimCore

/// A streaming reader of JSON and JSON Lines exports.
///
/// It reads the file in 1 MiB chunks. A byte-level scanner finds the array of records (the
/// top-level array, the array at `recordPath`, or the first array of objects found depth first)
/// and cuts out each element, which is then parsed on its own and flattened into a `RawRecord`
/// (see `JSONRecordBuilder`); conversation turns are recognised (see `JSONConversation`). A
/// top-level object followed by another value is read as JSON Lines, one record per line.
///
/// Faults: an element that is not an object, or is over `maxRecordBytes`, is a reject; a
/// syntax error or a cut-off file inside the array throws `IngestError.truncated` after every
/// earlier record was delivered; in JSON Lines a malformed line is a reject.
///
/// - Complexity: O(n) in the file's bytes; memory is bounded by the largest record plus a chunk.
public struct JSONRecordReader: RecordReader {
    /// The file read.
    public let url: URL
    /// How records are found and limited.
    public let options: JSONReaderOptions

    /// Creates a reader of the file at `url`; nothing is opened until `read`.
    public init(url: URL, options: JSONReaderOptions = .init()) {
        self.url = url
        self.options = options
    }

    /// How the file is laid out, as the first value shows.
    enum Shape {
        /// A top-level array of records.
        case array
        /// Records inside a top-level object; `oversized` is the size of that object when it is
        /// over the record limit (it may be one record alone, or hold the records).
        case document(oversized: Int?)
        /// JSON Lines.
        case lines
        /// One object alone, holding no array of objects: a single record starting on a line.
        case single([JSONMember], line: Int)
    }

    /// Streams every record of the file to `handle`, in file order.
    /// - Throws: `IngestError.cannotOpen`, `.notFormat` (not JSON, or no records at the path),
    ///   `.truncated` (the file breaks part way; earlier records were delivered), or what
    ///   `handle` throws.
    public func read(_ handle: (ReaderEvent) throws -> Void) throws {
        var state = ReadState()
        let scanner = try JSONByteScanner(url: url, maxDepth: options.maxDepth)
        switch try probe(scanner) {
        case .array:
            if let components = options.recordPathComponents, !components.isEmpty {
                throw IngestError.notFormat(
                    file: url.path, format: "JSON",
                    reason: "$ is an array, so the record path $.\(components.joined(separator: ".")) does not exist")
            }
            scanner.pos += 1
            try readArray(scanner, path: "$", closers: [], state: &state, handle)
        case .document(let oversized):
            let again = try JSONByteScanner(url: url, maxDepth: options.maxDepth)
            try again.skipByteOrderMark()
            _ = try again.skipWhitespace()
            let located: (String, [UInt8])
            do {
                located = try locateRecords(again, handle)
            } catch IngestError.notFormat(_, _, let reason) where oversized != nil && reason.contains("no array of objects") {
                // One object alone: it is the record, read whole when it is under the limit.
                if let size = oversized, size <= options.maxRecordBytes {
                    let whole = try JSONByteScanner(url: url, maxDepth: options.maxDepth)
                    try whole.skipByteOrderMark()
                    _ = try whole.skipWhitespace()
                    let line = whole.line
                    whole.mark = whole.pos
                    _ = try whole.skipValue(keepLimit: options.maxRecordBytes)
                    var state = state
                    let location = RecordLocation(line: line, index: 0, path: "$")
                    if let fault = try emit(whole.keptBytes(), location: location, state: &state, handle) {
                        throw truncated(fault.line, 0, nil, fault.reason)
                    }
                    return
                }
                let prefix = try JSONByteScanner(url: url, maxDepth: options.maxDepth).headBytes(RecordLimits.excerptBytes)
                try handle(.reject(RecordReject(location: RecordLocation(line: 1, index: 0, path: "$"),
                                                reason: options.limits.recordReason(bytes: oversized ?? 0),
                                                excerpt: String(decoding: prefix, as: UTF8.self))))
                return
            }
            let (path, closers) = located
            try readArray(again, path: path, closers: closers, state: &state, handle)
        case .lines:
            if options.recordPath != nil {
                try handle(.warning("\(url.path): JSON Lines file; the record path \(options.recordPath ?? "") is not used"))
            }
            let again = try JSONByteScanner(url: url, maxDepth: options.maxDepth)
            try again.skipByteOrderMark()
            try readLines(again, state: &state, handle)
        case .single(let members, let line):
            try handle(.record(JSONRecordBuilder.record(members, location: RecordLocation(line: line, index: 0, path: "$"))))
        }
    }

    /// What one read of a file has seen so far.
    struct ReadState {
        /// Whether the Windows-1252 fallback was reported for this file.
        var warnedEncoding = false
    }

    /// Looks at the first value to tell a top-level array, a document and JSON Lines apart.
    /// An array leaves the scanner on its '['; the other shapes are read again from the start.
    private func probe(_ scanner: JSONByteScanner) throws -> Shape {
        try scanner.skipByteOrderMark()
        guard let first = try scanner.skipWhitespace() else {
            throw IngestError.notFormat(file: url.path, format: "JSON", reason: "the file is empty")
        }
        if first == UInt8(ascii: "[") { return .array }
        guard first == UInt8(ascii: "{") else {
            let kind = JSONValue.kindDescription(startingWith: first)
            if kind == "not JSON" {
                let found = first >= 0x21 && first < 0x7F ? "'\(Character(Unicode.Scalar(first)))'" : "byte 0x\(String(first, radix: 16))"
                throw IngestError.notFormat(file: url.path, format: "JSON",
                                            reason: "line \(scanner.line) starts with \(found), not '[' or '{'")
            }
            throw IngestError.notFormat(file: url.path, format: "JSON",
                                        reason: "the top level is \(kind), expected an array or an object of records")
        }
        let line = scanner.line
        scanner.mark = scanner.pos
        let start = scanner.base + scanner.pos
        // A document that holds the records is walked again, so the probe keeps at most 16 MiB of it.
        let probeLimit = min(options.maxRecordBytes, Self.probeBytes)
        guard case .done = try scanner.skipValue(keepLimit: probeLimit) else { return .document(oversized: nil) }
        if scanner.overflowed {
            let size = scanner.base + scanner.pos - start
            if try scanner.skipWhitespace() != nil { return .lines }
            return .document(oversized: size)
        }
        let bytes = Array(scanner.keptBytes())
        scanner.mark = nil
        if try scanner.skipWhitespace() != nil { return .lines }
        if options.recordPath != nil { return .document(oversized: nil) }
        let value: JSONValue? = bytes.withUnsafeBufferPointer { p in
            var parser = JSONValueParser(bytes: p, maxDepth: options.maxDepth)
            return parser.parseDocument()
        }
        guard let value, case .object(let members) = value, !Self.holdsArrayOfObjects(value) else { return .document(oversized: nil) }
        return .single(members, line: line)
    }

    /// The most bytes of the first value the probe keeps.
    static let probeBytes = 16 << 20

    /// Whether any array inside `value` starts with an object.
    private static func holdsArrayOfObjects(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let members): return members.contains { holdsArrayOfObjects($0.value) }
        case .array(let elements):
            if case .object? = elements.first { return true }
            return false
        default: return false
        }
    }
}
