extension Config {
    /// The `[issue_types]` section: the issue-type taxonomy and its threshold.
    ///
    /// ```toml
    /// [issue_types]
    /// defaults = true        # keep the built-in taxonomy (false: only the types below)
    /// threshold = 0.35       # below this confidence an item is "other"
    /// [[issue_types.type]]
    /// name = "billing"       # a built-in name replaces that type's rules; a new name adds a type
    /// label = "Billing"      # the display name (default: the built-in one, or the name)
    /// keywords = ["invoice", "refund", "charge"]
    /// phrases = ["credit card", "double charged"]
    /// weight = 1.0           # how much its hits count against other types' (default 1)
    /// ```
    public struct IssueTypes: Sendable, Equatable, Decodable {
        /// One `[[issue_types.type]]` table.
        public struct TypeRule: Sendable, Equatable, Decodable {
            /// The type's id.
            public var name: String
            /// Its display name.
            public var label: String?
            /// Words that count 1 each.
            public var keywords: [String]?
            /// Word sequences that count 2 each.
            public var phrases: [String]?
            /// The type's weight.
            public var weight: Double?

            /// A type as the file gives it.
            public init(name: String, label: String? = nil, keywords: [String]? = nil, phrases: [String]? = nil,
                        weight: Double? = nil) {
                self.name = name
                self.label = label
                self.keywords = keywords
                self.phrases = phrases
                self.weight = weight
            }

            enum CodingKeys: String, CodingKey, CaseIterable {
                case name, label, keywords, phrases, weight
            }

            /// Reads a table; `weight` may be written as a whole number.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                name = try c.decode(String.self, forKey: .name)
                label = try c.decodeIfPresent(String.self, forKey: .label)
                keywords = try c.decodeIfPresent([String].self, forKey: .keywords)
                phrases = try c.decodeIfPresent([String].self, forKey: .phrases)
                weight = try c.decodeNumberIfPresent(forKey: .weight)
            }
        }

        /// Whether the built-in taxonomy is kept.
        public var defaults: Bool?
        /// The confidence below which an item is `other`.
        public var threshold: Double?
        /// Types replaced or added.
        public var type: [TypeRule]?

        /// An empty section: every setting at its default.
        public init(defaults: Bool? = nil, threshold: Double? = nil, type: [TypeRule]? = nil) {
            self.defaults = defaults
            self.threshold = threshold
            self.type = type
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case defaults, threshold, type
        }

        /// Reads the section; `threshold` may be written as a whole number (`threshold = 1`).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            defaults = try c.decodeIfPresent(Bool.self, forKey: .defaults)
            threshold = try c.decodeNumberIfPresent(forKey: .threshold)
            type = try c.decodeIfPresent([TypeRule].self, forKey: .type)
        }
    }
}
