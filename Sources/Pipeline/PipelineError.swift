/// Why a command could not do its work. Each case says what to do about it.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    /// `verbatim.toml` could not be read or has a mistake.
    case config(file: String, reason: String)
    /// An option's value cannot work.
    case badOption(option: String, value: String, reason: String)
    /// Another run holds the workspace lock.
    case locked(workspace: String, holder: String?)
    /// The analysis has nothing to cluster.
    case nothingToAnalyse(reason: String)
    /// The workspace does not exist or has no store.
    case noWorkspace(path: String, reason: String)
    /// The store holds no analysis to read yet.
    case notAnalysed(path: String)
    /// A command that writes found the workspace folder read-only for this user.
    case readOnlyWorkspace(path: String, reason: String)

    public var description: String {
        switch self {
        case .config(let file, let reason):
            return "\(file): \(reason)"
        case .badOption(let option, let value, let reason):
            return "\(option) \(value): \(reason)"
        case .locked(let workspace, let holder):
            return "\(workspace): the workspace is busy: \(holder ?? "another verbatim command") holds its lock (verbatim.lock); "
                + "try again when it ends (readers such as `themes` and `export` work meanwhile)"
        case .nothingToAnalyse(let reason):
            return "cannot find themes: \(reason)"
        case .noWorkspace(let path, let reason):
            return "\(path): \(reason)"
        case .notAnalysed(let path):
            return "\(path): no analysis yet: run `verbatim analyze` first"
        case .readOnlyWorkspace(let path, let reason):
            return "the workspace \(path) is read-only (\(reason)); nothing was changed. This command writes the store there: run it as "
                + "a user who may write the folder, or on a writable copy. Commands that only read (themes, theme, accounts, kpis, "
                + "patterns, status, export and report with --out elsewhere) still work."
        }
    }
}
