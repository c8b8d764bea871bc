import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in fixed-size chunks and walks its bytes: whitespace, whole values skipped by
/// tracking strings, escapes and bracket depth, and line numbers.
///
/// Bytes from `mark` onwards are kept in the buffer while a value is skipped, so that the
/// caller can parse them; everything before is dropped when the next chunk is read. Memory is
/// therefore bounded by the chunk size plus the largest value kept.
final class JSONByteScanner {
    /// Outcome of skipping a value.
    enum Step {
        /// The value is complete; `pos` is just past it.
        case done
        /// The bytes cannot be JSON, or the file ended; the line of the fault and why.
        case fault(line: Int, reason: String)
    }

    /// How deep arrays and objects may nest.
    let maxDepth: Int

    /// The file's path, for messages.
    let file: String
    private let descriptor: Int32
    private let chunkSize: Int
    /// The buffered bytes; valid in `0..<count`.
    private(set) var buffer: [UInt8] = []
    /// How many bytes of `buffer` hold file data.
    private(set) var count = 0
    /// The next byte to look at.
    var pos = 0
    /// The 1-based line of `pos`.
    var line = 1
    /// Absolute file offset of `buffer[0]`.
    private(set) var base = 0
    /// Where kept bytes start, or nil to keep nothing before `pos`.
    var mark: Int?
    /// Set when a kept value outgrew its limit and its bytes were dropped.
    private(set) var overflowed = false
    /// The first bytes of a value that overflowed, for the reject's excerpt.
    private(set) var overflowPrefix: [UInt8] = []
    /// Set when a value skipped with `lenientDepth` nested deeper than `maxDepth`.
    private(set) var tooDeep = false
    private var atEnd = false

    /// Opens `url` for reading.
    /// - Throws: `IngestError.cannotOpen` when the file cannot be opened.
    init(url: URL, chunkSize: Int = 1 << 20, maxDepth: Int = 256) throws {
        file = url.path
        self.chunkSize = chunkSize
        self.maxDepth = maxDepth
        descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestError.cannotOpen(file: url.path, reason: String(cString: strerror(errno)))
        }
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit {
        close(descriptor)
    }

    /// Reads the next chunk, dropping bytes before `mark` (or `pos`).
    /// - Returns: false at the end of the file.
    /// - Throws: `IngestError.cannotOpen` when reading fails.
    func fill() throws -> Bool {
        if atEnd { return false }
        let keep = min(mark ?? pos, pos)
        if keep > 0 {
            let kept = count - keep
            buffer.withUnsafeMutableBytes { raw in
                guard let p = raw.baseAddress else { return }
                memmove(p, p + keep, kept)
            }
            base += keep
            count = kept
            pos -= keep
            if let m = mark { mark = m - keep }
        }
        if buffer.count < count + chunkSize {
            buffer.append(contentsOf: repeatElement(0, count: count + chunkSize - buffer.count))
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let p = raw.baseAddress else { return -1 }
                return read(descriptor, p + count, chunkSize)
            }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else {
                throw IngestError.cannotOpen(file: file, reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEnd = true; return false }
            count += n
            return true
        }
    }

    /// The byte at `pos`, reading on if needed; nil at the end of the file.
    func peek() throws -> UInt8? {
        if pos >= count, try !fill() { return nil }
        return buffer[pos]
    }

    /// Skips spaces, tabs, CR and LF (counting lines).
    /// - Returns: the next byte, not consumed, or nil at the end of the file.
    func skipWhitespace() throws -> UInt8? {
        while true {
            while pos < count {
                switch buffer[pos] {
                case 0x0A: line += 1; pos += 1
                case 0x20, 0x09, 0x0D: pos += 1
                default: return buffer[pos]
                }
            }
            if try !fill() { return nil }
        }
    }

    /// Skips a UTF-8 byte order mark at the start of the file.
    func skipByteOrderMark() throws {
        while count < 3, try fill() {}
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { pos = 3 }
    }

    /// Up to `count` bytes from the start of the file (for an excerpt); the scanner is used up.
    func headBytes(_ count: Int) throws -> [UInt8] {
        while self.count < count, try fill() {}
        return Array(buffer[0..<min(count, self.count)])
    }

    /// The kept bytes `mark..<pos`.
    func keptBytes() -> ArraySlice<UInt8> {
        buffer[(mark ?? pos)..<pos]
    }

    /// Skips the value starting at `pos`, which must be its first byte. When the file ends inside
    /// it, the fault names the line the value starts on.
    ///
    /// - Parameter keepLimit: with `mark` set, the most bytes to keep; past it the kept bytes
    ///   are dropped, `overflowed` is set and the value is still skipped to its end.
    /// - Parameter lenientDepth: nesting past `maxDepth` sets `tooDeep` and is skipped (its
    ///   brackets counted, not matched) instead of being a fault.
    /// - Complexity: O(n) in the value's bytes.
    func skipValue(keepLimit: Int = Int.max, lenientDepth: Bool = false) throws -> Step {
        overflowed = false
        overflowPrefix = []
        tooDeep = false
        if pos >= count, try !fill() { return .fault(line: line, reason: "the file ends where a value was expected") }
        var stack: [UInt8] = []
        var inString = false
        var escaped = false
        var scalar = false
        let first = buffer[pos]
        switch first {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"): stack.append(UInt8(ascii: "}"))
        case UInt8(ascii: "["): stack.append(UInt8(ascii: "]"))
        default: scalar = true
        }
        if !scalar { pos += 1 }
        return try skipRest(stack: &stack, inString: &inString, escaped: &escaped, scalar: scalar, keepLimit: keepLimit,
                            lenientDepth: lenientDepth)
    }

    /// Skips to the end of the objects and arrays that enclose `pos`: `closers` holds the
    /// closing bracket of each, outermost first.
    func skipEnclosing(_ closers: [UInt8]) throws -> Step {
        var stack = closers
        var inString = false
        var escaped = false
        if stack.isEmpty { return .done }
        return try skipRest(stack: &stack, inString: &inString, escaped: &escaped, scalar: false, keepLimit: Int.max,
                            enclosing: true)
    }

    /// Skips to just past the next LF (or to the end of the file), keeping the line's bytes
    /// from `mark` (without the LF) up to `keepLimit`, past which they are dropped and
    /// `overflowed` is set.
    /// - Returns: false when the file had already ended.
    func skipLine(keepLimit: Int) throws -> Bool {
        overflowed = false
        overflowPrefix = []
        if pos >= count, try !fill() { return false }
        while true {
            let found: Int? = buffer.withUnsafeBufferPointer { p in
                var i = pos
                while i < count {
                    if p[i] == 0x0A { return i }
                    i += 1
                }
                return nil
            }
            if let found {
                lineEnd = found
                pos = found + 1
                line += 1
                return true
            }
            pos = count
            if let m = mark, count - m > keepLimit {
                overflowPrefix = Array(buffer[m..<min(count, m + 300)])
                overflowed = true
                mark = nil
            }
            if try !fill() {
                lineEnd = count
                return true
            }
        }
    }

    /// Keeps the start of the kept line as `overflowPrefix`, as an overflow would.
    func keepPrefix() {
        overflowPrefix = Array(keptLine().prefix(300))
    }

    /// Where the line last skipped by `skipLine` ends (its LF, or the end of the data).
    private(set) var lineEnd = 0

    /// The kept bytes of the line last skipped: `mark..<lineEnd`.
    func keptLine() -> ArraySlice<UInt8> {
        guard let m = mark else { return [] }
        return buffer[m..<lineEnd]
    }

    private func skipRest(stack: inout [UInt8], inString: inout Bool, escaped: inout Bool, scalar: Bool,
                          keepLimit: Int, lenientDepth: Bool = false, enclosing: Bool = false) throws -> Step {
        let startLine = line
        let maxDepth = self.maxDepth
        // Brackets opened past `maxDepth` in a lenient skip: counted, not matched.
        var extraDepth = 0
        var tooDeep = false
        defer { if tooDeep { self.tooDeep = true } }
        while true {
            var finished = false
            var fault: String?
            var i = pos
            var lines = 0
            let end = count
            buffer.withUnsafeBufferPointer { p in
                while i < end {
                    if inString {
                        if escaped { escaped = false; i += 1; continue }
                        // Fast path: run to the next quote, backslash or line feed.
                        var b = p[i]
                        while b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x0A {
                            i += 1
                            if i == end { return }
                            b = p[i]
                        }
                        if b == UInt8(ascii: "\\") {
                            escaped = true
                        } else if b == UInt8(ascii: "\"") {
                            inString = false
                            if stack.isEmpty { i += 1; finished = true; return }
                        } else {
                            lines += 1
                        }
                        i += 1
                        continue
                    }
                    let b = p[i]
                    if scalar {
                        switch b {
                        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x09, 0x0A, 0x0D,
                             UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "{"):
                            finished = true; return
                        default: break
                        }
                    } else {
                        switch b {
                        case UInt8(ascii: "\""): inString = true
                        case UInt8(ascii: "{"), UInt8(ascii: "["):
                            if stack.count >= maxDepth {
                                guard lenientDepth else {
                                    fault = "nesting deeper than \(maxDepth) levels"
                                    return
                                }
                                tooDeep = true
                                extraDepth += 1
                            } else {
                                stack.append(b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                            }
                        case UInt8(ascii: "}"), UInt8(ascii: "]"):
                            if extraDepth > 0 { extraDepth -= 1; break }
                            guard stack.last == b else {
                                let expected = stack.last.map { "'\(Character(Unicode.Scalar($0)))'" } ?? "nothing"
                                fault = "found '\(Character(Unicode.Scalar(b)))' where \(expected) closes"
                                return
                            }
                            stack.removeLast()
                            if stack.isEmpty { i += 1; finished = true; return }
                        case 0x0A: lines += 1
                        default: break
                        }
                    }
                    i += 1
                }
            }
            pos = i
            line += lines
            if let fault { return .fault(line: line, reason: fault) }
            if finished { return .done }
            if let m = mark, count - m > keepLimit {
                overflowPrefix = Array(buffer[m..<min(count, m + 300)])
                overflowed = true
                mark = nil
            }
            if try !fill() {
                if scalar { return .done }
                if enclosing { return .fault(line: line, reason: "the file ends before the JSON document closes") }
                return .fault(line: startLine, reason: "the file ends inside the value that starts on line \(startLine)")
            }
        }
    }
}
