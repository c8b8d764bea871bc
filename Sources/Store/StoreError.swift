/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// An SQL statement failed; the transaction was rolled back.
    case sql(reason: String)
    /// The workspace has no store yet.
    case missing(path: String)
    /// A write found no room: the disk is full, over quota or past the file size limit
    /// (`reason` says which). The transaction was rolled back whole.
    case noSpace(path: String, reason: String)
    /// The store's file or folder cannot be written by this user (or is on a read-only file system).
    case readOnly(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the store: \(reason)"
        case .sql(let reason):
            return "store error: \(reason)"
        case .missing(let path):
            return "\(path): no store here yet. Run `verbatim init` or `verbatim ingest FILE` first."
        case .noSpace(let path, let reason):
            return "\(path): no space left to write the store (\(reason)). The write in progress was rolled back: the store holds "
                + "what it held before it. Make room (free some space, or raise the limit) and run again; a run that completes redoes whatever this one left undone."
        case .readOnly(let path, let reason):
            return "\(path): the store cannot be written (\(reason)); nothing was changed. Run this command as a user who may "
                + "write the workspace, or on a writable copy; commands that only read (themes, theme, accounts, kpis, patterns, "
                + "status, export, report) still work."
        }
    }
}
