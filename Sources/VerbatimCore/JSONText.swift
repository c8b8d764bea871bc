/// Writes the small JSON values the store keeps in text columns (tags, extra fields) with keys
/// sorted, so that the same record always gives the same bytes.
public enum JSONText {
    /// `s` as a JSON string literal, with quotes.
    public static func string(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        appendString(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `string(s)` to `bytes`: the escapes touch ASCII bytes only, so
    /// working on UTF-8 bytes gives the same text as working on scalars.
    public static func appendString(_ s: String, to bytes: inout [UInt8]) {
        var s = s
        bytes.append(UInt8(ascii: "\""))
        s.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(byte)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0 ..< 0x20:
                    bytes.append(0x5C); bytes.append(UInt8(ascii: "u")); bytes.append(0x30); bytes.append(0x30)
                    bytes.append(ContentHash.hexDigit(byte >> 4)); bytes.append(ContentHash.hexDigit(byte & 0xF))
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    /// A JSON array of integers (`[12,7]`), or with `quoted` of their decimal strings
    /// (`["12","7"]`, the same as `array(values.map(String.init))`), written straight into one
    /// buffer: the item ids of tens of thousands of pattern rows per run.
    public static func numbers(_ values: [Int64], quoted: Bool = false) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(values.count * 8 + 2)
        var digits = [UInt8](repeating: 0, count: 20)
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var v = value.magnitude
            var n = 0
            repeat {
                digits[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            while n > 0 {
                n -= 1
                bytes.append(digits[n])
            }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON object of strings, keys in ascending order.
    public static func object(_ values: [String: String]) -> String {
        "{" + values.keys.sorted().map { string($0) + ":" + string(values[$0] ?? "") }.joined(separator: ",") + "}"
    }

    /// A JSON object of numbers, keys in ascending order.
    public static func object(_ values: [String: Double]) -> String {
        "{" + values.keys.sorted().map { string($0) + ":" + number(values[$0] ?? 0) }.joined(separator: ",") + "}"
    }

    /// A number as JSON writes it: integers without a fraction.
    public static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.isFinite ? String(value) : "null"
    }
}
