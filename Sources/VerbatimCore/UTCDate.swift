import Foundation

/// Formats dates as the store writes them: ISO 8601 in UTC with a `Z`, sortable as text.
public enum UTCDate {
    /// `2026-09-14T10:22:05Z` (fractions of a second are dropped).
    public static func iso(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        appendISO(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `iso(date)` to `bytes`, for writers that build a record in
    /// one buffer (the ingest writes a million of them).
    public static func appendISO(_ date: Date, to bytes: inout [UInt8]) {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        var days = t / 86_400
        var secs = t % 86_400
        if secs < 0 { secs += 86_400; days -= 1 }
        let (y, m, d) = CivilDate.date(fromDays: days)
        guard (0...9999).contains(y) else {
            let text = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(secs / 3600, 2) + ":"
                + pad(secs % 3600 / 60, 2) + ":" + pad(secs % 60, 2) + "Z"
            bytes.append(contentsOf: text.utf8)
            return
        }
        func digits(_ n: Int, _ width: Int) {
            var divisor = 1
            for _ in 1 ..< width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(48 + n / divisor % 10))
                divisor /= 10
            }
        }
        digits(y, 4); bytes.append(0x2D); digits(m, 2); bytes.append(0x2D); digits(d, 2); bytes.append(0x54)
        digits(secs / 3600, 2); bytes.append(0x3A); digits(secs % 3600 / 60, 2); bytes.append(0x3A); digits(secs % 60, 2)
        bytes.append(0x5A)
    }

    /// `2026-09-14`.
    public static func day(_ date: Date) -> String {
        String(iso(date).prefix(10))
    }

    /// Seconds since 1970 of a date as the store writes it (`2026-09-14T10:22:05Z`), or nil when
    /// the text has another shape. A fast path for reading millions of stored dates.
    public static func seconds(fromISO text: String) -> Int64? {
        var text = text
        return text.withUTF8 { seconds(fromISO: $0) }
    }

    /// Seconds since 1970 of a stored date given as its UTF-8 bytes (see the `String` variant),
    /// for scans that read the store's bytes without making a `String`.
    public static func seconds(fromISO b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2), let h = number(11, 2),
              let mi = number(14, 2), let s = number(17, 2), (1...12).contains(m), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        return Int64(CivilDate.days(year: y, month: m, day: d)) * 86_400 + Int64(h * 3600 + mi * 60 + s)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
