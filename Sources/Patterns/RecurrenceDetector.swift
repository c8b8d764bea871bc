/// Finds recurring issues: the same account raising the same theme (or issue type) at least
/// `count` times within a window of `days` days.
///
/// Per (account, subject) the contacts are sorted by time. A contact is *in a recurrence* when
/// some window `[t, t + days]` holds it and at least `count - 1` other contacts (a two-pointer
/// sweep). Consecutive contacts in a recurrence that lie within `days` of each other form one
/// episode, so a customer who keeps writing for three months is one long episode, not many.
/// Only contacts (tickets and chats) count: a survey answer names a theme but is not a request
/// for help.
public struct RecurrenceDetector: Sendable {
    /// The thresholds.
    public var options: PatternOptions

    /// A detector with `options`.
    public init(options: PatternOptions = PatternOptions()) {
        self.options = options
    }

    /// The episodes of every account, by theme and by issue type, ordered by account, subject
    /// (themes before issue types, then by index) and first contact.
    /// - Complexity: O(n log n) for the sort, then linear.
    public func detect(_ items: [PatternItem]) -> [RecurringIssue] {
        let contacts = items.filter { $0.isContact && $0.account >= 0 }
        return detect(themes: Self.themeTimelines(contacts), issueTypes: Self.issueTypeTimelines(contacts))
    }

    /// The contacts' per-account timelines by theme (``RepeatContactDetector`` walks the same ones).
    static func themeTimelines(_ contacts: [PatternItem]) -> Timelines {
        contacts.filter { $0.theme >= 0 }.timelines { key(.theme($0.theme)) }
    }

    /// The contacts' per-account timelines by issue type.
    static func issueTypeTimelines(_ contacts: [PatternItem]) -> Timelines {
        contacts.filter { $0.issueType >= 0 }.timelines { key(.issueType($0.issueType)) }
    }

    /// The episodes of the timelines by theme and by issue type, ordered as ``detect(_:)`` orders them.
    func detect(themes: Timelines, issueTypes: Timelines) -> [RecurringIssue] {
        var found: [RecurringIssue] = []
        found += episodes(themes) { .theme($0.theme) }
        found += episodes(issueTypes) { .issueType($0.issueType) }
        return found.sorted { a, b in
            if a.account != b.account { return a.account < b.account }
            let ka = Self.key(a.subject), kb = Self.key(b.subject)
            if ka != kb { return ka < kb }
            return a.first < b.first
        }
    }

    private static func key(_ subject: RecurringIssue.Subject) -> Int64 {
        switch subject {
        case .theme(let t): Int64(t)
        case .issueType(let t): Int64(1) << 40 | Int64(t)
        }
    }

    private func episodes(_ timelines: Timelines, subject: (PatternItem) -> RecurringIssue.Subject) -> [RecurringIssue] {
        let window = Int64(options.recurringDays) * 86_400
        let need = options.recurringCount
        let sorted = timelines.items
        var result: [RecurringIssue] = []
        for run in timelines.runs where run.count >= need {
            result += episodes(in: sorted[run], window: window, need: need, subject: subject(sorted[run.lowerBound]))
        }
        return result
    }

    /// Episodes within one (account, subject) group, already sorted by time.
    private func episodes(in group: ArraySlice<PatternItem>, window: Int64, need: Int,
                          subject: RecurringIssue.Subject) -> [RecurringIssue] {
        let items = Array(group)
        var marked = [Bool](repeating: false, count: items.count)
        var right = 0
        var markedTo = -1
        for left in items.indices {
            if right < left { right = left }
            while right + 1 < items.count && items[right + 1].time - items[left].time <= window { right += 1 }
            if right - left + 1 >= need {
                var i = max(left, markedTo + 1)
                while i <= right {
                    marked[i] = true
                    i += 1
                }
                markedTo = right
            }
        }
        var result: [RecurringIssue] = []
        var current: [PatternItem] = []
        func close() {
            if current.count >= need, let first = current.first, let last = current.last {
                var onset = last.time
                for k in (need - 1)..<current.count where current[k].time - current[k - need + 1].time <= window {
                    onset = current[k].time
                    break
                }
                result.append(RecurringIssue(account: first.account, subject: subject, items: current.map(\.id),
                                             first: first.time, last: last.time, onset: onset))
            }
            current.removeAll()
        }
        for (i, item) in items.enumerated() where marked[i] {
            if let previous = current.last, item.time - previous.time > window { close() }
            current.append(item)
        }
        close()
        return result
    }
}
