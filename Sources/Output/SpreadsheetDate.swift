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

    /// Parses `2025-03-14` or `2025-03-14T10:22:05Z` (the store's shape, read by
    /// `UTCDate.seconds(fromISO:)`); nil for any other shape or a date before 1900-03-01.
    init?(_ text: String) {
        let dateOnly = text.utf8.count == 10
        guard let t = UTCDate.seconds(fromISO: dateOnly ? text + "T00:00:00Z" : text) else { return nil }
        let days = Int(t.quotientAndRemainder(dividingBy: 86_400).quotient) - (t % 86_400 < 0 ? 1 : 0)
        guard days + Self.unixEpochSerial >= Self.firstSafeSerial else { return nil }
        self.init(days: days, seconds: dateOnly ? nil : Int(t - Int64(days) * 86_400))
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
}
