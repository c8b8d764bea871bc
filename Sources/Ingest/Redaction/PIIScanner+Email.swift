extension PIIScanner {
    /// The e-mail address around the `@` at `at`: a local part of letters, digits and
    /// `. _ % + - '` (and any non-ASCII letter), then a domain of at least two dot-separated labels
    /// of letters, digits and inner hyphens whose last label (the TLD) has two or more letters.
    ///
    /// Not addresses: `@handle` (no local part), `user@localhost` and `root@server` (no dot in the
    /// domain: not deliverable on the internet, and common in logs of host names), `a@b.c` (a one-
    /// letter TLD). Leading dots of the local part and trailing dots of the domain are punctuation.
    func email(at: Int) -> Span? {
        var start = at
        while start > 0, Self.isLocalByte(bytes[start - 1]) { start -= 1 }
        while start < at, bytes[start] == 0x2E || bytes[start] == 0x27 { start += 1 }
        guard start < at, bytes[at - 1] != 0x2E else { return nil }
        var index = at + 1
        var labelStart = index
        var dots = 0
        var lastLabel = (start: index, end: index)
        while index < count {
            let byte = bytes[index]
            if Self.isASCIIAlphanumeric(byte) || byte >= 0x80 || byte == 0x2D {
                // A label starts with a letter or digit.
                if byte == 0x2D && index == labelStart { return nil }
                index += 1
            } else if byte == 0x2E, index > labelStart, index + 1 < count,
                      Self.isASCIIAlphanumeric(bytes[index + 1]) || bytes[index + 1] >= 0x80 {
                guard bytes[index - 1] != 0x2D else { return nil }
                dots += 1
                index += 1
                labelStart = index
            } else {
                break
            }
            lastLabel = (labelStart, index)
        }
        // Trailing hyphens end no domain.
        while index > labelStart, bytes[index - 1] == 0x2D { index -= 1 }
        lastLabel.end = index
        guard dots >= 1, lastLabel.end - lastLabel.start >= 2 else { return nil }
        for i in lastLabel.start..<lastLabel.end where !(Self.isASCIILetter(bytes[i]) || bytes[i] >= 0x80) { return nil }
        return Span(start: start, end: index, detector: .email)
    }

    static func isLocalByte(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte >= 0x80 || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B
            || byte == 0x2D || byte == 0x27
    }
}
