/// One item as the signals stage's fast scan hands it over (see ``Store/forEachSignalRow(_:)``):
/// the same figures as ``SignalItemRow``, with its texts as the stored bytes, valid only during
/// the call that receives the row, so that a scan of a million items makes no `String`s.
public struct SignalRow {
    /// The item's row id.
    public var id: Int64
    /// `ticket`, `chat`, `survey` or `review` as stored.
    public var kind: UnsafeBufferPointer<UInt8>
    /// Its account id, if any (never empty).
    public var accountID: UnsafeBufferPointer<UInt8>?
    /// Creation day, days since 1970-01-01; nil without a date.
    public var day: Int?
    /// Its score.
    public var score: Double?
    /// The score's scale.
    public var scoreType: UnsafeBufferPointer<UInt8>?
    /// Resolved: a resolution date or time, or a solved or closed status.
    public var resolved: Bool
    /// Reopened, or more than one contact.
    public var reopened: Bool
    /// Hours to the first response.
    public var firstResponseHours: Double?
    /// Hours to resolution (see ``Store/resolutionSQL``).
    public var resolutionHours: Double?
    /// Whether the export dates its resolution before its first response.
    public var resolvedBeforeFirstResponse: Bool
    /// Its theme; nil when unthemed or not analysed.
    public var themeID: UnsafeBufferPointer<UInt8>?
}
