/// A theme that is new: most of its items arrived in the latest week.
public struct EmergingTheme: Sendable, Equatable {
    /// Index of the theme.
    public var theme: Int32
    /// Its items in the latest week.
    public var lastWeek: Int
    /// All its items.
    public var total: Int

    /// An emerging theme.
    public init(theme: Int32, lastWeek: Int, total: Int) {
        self.theme = theme
        self.lastWeek = lastWeek
        self.total = total
    }
}
