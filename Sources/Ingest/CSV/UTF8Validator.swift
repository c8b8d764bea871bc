/// Checks that bytes are well-formed UTF-8, with a fast path for ASCII.
///
/// Well-formed means as the Unicode Standard's table 3-7 defines it: no overlong forms, no
/// surrogates, nothing above U+10FFFF, no truncated sequence.
enum UTF8Validator {
    /// Whether `bytes` are well-formed UTF-8.
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII fast path, a word at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return true }
            let b0 = base[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n else { return false }
            let b1 = base[i + 1]
            guard b1 >= low && b1 <= high else { return false }
            for k in 2..<max(length, 2) where base[i + k] & 0xC0 != 0x80 {
                return false
            }
            i += length
        }
        return true
    }
}
