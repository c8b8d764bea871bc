/// What happened to a theme between two runs.
public enum LineageKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// A theme with no predecessor.
    case new
    /// A previous theme that nothing resembles any more.
    case retired
    /// A theme that kept its id and grew by at least ``ThemeMatcherOptions/growthRatio``.
    case grown
    /// A theme that kept its id and shrank by at least ``ThemeMatcherOptions/shrinkRatio``.
    case shrunk
    /// A theme that kept its id and absorbed other previous themes.
    case merged
    /// A new theme that split from a previous theme, which another new theme continues.
    case split
}
