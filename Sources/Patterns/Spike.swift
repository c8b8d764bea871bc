/// One theme's weekly volume measured against its trailing weeks.
public struct Spike: Sendable, Equatable {
    /// Index of the theme.
    public var theme: Int32
    /// The end of the week (exclusive of nothing: the week is `(end - 7 days, end]`), in seconds since 1970.
    public var weekEnd: Int64
    /// Weeks before the latest one: 0 is the week ending at the as-of time.
    public var weeksAgo: Int
    /// Items of the theme in that week.
    public var count: Int
    /// Median weekly count over the trailing weeks.
    public var baseline: Double
    /// The spread the z-score divides by (see ``SpikeDetector``).
    public var spread: Double
    /// `(count - baseline) / spread`, a robust z-score.
    public var z: Double

    /// A spike.
    public init(theme: Int32, weekEnd: Int64, weeksAgo: Int, count: Int, baseline: Double, spread: Double, z: Double) {
        self.theme = theme
        self.weekEnd = weekEnd
        self.weeksAgo = weeksAgo
        self.count = count
        self.baseline = baseline
        self.spread = spread
        self.z = z
    }
}
