/// Decoding one Unicode scalar from UTF-8 bytes, for the byte-level scanners (tokenizer,
/// normaliser, sentiment): no `String` is made.
public enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes (a stray byte decodes as U+FFFD).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let next = bytes[index + k]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
