/// Decoding of Windows-1252 bytes, the fallback for JSON strings that are not valid UTF-8.
///
/// Bytes 0x80–0x9F map through the table below (the WHATWG mapping: the five unassigned bytes
/// become the C1 control of the same value); every other byte is the Latin-1 code point of the
/// same value.
enum JSONWindows1252 {
    /// Unicode scalars for bytes 0x80 through 0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value a Windows-1252 byte stands for.
    static func scalar(for byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte <= 0x9F { return high[Int(byte) - 0x80] }
        return UInt32(byte)
    }
}
