import Patterns

extension Config {
    /// The `[patterns]` section: the thresholds of recurring issues, repeat contacts, spikes and
    /// emerging themes.
    ///
    /// ```toml
    /// [patterns]
    /// recurring_count = 3      # contacts of one account on one theme (or issue type) …
    /// recurring_days = 30      # … within this many days make a recurring issue
    /// repeat_days = 7          # writing again on the theme this soon after a resolution is a repeat contact
    /// spike_weeks = 8          # a week is compared with this many trailing weeks
    /// spike_z = 2.0            # z-score at which a week spikes
    /// spike_min_count = 10     # items a week needs before it can spike
    /// emerging_min_items = 10  # items in the latest week that make a new theme emerging
    /// ```
    public struct Patterns: Sendable, Equatable, Decodable {
        /// Contacts that make a recurring issue.
        public var recurringCount: Int?
        /// Window of a recurring issue, in days.
        public var recurringDays: Int?
        /// Window of a repeat contact, in days.
        public var repeatDays: Int?
        /// Trailing weeks of a spike's baseline.
        public var spikeWeeks: Int?
        /// z-score of a spike.
        public var spikeZ: Double?
        /// Minimum weekly items of a spike.
        public var spikeMinCount: Int?
        /// Minimum latest-week items of an emerging theme.
        public var emergingMinItems: Int?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case recurringCount = "recurring_count", recurringDays = "recurring_days", repeatDays = "repeat_days"
            case spikeWeeks = "spike_weeks", spikeZ = "spike_z", spikeMinCount = "spike_min_count"
            case emergingMinItems = "emerging_min_items"
        }

        /// Reads the section; `spike_z` may be written as a whole number (`spike_z = 3`).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            recurringCount = try c.decodeIfPresent(Int.self, forKey: .recurringCount)
            recurringDays = try c.decodeIfPresent(Int.self, forKey: .recurringDays)
            repeatDays = try c.decodeIfPresent(Int.self, forKey: .repeatDays)
            spikeWeeks = try c.decodeIfPresent(Int.self, forKey: .spikeWeeks)
            spikeZ = try c.decodeNumberIfPresent(forKey: .spikeZ)
            spikeMinCount = try c.decodeIfPresent(Int.self, forKey: .spikeMinCount)
            emergingMinItems = try c.decodeIfPresent(Int.self, forKey: .emergingMinItems)
        }

        /// The detector options: these values over the defaults, checked once.
        /// - Throws: `PipelineError.config` naming the setting, its value and the rule.
        public func options(file: String) throws -> PatternOptions {
            var o = PatternOptions()
            o.recurringCount = recurringCount ?? o.recurringCount
            o.recurringDays = recurringDays ?? o.recurringDays
            o.repeatDays = repeatDays ?? o.repeatDays
            o.spikeWeeks = spikeWeeks ?? o.spikeWeeks
            o.spikeZ = spikeZ ?? o.spikeZ
            o.spikeMinCount = spikeMinCount ?? o.spikeMinCount
            o.emergingMinItems = emergingMinItems ?? o.emergingMinItems
            if let (setting, reason) = o.problem {
                let values: [String: String] = [
                    "recurring_count": "\(o.recurringCount)", "recurring_days": "\(o.recurringDays)", "repeat_days": "\(o.repeatDays)",
                    "spike_weeks": "\(o.spikeWeeks)", "spike_z": "\(o.spikeZ)", "spike_min_count": "\(o.spikeMinCount)",
                    "emerging_min_items": "\(o.emergingMinItems)",
                ]
                throw PipelineError.config(file: file, reason: "[patterns] \(setting) = \(values[setting] ?? "?"): \(reason)")
            }
            return o
        }
    }
}
