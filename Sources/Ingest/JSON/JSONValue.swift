import VerbatimCore
/// A parsed JSON value, as the JSON reader keeps one record in memory.
///
/// Objects keep their members in file order; numbers keep their source text so that
/// `1700000000` and `3.5` come out exactly as written.
enum JSONValue {
    /// An object's members, in file order (duplicate keys are kept).
    case object([JSONMember])
    /// An array's elements.
    case array([JSONValue])
    /// A string, unescaped.
    case string(String)
    /// A number, as written in the source.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The kind of value, with its article, for messages: "an object", "a string".
    var kindDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// The kind of value a JSON text starting with `byte` holds, for messages.
    static func kindDescription(startingWith byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        default: return "not JSON"
        }
    }

    /// The text a scalar is flattened to, or nil for containers and null.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .object, .array, .null: return nil
        }
    }

    /// The member named `key` of an object, or nil.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// The value at a dotted path of object keys (`author.type`), or nil.
    func value(atDottedPath path: String) -> JSONValue? {
        var current = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = current.member(String(part)) else { return nil }
            current = next
        }
        return current
    }

    /// The compact JSON text of the value (no spaces), numbers as written.
    var compactText: String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    private func writeCompact(into out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONText.string(member.key)
                out += ":"
                member.value.writeCompact(into: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                element.writeCompact(into: &out)
            }
            out += "]"
        case .string(let s): out += JSONText.string(s)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }
}
