import Foundation

/// A buffered writer of UTF-8 bytes to one file, with the escaping each output format needs.
///
/// Bytes collect in a buffer that is flushed to the file every 1 MiB, so a million-item corpus
/// streams through a constant amount of memory.
final class ByteSink {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        path = url.path
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SampleCorpusError.cannotWrite(path: url.path, reason: "the file could not be created")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw SampleCorpusError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        buffer.reserveCapacity(Self.flushThreshold + 65_536)
    }

    /// Where the record being written began, for ``dropRecord()``.
    private var recordStart = 0

    /// Marks the start of a record that may be dropped before the next flush.
    func markRecord() {
        recordStart = buffer.count
    }

    /// Removes what was written since ``markRecord()``.
    func dropRecord() {
        buffer.removeSubrange(recordStart...)
    }

    /// Appends raw bytes.
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Appends a string's UTF-8 bytes.
    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
    }

    /// Appends one byte.
    func write(byte: UInt8) {
        buffer.append(byte)
    }

    /// Appends a non-negative integer in decimal.
    func write(int value: Int) {
        Self.appendDecimal(value, to: &buffer)
    }

    /// Appends a CSV field: quoted, with doubled quotes, when it holds `,` `"` CR or LF (RFC 4180).
    func writeCSVField(_ bytes: [UInt8]) {
        var needsQuotes = false
        for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            buffer.append(contentsOf: bytes)
            return
        }
        var out = takeBuffer()
        defer { buffer = out }
        out.append(0x22)
        for b in bytes {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    /// Moves the buffer out, so that per-byte loops append to a local array: appending to a
    /// class's stored property costs a dynamic exclusivity check per byte.
    private func takeBuffer() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &buffer)
        return out
    }

    /// Appends the inside of a JSON string (no surrounding quotes), escaping `"`, `\` and controls.
    func writeJSONEscaped(_ bytes: [UInt8]) {
        var buffer = takeBuffer()
        defer { self.buffer = buffer }
        for b in bytes {
            switch b {
            case 0x22: buffer.append(0x5C); buffer.append(0x22)
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
            case 0x0D: buffer.append(0x5C); buffer.append(0x72)
            case 0x09: buffer.append(0x5C); buffer.append(0x74)
            case 0..<0x20:
                buffer.append(contentsOf: Array("\\u00".utf8))
                buffer.append(Self.hexDigits[Int(b >> 4)])
                buffer.append(Self.hexDigits[Int(b & 0xF)])
            default: buffer.append(b)
            }
        }
    }

    /// Appends XML character data, escaping `&`, `<` and `>`.
    func writeXMLEscaped(_ bytes: [UInt8]) {
        var buffer = takeBuffer()
        defer { self.buffer = buffer }
        for b in bytes {
            switch b {
            case 0x26: buffer.append(contentsOf: Self.amp)
            case 0x3C: buffer.append(contentsOf: Self.lt)
            case 0x3E: buffer.append(contentsOf: Self.gt)
            default: buffer.append(b)
            }
        }
    }

    /// Writes the buffer out when it has grown past the threshold.
    func flushIfNeeded() throws {
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the buffer out and closes the file.
    func close() throws {
        try flush()
        do {
            try handle.close()
        } catch {
            throw SampleCorpusError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw SampleCorpusError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends `value` (non-negative) in decimal to `bytes`.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: max(value, 0)))
            return
        }
        var digits: [UInt8] = []
        var v = value
        while v > 0 {
            digits.append(0x30 &+ UInt8(truncatingIfNeeded: v % 10))
            v /= 10
        }
        bytes.append(contentsOf: digits.reversed())
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits.
    static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var digits = [UInt8](repeating: 0x30, count: width)
        var v = value
        var i = width - 1
        while i >= 0 && v > 0 {
            digits[i] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
            i -= 1
        }
        if v > 0 { appendDecimal(value, to: &bytes); return }
        bytes.append(contentsOf: digits)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let amp: [UInt8] = Array("&amp;".utf8)
    private static let lt: [UInt8] = Array("&lt;".utf8)
    private static let gt: [UInt8] = Array("&gt;".utf8)
}
