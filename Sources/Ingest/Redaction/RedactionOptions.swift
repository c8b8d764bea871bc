/// What the redactor looks for: the built-in detectors in force and the custom patterns of the
/// config's `[[redaction.pattern]]` sections. Validated once, when a `PIIRedactor` is made.
public struct RedactionOptions: Sendable, Equatable {
    /// A custom pattern: a regular expression whose matches become `[name]`.
    public struct Pattern: Sendable, Equatable {
        /// The placeholder's name: letters, digits and `_` (`ticket_ref` gives `[ticket_ref]`).
        public var name: String
        /// An ICU regular expression (`NSRegularExpression` syntax), e.g. `CUST-[0-9]{6}`.
        public var regex: String

        /// A pattern.
        public init(name: String, regex: String) {
            self.name = name
            self.regex = regex
        }
    }

    /// The built-in detectors that run (default: all of them).
    public var detectors: Set<PIIDetector>
    /// Custom patterns, applied before the built-in detectors, in order.
    public var patterns: [Pattern]

    /// Options; by default every built-in detector and no custom pattern.
    public init(detectors: Set<PIIDetector> = Set(PIIDetector.allCases), patterns: [Pattern] = []) {
        self.detectors = detectors
        self.patterns = patterns
    }

    /// A stable text naming these options, for the settings hash of a source: files are read
    /// again when the redaction changes. `nil` options (redaction off) are `redaction:off`.
    public static func settingsKey(_ options: RedactionOptions?) -> String {
        guard let options else { return "redaction:off" }
        let detectors = PIIDetector.allCases.filter(options.detectors.contains).map(\.rawValue).joined(separator: ",")
        let patterns = options.patterns.map { "\($0.name)=\($0.regex)" }.joined(separator: "\u{1F}")
        return "redaction:v1:\(detectors):\(patterns)"
    }
}
