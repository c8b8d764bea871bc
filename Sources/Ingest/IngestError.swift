import VerbatimCore

/// Why a file could not be ingested at all. Problems with single records are not errors: they
/// are `RecordReject`s, stored in the `rejects` table while the run goes on.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing or unreadable.
    case cannotOpen(file: String, reason: String)
    /// The file is not in the declared or detected format.
    case notFormat(file: String, format: String, reason: String)
    /// The format broke part way through: records before `location` were delivered, nothing
    /// after it can be trusted.
    case truncated(file: String, location: RecordLocation, reason: String)
    /// The options given for this file cannot work (an unknown field name, a bad path).
    case badOption(option: String, value: String, reason: String)
    /// A column that the field mapping names (`--map FIELD=COLUMN` or `[source.map]`) is not in
    /// the file; `reason` names the file, the nearest column and the file's columns.
    case missingColumn(field: String, column: String, reason: String)

    /// Whether the options given cannot work (an unknown field, a column the file lacks), as
    /// against a file that cannot be read: the whole command stops, with the usage exit status.
    public var isBadOption: Bool {
        switch self {
        case .badOption, .missingColumn: return true
        case .cannotOpen, .notFormat, .truncated: return false
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .notFormat(let file, let format, let reason):
            return "\(file): not a \(format) file: \(reason)"
        case .truncated(let file, let location, let reason):
            return "\(file), \(location): \(reason); the records before this point were kept"
        case .badOption(let option, let value, let reason):
            return "\(option) \(value): \(reason)"
        case .missingColumn(let field, let column, let reason):
            return "--map \(field)=\(column): \(reason)"
        }
    }
}
