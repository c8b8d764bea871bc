import Foundation

/// Parses the date and time formats that support, chat and survey exports write, to UTC.
///
/// Recognised without configuration:
/// - ISO 8601 with or without zone and fraction: `2026-09-14T10:22:05Z`, `2026-09-14 10:22:05`,
///   `2020-04-01T17:31:32.000Z`, `2026-09-14T12:22:05+02:00`, `2026-09-14`; single-digit hours
///   as in `2023-07-28 3:00`.
/// - US dates: `3/22/2021`, `3/22/2021 14:05`, `3/22/2021 2:05:09 PM`.
/// - `31-Jul-18` and `31-Jul-2018`.
/// - Twitter's `Tue Oct 31 22:10:47 +0000 2017`.
/// - Epoch seconds (9 to 10 digits) and epoch milliseconds (12 to 13 digits).
///
/// A date without a zone is taken as UTC. A configured `format` (a `DateFormatter` pattern such
/// as `dd.MM.yyyy HH:mm`) is tried first.
public struct DateParser: Sendable {
    /// The configured pattern, if any.
    public let format: String?
    private let formatter: LockedFormatter?

    /// Creates a parser, with an optional `DateFormatter` pattern tried before the built-in formats.
    public init(format: String? = nil) {
        self.format = format
        if let format, !format.isEmpty {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = format
            formatter = LockedFormatter(f)
        } else {
            formatter = nil
        }
    }

    /// The date `text` names, or nil when it is empty or in no format this parser knows.
    public func parse(_ text: String) -> Date? {
        let trimmed = text.trimmedWhitespace
        if trimmed.isEmpty { return nil }
        if let formatter, DateParser.formatterCanRead(trimmed), let d = formatter.date(from: trimmed) { return d }
        var s = trimmed
        return s.withUTF8 { DateParser.parseBytes($0) }
    }

    /// Whether `text` is safe to hand to `DateFormatter`: every character is one UTF-16 unit.
    ///
    /// Foundation's `DateFormatter.date(from:)` on Linux traps ("Incorrect range") when the part
    /// it parsed ends inside a character, as in `1` followed by a combining mark. A date never
    /// holds combining marks, CRLF or characters beyond the BMP, so such text skips the pattern
    /// and goes on to the built-in formats.
    static func formatterCanRead(_ text: String) -> Bool {
        text.utf16.count == text.count
    }

    /// Parses the built-in formats from UTF-8 bytes.
    static func parseBytes(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        var scanner = ByteScanner(b)
        guard let first = b.first else { return nil }
        if isDigit(first) {
            let n1Start = scanner.position
            guard let n1 = scanner.number() else { return nil }
            let n1Digits = scanner.position - n1Start
            if scanner.atEnd {
                // Epoch seconds or milliseconds.
                if n1Digits >= 9 && n1Digits <= 10 { return Date(timeIntervalSince1970: Double(n1)) }
                if n1Digits >= 12 && n1Digits <= 13 { return Date(timeIntervalSince1970: Double(n1) / 1000) }
                return nil
            }
            if n1Digits == 4, scanner.take(UInt8(ascii: "-")) {
                // ISO 8601.
                guard let month = scanner.number(), scanner.take(UInt8(ascii: "-")),
                      let day = scanner.number() else { return nil }
                return finishTime(&scanner, year: n1, month: month, day: day)
            }
            if scanner.take(UInt8(ascii: "/")) {
                // US M/D/YYYY.
                guard let day = scanner.number(), scanner.take(UInt8(ascii: "/")),
                      let y = scanner.number() else { return nil }
                return finishTime(&scanner, year: fullYear(y), month: n1, day: day)
            }
            if scanner.take(UInt8(ascii: "-")) {
                // 31-Jul-18.
                guard let month = scanner.monthName(), scanner.take(UInt8(ascii: "-")),
                      let y = scanner.number() else { return nil }
                return finishTime(&scanner, year: fullYear(y), month: month, day: n1)
            }
            return nil
        }
        // Twitter: "Tue Oct 31 22:10:47 +0000 2017".
        guard scanner.skipWord(), scanner.take(UInt8(ascii: " ")),
              let month = scanner.monthName(), scanner.take(UInt8(ascii: " ")),
              let day = scanner.number(), scanner.take(UInt8(ascii: " ")),
              let h = scanner.number(), scanner.take(UInt8(ascii: ":")),
              let mi = scanner.number(), scanner.take(UInt8(ascii: ":")),
              let sec = scanner.number(), scanner.take(UInt8(ascii: " ")),
              let offset = scanner.zoneOffset(), scanner.take(UInt8(ascii: " ")),
              let year = scanner.number(), scanner.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: h, minute: mi, second: Double(sec), offsetSeconds: offset)
    }

    /// Parses an optional ` HH:MM[:SS[.fff]] [AM|PM]` and zone after a date.
    private static func finishTime(_ scanner: inout ByteScanner, year: Int, month: Int, day: Int) -> Date? {
        if scanner.atEnd {
            return makeDate(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, offsetSeconds: 0)
        }
        guard scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")) else { return nil }
        while scanner.take(UInt8(ascii: " ")) {}
        guard var hour = scanner.number(), scanner.take(UInt8(ascii: ":")), let minute = scanner.number() else {
            return nil
        }
        var second = 0.0
        if scanner.take(UInt8(ascii: ":")) {
            guard let s = scanner.number() else { return nil }
            second = Double(s)
            if scanner.take(UInt8(ascii: ".")) || scanner.take(UInt8(ascii: ",")) {
                let start = scanner.position
                guard let frac = scanner.number() else { return nil }
                second += Double(frac) / pow(10, Double(scanner.position - start))
            }
        }
        while scanner.take(UInt8(ascii: " ")) {}
        if let pm = scanner.meridiem() {
            guard hour >= 1 && hour <= 12 else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
            while scanner.take(UInt8(ascii: " ")) {}
        }
        var offset = 0
        if !scanner.atEnd {
            if scanner.take(UInt8(ascii: "Z")) || scanner.take(UInt8(ascii: "z")) {
                offset = 0
            } else if scanner.takeWord("UTC") || scanner.takeWord("GMT") {
                offset = 0
            } else {
                guard let o = scanner.zoneOffset() else { return nil }
                offset = o
            }
        }
        guard scanner.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    private static func fullYear(_ y: Int) -> Int {
        // Two-digit years: 00–68 are 2000–2068, 69–99 are 1969–1999 (the POSIX strptime rule).
        if y < 100 { return y < 69 ? 2000 + y : 1900 + y }
        return y
    }

    private static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offsetSeconds: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour),
              (0...59).contains(minute), second >= 0, second < 61, (1...9999).contains(year) else { return nil }
        let monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        guard day <= monthDays[month - 1] + (month == 2 && leap ? 1 : 0) else { return nil }
        let days = CivilDate.days(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offsetSeconds) + second
        // A zone can push a date in year 1 or 9999 out of the years 1 to 9999 in UTC, where the
        // store's four-digit ISO dates cannot hold it.
        guard utcRange.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Seconds since 1970 from 0001-01-01T00:00:00Z up to 10000-01-01T00:00:00Z (excluded).
    private static let utcRange: Range<Double> =
        Double(CivilDate.days(year: 1, month: 1, day: 1) * 86_400)..<Double(CivilDate.days(year: 10000, month: 1, day: 1) * 86_400)

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}

/// A `DateFormatter` shared across threads behind a lock (DateFormatter is not thread-safe).
private final class LockedFormatter: @unchecked Sendable {
    private let formatter: DateFormatter
    private let lock = NSLock()
    init(_ formatter: DateFormatter) { self.formatter = formatter }
    func date(from text: String) -> Date? {
        lock.lock(); defer { lock.unlock() }
        return formatter.date(from: text)
    }
}
