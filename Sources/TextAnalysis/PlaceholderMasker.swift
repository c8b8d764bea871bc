/// Replaces URLs, e-mail addresses, @handles, phone numbers and numbers in lower-cased text by
/// placeholder tokens: `⟨url⟩`, `⟨email⟩`, `⟨handle⟩`, `⟨phone⟩`, `⟨number⟩`.
///
/// - URL: `http://`, `https://`, `ftp://` or `www.` up to white space, less trailing punctuation.
/// - E-mail: `local@domain.tld` with a dot in the domain.
/// - Handle: `@name` not preceded by a letter or digit.
/// - Phone: an optional `+`, then 9–15 digits in groups split by single spaces, `-`, `.` or
///   parentheses, with a `+`, `(` or at least one split (a bare digit run is a number).
/// - Number: digits, with `.`, `,` or `:` between digits (`3.5`, `1,000`, `10:30`), not touching a
///   letter (`2fa`, `v2`, `mp3` stay words).
/// - The placeholders that ingest's redaction of personal data leaves (`[email]`, `[phone]`,
///   `[card]`, `[iban]`, `[ip]`) become `⟨email⟩`, `⟨phone⟩` and `⟨number⟩`, as the data would
///   have, so that redacted text gives the same terms and no theme about "email".
enum PlaceholderMasker {
    static let url = Array("⟨url⟩".utf8)
    static let email = Array("⟨email⟩".utf8)
    static let handle = Array("⟨handle⟩".utf8)
    static let phone = Array("⟨phone⟩".utf8)
    static let number = Array("⟨number⟩".utf8)

    /// The text with placeholders.
    /// - Complexity: O(n) in the number of bytes.
    static func mask(_ bytes: [UInt8]) -> [UInt8] {
        guard mayHavePlaceholder(bytes) else { return bytes }
        let hasAt = bytes.contains(0x40)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var index = 0
        while index < n {
            let byte = bytes[index]
            let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
            let atWordStart = !isAlphanumeric(previous)
            if atWordStart {
                if byte == 0x68 || byte == 0x77 || byte == 0x66, let end = urlEnd(bytes, from: index) {
                    out.append(contentsOf: url); index = end; continue
                }
                if isLetter(byte) {
                    // A word: copy its ASCII letters and digits at once unless it may start an e-mail address.
                    var end = index + 1
                    while end < n && (isLetter(bytes[end]) || isDigit(bytes[end])) { end += 1 }
                    if !(hasAt && end < n && isEmailCharacter(bytes[end]) || hasAt && end < n && bytes[end] == 0x40) {
                        out.append(contentsOf: bytes[index..<end]); index = end; continue
                    }
                }
                if hasAt && !isEmailCharacter(previous), let end = emailEnd(bytes, from: index) {
                    out.append(contentsOf: email); index = end; continue
                }
                if hasAt && byte == 0x40, let end = handleEnd(bytes, from: index) {
                    out.append(contentsOf: handle); index = end; continue
                }
                if isDigit(byte) || ((byte == 0x2B || byte == 0x28) && index + 1 < n && isDigit(bytes[index + 1])) {
                    if let end = phoneEnd(bytes, from: index) {
                        out.append(contentsOf: phone); index = end; continue
                    }
                    if isDigit(byte) {
                        let end = numberEnd(bytes, from: index)
                        if end < n && isAlphanumeric(bytes[end]) {
                            // A word such as "2fa" or "4g": copy it whole.
                            var wordEnd = end
                            while wordEnd < n && isAlphanumeric(bytes[wordEnd]) { wordEnd += 1 }
                            out.append(contentsOf: bytes[index..<wordEnd]); index = wordEnd; continue
                        }
                        out.append(contentsOf: number); index = end; continue
                    }
                }
            }
            if byte == 0x5B, let (end, token) = redactionPlaceholder(bytes, from: index) {
                out.append(contentsOf: token); index = end; continue
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    /// Ingest's redaction placeholders and the placeholder each stands for.
    static let redactionPlaceholders: [(text: [UInt8], token: [UInt8])] = [
        (Array("[email]".utf8), email), (Array("[phone]".utf8), phone), (Array("[card]".utf8), number),
        (Array("[iban]".utf8), number), (Array("[ip]".utf8), number),
    ]

    /// The end of a redaction placeholder starting at `start` (on the `[`) and its token, or `nil`.
    static func redactionPlaceholder(_ bytes: [UInt8], from start: Int) -> (Int, [UInt8])? {
        for (text, token) in redactionPlaceholders where start + text.count <= bytes.count {
            if bytes[start..<(start + text.count)].elementsEqual(text) { return (start + text.count, token) }
        }
        return nil
    }

    /// Whether the text holds a digit, an `@`, `://` or `www.`, without which nothing is masked.
    static func mayHavePlaceholder(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            for index in 0..<n {
                let byte = buffer[index]
                if byte &- 0x30 < 10 || byte == 0x40 || byte == 0x5B { return true }
                if byte == 0x3A && index + 2 < n && buffer[index + 1] == 0x2F && buffer[index + 2] == 0x2F { return true }
                if byte == 0x2E && index >= 3 && buffer[index - 1] == 0x77 && buffer[index - 2] == 0x77
                    && buffer[index - 3] == 0x77 {
                    return true
                }
            }
            return false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    /// ASCII letters and digits, and any byte of a multi-byte character (so `é2` is a word).
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }
    static func isEmailCharacter(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLetter(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D
    }
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for offset in 0..<count where bytes[start + offset] != p[offset] { return false }
        return true
    }

    /// The end of a URL starting at `start`, or `nil`.
    static func urlEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index: Int
        if hasPrefix(bytes, "https://", at: start) { index = start + 8 }
        else if hasPrefix(bytes, "http://", at: start) { index = start + 7 }
        else if hasPrefix(bytes, "ftp://", at: start) { index = start + 6 }
        else if hasPrefix(bytes, "www.", at: start) { index = start + 4 }
        else { return nil }
        let bodyStart = index
        while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != 0x3C, bytes[index] != 0x3E,
              bytes[index] != 0x22 {
            index += 1
        }
        while index > bodyStart, isTrailingPunctuation(bytes[index - 1]) { index -= 1 }
        return index > bodyStart ? index : nil
    }

    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x27, 0x22: return true
        default: return false
        }
    }

    /// The end of an e-mail address starting at `start`, or `nil`.
    static func emailEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, isEmailCharacter(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == 0x40 else { return nil }
        index += 1
        let domainStart = index
        while index < bytes.count, isDigit(bytes[index]) || isLetter(bytes[index]) || bytes[index] == 0x2E || bytes[index] == 0x2D {
            index += 1
        }
        while index > domainStart, bytes[index - 1] == 0x2E || bytes[index - 1] == 0x2D { index -= 1 }
        guard let dot = bytes[domainStart..<index].lastIndex(of: 0x2E), dot > domainStart, index - dot > 2 else { return nil }
        return index
    }

    /// The end of an @handle starting at `start` (on the `@`), or `nil`.
    static func handleEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count, isDigit(bytes[index]) || isLetter(bytes[index]) || bytes[index] == 0x5F { index += 1 }
        return index > start + 1 ? index : nil
    }

    /// The end of a phone number starting at `start`, or `nil`.
    static func phoneEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var digits = 0, splits = 0
        let marked = bytes[start] == 0x2B || bytes[start] == 0x28
        if bytes[start] == 0x2B { index += 1 }
        var lastDigitEnd = start
        var openParen = false
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
                index += 1
                lastDigitEnd = index
                if digits > 15 { return nil }
            } else if byte == 0x28 && !openParen && index + 1 < bytes.count && isDigit(bytes[index + 1]) {
                openParen = true; splits += 1; index += 1
            } else if byte == 0x29 && openParen {
                openParen = false; index += 1
                if index < bytes.count && bytes[index] == 0x20 && index + 1 < bytes.count && isDigit(bytes[index + 1]) { index += 1 }
            } else if (byte == 0x20 || byte == 0x2D || byte == 0x2E) && index > start && isDigit(bytes[index - 1])
                        && index + 1 < bytes.count && (isDigit(bytes[index + 1]) || bytes[index + 1] == 0x28) {
                splits += 1; index += 1
            } else {
                break
            }
        }
        guard digits >= 9, marked || splits > 0 else { return nil }
        if lastDigitEnd < bytes.count && isAlphanumeric(bytes[lastDigitEnd]) { return nil }
        return lastDigitEnd
    }

    /// The end of a number starting at `start` (on a digit).
    static func numberEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if isDigit(bytes[index]) { index += 1; continue }
            let byte = bytes[index]
            if (byte == 0x2E || byte == 0x2C || byte == 0x3A) && index + 1 < bytes.count && isDigit(bytes[index + 1]) {
                index += 1; continue
            }
            break
        }
        return index
    }
}
