/// Why the text stage cannot start. Text itself never fails: odd input is analysed as well as it
/// can be.
public enum TextAnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stopword file is missing or unreadable.
    case cannotReadStopwords(file: String, reason: String)
    /// An option has a value that cannot work.
    case badOption(option: String, value: String, reason: String)

    /// A readable message that names the file or option and proposes a fix.
    public var description: String {
        switch self {
        case .cannotReadStopwords(let file, let reason):
            return "\(file): cannot read the stopword list: \(reason); "
                + "point the stopword directory at the repository's stopwords/ folder"
        case .badOption(let option, let value, let reason):
            return "\(option) \(value): \(reason)"
        }
    }
}
