/// A growing UTF-8 byte buffer for writing XML without building a `String` per cell.
struct XMLBytes {
    /// The bytes so far.
    var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends markup as it is.
    @inline(__always)
    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    @inline(__always)
    mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Appends one raw byte.
    @inline(__always)
    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a non-negative integer in decimal.
    mutating func append(decimal n: Int) {
        precondition(n >= 0, "only non-negative integers are written as markup")
        if n < 10 { bytes.append(UInt8(0x30 + n)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = n
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[count] = UInt8(0x30 + v % 10); v /= 10; count += 1 }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    /// Appends a string that is known to need no escaping (numbers, names we made).
    mutating func append(plain s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `s` as XML text or attribute content: `&`, `<`, `>` and `"` escaped, CR kept as
    /// `&#13;`, characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE,
    /// U+FFFF) dropped, and `_xHHHH_` protected as `_x005F_xHHHH_` so spreadsheets do not read
    /// it as their own escape.
    /// - Returns: how many characters (Unicode scalars) `s` holds, for column widths.
    @discardableResult
    mutating func append(escaped s: String) -> Int {
        var s = s
        return s.withUTF8 { append(escaped: $0) }
    }

    /// `append(escaped:)` on UTF-8 bytes.
    @discardableResult
    mutating func append(escaped b: UnsafeBufferPointer<UInt8>) -> Int {
        var special = false
        var continuation = 0
        for byte in b {
            if byte & 0xC0 == 0x80 { continuation += 1 }
            if byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF || byte == 0x5F {
                special = true
            }
        }
        guard special else {
            bytes.append(contentsOf: b)
            return b.count - continuation
        }
        var i = 0
        let n = b.count
        while i < n {
            let byte = b[i]
            switch byte {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22: append("&quot;")
            case 0x0D: append("&#13;")
            case 0x09, 0x0A: bytes.append(byte)
            case 0x00..<0x20: break
            case 0xEF where i + 2 < n && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF):
                i += 2
            case 0x5F where Self.isEscapeLike(b, at: i): append("_x005F_")
            default: bytes.append(byte)
            }
            i += 1
        }
        return b.count - continuation
    }

    /// Whether `_xHHHH_` starts at `i`.
    private static func isEscapeLike(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 6 < b.count, b[i + 1] == 0x78 || b[i + 1] == 0x58, b[i + 6] == 0x5F else { return false }
        for j in (i + 2)...(i + 5) {
            let c = b[j] | 0x20
            guard (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) else { return false }
        }
        return true
    }
}
