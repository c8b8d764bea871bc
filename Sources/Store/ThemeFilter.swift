/// Which items a theme query counts: one account's, a date range, one kind.
public struct ThemeFilter: Sendable, Equatable {
    /// Only this account's items.
    public var account: String?
    /// Only items created at or after this ISO 8601 instant.
    public var since: String?
    /// Only items created before this ISO 8601 instant.
    public var until: String?
    /// Only items of this kind.
    public var kind: String?

    /// A filter; every part defaults to "all".
    public init(account: String? = nil, since: String? = nil, until: String? = nil, kind: String? = nil) {
        self.account = account
        self.since = since
        self.until = until
        self.kind = kind
    }

    /// The SQL condition on `items i` and its arguments.
    var sql: (condition: String, arguments: [String]) {
        var parts: [String] = []
        var args: [String] = []
        if let account { parts.append("i.account_id = ?"); args.append(account) }
        if let since { parts.append("i.created_at >= ?"); args.append(since) }
        if let until { parts.append("i.created_at < ?"); args.append(until) }
        if let kind { parts.append("i.kind = ?"); args.append(kind) }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), args)
    }
}
