import Foundation
import Testing
@testable import VerbatimCore

@Suite("Date parsing")
struct DateParserTests {
    let parser = DateParser()

    func iso(_ text: String) -> String? {
        parser.parse(text).map(UTCDate.iso)
    }

    @Test("ISO 8601 with and without zone, fraction and T", arguments: [
        ("2026-09-14T10:22:05Z", "2026-09-14T10:22:05Z"),
        ("2026-09-14 10:22:05", "2026-09-14T10:22:05Z"),
        ("2020-04-01T17:31:32.000Z", "2020-04-01T17:31:32Z"),
        ("2026-09-14T12:22:05+02:00", "2026-09-14T10:22:05Z"),
        ("2026-09-14T05:22:05-0500", "2026-09-14T10:22:05Z"),
        ("2026-09-14", "2026-09-14T00:00:00Z"),
        ("2023-07-28 3:00", "2023-07-28T03:00:00Z"),
        ("2024-02-29 23:59:59 UTC", "2024-02-29T23:59:59Z"),
    ])
    func isoFormats(input: String, expected: String) {
        #expect(iso(input) == expected)
    }

    @Test("US, day-month-year and Twitter formats", arguments: [
        ("3/22/2021", "2021-03-22T00:00:00Z"),
        ("3/22/2021 14:05", "2021-03-22T14:05:00Z"),
        ("12/1/2021 2:05:09 PM", "2021-12-01T14:05:09Z"),
        ("12/1/2021 12:00 AM", "2021-12-01T00:00:00Z"),
        ("31-Jul-18", "2018-07-31T00:00:00Z"),
        ("1-Jan-1999", "1999-01-01T00:00:00Z"),
        ("Tue Oct 31 22:10:47 +0000 2017", "2017-10-31T22:10:47Z"),
        ("Tue Oct 31 23:10:47 +0100 2017", "2017-10-31T22:10:47Z"),
    ])
    func otherFormats(input: String, expected: String) {
        #expect(iso(input) == expected)
    }

    @Test("Epoch seconds and milliseconds")
    func epoch() {
        #expect(iso("1700000000") == "2023-11-14T22:13:20Z")
        #expect(iso("1700000000123") == "2023-11-14T22:13:20Z")
    }

    @Test("Impossible and unknown dates give nil", arguments: [
        "", "  ", "2023-02-29", "2026-13-01", "13/45/2020", "yesterday", "2026-09-14T25:00:00Z",
        "31-Foo-18", "123", "2026-09-14T10:22:05 +25",
    ])
    func rejects(input: String) {
        #expect(parser.parse(input) == nil)
    }

    @Test("A zone that moves a date out of years 1 to 9999 in UTC gives nil; the edges stay")
    func utcYearRange() {
        // Found by fuzzing: these became year 0 and year 10000 in UTC, which the store's
        // four-digit ISO dates cannot hold (10000-01-01T… read back as no date at all).
        #expect(parser.parse("0001-01-01T00:00:00+14:00") == nil)
        #expect(parser.parse("9999-12-31T23:59:60.999-14:00") == nil)
        #expect(iso("0001-01-01T00:00:00Z") == "0001-01-01T00:00:00Z")
        #expect(iso("9999-12-31T23:59:59Z") == "9999-12-31T23:59:59Z")
        #expect(iso("9999-12-31T09:59:59-14:00") == "9999-12-31T23:59:59Z")
    }

    @Test("Text with combining marks or astral characters skips the configured pattern instead of trapping")
    func patternSkipsUnsafeText() {
        // Found by fuzzing: Foundation's DateFormatter trapped on "1" + U+0328 + invalid bytes.
        let p = DateParser(format: "dd.MM.yyyy HH:mm")
        #expect(p.parse("1\u{328}\u{FFFD}\u{FFFD}61") == nil)
        #expect(p.parse("14\u{301}.09.2026 10:22") == nil)
        #expect(p.parse("14.09.2026 10:22 😀") == nil)
        #expect(p.parse("14.09.2026 10:22").map(UTCDate.iso) == "2026-09-14T10:22:00Z")
        #expect(DateParser.formatterCanRead("14.09.2026 é") && !DateParser.formatterCanRead("e\u{301}"))
    }

    @Test("A configured pattern is tried first")
    func configured() {
        let p = DateParser(format: "dd.MM.yyyy HH:mm")
        #expect(p.parse("14.09.2026 10:22").map(UTCDate.iso) == "2026-09-14T10:22:00Z")
        #expect(p.parse("2026-09-14").map(UTCDate.iso) == "2026-09-14T00:00:00Z")
    }

    @Test("Civil-day conversions round-trip across eras")
    func civilRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = CivilDate.date(fromDays: days)
            #expect(CivilDate.days(year: y, month: m, day: d) == days)
        }
    }
}

@Suite("Stored dates read back") struct UTCDateSecondsTests {
    @Test("A stored date reads back to the same second")
    func roundTrip() {
        for t in [0, 1_775_110_704, 1_790_000_000, 951_782_400] as [Int64] {
            let iso = UTCDate.iso(Date(timeIntervalSince1970: TimeInterval(t)))
            #expect(UTCDate.seconds(fromISO: iso) == t)
        }
    }

    @Test("Other shapes are not read")
    func otherShapes() {
        #expect(UTCDate.seconds(fromISO: "2026-09-14") == nil)
        #expect(UTCDate.seconds(fromISO: "2026-13-14T10:22:05Z") == nil)
        #expect(UTCDate.seconds(fromISO: "2026-09-14T10:22:05+01") == nil)
    }
}
