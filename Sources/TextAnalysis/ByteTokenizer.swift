import VerbatimCore

/// Splits normalised (lower-cased) UTF-8 text into tokens, working on bytes.
///
/// - ASCII letters and digits are read byte by byte without decoding (the fast path); other
///   characters are decoded to scalars, and letters, marks and digits of any script join words,
///   so `café` and `müller` stay one token.
/// - Apostrophes inside words: a final `'s` goes (`customer's` → `customer`); `n't` words stay
///   whole (`don't`, a negation cue); a French/Italian elided article or pronoun goes (`l'appli` →
///   `appli`, `qu'il` → `il`; an elided `n'` is kept as a negation flag); other contractions stay
///   whole (`i'm`, `we've`), for the stopword lists.
/// - CJK (Han, Hiragana, Katakana), written without spaces, becomes overlapping character bigrams
///   (`密码重置` → `密码`, `码重`, `重置`; a lone character is its own token), as Lucene's CJK
///   analyser does; bigrams approximate words far better than single characters.
/// - Emoji and other symbols are dropped; hyphens and underscores split words.
/// - `⟨…⟩` placeholders from `TextNormalizer` become placeholder tokens.
struct ByteTokenizer {
    /// Appends the tokens of `bytes` to `tokens` (after removing what it held).
    /// - Complexity: O(n) in the number of bytes.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        let n = bytes.count
        var index = 0
        while index < n {
            let byte = bytes[index]
            if byte < 0x80 {
                if ByteTokenizer.isASCIIWordByte(byte) {
                    index = word(bytes, from: index, into: &tokens)
                } else {
                    if ByteTokenizer.isASCIIBoundary(byte) { addBoundary(&tokens, at: index, length: 1) }
                    index += 1
                }
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if scalar.value == 0x27E8, let end = placeholderEnd(bytes, from: index + length) {
                tokens.append(Token(start: Int32(index), end: Int32(end), kind: .placeholder))
                index = end
            } else if ByteTokenizer.isCJK(scalar) {
                index = cjkRun(bytes, from: index, into: &tokens)
            } else if ByteTokenizer.isWordScalar(scalar) {
                index = word(bytes, from: index, into: &tokens)
            } else {
                if ByteTokenizer.isBoundaryScalar(scalar) { addBoundary(&tokens, at: index, length: length) }
                index += length
            }
        }
    }

    /// Adds a clause break covering the `length` bytes of its character at `index`, unless the
    /// previous token is one.
    func addBoundary(_ tokens: inout [Token], at index: Int, length: Int) {
        if let last = tokens.last, last.kind == .boundary { return }
        tokens.append(Token(start: Int32(index), end: Int32(index + length), kind: .boundary))
    }

    /// Reads one word from `start`; returns the position after it.
    func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int {
        let n = bytes.count
        var index = start
        var firstApostrophe = -1
        while index < n {
            let byte = bytes[index]
            if byte < 0x80 {
                if ByteTokenizer.isASCIIWordByte(byte) { index += 1; continue }
                if byte == 0x27 && index > start && index + 1 < n && startsLetter(bytes, at: index + 1) {
                    if firstApostrophe < 0 { firstApostrophe = index }
                    index += 1
                    continue
                }
                break
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard ByteTokenizer.isWordScalar(scalar), !ByteTokenizer.isCJK(scalar) else { break }
            index += length
        }
        var token = Token(start: Int32(start), end: Int32(index), kind: .word)
        if firstApostrophe >= 0 { splitApostrophes(bytes, &token, firstApostrophe: firstApostrophe) }
        if token.end > token.start { tokens.append(token) }
        return index
    }

    /// Applies the apostrophe rules to a word holding one at `firstApostrophe`.
    func splitApostrophes(_ bytes: UnsafeBufferPointer<UInt8>, _ token: inout Token, firstApostrophe: Int) {
        let start = Int(token.start), end = Int(token.end)
        // n't: keep whole.
        if end - start >= 4 && bytes[end - 3] == 0x6E && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x74 { return }
        let prefixLength = firstApostrophe - start
        if prefixLength <= 2 {
            let first = bytes[start]
            let elided = prefixLength == 1
                ? [0x6C, 0x64, 0x6A, 0x6D, 0x6E, 0x73, 0x74, 0x63].contains(first)       // l d j m n s t c
                : first == 0x71 && bytes[start + 1] == 0x75                                // qu
            if elided {
                token.start = Int32(firstApostrophe + 1)
                token.elidedNegation = prefixLength == 1 && first == 0x6E
            }
        }
        let newStart = Int(token.start)
        if end - newStart >= 3 && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x73 { token.end = Int32(end - 2) }
    }

    /// Whether a letter (not a digit or symbol) starts at `index`.
    func startsLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        let (scalar, _) = UTF8Scalar.decode(bytes, at: index)
        return scalar.properties.isAlphabetic && !ByteTokenizer.isCJK(scalar)
    }

    /// Reads a run of CJK characters as bigrams; returns the position after the run.
    func cjkRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int {
        var bounds: [Int] = [start]
        var index = start
        while index < bytes.count && bytes[index] >= 0x80 {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard ByteTokenizer.isCJK(scalar) else { break }
            index += length
            bounds.append(index)
        }
        if bounds.count == 2 {
            tokens.append(Token(start: Int32(start), end: Int32(index), kind: .cjk))
        } else {
            for k in 0..<(bounds.count - 2) {
                tokens.append(Token(start: Int32(bounds[k]), end: Int32(bounds[k + 2]), kind: .cjk))
            }
        }
        return index
    }

    /// The end of `⟨letters⟩` whose letters start at `start`, or `nil`.
    func placeholderEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] >= 0x61, bytes[index] <= 0x7A { index += 1 }
        guard index > start, index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x9F,
              bytes[index + 2] == 0xA9 else { return nil }
        return index + 3
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    static func isASCIIBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A: return true
        default: return false
        }
    }

    static func isBoundaryScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2026, 0x3002, 0x3001, 0xFF01, 0xFF1F, 0xFF0C, 0xFF1B, 0xFF1A, 0x00A1, 0x00BF: return true
        default: return false
        }
    }

    /// Letters, combining marks and decimal digits of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// Han, Hiragana and Katakana.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

}
