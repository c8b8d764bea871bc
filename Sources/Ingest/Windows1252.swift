/// Decoding of Windows-1252 (CP-1252), the fallback for CSV fields and JSON strings that are not
/// valid UTF-8.
///
/// Bytes 0x00–0x7F and 0xA0–0xFF are the same code points as in Latin-1; 0x80–0x9F hold the
/// typographic characters below. The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 control of the same value, as the WHATWG Encoding Standard does.
enum Windows1252 {
    /// The code points of bytes 0x80–0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
    ]

    /// The code point of one byte.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The text of `bytes` read as Windows-1252.
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = String()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes { text.unicodeScalars.append(scalar(byte)) }
        return text
    }
}
