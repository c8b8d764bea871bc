/// Writes the small JSON values the store keeps in text columns (tags, extra fields) with keys
/// sorted, so that the same record always gives the same bytes.
public enum JSONText {
    /// `s` as a JSON string literal, with quotes.
    public static func string(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
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
