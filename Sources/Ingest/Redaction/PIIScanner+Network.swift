extension PIIScanner {
    /// The end of an IPv4 address at `start`: four decimal octets 0–255 without leading zeros
    /// (`010` is not an octet), joined by dots, not continued by a fifth part (`1.2.3.4.5`, a
    /// version) or a letter. `embedded` is the tail of an IPv6 address, read the same way.
    func ipv4(at start: Int, embedded: Bool) -> Int? {
        var index = start
        for part in 0..<4 {
            let partStart = index
            var value = 0
            while index < count, Self.isDigit(bytes[index]), index - partStart < 3 {
                value = value * 10 + Int(bytes[index] &- 0x30)
                index += 1
            }
            let length = index - partStart
            guard length > 0, value <= 255, !(length > 1 && bytes[partStart] == 0x30) else { return nil }
            if index < count && Self.isDigit(bytes[index]) { return nil }
            if part < 3 {
                guard index + 1 < count, bytes[index] == 0x2E, Self.isDigit(bytes[index + 1]) else { return nil }
                index += 1
            }
        }
        if index < count && (Self.isWordByte(bytes[index]) || bytes[index] == 0x2E && index + 1 < count && Self.isDigit(bytes[index + 1])) {
            return nil
        }
        return index
    }

    /// The end of an IPv6 address at `start` (RFC 4291 text forms): eight groups of 1–4 hex
    /// digits, or fewer with one `::`, optionally ending in an embedded IPv4 address
    /// (`::ffff:192.0.2.1`). A compressed address needs a decimal digit somewhere, so that C++'s
    /// `std::` or a `dead::beef` is not one; `10:30:00` has neither eight groups nor a `::`.
    func ipv6(at start: Int) -> Int? {
        var index = start
        var groups = 0
        var compressed = false
        var hasDigit = false
        if bytes[index] == 0x3A {
            guard index + 1 < count, bytes[index + 1] == 0x3A else { return nil }
            compressed = true
            index += 2
        }
        while index < count {
            let groupStart = index
            while index < count, Self.isHex(bytes[index]), index - groupStart < 5 {
                if Self.isDigit(bytes[index]) { hasDigit = true }
                index += 1
            }
            let length = index - groupStart
            if length == 0 { break }
            if index < count && bytes[index] == 0x2E {
                // The last 32 bits as a dotted IPv4 address.
                guard groups <= 6, let end = ipv4(at: groupStart, embedded: true) else { return nil }
                groups += 2
                index = end
                hasDigit = true
                break
            }
            guard length <= 4 else { return nil }
            groups += 1
            if index + 1 < count && bytes[index] == 0x3A && bytes[index + 1] == 0x3A {
                guard !compressed else { return nil }
                compressed = true
                index += 2
            } else if index + 1 < count && bytes[index] == 0x3A && Self.isHex(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard compressed ? (groups <= 7 && groups >= 1 && hasDigit) : groups == 8 else { return nil }
        if index < count && (Self.isWordByte(bytes[index]) || bytes[index] == 0x3A) { return nil }
        return index
    }
}
