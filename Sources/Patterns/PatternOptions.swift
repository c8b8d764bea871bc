/// The thresholds of the pattern detectors, with the defaults the docs give.
///
/// - Recurring issue: the same account raising the same theme (or issue type) at least
///   `recurringCount` times within `recurringDays` days.
/// - Repeat contact: the same account writing again on the same theme within `repeatDays` days
///   after a resolved ticket.
/// - Spike: a theme's volume in the latest week against its trailing `spikeWeeks` weeks, an alert
///   when `z >= spikeZ` and the week has at least `spikeMinCount` items.
/// - Emerging theme: a theme first seen in the latest week with at least `emergingMinItems` items.
public struct PatternOptions: Sendable, Equatable {
    /// Mentions that make a recurring issue.
    public var recurringCount: Int
    /// The window of a recurring issue, in days.
    public var recurringDays: Int
    /// The window of a repeat contact after a resolved ticket, in days.
    public var repeatDays: Int
    /// Trailing weeks a week's volume is compared with.
    public var spikeWeeks: Int
    /// z-score at or above which a spike alerts.
    public var spikeZ: Double
    /// Items a week needs before it can alert.
    public var spikeMinCount: Int
    /// Items a new theme needs in its first week to be emerging.
    public var emergingMinItems: Int

    /// The documented defaults: 3 in 30 days, 7 days, 8 weeks, z 2, 10 items, 10 items.
    public init(recurringCount: Int = 3, recurringDays: Int = 30, repeatDays: Int = 7, spikeWeeks: Int = 8,
                spikeZ: Double = 2, spikeMinCount: Int = 10, emergingMinItems: Int = 10) {
        self.recurringCount = recurringCount
        self.recurringDays = recurringDays
        self.repeatDays = repeatDays
        self.spikeWeeks = spikeWeeks
        self.spikeZ = spikeZ
        self.spikeMinCount = spikeMinCount
        self.emergingMinItems = emergingMinItems
    }

    /// The first setting that cannot work, as (name, reason), or nil when all can.
    public var problem: (setting: String, reason: String)? {
        if recurringCount < 2 { return ("recurring_count", "must be at least 2 (one mention does not recur)") }
        if recurringDays < 1 { return ("recurring_days", "must be at least 1 day") }
        if repeatDays < 1 { return ("repeat_days", "must be at least 1 day") }
        if spikeWeeks < 2 { return ("spike_weeks", "must be at least 2 weeks, so that a spread can be measured") }
        if !(spikeZ > 0) { return ("spike_z", "must be above 0") }
        if spikeMinCount < 1 { return ("spike_min_count", "must be at least 1") }
        if emergingMinItems < 1 { return ("emerging_min_items", "must be at least 1") }
        return nil
    }
}
