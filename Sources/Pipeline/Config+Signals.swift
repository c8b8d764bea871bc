extension Config {
    /// The `[signals]` section: how themes are joined to accounts and how health is scored.
    ///
    /// ```toml
    /// [signals]
    /// min_support = 5               # fewer accounts (or answers) show as "insufficient"
    /// window_days = 90              # mentions count this many days up to churn / period end
    /// period_end = "2026-09-30"     # default: the latest item's day
    /// usage_columns = ["logins_30d"]  # account usage figures for the health score
    /// health_usage = 0.4            # weights of the health score's parts
    /// health_support = 0.3
    /// health_outcome = 0.3
    /// ```
    public struct Signals: Sendable, Equatable, Decodable {
        /// Minimum accounts or answers behind a figure.
        public var minSupport: Int?
        /// Days of mentions before churn or the period end.
        public var windowDays: Int?
        /// The period's last day.
        public var periodEnd: String?
        /// Usage figures feeding the health score.
        public var usageColumns: [String]?
        /// Weight of the usage part.
        public var healthUsage: Double?
        /// Weight of the support part.
        public var healthSupport: Double?
        /// Weight of the outcome part.
        public var healthOutcome: Double?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case minSupport = "min_support"
            case windowDays = "window_days"
            case periodEnd = "period_end"
            case usageColumns = "usage_columns"
            case healthUsage = "health_usage"
            case healthSupport = "health_support"
            case healthOutcome = "health_outcome"
        }

        /// An empty section: every setting at its default.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            minSupport = try c.decodeIfPresent(Int.self, forKey: .minSupport)
            windowDays = try c.decodeIfPresent(Int.self, forKey: .windowDays)
            periodEnd = try c.decodeIfPresent(String.self, forKey: .periodEnd)
            usageColumns = try c.decodeIfPresent([String].self, forKey: .usageColumns)
            healthUsage = try c.decodeNumberIfPresent(forKey: .healthUsage)
            healthSupport = try c.decodeNumberIfPresent(forKey: .healthSupport)
            healthOutcome = try c.decodeNumberIfPresent(forKey: .healthOutcome)
        }

    }
}
