import VerbatimCore

/// Runs every pattern detector over the same items.
///
/// The detectors are independent values (``RecurrenceDetector``, ``RepeatContactDetector``,
/// ``SpikeDetector``); this type only gives them one set of options and one as-of time.
public struct PatternDetector: Sendable {
    /// The thresholds.
    public var options: PatternOptions

    /// A detector with `options`.
    public init(options: PatternOptions = PatternOptions()) {
        self.options = options
    }

    /// Every pattern in `items`.
    /// - Parameters:
    ///   - items: dated items (the caller leaves out items without a date).
    ///   - themeCount: theme indices are `0..<themeCount`.
    ///   - asOf: the end of the latest week; nil takes the latest item's time.
    public func detect(_ items: [PatternItem], themeCount: Int, asOf: Int64? = nil) -> PatternReport {
        let spikes = SpikeDetector(options: options)
        var escalations: [Int32: Int] = [:]
        for item in items where item.escalated { escalations[item.theme, default: 0] += 1 }
        // The two timelines (by theme, by issue type) are sorted on two threads; recurring issues
        // and repeat contacts share the one by theme.
        let contacts = items.filter { $0.isContact && $0.account >= 0 }
        var themes = Timelines(items: [], runs: []), types = Timelines(items: [], runs: [])
        ParallelChunks.run(chunks: 2, workers: ParallelChunks.defaultWorkers) { chunk in
            if chunk == 0 { themes = RecurrenceDetector.themeTimelines(contacts) } else { types = RecurrenceDetector.issueTypeTimelines(contacts) }
        }
        return PatternReport(
            recurring: RecurrenceDetector(options: options).detect(themes: themes, issueTypes: types),
            repeats: RepeatContactDetector(options: options).detect(themes: themes),
            spikes: spikes.spikes(items, themeCount: themeCount, asOf: asOf),
            emerging: spikes.emerging(items, themeCount: themeCount, asOf: asOf),
            escalations: escalations,
            asOf: asOf ?? items.lazy.map(\.time).max())
    }
}
