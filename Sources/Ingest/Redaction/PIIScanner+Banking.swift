extension PIIScanner {
    /// The end of an IBAN at `start` (ISO 13616): a country code with a registered length, two
    /// check digits, and the rest of that length in letters and digits, written together or in
    /// groups of four split by single spaces; valid when the number formed by moving the first
    /// four characters to the end (letters as 10–35) leaves 1 modulo 97.
    func iban(at start: Int) -> Int? {
        guard let length = ibanLength(at: start) else { return nil }
        let (characters, index) = ibanCharacters(at: start, limit: length)
        guard characters.count == length, !(index < count && Self.isWordByte(bytes[index])) else { return nil }
        var remainder = 0
        for byte in characters[4...] + characters[..<4] {
            if Self.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte &- 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte &- 0x41 + 10)) % 97
            }
        }
        return remainder == 1 ? index : nil
    }

    /// The end of what looks like an IBAN at `start` but is not one (a country code, two digits
    /// and at least 12 characters in all): its groups are skipped, not read as a phone number.
    func ibanLookalikeEnd(at start: Int) -> Int? {
        guard ibanLength(at: start) != nil else { return nil }
        let (characters, index) = ibanCharacters(at: start, limit: 34)
        return characters.count >= 12 ? index : nil
    }

    /// The registered IBAN length when a country code and two digits start at `start`.
    private func ibanLength(at start: Int) -> Int? {
        guard start + 4 < count, Self.isASCIILetter(bytes[start]), Self.isASCIILetter(bytes[start + 1]),
              Self.isDigit(bytes[start + 2]), Self.isDigit(bytes[start + 3]) else { return nil }
        return IBANRegistry.length(bytes[start] & 0xDF, bytes[start + 1] & 0xDF)
    }

    /// Up to `limit` letters (upper-cased) and digits from `start`, together or in groups of four
    /// split by single spaces, and the position after them.
    private func ibanCharacters(at start: Int, limit: Int) -> (characters: [UInt8], end: Int) {
        var characters: [UInt8] = []
        characters.reserveCapacity(limit)
        var index = start
        while index < count && characters.count < limit {
            let byte = bytes[index]
            if Self.isASCIIAlphanumeric(byte) {
                characters.append(Self.isASCIILetter(byte) ? byte & 0xDF : byte)
                index += 1
            } else if byte == 0x20, characters.count % 4 == 0, index + 1 < count, Self.isASCIIAlphanumeric(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return (characters, index)
    }

    /// The end of a payment card number at `start`: 13–19 digits, together or in groups of 3–6
    /// split by one kind of separator (a space or `-`), whose first digits are a card network's
    /// (Visa 4; Mastercard 51–55, 2221–2720; American Express 34, 37 with 15 digits; Discover,
    /// UnionPay, Maestro 6; Diners 30, 36, 38, 39; JCB 35; Mir 2200–2204; Maestro 50, 56–59) and
    /// that pass the Luhn check (ISO/IEC 7812-1: doubling every second digit from the right, the
    /// sum is a multiple of 10). Grouped digits may be followed by more after a space (an expiry).
    func card(at start: Int) -> Int? {
        var digits: [UInt8] = []
        var boundaries: [(digits: Int, end: Int, separator: UInt8)] = []
        var separator: UInt8 = 0
        var index = start
        var groupStart = 0
        while index < count {
            let byte = bytes[index]
            if Self.isDigit(byte) {
                digits.append(byte &- 0x30)
                index += 1
                if digits.count > 19 && separator == 0 { return nil }
            } else if (byte == 0x20 || byte == 0x2D) && (separator == 0 || separator == byte) && index + 1 < count
                        && Self.isDigit(bytes[index + 1]) {
                guard (3...6).contains(digits.count - groupStart) else { break }
                separator = byte
                boundaries.append((digits.count, index, byte))
                groupStart = digits.count
                index += 1
            } else {
                break
            }
            if digits.count > 25 { break }
        }
        let lastGroup = digits.count - groupStart
        if separator == 0 || (3...6).contains(lastGroup) {
            boundaries.append((digits.count, index, 0))
        }
        for boundary in boundaries.reversed() where (13...19).contains(boundary.digits) {
            // Cut inside a dashed run, the number goes on: not a card.
            if boundary.separator == 0x2D { continue }
            if boundary.separator == 0 && continuesToken(boundary.end) { continue }
            let number = digits[..<boundary.digits]
            if Self.plausibleCardPrefix(number) && Self.luhn(number) { return boundary.end }
        }
        return nil
    }

    /// Whether the Luhn check digit holds.
    static func luhn(_ digits: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var d = Int(digit)
            if offset % 2 == 1 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return sum % 10 == 0
    }

    /// Whether the number starts as a card network's numbers do, with a length it issues.
    static func plausibleCardPrefix(_ digits: ArraySlice<UInt8>) -> Bool {
        let d = Array(digits.prefix(4)).map(Int.init)
        guard d.count == 4 else { return false }
        let two = d[0] * 10 + d[1], four = two * 100 + d[2] * 10 + d[3]
        let n = digits.count
        switch d[0] {
        case 4: return n == 13 || n == 16 || n == 19
        case 2: return (2221...2720).contains(four) && n == 16 || (2200...2204).contains(four) && n >= 16
        case 3:
            if two == 34 || two == 37 { return n == 15 }
            return [30, 35, 36, 38, 39].contains(two) && n >= 14
        case 5: return (51...55).contains(two) ? n == 16 : (two == 50 || two >= 56) && n >= 13
        case 6: return n >= 13
        default: return false
        }
    }
}
