/// Parses one JSON value (one record) from its bytes into a `JSONValue`.
///
/// The parser is strict about structure and lenient about raw control characters inside
/// strings. Strings that are not valid UTF-8 are decoded as Windows-1252 and the offset of the
/// first such string is kept in `invalidUTF8Offset`. Nesting is limited to `maxDepth` levels.
/// A fault is returned as `fault` (byte offset and reason) rather than thrown, so the caller
/// can choose between a reject and a `truncated` error.
struct JSONValueParser {
    /// How deep arrays and objects may nest inside one value.
    let maxDepth: Int
    /// Set when parsing failed because the value nests deeper than `maxDepth`.
    private(set) var tooDeep = false

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// Offset of the first string that was not valid UTF-8, if any.
    private(set) var invalidUTF8Offset: Int?
    /// Offset and reason of the syntax error, when parsing failed.
    private(set) var fault: (offset: Int, reason: String)?

    /// Creates a parser over `bytes`, which must stay valid while it runs.
    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 256) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses the whole buffer as one value with only whitespace around it.
    /// - Returns: the value, or nil with `fault` set.
    mutating func parseDocument() -> JSONValue? {
        skipWhitespace()
        guard let value = parseValue(depth: 0) else { return nil }
        skipWhitespace()
        if i < bytes.count {
            return fail("unexpected \(describe(bytes[i])) after the value")
        }
        return value
    }

    private mutating func fail(_ reason: String) -> JSONValue? {
        if fault == nil { fault = (i, reason) }
        return nil
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) -> JSONValue? {
        guard i < bytes.count else { return fail("the value ends early") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            guard let s = parseString() else { return nil }
            return .string(s)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
        case UInt8(ascii: "t"): return parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return parseLiteral("null", .null)
        default: return fail("unexpected \(describe(bytes[i]))")
        }
    }

    private mutating func parseObject(depth: Int) -> JSONValue? {
        if depth > maxDepth { tooDeep = true; return fail("nesting deeper than \(maxDepth) levels") }
        i += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard i < bytes.count else { return fail("the object ends early") }
            guard bytes[i] == UInt8(ascii: "\"") else { return fail("expected a key in quotes, found \(describe(bytes[i]))") }
            guard let key = parseString() else { return nil }
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return fail("expected ':' after the key \"\(key)\"") }
            i += 1
            skipWhitespace()
            guard let value = parseValue(depth: depth) else { return nil }
            members.append(JSONMember(key: key, value: value))
            skipWhitespace()
            guard i < bytes.count else { return fail("the object ends early") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            return fail("expected ',' or '}' in an object, found \(describe(bytes[i]))")
        }
    }

    private mutating func parseArray(depth: Int) -> JSONValue? {
        if depth > maxDepth { tooDeep = true; return fail("nesting deeper than \(maxDepth) levels") }
        i += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
        while true {
            skipWhitespace()
            guard let value = parseValue(depth: depth) else { return nil }
            elements.append(value)
            skipWhitespace()
            guard i < bytes.count else { return fail("the array ends early") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            return fail("expected ',' or ']' in an array, found \(describe(bytes[i]))")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return fail("the value ends early") }
        let p = word.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] {
            return fail("unexpected \(describe(bytes[i]))")
        }
        i += count
        return value
    }

    private mutating func parseNumber() -> JSONValue? {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() > 0 else { return fail("a number needs digits") }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return fail("a number needs digits after '.'") }
        }
        if i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { return fail("a number needs digits in its exponent") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i - start
    }

    /// Parses a string at `i` (on its opening quote).
    mutating func parseString() -> String? {
        let quoteOffset = i
        i += 1
        let start = i
        var high: UInt8 = 0
        var escaped = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            high |= b
            i += 1
        }
        let ascii = high < 0x80
        guard i < bytes.count else {
            i = quoteOffset
            _ = fail("a string is not closed")
            return nil
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if !escaped {
            if ascii { return String(decoding: raw, as: UTF8.self) }
            if let s = String(validating: raw, as: UTF8.self) { return s }
            if invalidUTF8Offset == nil { invalidUTF8Offset = quoteOffset }
            return String(decoding: unescape(raw, legacy: true, at: start) ?? [], as: UTF8.self)
        }
        guard let plain = unescape(raw, legacy: false, at: start) else { return nil }
        if ascii { return String(decoding: plain, as: UTF8.self) }
        if let s = String(validating: plain, as: UTF8.self) { return s }
        if invalidUTF8Offset == nil { invalidUTF8Offset = quoteOffset }
        return unescape(raw, legacy: true, at: start).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Resolves escapes in a string's raw bytes; with `legacy`, bytes >= 0x80 are read as
    /// Windows-1252. Returns nil (with `fault` set) on a bad escape.
    private mutating func unescape(_ raw: UnsafeBufferPointer<UInt8>, legacy: Bool, at base: Int) -> [UInt8]? {
        // An escape never grows its text; a Windows-1252 byte becomes at most 3 UTF-8 bytes.
        let capacity = legacy ? raw.count * 3 : raw.count
        var faultOffset = 0
        var faultReason: String?
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            var n = 0
            var k = 0
            func put(_ value: UInt32) {
                switch value {
                case 0..<0x80:
                    out[n] = UInt8(value); n += 1
                case 0x80..<0x800:
                    out[n] = UInt8(0xC0 | (value >> 6)); out[n + 1] = UInt8(0x80 | (value & 0x3F)); n += 2
                case 0x800..<0x10000:
                    out[n] = UInt8(0xE0 | (value >> 12)); out[n + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (value & 0x3F)); n += 3
                default:
                    out[n] = UInt8(0xF0 | (value >> 18)); out[n + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((value >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (value & 0x3F)); n += 4
                }
            }
            while k < raw.count {
                if !legacy {
                    // Copy the run up to the next backslash in one go.
                    var r = k
                    while r < raw.count && raw[r] != UInt8(ascii: "\\") { r += 1 }
                    if r > k {
                        _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + r - k)])
                            .initialize(fromContentsOf: UnsafeBufferPointer(rebasing: raw[k..<r]))
                        n += r - k
                        k = r
                        continue
                    }
                }
                let b = raw[k]
                if b != UInt8(ascii: "\\") {
                    if legacy && b >= 0x80 { put(Windows1252.scalar(b).value) } else { out[n] = b; n += 1 }
                    k += 1
                    continue
                }
                guard k + 1 < raw.count else { faultOffset = k; faultReason = "a string ends inside an escape"; break }
                let e = raw[k + 1]
                k += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out[n] = e; n += 1
                case UInt8(ascii: "b"): out[n] = 0x08; n += 1
                case UInt8(ascii: "f"): out[n] = 0x0C; n += 1
                case UInt8(ascii: "n"): out[n] = 0x0A; n += 1
                case UInt8(ascii: "r"): out[n] = 0x0D; n += 1
                case UInt8(ascii: "t"): out[n] = 0x09; n += 1
                case UInt8(ascii: "u"):
                    guard var unit = hex4(raw, k) else {
                        faultOffset = k; faultReason = "a \\u escape needs four hex digits"; written = n; return
                    }
                    k += 4
                    if unit >= 0xD800 && unit < 0xDC00, k + 6 <= raw.count, raw[k] == UInt8(ascii: "\\"),
                       raw[k + 1] == UInt8(ascii: "u"), let low = hex4(raw, k + 2), low >= 0xDC00 && low < 0xE000 {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        k += 6
                    } else if unit >= 0xD800 && unit < 0xE000 {
                        unit = 0xFFFD
                    }
                    put(unit)
                default:
                    faultOffset = k - 2
                    faultReason = "unknown escape \\\(Character(Unicode.Scalar(e)))"
                    written = n
                    return
                }
            }
            written = n
        }
        if let faultReason {
            i = base + faultOffset
            _ = fail(faultReason)
            return nil
        }
        return out
    }

    private func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 4 <= raw.count else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = raw[k]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}
