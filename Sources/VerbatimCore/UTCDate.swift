import Foundation

/// Formats dates as the store writes them: ISO 8601 in UTC with a `Z`, sortable as text.
public enum UTCDate {
    /// `2026-09-14T10:22:05Z` (fractions of a second are dropped).
    public static func iso(_ date: Date) -> String {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        var days = t / 86_400
        var secs = t % 86_400
        if secs < 0 { secs += 86_400; days -= 1 }
        let (y, m, d) = CivilDate.date(fromDays: days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(secs / 3600, 2) + ":"
            + pad(secs % 3600 / 60, 2) + ":" + pad(secs % 60, 2) + "Z"
    }

    /// `2026-09-14`.
    public static func day(_ date: Date) -> String {
        String(iso(date).prefix(10))
    }

    /// The instant a stored `2026-09-14T10:22:05Z` (or a bare `2026-09-14`, taken as midnight UTC)
    /// names, or nil when the text is not in that form.
    public static func parseISO(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from ..< from + count {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard b.count >= 10, b[4] == 45, b[7] == 45, let y = number(0, 4), let m = number(5, 2), let d = number(8, 2),
              (1 ... 12).contains(m), (1 ... 31).contains(d) else { return nil }
        var seconds = 0
        if b.count >= 19 {
            guard let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2) else { return nil }
            seconds = h * 3600 + mi * 60 + s
        }
        let days = CivilDate.days(year: y, month: m, day: d)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
