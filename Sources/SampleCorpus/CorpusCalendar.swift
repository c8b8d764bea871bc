import VerbatimCore

/// The corpus window and UTC calendar arithmetic done by hand, so that no output depends on the
/// clock, the time zone or the locale.
///
/// Dates come from `CivilDate` (H. Hinnant, "chrono-Compatible Low-Level Date
/// Algorithms").
enum CorpusCalendar {
    /// 2026-04-02 00:00:00 UTC: the first second of the 26-week window.
    static let windowStart: Int = CivilDate.days(year: 2026, month: 4, day: 2) * 86_400
    /// Seconds in the window: 26 weeks.
    static let windowLength: Int = 182 * 86_400
    /// 2026-09-30 23:59:59 UTC: the last second of the window.
    static var windowEnd: Int { windowStart + windowLength - 1 }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    static func weekday(ofDays days: Int) -> Int {
        ((days % 7) + 10) % 7   // 1970-01-01 was a Thursday (3).
    }

    /// Appends `YYYY-MM-DD`.
    static func appendDate(_ epoch: Int, to out: inout [UInt8]) {
        let (y, m, d) = CivilDate.date(fromDays: floorDiv(epoch, 86_400))
        ByteSink.appendPadded(y, width: 4, to: &out)
        out.append(0x2D)
        ByteSink.appendPadded(m, width: 2, to: &out)
        out.append(0x2D)
        ByteSink.appendPadded(d, width: 2, to: &out)
    }

    /// Appends `YYYY-MM-DD HH:MM:SS` (Zendesk style) or `YYYY-MM-DDTHH:MM:SSZ` (ISO 8601).
    static func appendDateTime(_ epoch: Int, iso: Bool, to out: inout [UInt8]) {
        appendDate(epoch, to: &out)
        out.append(iso ? 0x54 : 0x20)
        let s = epoch - floorDiv(epoch, 86_400) * 86_400
        ByteSink.appendPadded(s / 3600, width: 2, to: &out)
        out.append(0x3A)
        ByteSink.appendPadded(s / 60 % 60, width: 2, to: &out)
        out.append(0x3A)
        ByteSink.appendPadded(s % 60, width: 2, to: &out)
        if iso { out.append(0x5A) }
    }

    /// Appends an e-mail client's quote header date: `Mon, Sep 14, 2026 at 10:22 AM`.
    static func appendQuoteHeaderDate(_ epoch: Int, to out: inout [UInt8]) {
        let days = floorDiv(epoch, 86_400)
        let (y, m, d) = CivilDate.date(fromDays: days)
        out.append(contentsOf: weekdayNames[weekday(ofDays: days)].utf8)
        out.append(contentsOf: Array(", ".utf8))
        out.append(contentsOf: monthNames[m - 1].utf8)
        out.append(0x20)
        ByteSink.appendDecimal(d, to: &out)
        out.append(contentsOf: Array(", ".utf8))
        ByteSink.appendDecimal(y, to: &out)
        out.append(contentsOf: Array(" at ".utf8))
        let s = epoch - days * 86_400
        let hour = s / 3600
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        ByteSink.appendDecimal(hour12, to: &out)
        out.append(0x3A)
        ByteSink.appendPadded(s / 60 % 60, width: 2, to: &out)
        out.append(contentsOf: Array((hour < 12 ? " AM" : " PM").utf8))
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
