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
        var openString: String?
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if let delimiter = openString {
                if line.contains(delimiter) { openString = nil }
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.first == "[" {
                var name = trimmed.dropFirst()
                if name.first == "[" { name = name.dropFirst() }
                guard let next = name.drop(while: { $0 == " " || $0 == "\t" }).first, startsKey(next) else {
                    return index + 1
                }
            }
            for delimiter in ["\"\"\"", "'''"] where line.components(separatedBy: delimiter).count % 2 == 0 {
                openString = delimiter
            }
        }
        return nil
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
