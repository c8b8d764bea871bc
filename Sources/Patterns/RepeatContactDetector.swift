/// Finds repeat contacts: after a contact is resolved, the same account writes again on the same
/// theme within ``PatternOptions/repeatDays`` days of the resolution.
///
/// Each resolved contact is paired with the first later contact of its account and theme created
/// after the resolution and no more than `repeatDays` days after it; a contact that comes back is
/// counted once, against the contact resolved last before it. Contacts created more than
/// ``resolutionHorizon`` before the window are not looked at, which bounds the work per contact.
public struct RepeatContactDetector: Sendable {
    /// The longest resolution time considered: 90 days.
    public static let resolutionHorizon: Int64 = 90 * 86_400

    /// The thresholds.
    public var options: PatternOptions

    /// A detector with `options`.
    public init(options: PatternOptions = PatternOptions()) {
        self.options = options
    }

    /// Every repeat contact, ordered by account, theme and time of the repeat.
    /// - Complexity: O(n log n).
    public func detect(_ items: [PatternItem]) -> [RepeatContact] {
        detect(themes: RecurrenceDetector.themeTimelines(items.filter { $0.isContact && $0.account >= 0 }))
    }

    /// The repeat contacts along the contacts' per-account timelines by theme.
    func detect(themes: Timelines) -> [RepeatContact] {
        let window = Int64(options.repeatDays) * 86_400
        let contacts = themes.items
        var result: [RepeatContact] = []
        for run in themes.runs {
            let (start, end) = (run.lowerBound, run.upperBound)
            // For each later contact, the contact resolved most recently before it was written.
            for j in (start + 1)..<max(start + 1, end) {
                let later = contacts[j]
                var best: PatternItem?
                var i = j - 1
                while i >= start && later.time - contacts[i].time <= window + Self.resolutionHorizon {
                    defer { i -= 1 }
                    guard let resolved = contacts[i].resolvedAt, resolved <= later.time, later.time - resolved <= window else { continue }
                    if best.map({ resolved > ($0.resolvedAt ?? .min) }) ?? true { best = contacts[i] }
                }
                if let best, let resolvedAt = best.resolvedAt {
                    result.append(RepeatContact(account: later.account, theme: later.theme, resolvedItem: best.id,
                                                repeatItem: later.id, resolvedAt: resolvedAt, repeatAt: later.time))
                }
            }
        }
        return result
    }
}
