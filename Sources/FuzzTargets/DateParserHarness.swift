import Foundation
import VerbatimCore

/// The date parser on arbitrary text: the built-in formats never give a date outside years 1 to
/// 9999 in UTC, ignore surrounding white space, and the ISO form the store writes reads back
/// (with the store's reader and with the parser) to the same second; a configured pattern is
/// tried too (only for crashes: `DateFormatter` decides what it accepts).
enum DateParserHarness {
    /// Seconds since 1970 from 0001-01-01T00:00:00Z to 10000-01-01T00:00:00Z (excluded).
    static let saneRange: Range<Double> = -62_135_596_800..<253_402_300_800

    private static let builtIn = DateParser()
    /// Patterns as users write them in `date_format`.
    private static let configured = ["dd.MM.yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ssZ", "MM/dd/yy h:mm a", "EEE, d MMM yyyy"]
        .map { DateParser(format: $0) }

    static func run(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        let harness = FuzzHarness.dateParser
        let text = String(decoding: data, as: UTF8.self)
        let date = builtIn.parse(text)
        if let date {
            let t = date.timeIntervalSince1970
            guard saneRange.contains(t) else {
                throw harness.violation("\(text.debugDescription) gave \(t) s, outside years 1 to 9999")
            }
            let iso = UTCDate.iso(date)
            let stored = UTCDate.seconds(fromISO: iso)
            let again = builtIn.parse(iso)?.timeIntervalSince1970
            guard stored == Int64(t.rounded(.down)), again == t.rounded(.down) else {
                throw harness.violation("\(text.debugDescription) gave \(iso), which reads back as "
                                        + "\(stored.map { "\($0)" } ?? "nothing") in the store, \(again.map { "\($0)" } ?? "nothing") parsed")
            }
        }
        let padded = builtIn.parse(" \t" + text + " \n")
        guard padded == date else {
            throw harness.violation("\(text.debugDescription) reads differently with white space around it")
        }
        let parser = configured[data.count % configured.count]
        if let other = parser.parse(text), !other.timeIntervalSince1970.isFinite {
            throw harness.violation("pattern \(parser.format ?? "") gave a date that is not finite")
        }
    }
}
