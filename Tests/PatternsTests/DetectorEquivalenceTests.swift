import Patterns
import Testing
import VerbatimCore

@Suite("The detectors agree with the plain computation") struct DetectorEquivalenceTests {
    /// Random items: `accounts` accounts (some items without one), a few themes and issue types,
    /// contacts bunched in time so that many recur, some resolved.
    static func items(count: Int, accounts: Int, seed: UInt64, accountStride: Int32 = 1) -> [PatternItem] {
        var rng = SeededGenerator(seed: seed)
        let day: Int64 = 86_400
        return (0..<count).map { i in
            let account = rng.int(below: 20) == 0 ? -1 : Int32(rng.int(below: accounts)) * accountStride
            let time = 1_700_000_000 + Int64(rng.int(below: 120)) * day + Int64(rng.int(below: 3)) * 3600
            let resolved: Int64? = switch rng.int(below: 3) {
            case 0: nil
            case 1: time + Int64(rng.int(below: 10)) * day
            default: time + Int64(rng.int(below: 48)) * 3600
            }
            return PatternItem(id: Int64(i + 1), account: account, time: time, theme: Int32(rng.int(below: 7)) - 1,
                               issueType: Int32(rng.int(below: 5)) - 1, isContact: rng.int(below: 8) != 0,
                               resolvedAt: resolved, escalated: rng.int(below: 30) == 0)
        }
    }

    @Test("Recurring issues and repeat contacts are the same, item for item, on random timelines", arguments: [1, 2, 3] as [UInt64])
    func sameAsPlainComputation(seed: UInt64) {
        let items = Self.items(count: 6000, accounts: 120, seed: seed)
        let reference = ReferenceDetectors()
        let report = PatternDetector().detect(items, themeCount: 6)
        #expect(report.recurring.count > 100 && report.repeats.count > 100, "the data must exercise both detectors")
        #expect(report.recurring == reference.recurring(items))
        #expect(report.repeats == reference.repeats(items))
        #expect(RecurrenceDetector().detect(items) == report.recurring)
        #expect(RepeatContactDetector().detect(items) == report.repeats)
    }

    @Test("Tighter thresholds and sparse account numbers give the same as the plain computation")
    func otherOptionsAndSparseAccounts() {
        let options = PatternOptions(recurringCount: 4, recurringDays: 10, repeatDays: 3)
        let items = Self.items(count: 3000, accounts: 40, seed: 9, accountStride: 50_000_000)
        let report = PatternDetector(options: options).detect(items, themeCount: 6)
        #expect(!report.recurring.isEmpty && !report.repeats.isEmpty)
        #expect(report.recurring == ReferenceDetectors(options: options).recurring(items))
        #expect(report.repeats == ReferenceDetectors(options: options).repeats(items))
    }

    @Test("Items out of id order are timed the same as in order")
    func inputOrderDoesNotMatter() {
        let items = Self.items(count: 2000, accounts: 30, seed: 4)
        let detector = PatternDetector()
        let shuffled = items.enumerated().sorted { ($0.offset * 7919) % items.count < ($1.offset * 7919) % items.count }.map(\.element)
        #expect(detector.detect(shuffled, themeCount: 6).recurring == detector.detect(items, themeCount: 6).recurring)
        #expect(detector.detect(shuffled, themeCount: 6).repeats == ReferenceDetectors().repeats(items))
    }
}
