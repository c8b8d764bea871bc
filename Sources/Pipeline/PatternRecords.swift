import Foundation
import Patterns
import Store
import VerbatimCore

/// Turns what the detectors found into the rows of the `patterns` table, with a sentence each.
///
/// Alerts: a spike in the latest week, an emerging theme, and a recurring issue on a theme that
/// began in the latest week (its onset, the contact that completed `recurring_count` contacts
/// within the window, is in that week): a long episode alerts once, when it starts, not every
/// night. Older spikes and episodes stay listed as history without alerting, and so do
/// recurrences of an issue type: types are broad ("bug"), so a busy account repeats them without
/// anything being wrong.
struct PatternRecords {
    let index: PatternIndex
    /// Theme labels by id.
    let labels: [String: String]
    let options: PatternOptions

    /// Rows in a fixed order: issue types, recurring issues, repeat contacts, spikes, emerging
    /// themes, escalations.
    func records(_ report: PatternReport, issueTypes: [(type: String, items: Int, sentiment: Double)],
                 items: [PatternItem]) -> [PatternRecord] {
        var out: [PatternRecord] = []
        let classified = issueTypes.reduce(0) { $0 + $1.items }
        for t in issueTypes {
            let share = classified > 0 ? Double(t.items) / Double(classified) : 0
            out.append(PatternRecord(kind: .issueType, issueType: t.type, items: t.items, baseline: share,
                                     detail: String(format: "%.1f%% of classified items; mean sentiment %+.2f", share * 100, t.sentiment)))
        }
        let latestWeekStart = (report.asOf ?? 0) - SpikeDetector.week
        // Tens of thousands of recurring issues at a million items: their rows are made on every
        // core, in fixed chunks joined in order.
        out += ParallelChunks.map(count: report.recurring.count, chunkSize: 4096) { range in
            range.map { recurring(report.recurring[$0], latestWeekStart: latestWeekStart) }
        }
        var resolvedPerTheme: [Int32: Int] = [:]
        for item in items where item.isContact && item.account >= 0 && item.theme >= 0 && item.resolvedAt != nil {
            resolvedPerTheme[item.theme, default: 0] += 1
        }
        for (theme, repeats) in Dictionary(grouping: report.repeats, by: \.theme).sorted(by: { $0.key < $1.key }) {
            let id = index.theme(theme)
            let resolved = resolvedPerTheme[theme] ?? 0
            out.append(PatternRecord(kind: .repeatContact, themeID: id, items: repeats.count, baseline: Double(resolved),
                                     itemIDs: repeats.map(\.resolvedItem),
                                     detail: "\(repeats.count) of \(resolved) resolved contacts on '\(id.flatMap { labels[$0] } ?? "")' came back within \(options.repeatDays) days"))
        }
        for s in report.spikes.sorted(by: { ($0.weeksAgo, $0.theme) < ($1.weeksAgo, $1.theme) }) {
            let id = index.theme(s.theme)
            out.append(PatternRecord(kind: .spike, themeID: id, periodStart: iso(s.weekEnd - SpikeDetector.week), periodEnd: iso(s.weekEnd),
                                     items: s.count, baseline: s.baseline, z: s.z, alert: s.weeksAgo == 0,
                                     detail: String(format: "'%@': %d items in the week against a median of %.1f a week over the %d weeks before (z %.1f)",
                                                    id.flatMap { labels[$0] } ?? "", s.count, s.baseline, options.spikeWeeks, s.z)))
        }
        for e in report.emerging {
            let id = index.theme(e.theme)
            out.append(PatternRecord(kind: .emergingTheme, themeID: id, periodStart: iso(latestWeekStart), periodEnd: report.asOf.map(iso),
                                     items: e.lastWeek, alert: true,
                                     detail: "'\(id.flatMap { labels[$0] } ?? "")': \(e.lastWeek) of its \(e.total) items came in the latest week"))
        }
        for (theme, count) in report.escalations.sorted(by: { $0.key < $1.key }) {
            let id = index.theme(theme)
            out.append(PatternRecord(kind: .escalation, themeID: id, items: count,
                                     detail: "\(count) escalated contacts on \(id.map { "'\(labels[$0] ?? $0)'" } ?? "unthemed items")"))
        }
        return out
    }

    /// The row of one recurring issue; it alerts when it is on a theme and began in the latest week.
    private func recurring(_ r: RecurringIssue, latestWeekStart: Int64) -> PatternRecord {
        let (theme, type): (String?, String?)
        switch r.subject {
        case .theme(let t): (theme, type) = (index.theme(t), nil)
        case .issueType(let t): (theme, type) = (nil, index.issueType(at: t))
        }
        let account = index.account(at: r.account) ?? ""
        let what = theme.map { "'\(labels[$0] ?? $0)' (\($0))" } ?? "issue type \(type ?? "")"
        let days = max(1, Int((r.last - r.first + 86_399) / 86_400))
        return PatternRecord(kind: .recurringIssue, themeID: theme, issueType: type, accountID: account,
                             periodStart: iso(r.first), periodEnd: iso(r.last), items: r.items.count,
                             alert: theme != nil && r.onset > latestWeekStart, itemIDs: r.items,
                             detail: "\(account) raised \(what) \(r.items.count) times in \(days) days")
    }

    private func iso(_ seconds: Int64) -> String { UTCDate.iso(Date(timeIntervalSince1970: TimeInterval(seconds))) }
}
