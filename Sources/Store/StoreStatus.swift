/// What is in the store: the figures `verbatim status` prints.
public struct StoreStatus: Sendable, Equatable {
    /// Items stored for one source.
    public struct SourceCount: Sendable, Equatable {
        /// The source's name.
        public var name: String
        /// Its kind.
        public var kind: String
        /// How many items it holds.
        public var items: Int
    }
    /// Rejects grouped by file and reason.
    public struct RejectGroup: Sendable, Equatable {
        /// The file the records came from.
        public var file: String
        /// Why they were rejected.
        public var reason: String
        /// How many records.
        public var count: Int
        /// The first record's location (`line 12`, `$.data[3]`).
        public var firstLocation: String
        /// The first record's excerpt.
        public var excerpt: String
    }
    /// The last finished run.
    public struct LastRun: Sendable, Equatable {
        /// Its id.
        public var id: Int64
        /// The command that ran.
        public var command: String
        /// When it finished (ISO 8601, UTC), or nil while running.
        public var finishedAt: String?
        /// `ok`, `failed` or `running`.
        public var status: String
    }

    /// All items.
    public var items: Int
    /// Items stored without customer text (kept for their score, or written by the company).
    public var itemsWithoutText: Int
    /// Items per kind, by kind name.
    public var itemsByKind: [String: Int]
    /// All accounts.
    public var accounts: Int
    /// Accounts flagged as churned.
    public var churnedAccounts: Int
    /// All rejects.
    public var rejects: Int
    /// Items per source, by name.
    public var sources: [SourceCount]
    /// Rejects grouped by file and reason, largest first.
    public var rejectGroups: [RejectGroup]
    /// The latest run, if any.
    public var lastRun: LastRun?
}
