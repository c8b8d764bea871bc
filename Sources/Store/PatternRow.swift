/// One item as the pattern stage's scan hands it over: the stored bytes of its texts, valid only
/// during the call that receives the row (see ``Store/forEachPatternRow(_:)``), so that a scan of
/// a million items makes no `String`s.
public struct PatternRow {
    /// The item's row id.
    public var id: Int64
    /// Its kind's bytes (`ticket`, `chat`, `survey`, `review`).
    public var kind: UnsafeBufferPointer<UInt8>?
    /// Whether it is a ticket or a chat (a contact with support).
    public var isContact: Bool
    /// Its account id's UTF-8 bytes; nil when NULL.
    public var accountID: UnsafeBufferPointer<UInt8>?
    /// When it was written (ISO 8601 UTC as stored); nil when NULL.
    public var createdAt: UnsafeBufferPointer<UInt8>?
    /// Its theme id; nil when unthemed or not yet analysed.
    public var themeID: UnsafeBufferPointer<UInt8>?
    /// Its issue type; nil when not classified.
    public var issueType: UnsafeBufferPointer<UInt8>?
    /// When it was resolved (ISO 8601 UTC); nil when the export does not say.
    public var resolvedAt: UnsafeBufferPointer<UInt8>?
    /// Hours to resolution, if the export says.
    public var resolutionHours: Double?
    /// Whether tags, status, priority or an extra field mark it as escalated.
    public var escalated: Bool
}
