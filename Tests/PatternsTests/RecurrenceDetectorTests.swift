import Patterns
import Testing

@Suite("Recurring issues") struct RecurrenceDetectorTests {
    let day: Int64 = 86_400

    func item(_ id: Int64, account: Int32 = 0, day d: Int64, theme: Int32 = 1, type: Int32 = -1, contact: Bool = true) -> PatternItem {
        PatternItem(id: id, account: account, time: d * day, theme: theme, issueType: type, isContact: contact)
    }

    @Test("Three contacts on one theme within 30 days recur; two do not")
    func threeWithinTheWindowRecur() {
        let items = [item(1, day: 0), item(2, day: 10), item(3, day: 29), item(4, account: 1, day: 0), item(5, account: 1, day: 5)]
        let found = RecurrenceDetector().detect(items)
        #expect(found == [RecurringIssue(account: 0, subject: .theme(1), items: [1, 2, 3], first: 0, last: 29 * day, onset: 29 * day)])
    }

    @Test("Contacts spread wider than the window do not recur")
    func spreadOutContactsDoNotRecur() {
        let items = [item(1, day: 0), item(2, day: 20), item(3, day: 40), item(4, day: 60)]
        #expect(RecurrenceDetector().detect(items).isEmpty)
    }

    @Test("A long chain of close contacts is one episode; a later burst is another")
    func episodesSplitOnLongGaps() {
        let days: [Int64] = [0, 10, 20, 30, 40, 100, 101, 102]
        let items = days.enumerated().map { item(Int64($0.offset + 1), day: $0.element) }
        let found = RecurrenceDetector().detect(items)
        #expect(found.map(\.items) == [[1, 2, 3, 4, 5], [6, 7, 8]])
        #expect(found.map(\.onset) == [20 * day, 102 * day], "each episode begins with the contact that completes three in 30 days")
    }

    @Test("Survey answers, unthemed items and items without an account do not count")
    func onlyContactsOfAnAccountCount() {
        let items = [item(1, day: 0), item(2, day: 1, contact: false), item(3, day: 2, theme: -1),
                     item(4, account: -1, day: 3), item(5, day: 4)]
        #expect(RecurrenceDetector().detect(items).isEmpty)
    }

    @Test("Issue types recur on their own, after the themes")
    func issueTypesRecur() {
        let items = [item(1, day: 0, theme: 1, type: 4), item(2, day: 1, theme: 2, type: 4), item(3, day: 2, theme: 3, type: 4)]
        let found = RecurrenceDetector().detect(items)
        #expect(found.map(\.subject) == [.issueType(4)])
        let stricter = RecurrenceDetector(options: PatternOptions(recurringCount: 4)).detect(items)
        #expect(stricter.isEmpty)
    }
}

@Suite("Repeat contacts") struct RepeatContactDetectorTests {
    let day: Int64 = 86_400

    @Test("Writing again on the theme within 7 days of a resolution is a repeat contact")
    func writingAgainSoonIsARepeat() {
        let items = [
            PatternItem(id: 1, account: 0, time: 0, theme: 2, resolvedAt: 1 * day),
            PatternItem(id: 2, account: 0, time: 5 * day, theme: 2),
            PatternItem(id: 3, account: 0, time: 6 * day, theme: 3),
            PatternItem(id: 4, account: 1, time: 2 * day, theme: 2),
        ]
        #expect(RepeatContactDetector().detect(items) == [
            RepeatContact(account: 0, theme: 2, resolvedItem: 1, repeatItem: 2, resolvedAt: day, repeatAt: 5 * day),
        ])
    }

    @Test("Late returns, unresolved contacts and returns before the resolution are not repeats")
    func onlyReturnsAfterAResolutionCount() {
        let items = [
            PatternItem(id: 1, account: 0, time: 0, theme: 2, resolvedAt: day),
            PatternItem(id: 2, account: 0, time: 9 * day, theme: 2),
            PatternItem(id: 3, account: 0, time: 10 * day, theme: 2, resolvedAt: 20 * day),
            PatternItem(id: 4, account: 0, time: 12 * day, theme: 2),
        ]
        #expect(RepeatContactDetector().detect(items).isEmpty)
    }
}

@Suite("Recurring issues in dense histories") struct RecurrenceDenseTests {
    @Test("Many contacts in overlapping windows form one episode holding each contact once")
    func overlappingWindows() {
        let items = (0..<12).map { PatternItem(id: Int64($0), account: 3, time: Int64($0) * 86_400 * 2, theme: 0) }
        let found = RecurrenceDetector().detect(items)
        #expect(found.count == 1)
        #expect(found.first?.items == (0..<12).map(Int64.init))
    }
}
