/// Streams UTF-16 (either byte order) into UTF-8, chunk by chunk.
///
/// A code unit or a surrogate pair may straddle two chunks. Unpaired surrogates and a dangling
/// odd byte at the end become U+FFFD.
struct UTF16Transcoder {
    /// Whether the code units are little-endian.
    let littleEndian: Bool
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?

    /// Creates a transcoder for one byte order.
    init(littleEndian: Bool) {
        self.littleEndian = littleEndian
    }

    /// Appends the UTF-8 of `input` to `output`.
    /// - Complexity: O(n).
    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var i = 0
        if let first = oddByte, let second = input.first {
            oddByte = nil
            take(unit(first, second), into: &output)
            i = 1
        }
        while i + 1 < input.count {
            take(unit(input[i], input[i + 1]), into: &output)
            i += 2
        }
        if i < input.count { oddByte = input[i] }
    }

    /// Flushes what is left at the end of the input.
    mutating func finish(into output: inout [UInt8]) {
        if highSurrogate != nil || oddByte != nil { append(0xFFFD, to: &output) }
        highSurrogate = nil
        oddByte = nil
    }

    private func unit(_ a: UInt8, _ b: UInt8) -> UInt16 {
        littleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b)
    }

    private mutating func take(_ u: UInt16, into output: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(u) {
                let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(u) - 0xDC00)
                append(value, to: &output)
                return
            }
            append(0xFFFD, to: &output)
        }
        switch u {
        case 0xD800...0xDBFF: highSurrogate = u
        case 0xDC00...0xDFFF: append(0xFFFD, to: &output)
        default: append(UInt32(u), to: &output)
        }
    }

    private func append(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
