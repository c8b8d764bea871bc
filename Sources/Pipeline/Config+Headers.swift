extension Config {
    /// The 1-based line of the first table header that names no table (`[` or `[[`, then
    /// spaces, then something that cannot start a key: the line's end, a comment, `,`, …), or nil.
    ///
    /// TOMLKit's parser (toml++) stops the whole process on such a header with a failed
    /// assertion instead of reporting an error, so it is caught here first. Lines inside
    /// multi-line strings are skipped. A nested array whose `[` stands alone on its line is
    /// caught too, which `verbatim.toml` never needs (it holds no arrays of arrays). Lines end
    /// with LF or CRLF (one `Character` in Swift, so both are separators).
    /// - Complexity: O(n) in the text's length.
    static func unnamedHeaderLine(_ text: String) -> Int? {
        firstLine(of: text) { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.first == "[" else { return false }
            var name = trimmed.dropFirst()
            if name.first == "[" { name = name.dropFirst() }
            guard let next = name.drop(while: { $0 == " " || $0 == "\t" }).first else { return true }
            return !startsKey(next)
        }
    }

    /// The 1-based number of the first line of `text` outside multi-line strings for which
    /// `matches` holds, or nil. Lines end with LF or CRLF (one `Character` in Swift, so both are
    /// separators).
    private static func firstLine(of text: String, where matches: (Substring) -> Bool) -> Int? {
        var openString: String?
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if let delimiter = openString {
                if line.contains(delimiter) { openString = nil }
                continue
            }
            if matches(line) { return index + 1 }
            for delimiter in ["\"\"\"", "'''"] where line.components(separatedBy: delimiter).count % 2 == 0 {
                openString = delimiter
            }
        }
        return nil
    }

    /// The 1-based line of the first date-time value whose `T` is not followed by a digit
    /// (`d = 1979-05-27Tx`), or nil.
    ///
    /// toml++ inside TOMLKit stops the whole process on such a value with a failed assertion,
    /// so it is caught here first. Only values outside quoted strings and comments count:
    /// `path = "exports/2024-05-01T.csv"` is a string, not a date. Multi-line strings are
    /// skipped as in `unnamedHeaderLine`.
    /// - Complexity: O(n) in the text's length.
    static func truncatedDateTimeLine(_ text: String) -> Int? {
        firstLine(of: text) { hasTruncatedDateTime(Array($0.utf8)) }
    }

    /// Whether `line`, outside its quoted strings and comment, holds `DDDD-DD-DD` then `T` or `t`
    /// then anything but an ASCII digit.
    private static func hasTruncatedDateTime(_ line: [UInt8]) -> Bool {
        func isDigit(_ i: Int) -> Bool { i < line.count && line[i] >= 0x30 && line[i] <= 0x39 }
        var quote: UInt8?
        var i = 0
        while i < line.count {
            let c = line[i]
            if let q = quote {
                if q == 0x22 && c == 0x5C { i += 2; continue }   // an escape in a basic string
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == 0x22 || c == 0x27 { quote = c; i += 1; continue }
            if c == 0x23 { return false }                          // a comment
            if i + 10 < line.count, (0..<4).allSatisfy({ isDigit(i + $0) }), line[i + 4] == 0x2D,
               isDigit(i + 5), isDigit(i + 6), line[i + 7] == 0x2D, isDigit(i + 8), isDigit(i + 9),
               line[i + 10] == 0x54 || line[i + 10] == 0x74, !isDigit(i + 11) {
                return true
            }
            i += 1
        }
        return false
    }

    /// Whether a TOML key can start with `c`: a bare-key character (ASCII letter, digit, `_`,
    /// `-`) or a quote.
    private static func startsKey(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
