import Patterns

/// Recurring issues and repeat contacts computed the plain way, straight from their definitions
/// (group with a dictionary, sort each group, quadratic windows), as the reference the detectors
/// must agree with item for item.
struct ReferenceDetectors {
    var options = PatternOptions()

    /// Each (account, key) group of the contacts, by account then key, each sorted by time then id.
    private func groups(_ items: [PatternItem], key: (PatternItem) -> Int64?) -> [[PatternItem]] {
        var byGroup: [[Int64]: [PatternItem]] = [:]
        for item in items where item.isContact && item.account >= 0 {
            if let k = key(item) { byGroup[[Int64(item.account), k], default: []].append(item) }
        }
        return byGroup.sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map { $0.value.sorted { ($0.time, $0.id) < ($1.time, $1.id) } }
    }

    func recurring(_ items: [PatternItem]) -> [RecurringIssue] {
        let window = Int64(options.recurringDays) * 86_400, need = options.recurringCount
        var found: [RecurringIssue] = []
        let byTheme = groups(items) { $0.theme >= 0 ? Int64($0.theme) : nil }.map { ($0, RecurringIssue.Subject.theme($0[0].theme)) }
        let byType = groups(items) { $0.issueType >= 0 ? Int64($0.issueType) : nil }.map { ($0, RecurringIssue.Subject.issueType($0[0].issueType)) }
        for (group, subject) in byTheme + byType {
            // A contact recurs when a window starting at or before it holds it and `need` contacts.
            let marked = group.indices.filter { i in
                (0...i).contains { left in
                    group[i].time - group[left].time <= window && group[left...].filter { $0.time - group[left].time <= window }.count >= need
                }
            }.map { group[$0] }
            var episodes: [[PatternItem]] = []
            for item in marked {
                if let last = episodes.last?.last, item.time - last.time <= window { episodes[episodes.count - 1].append(item) } else { episodes.append([item]) }
            }
            for e in episodes where e.count >= need {
                let onset = (need - 1..<e.count).first { e[$0].time - e[$0 - need + 1].time <= window }.map { e[$0].time } ?? e[e.count - 1].time
                found.append(RecurringIssue(account: e[0].account, subject: subject, items: e.map(\.id), first: e[0].time,
                                            last: e[e.count - 1].time, onset: onset))
            }
        }
        return found.sorted { a, b in
            func key(_ s: RecurringIssue.Subject) -> Int64 {
                switch s { case .theme(let t): Int64(t); case .issueType(let t): 1 << 40 | Int64(t) }
            }
            return (a.account, key(a.subject), a.first) < (b.account, key(b.subject), b.first)
        }
    }

    func repeats(_ items: [PatternItem]) -> [RepeatContact] {
        let window = Int64(options.repeatDays) * 86_400
        var found: [RepeatContact] = []
        for group in groups(items, key: { $0.theme >= 0 ? Int64($0.theme) : nil }) {
            for (j, later) in group.enumerated() {
                // The contact resolved last before `later` was written, within the window; on a tie the later contact.
                let candidates = group[..<j].enumerated().filter { _, earlier in
                    guard let r = earlier.resolvedAt else { return false }
                    return later.time - earlier.time <= window + RepeatContactDetector.resolutionHorizon && r <= later.time && later.time - r <= window
                }
                guard let best = candidates.max(by: { ($0.element.resolvedAt ?? 0, $0.offset) < ($1.element.resolvedAt ?? 0, $1.offset) })?.element,
                      let resolvedAt = best.resolvedAt else { continue }
                found.append(RepeatContact(account: later.account, theme: later.theme, resolvedItem: best.id, repeatItem: later.id,
                                           resolvedAt: resolvedAt, repeatAt: later.time))
            }
        }
        return found
    }
}
