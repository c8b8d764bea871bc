extension PIIScanner {
    /// A run of digits in a phone-number candidate, and what follows it.
    struct PhoneGroup {
        /// Where its digits start, and how many there are.
        var start: Int, digits: Int
        /// The position after it (after the `)` of a parenthesised group).
        var end: Int
        /// Whether it was written in parentheses (`(0)`, `(202)`).
        var parenthesised: Bool
        /// The separator after it (space, `-`, `.`, `/`), or 0 when the next group follows at once.
        var separator: UInt8 = 0
    }

    /// The end of a telephone number at `start`. The candidate is read as groups of digits split
    /// by single spaces, `-`, `.`, `/` or parentheses; the longest prefix of groups (cut only at a
    /// space) that has a phone's shape wins:
    /// - international: `+` and 8–15 digits (E.164's maximum; a `(0)` trunk digit not counted),
    ///   any separators; or `00`, a country code not starting with 0, at least one separator, and
    ///   8–15 digits after the `00`;
    /// - North American: `(NXX) NXX-XXXX`, `NXX-NXX-XXXX`, `NXX.NXX.XXXX`, `NXX NXX XXXX`, with an
    ///   optional leading `1` group (N is 2–9);
    /// - national with a trunk `0`: a first group of 2–5 digits starting `0` then 1–9 (`020`,
    ///   `06`, `0171`, `(030)`), one kind of separator throughout, later groups of two or more
    ///   digits, 9–12 digits in all (`020 7946 0958`, `06 12 34 56 78`); or `0XX/XXXXXXX`; or
    ///   10–11 digits written together (`07700900123`);
    /// - Spanish-style `6XX XXX XXX` … `9XX XXX XXX`.
    ///
    /// Not phones: dates (`2024-03-15`, `15.03.2024`, `03/15/2024`: too few digits, two slashes or
    /// no trunk 0), times and durations (`:` is no separator), prices, versions, ISBNs (`0-306-…`:
    /// a one-digit first group), and digit runs without a `+`, `00`, trunk `0` or separator.
    func phone(at start: Int) -> Int? {
        var index = start
        let plus = bytes[index] == 0x2B
        if plus {
            index += 1
            guard index < count, Self.isDigit(bytes[index]), bytes[index] != 0x30 else { return nil }
        }
        var groups: [PhoneGroup] = []
        var parentheses = 0
        while index < count && groups.count < 10 {
            let byte = bytes[index]
            if byte == 0x28 {
                let digitsStart = index + 1
                var end = digitsStart
                while end < count && Self.isDigit(bytes[end]) { end += 1 }
                guard parentheses == 0, end > digitsStart, end - digitsStart <= 5, end < count, bytes[end] == 0x29 else { break }
                parentheses += 1
                groups.append(PhoneGroup(start: digitsStart, digits: end - digitsStart, end: end + 1, parenthesised: true))
                index = end + 1
            } else if Self.isDigit(byte) {
                let digitsStart = index
                while index < count && Self.isDigit(bytes[index]) { index += 1 }
                groups.append(PhoneGroup(start: digitsStart, digits: index - digitsStart, end: index, parenthesised: false))
            } else {
                break
            }
            guard index < count else { break }
            let next = bytes[index]
            let followedByGroup = index + 1 < count && (Self.isDigit(bytes[index + 1]) || bytes[index + 1] == 0x28)
            if (next == 0x20 || next == 0x2D || next == 0x2E || next == 0x2F) && followedByGroup {
                groups[groups.count - 1].separator = next
                index += 1
            } else if next == 0x28 && parentheses == 0 || groups[groups.count - 1].parenthesised && Self.isDigit(next) {
                continue
            } else {
                break
            }
        }
        guard !groups.isEmpty else { return nil }
        for k in stride(from: groups.count, through: 1, by: -1) {
            let prefix = groups[..<k]
            let end = prefix[prefix.endIndex - 1].end
            if k < groups.count {
                guard prefix[prefix.endIndex - 1].separator == 0x20 else { continue }
            } else if continuesToken(end) {
                return nil
            }
            if phoneShape(prefix, plus: plus) { return end }
        }
        return nil
    }

    /// Whether these groups have a phone number's shape (see `phone(at:)`).
    private func phoneShape(_ groups: ArraySlice<PhoneGroup>, plus: Bool) -> Bool {
        let total = groups.reduce(0) { $0 + $1.digits }
        let separators = groups.dropLast().map(\.separator)
        let slashes = separators.filter { $0 == 0x2F }.count
        let first = groups[groups.startIndex]
        func digit(_ group: PhoneGroup, _ offset: Int) -> UInt8 { offset < group.digits ? bytes[group.start + offset] : 0 }
        if plus {
            let trunk = groups.contains { $0.parenthesised && $0.digits == 1 && digit($0, 0) == 0x30 } ? 1 : 0
            return (8...15).contains(total - trunk) && slashes <= 1
        }
        // 00 and a country code.
        if !first.parenthesised && digit(first, 0) == 0x30 && digit(first, 1) == 0x30 {
            let countryStart = first.digits > 2 ? digit(first, 2) : (groups.count > 1 ? digit(groups[groups.startIndex + 1], 0) : 0)
            guard countryStart != 0x30, countryStart != 0, groups.count > 1 else { return false }
            return (8...15).contains(total - 2) && slashes <= 1
        }
        // North American numbers.
        let lengths = groups.map(\.digits)
        let nanpGroups = lengths == [3, 3, 4] ? groups : lengths == [1, 3, 3, 4] && digit(first, 0) == 0x31 ? groups.dropFirst() : nil
        if let nanp = nanpGroups {
            let area = nanp[nanp.startIndex], exchange = nanp[nanp.startIndex + 1]
            let plain: Set<UInt8> = [0x20, 0x2D, 0x2E]
            let leadingOK = nanp.startIndex == groups.startIndex || first.separator == 0x20 || first.separator == 0x2D
                || first.separator == exchange.separator
            let shapeOK = area.parenthesised
                ? (area.separator == 0 || area.separator == 0x20 || area.separator == 0x2D) && plain.contains(exchange.separator)
                : area.separator == exchange.separator && plain.contains(exchange.separator)
            if digit(area, 0) >= 0x32 && digit(exchange, 0) >= 0x32 && shapeOK && leadingOK { return true }
        }
        let kinds = Set(separators.filter { $0 != 0 })
        guard kinds.count <= 1 else { return false }
        let separator = kinds.first ?? 0
        // Spanish-style 9XX XXX XXX.
        if lengths == [3, 3, 3] && separator == 0x20 && digit(first, 0) >= 0x36 { return true }
        // A trunk 0 and an area code.
        guard digit(first, 0) == 0x30, digit(first, 1) != 0x30, (2...5).contains(first.digits) || groups.count == 1 else { return false }
        if groups.count == 1 { return !first.parenthesised && (10...11).contains(total) }
        if separator == 0x2F {
            return groups.count == 2 && groups[groups.startIndex + 1].digits >= 4 && (9...12).contains(total)
        }
        return (9...12).contains(total) && groups.dropFirst().allSatisfy { $0.digits >= 2 }
    }
}
