/// What writing one file (or one run) did to the store.
public struct IngestCounts: Sendable, Equatable, CustomStringConvertible {
    /// Records stored for the first time.
    public var added = 0
    /// Records whose content changed since they were last stored.
    public var updated = 0
    /// Records stored before with the same content.
    public var unchanged = 0
    /// Records kept aside in the `rejects` table.
    public var rejected = 0

    /// Zero counts.
    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
    }

    /// Records read in all, stored or rejected.
    public var total: Int { added + updated + unchanged + rejected }

    /// Adds another file's counts.
    public static func += (lhs: inout IngestCounts, rhs: IngestCounts) {
        lhs.added += rhs.added
        lhs.updated += rhs.updated
        lhs.unchanged += rhs.unchanged
        lhs.rejected += rhs.rejected
    }

    public var description: String {
        "\(added) added, \(updated) updated, \(unchanged) unchanged, \(rejected) rejected"
    }
}
