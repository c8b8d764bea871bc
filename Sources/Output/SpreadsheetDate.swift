import VerbatimCore

/// An export date as a spreadsheet date: the serial day number Excel and LibreOffice store, with
/// the time of day as a fraction.
///
/// Serials count days from 1899-12-30 (the 1900 date system as Excel reads it from 1900-03-01 on,
/// where its fictitious 1900-02-29 no longer matters), so 1970-01-01 is 25569.
struct SpreadsheetDate: Equatable {
    /// Days since 1970-01-01.
    var days: Int
    /// Seconds into the day, for a date-time; nil for a plain date.
    var seconds: Int?

    /// The serial of 1970-01-01.
    static let unixEpochSerial = 25_569
    /// The first serial read the same by every spreadsheet (1900-03-01).
    static let firstSafeSerial = 61

    /// Parses `2025-03-14` or `2025-03-14T10:22:05Z`; nil for any other shape or a date before
    /// 1900-03-01.
    init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8(Self.parse) else { return nil }
        self = parsed
    }

    init(days: Int, seconds: Int?) {
        self.days = days
        self.seconds = seconds
    }

    /// Whether it carries a time of day.
    var hasTime: Bool { seconds != nil }

    /// The serial as the text of a `<v>` element: whole days for a date, days and a fraction for
    /// a date-time.
    var serialText: String {
        let whole = days + Self.unixEpochSerial
        guard let seconds, seconds > 0 else { return String(whole) }
        return String(Double(whole) + Double(seconds) / 86_400)
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> SpreadsheetDate? {
        guard b.count == 10 || b.count == 20, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        let days = CivilDate.days(year: y, month: m, day: d)
        guard days + unixEpochSerial >= firstSafeSerial else { return nil }
        guard b.count == 20 else { return SpreadsheetDate(days: days, seconds: nil) }
        guard b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A,
              let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2), h < 24, mi < 60, s < 60
        else { return nil }
        return SpreadsheetDate(days: days, seconds: h * 3600 + mi * 60 + s)
    }
}
