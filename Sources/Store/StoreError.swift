/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// An SQL statement failed; the transaction was rolled back.
    case sql(reason: String)
    /// The workspace has no store yet.
    case missing(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the store: \(reason)"
        case .sql(let reason):
            return "store error: \(reason)"
        case .missing(let path):
            return "\(path): no store here yet. Run `verbatim init` or `verbatim ingest FILE` first."
        }
    }
}
