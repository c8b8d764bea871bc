/// One pass over a text's UTF-8 bytes that finds the spans of personal data, for `PIIRedactor`.
///
/// E-mail addresses are found first, from each `@`. Then the scan moves word by word: at the
/// start of a word (or at a `+`, `(` or `::`) the detectors are tried in ``PIIDetector/precedence``
/// order (IBAN, IP, card, phone), and the first match claims its bytes; a word that starts no
/// match is skipped whole, so a detector never starts inside a word (`abc0171234567`), and a
/// number glued to a code (`SKU-4411-22`, `#12345678901`, `1.2.3.4.5`) is left alone.
struct PIIScanner {
    /// A finding: bytes `start..<end` are a `detector`'s.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var detector: PIIDetector
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let detectors: Set<PIIDetector>

    var count: Int { bytes.count }

    /// Whether the text could hold anything a detector finds: an `@`, four digits, or two
    /// colons. Texts without any of them (most short answers) cost one pass over their bytes.
    static func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0, colons = 0
        for byte in bytes {
            if byte &- 0x30 < 10 {
                digits += 1
                if digits == 4 { return true }
            } else if byte == 0x40 {
                return true
            } else if byte == 0x3A {
                colons += 1
                if colons == 2 { return true }
            }
        }
        return false
    }

    /// Every finding, in text order, none overlapping.
    func findings() -> [Span] {
        var emails: [Span] = []
        if detectors.contains(.email) {
            var index = 0
            while index < count {
                if bytes[index] == 0x40, let span = email(at: index), emails.last.map({ $0.end <= span.start }) ?? true {
                    emails.append(span)
                    index = span.end
                } else {
                    index += 1
                }
            }
        }
        let numeric = detectors.contains(.iban) || detectors.contains(.ip) || detectors.contains(.card) || detectors.contains(.phone)
        guard numeric else { return emails }
        var spans: [Span] = []
        var nextEmail = 0
        var index = 0
        while index < count {
            if nextEmail < emails.count && index >= emails[nextEmail].start {
                spans.append(emails[nextEmail])
                index = emails[nextEmail].end
                nextEmail += 1
                continue
            }
            let limit = nextEmail < emails.count ? emails[nextEmail].start : count
            let byte = bytes[index]
            if Self.isWordByte(byte) {
                if let span = numericFinding(at: index), span.end <= limit {
                    spans.append(span)
                    index = span.end
                } else if Self.isASCIILetter(byte), detectors.contains(.iban), let end = ibanLookalikeEnd(at: index), end <= limit {
                    index = end
                } else {
                    while index < count && Self.isWordByte(bytes[index]) { index += 1 }
                }
            } else if byte == 0x2B || byte == 0x28 || byte == 0x3A, let span = numericFinding(at: index), span.end <= limit {
                spans.append(span)
                index = span.end
            } else {
                index += 1
            }
        }
        while nextEmail < emails.count {
            spans.append(emails[nextEmail])
            nextEmail += 1
        }
        return spans
    }

    /// The first detector in precedence order that matches at `start`.
    private func numericFinding(at start: Int) -> Span? {
        let byte = bytes[start]
        let isDigit = Self.isDigit(byte)
        if isDigit || byte == 0x2B || byte == 0x28 {
            if gluedToCode(start) { return nil }
        } else if byte == 0x3A {
            if start > 0 && (Self.isASCIIAlphanumeric(bytes[start - 1]) || bytes[start - 1] == 0x3A) { return nil }
        } else if !Self.isASCIILetter(byte) {
            return nil
        }
        if Self.isASCIILetter(byte) && detectors.contains(.iban), let end = iban(at: start) {
            return Span(start: start, end: end, detector: .iban)
        }
        if detectors.contains(.ip) && (Self.isHex(byte) || byte == 0x3A), let end = ipv6(at: start) {
            return Span(start: start, end: end, detector: .ip)
        }
        guard isDigit || byte == 0x2B || byte == 0x28 else { return nil }
        if isDigit && detectors.contains(.ip), let end = ipv4(at: start, embedded: false), !afterIdentifierWord(start) {
            return Span(start: start, end: end, detector: .ip)
        }
        if isDigit && detectors.contains(.card), let end = card(at: start), !afterIdentifierWord(start) {
            return Span(start: start, end: end, detector: .card)
        }
        if detectors.contains(.phone), let end = phone(at: start), !afterIdentifierWord(start) {
            return Span(start: start, end: end, detector: .phone)
        }
        return nil
    }

    // MARK: Context

    /// Whether the number at `start` is glued to a code before it: a decimal point after a digit
    /// (`1.2.3.4.5`, `3,5`), a `-`, `_` or `/` after a letter or digit (`SKU-4411`, `AB/12`), a `#`.
    func gluedToCode(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = bytes[start - 1]
        let beforePrevious: UInt8 = start > 1 ? bytes[start - 2] : 0x20
        switch previous {
        case 0x23: return true
        case 0x2E, 0x2C, 0x3A: return Self.isDigit(beforePrevious)
        case 0x2D, 0x5F, 0x2F: return Self.isASCIIAlphanumeric(beforePrevious)
        default: return Self.isWordByte(previous)
        }
    }

    /// Words after which a number is an identifier, not personal data: `order 0123456789`,
    /// `tracking no. 1234 5678 9012 3456`, `version 1.2.3.4`.
    static let identifierWords: Set<String> = [
        "order", "orders", "tracking", "invoice", "ticket", "case", "ref", "reference", "confirmation", "isbn", "sku",
        "serial", "imei", "model", "part", "version", "ver", "v", "build", "release", "firmware", "transaction", "txn",
        "id", "account", "acct", "booking", "shipment", "parcel", "po", "rma", "claim", "policy", "member", "upc", "ean",
    ]
    /// Words skipped on the way back to the identifier word: `order number: …`, `case no. …`.
    static let fillerWords: Set<String> = ["number", "no", "nr", "num", "code", "is", "#"]

    /// Whether the word before `start` (past `number`, `no.`, `#`, `:`) is an identifier word.
    func afterIdentifierWord(_ start: Int) -> Bool {
        var index = start
        for _ in 0..<3 {
            while index > 0, Self.isSkippedBeforeWord(bytes[index - 1]) { index -= 1 }
            let end = index
            while index > 0, Self.isASCIIAlphanumeric(bytes[index - 1]) { index -= 1 }
            guard end > index, end - index <= 12 else { return false }
            var word = ""
            for i in index..<end { word.unicodeScalars.append(Unicode.Scalar(bytes[i] | (Self.isASCIILetter(bytes[i]) ? 0x20 : 0))) }
            if Self.identifierWords.contains(word) { return true }
            if !Self.fillerWords.contains(word) { return false }
        }
        return false
    }

    private static func isSkippedBeforeWord(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x23 || byte == 0x3A || byte == 0x2E || byte == 0x09 || byte == 0x2D || byte == 0x3D
    }

    /// Whether the bytes from `index` on continue a number or a word, so a finding cannot end
    /// there: a letter or digit, or `.`, `,`, `-`, `/` or `:` followed by a digit.
    func continuesToken(_ index: Int) -> Bool {
        guard index < count else { return false }
        let byte = bytes[index]
        if Self.isWordByte(byte) { return true }
        if byte == 0x2E || byte == 0x2C || byte == 0x2D || byte == 0x2F || byte == 0x3A {
            return index + 1 < count && Self.isDigit(bytes[index + 1])
        }
        return false
    }

    // MARK: Bytes

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isASCIILetter(byte) }
    static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- 0x61 < 6 }
    /// ASCII letters and digits and every byte of a multi-byte character.
    static func isWordByte(_ byte: UInt8) -> Bool { isASCIIAlphanumeric(byte) || byte >= 0x80 }
}
