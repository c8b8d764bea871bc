/// A cursor over UTF-8 bytes for the small hand-written parsers (dates, numbers).
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        if position < bytes.count && bytes[position] == byte { position += 1; return true }
        return false
    }

    /// Consumes a run of ASCII digits (at most 18) and returns their value.
    mutating func number() -> Int? {
        var value = 0
        let start = position
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57, position - start < 18 {
            value = value * 10 + Int(bytes[position] - 48)
            position += 1
        }
        return position > start ? value : nil
    }

    /// Consumes a run of ASCII letters.
    mutating func skipWord() -> Bool {
        let start = position
        while position < bytes.count, (bytes[position] | 0x20) >= 97, (bytes[position] | 0x20) <= 122 { position += 1 }
        return position > start
    }

    /// Consumes `word` (ASCII, case-insensitive) if it is next.
    mutating func takeWord(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count else { return false }
        let w = word.utf8Start
        for i in 0..<n where bytes[position + i] | 0x20 != w[i] | 0x20 { return false }
        position += n
        return true
    }

    /// Consumes an English month name or its three-letter abbreviation; returns 1 to 12.
    mutating func monthName() -> Int? {
        let start = position
        guard skipWord(), position - start >= 3 else { position = start; return nil }
        let c0 = bytes[start] | 0x20, c1 = bytes[start + 1] | 0x20, c2 = bytes[start + 2] | 0x20
        let key = String(decoding: [c0, c1, c2], as: UTF8.self)
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let i = months.firstIndex(of: key) else { position = start; return nil }
        return i + 1
    }

    /// Consumes `AM` or `PM`; returns true for PM.
    mutating func meridiem() -> Bool? {
        if takeWord("AM") || takeWord("a.m.") { return false }
        if takeWord("PM") || takeWord("p.m.") { return true }
        return nil
    }

    /// Consumes a zone offset `+0200`, `+02:00`, `-05` and returns it in seconds east of UTC.
    mutating func zoneOffset() -> Int? {
        guard position < bytes.count else { return nil }
        let sign: Int
        if bytes[position] == UInt8(ascii: "+") { sign = 1 } else if bytes[position] == UInt8(ascii: "-") { sign = -1 } else { return nil }
        position += 1
        let start = position
        guard let n = number() else { return nil }
        let digits = position - start
        var hours = n, minutes = 0
        if digits == 4 { hours = n / 100; minutes = n % 100 } else if digits > 2 { return nil }
        if digits <= 2, take(UInt8(ascii: ":")) {
            guard let m = number() else { return nil }
            minutes = m
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
