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

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
