/// Everything the pattern detectors found in one pass.
public struct PatternReport: Sendable, Equatable {
    /// Recurring issues by theme and by issue type.
    public var recurring: [RecurringIssue]
    /// Repeat contacts after a resolution.
    public var repeats: [RepeatContact]
    /// Spikes over the whole history; those with `weeksAgo == 0` are this week's.
    public var spikes: [Spike]
    /// Themes emerging in the latest week.
    public var emerging: [EmergingTheme]
    /// Escalated contacts per theme index (unthemed ones under -1).
    public var escalations: [Int32: Int]
    /// The end of the latest week, in seconds since 1970, or nil when no item has a date.
    public var asOf: Int64?

    /// A report.
    public init(recurring: [RecurringIssue] = [], repeats: [RepeatContact] = [], spikes: [Spike] = [],
                emerging: [EmergingTheme] = [], escalations: [Int32: Int] = [:], asOf: Int64? = nil) {
        self.recurring = recurring
        self.repeats = repeats
        self.spikes = spikes
        self.emerging = emerging
        self.escalations = escalations
        self.asOf = asOf
    }
}
