import Ingest

extension Config {
    /// The `[redaction]` section: which personal data is replaced by placeholders before anything
    /// is stored (see `PIIRedactor`).
    ///
    /// ```toml
    /// [redaction]
    /// enabled = true                                        # default; false keeps personal data (as --keep-pii)
    /// detectors = ["email", "phone", "card", "iban", "ip"]  # default: all
    /// [[redaction.pattern]]
    /// name = "ticket_ref"                                   # matches become [ticket_ref]
    /// regex = "CUST-[0-9]{6}"
    /// ```
    public struct Redaction: Sendable, Equatable, Decodable {
        /// One custom pattern.
        public struct Pattern: Sendable, Equatable, Decodable {
            /// The placeholder's name.
            public var name: String
            /// The regular expression (ICU syntax).
            public var regex: String

            enum CodingKeys: String, CodingKey, CaseIterable {
                case name, regex
            }
        }

        /// Whether redaction runs (default true).
        public var enabled: Bool?
        /// The built-in detectors by name (default: all).
        public var detectors: [String]?
        /// Custom patterns, in order.
        public var pattern: [Pattern]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case enabled, detectors, pattern
        }

        /// The options this section gives, or nil when it turns redaction off.
        /// - Throws: `PipelineError.config` naming an unknown detector.
        public func options(file: String) throws -> RedactionOptions? {
            guard enabled ?? true else { return nil }
            var detectors = Set(PIIDetector.allCases)
            if let names = self.detectors {
                detectors = try Set(names.map { name in
                    guard let detector = PIIDetector(rawValue: name.lowercased()) else {
                        throw PipelineError.config(file: file, reason: "[redaction] detectors: '\(name)' is not one of \(PIIDetector.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return detector
                })
            }
            return RedactionOptions(detectors: detectors, patterns: (pattern ?? []).map { RedactionOptions.Pattern(name: $0.name, regex: $0.regex) })
        }
    }

    /// The redactor the config's `[redaction]` section makes (every built-in detector when the
    /// section is absent), or nil when redaction is off: by `enabled = false`, or by `keepPII`
    /// (`--keep-pii`). Custom patterns are compiled here, once.
    /// - Throws: `PipelineError.config` naming an unknown detector, or a pattern whose name or
    ///   regular expression is not valid.
    public func redactor(file: String, keepPII: Bool = false) throws -> PIIRedactor? {
        guard !keepPII, let options = try (redaction ?? Redaction()).options(file: file) else { return nil }
        do {
            return try PIIRedactor(options: options)
        } catch let error as IngestError {
            throw PipelineError.config(file: file, reason: error.description)
        }
    }

    /// Whether the config turns redaction off (`[redaction] enabled = false`).
    public var keepsPersonalData: Bool { redaction?.enabled == false }
}
