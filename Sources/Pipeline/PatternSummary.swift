import Store

/// What the pattern stage found, for the command line and the run log.
public struct PatternSummary: Sendable {
    /// Items given an issue type and a sentiment in this run.
    public var classified: Int
    /// Items per issue type over the whole store, most first.
    public var issueTypes: [(type: String, items: Int)]
    /// Recurring issues found (episodes, by theme and by issue type).
    public var recurring: Int
    /// Repeat contacts after a resolution.
    public var repeats: Int
    /// Spikes over the whole history.
    public var spikes: Int
    /// Themes emerging in the latest week.
    public var emerging: Int
    /// The patterns that alert (`verbatim run --fail-on-alert` exits 4 when there are any).
    public var alerts: [PatternRecord]
    /// The end of the latest week the spikes were measured to (ISO 8601 UTC).
    public var asOf: String?
    /// Seconds per step of the stage (`classifying`, `reading items`, `detecting`, `records`,
    /// `saving`), for benchmarks.
    public var stepSeconds: [String: Double] = [:]
}
