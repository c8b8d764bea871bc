/// Why the demo corpus could not be written.
public enum SampleCorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option is out of range; the reason proposes a fix.
    case invalidOption(name: String, value: String, reason: String)
    /// A file or folder could not be created or written.
    case cannotWrite(path: String, reason: String)

    /// A readable message naming the option or path.
    public var description: String {
        switch self {
        case let .invalidOption(name, value, reason):
            return "invalid --\(name) \(value): \(reason)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
