/// How the signals stage joins themes to accounts and scores account health, with the defaults
/// the README documents. Validated once at the edge (`Config+Signals` in Pipeline); the
/// computations trust it.
public struct SignalOptions: Sendable, Equatable {
    /// Below this many accounts (or answers, for a score) a figure shows as insufficient rather
    /// than as a number. Default 5.
    public var minimumSupport: Int
    /// Mentions count towards the join only in this many days up to an account's churn date
    /// (for active accounts: up to the period end), so a theme raised after an account left is
    /// not read as a cause. Default 90, a quarter: long enough to see the months before a
    /// cancellation, short enough that last year's complaints do not count.
    public var windowDays: Int
    /// The weights of the health score's parts. Default 40% usage, 30% support, 30% outcome.
    public var healthWeights: HealthWeights
    /// The account usage figures that feed the usage part; nil for every usage figure except
    /// the size-like `seats` and `subscriptions`.
    public var usageColumns: [String]?

    /// Options with the documented defaults.
    public init(minimumSupport: Int = 5, windowDays: Int = 90, healthWeights: HealthWeights = HealthWeights(),
                usageColumns: [String]? = nil) {
        self.minimumSupport = minimumSupport
        self.windowDays = windowDays
        self.healthWeights = healthWeights
        self.usageColumns = usageColumns
    }

    /// Usage figures that describe an account's size rather than its use; left out of the usage
    /// part unless named in `usageColumns`.
    public static let sizeColumns: Set<String> = ["seats", "subscriptions"]
}
