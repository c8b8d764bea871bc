/// One item in the schedule, 16 bytes: when, whose, which theme, and its recurring group.
///
/// The schedule holds only these numbers; texts are composed while the files stream out.
struct PlannedItem: Sendable {
    /// `seconds from window start << 32 | draw order`: unique, so sorting is fully determined.
    var key: UInt64
    /// Index into the plan's accounts.
    var account: Int32
    /// Index into the recurring groups, or -1.
    var recurringGroup: Int32
    /// Catalog index of the planted theme, or -1 for off-topic noise.
    var theme: Int16

    /// Seconds from the window start.
    var offset: Int { Int(key >> 32) }
    /// Epoch seconds (UTC).
    var epoch: Int { CorpusCalendar.windowStart + offset }
}
