/// Why a pattern model (sentiment lexicon, issue-type rules) cannot be built. Each case names
/// what is wrong and how to fix it.
public enum PatternsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option's value cannot work.
    case badOption(option: String, value: String, reason: String)
    /// An issue type's rules cannot be used.
    case badRule(type: String, reason: String)
    /// A lexicon item cannot be read.
    case badLexicon(item: String, reason: String)

    /// A sentence naming the option, rule or item, and the fix.
    public var description: String {
        switch self {
        case .badOption(let option, let value, let reason):
            return "\(option) = \(value): \(reason)"
        case .badRule(let type, let reason):
            return "issue type '\(type)': \(reason)"
        case .badLexicon(let item, let reason):
            return "sentiment lexicon item '\(item)': \(reason)"
        }
    }
}
