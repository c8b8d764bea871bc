import Foundation
import VerbatimCore

extension JSONRecordReader {
    /// Reads the elements of the array whose '[' was just consumed, then the rest of the file.
    /// - Parameters:
    ///   - path: the array's path for locations (`$`, `$.data.tickets`).
    ///   - closers: the closing brackets of the objects around the array, outermost first.
    func readArray(_ scanner: JSONByteScanner, path: String, closers: [UInt8], state: inout ReadState,
                   _ handle: (ReaderEvent) throws -> Void) throws {
        var index = 0
        while true {
            guard let next = try scanner.skipWhitespace() else {
                let after = index > 0 ? ", after record \(index)" : ""
                throw truncated(scanner.line, index, path, "the file ends inside the array at \(path)\(after)")
            }
            if next == UInt8(ascii: "]") && index == 0 { scanner.pos += 1; break }
            let startLine = scanner.line
            scanner.mark = scanner.pos
            let startOffset = scanner.base + scanner.pos
            let step = try scanner.skipValue(keepLimit: options.maxRecordBytes, lenientDepth: true)
            if case .fault(let line, let reason) = step {
                scanner.mark = nil
                throw truncated(line, index, path, reason)
            }
            let location = RecordLocation(line: startLine, index: index, path: "\(path)[\(index)]")
            let size = scanner.base + scanner.pos - startOffset
            if scanner.overflowed || size > options.maxRecordBytes {
                let prefix = scanner.overflowed ? scanner.overflowPrefix : Array(scanner.keptBytes().prefix(400))
                try handle(.reject(RecordReject(
                    location: location, reason: options.limits.recordReason(bytes: size),
                    excerpt: String(decoding: prefix, as: UTF8.self))))
            } else if scanner.tooDeep {
                try handle(.reject(RecordReject(location: location, reason: options.limits.jsonDepthReason,
                                                excerpt: String(decoding: scanner.keptBytes().prefix(400), as: UTF8.self))))
            } else {
                let bytes = scanner.keptBytes()
                scanner.mark = nil
                if let fault = try emit(bytes, location: location, state: &state, handle) {
                    throw truncated(fault.line, index, path, fault.reason)
                }
            }
            scanner.mark = nil
            index += 1
            guard let after = try scanner.skipWhitespace() else {
                throw truncated(scanner.line, index, path, "the file ends inside the array at \(path), after record \(index)")
            }
            scanner.pos += 1
            if after == UInt8(ascii: "]") { break }
            guard after == UInt8(ascii: ",") else {
                throw truncated(scanner.line, index, path,
                                "expected ',' or ']' after record \(index), found '\(Character(Unicode.Scalar(after)))'")
            }
        }
        if case .fault(let line, let reason) = try scanner.skipEnclosing(closers) {
            throw truncated(line, index, nil, reason)
        }
        if let extra = try scanner.skipWhitespace() {
            throw truncated(scanner.line, index, nil,
                            "unexpected '\(Character(Unicode.Scalar(extra)))' after the end of the JSON document")
        }
    }

    /// Parses one record's bytes and hands on a record or a reject.
    /// - Returns: the line and reason of a syntax error, which the caller reports; nil otherwise.
    func emit(_ bytes: ArraySlice<UInt8>, location: RecordLocation, state: inout ReadState,
              _ handle: (ReaderEvent) throws -> Void) throws -> (line: Int, reason: String)? {
        let startLine = location.line ?? 1
        var invalidOffset: Int?
        var faultAt: (offset: Int, reason: String)?
        var tooDeep = false
        let value: JSONValue? = bytes.withUnsafeBufferPointer { p in
            var parser = JSONValueParser(bytes: p, maxDepth: options.maxDepth)
            let value = parser.parseDocument()
            invalidOffset = parser.invalidUTF8Offset
            faultAt = parser.fault
            tooDeep = parser.tooDeep
            return value
        }
        if tooDeep {
            try handle(.reject(RecordReject(location: location, reason: options.limits.jsonDepthReason,
                                            excerpt: String(decoding: bytes.prefix(400), as: UTF8.self))))
            return nil
        }
        if let invalidOffset, !state.warnedEncoding {
            state.warnedEncoding = true
            let line = startLine + Self.newlines(in: bytes, before: invalidOffset)
            try handle(.warning("\(url.path), line \(line): a string is not valid UTF-8; such strings are read as Windows-1252 (reported once per file)"))
        }
        guard let value else {
            let fault = faultAt ?? (0, "not valid JSON")
            return (startLine + Self.newlines(in: bytes, before: fault.offset), fault.reason)
        }
        guard case .object(let members) = value else {
            try handle(.reject(RecordReject(
                location: location,
                reason: "record \(location.index + 1) is \(value.kindDescription), expected an object",
                excerpt: String(decoding: bytes.prefix(400), as: UTF8.self))))
            return nil
        }
        try handle(.record(JSONRecordBuilder.record(members, location: location)))
        return nil
    }

    /// A `truncated` error at `line`, after `index` records of the array at `path`.
    func truncated(_ line: Int, _ index: Int, _ path: String?, _ reason: String) -> IngestError {
        .truncated(file: url.path, location: RecordLocation(line: line, index: index, path: path.map { "\($0)[\(index)]" }),
                   reason: reason)
    }

    private static func newlines(in bytes: ArraySlice<UInt8>, before offset: Int) -> Int {
        var n = 0
        for b in bytes.prefix(offset) where b == 0x0A { n += 1 }
        return n
    }
}
