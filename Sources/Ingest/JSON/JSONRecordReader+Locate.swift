import Foundation
import VerbatimCore

extension JSONRecordReader {
    /// Walks the top-level object (the scanner is on its '{') to the array of records and
    /// consumes its '['.
    /// - Returns: the array's path (`$.data.tickets`) and the closing brackets of the objects
    ///   around it, outermost first.
    /// - Throws: `IngestError.notFormat` when the path is missing or leads to a non-array, or
    ///   no array of objects exists; `.truncated` when the file breaks before the records.
    func locateRecords(_ scanner: JSONByteScanner, _ handle: (ReaderEvent) throws -> Void) throws -> (String, [UInt8]) {
        scanner.pos += 1
        var closers: [UInt8] = [UInt8(ascii: "}")]
        if let components = options.recordPathComponents {
            guard !components.isEmpty else {
                throw IngestError.notFormat(file: url.path, format: "JSON",
                                            reason: "$ is an object, expected an array of records")
            }
            var here = "$"
            for (n, component) in components.enumerated() {
                var keys: [String] = []
                while true {
                    guard let key = try nextKey(scanner, in: here) else {
                        let level = here == "$" ? "top-level keys" : "keys in \(here)"
                        throw IngestError.notFormat(
                            file: url.path, format: "JSON",
                            reason: "\(here).\(component) does not exist; \(level): \(keys.isEmpty ? "none" : keys.joined(separator: ", "))")
                    }
                    guard let value = try scanner.skipWhitespace() else { throw truncated(scanner.line, 0, nil, "the file ends inside \(here)") }
                    if key != component {
                        keys.append(key)
                        if case .fault(let line, let reason) = try scanner.skipValue() { throw truncated(line, 0, nil, reason) }
                        continue
                    }
                    here += "." + key
                    let last = n == components.count - 1
                    let wanted = last ? UInt8(ascii: "[") : UInt8(ascii: "{")
                    guard value == wanted else {
                        throw IngestError.notFormat(
                            file: url.path, format: "JSON",
                            reason: "\(here) is \(JSONValue.kindDescription(startingWith: value)), expected \(last ? "an array of records" : "an object")")
                    }
                    scanner.pos += 1
                    if !last { closers.append(UInt8(ascii: "}")) }
                    break
                }
            }
            return (here, closers)
        }
        guard let found = try search(scanner, here: "$", closers: &closers) else {
            throw IngestError.notFormat(file: url.path, format: "JSON",
                                        reason: "the top-level object holds no array of objects; pass --record to name the records' path")
        }
        try handle(.warning("\(url.path): using the records at \(found); pass --record to choose another"))
        return (found, closers)
    }

    /// Depth first, the first array whose first element is an object, inside the object whose
    /// '{' was just consumed. On success the scanner is past the array's '['; otherwise past the
    /// object's '}'.
    private func search(_ scanner: JSONByteScanner, here: String, closers: inout [UInt8]) throws -> String? {
        while let key = try nextKey(scanner, in: here) {
            let path = here + "." + key
            guard let value = try scanner.skipWhitespace() else { throw truncated(scanner.line, 0, nil, "the file ends inside \(here)") }
            if value == UInt8(ascii: "{") {
                guard closers.count < scanner.maxDepth else {
                    throw truncated(scanner.line, 0, nil, "nesting deeper than \(scanner.maxDepth) levels")
                }
                scanner.pos += 1
                closers.append(UInt8(ascii: "}"))
                if let found = try search(scanner, here: path, closers: &closers) { return found }
                closers.removeLast()
                continue
            }
            if value == UInt8(ascii: "[") {
                scanner.mark = scanner.pos
                let line = scanner.line
                scanner.pos += 1
                let inside = try scanner.skipWhitespace()
                if inside == UInt8(ascii: "{") { scanner.mark = nil; return path }
                scanner.pos = scanner.mark ?? scanner.pos
                scanner.line = line
                scanner.mark = nil
            }
            if case .fault(let line, let reason) = try scanner.skipValue() { throw truncated(line, 0, nil, reason) }
        }
        return nil
    }

    /// The next key of the object being walked, with its ':' consumed; nil (with the '}'
    /// consumed) at the end of the object.
    private func nextKey(_ scanner: JSONByteScanner, in here: String) throws -> String? {
        while true {
            guard let b = try scanner.skipWhitespace() else { throw truncated(scanner.line, 0, nil, "the file ends inside \(here)") }
            if b == UInt8(ascii: ",") { scanner.pos += 1; continue }
            if b == UInt8(ascii: "}") { scanner.pos += 1; return nil }
            guard b == UInt8(ascii: "\"") else {
                throw truncated(scanner.line, 0, nil, "expected a key in \(here), found '\(Character(Unicode.Scalar(b)))'")
            }
            scanner.mark = scanner.pos
            if case .fault(let line, let reason) = try scanner.skipValue() { throw truncated(line, 0, nil, reason) }
            let key: String? = Array(scanner.keptBytes()).withUnsafeBufferPointer { p in
                var parser = JSONValueParser(bytes: p)
                return parser.parseString()
            }
            scanner.mark = nil
            guard let key else { throw truncated(scanner.line, 0, nil, "a key in \(here) is not a valid string") }
            guard try scanner.skipWhitespace() == UInt8(ascii: ":") else {
                throw truncated(scanner.line, 0, nil, "expected ':' after the key \"\(key)\" in \(here)")
            }
            scanner.pos += 1
            return key
        }
    }
}
