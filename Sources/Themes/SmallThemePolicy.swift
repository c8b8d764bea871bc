/// What ``ThemeRefiner`` does with the items of a theme smaller than
/// ``ThemeRefinerOptions/minimumThemeSize``.
public enum SmallThemePolicy: String, Sendable, Equatable, CaseIterable {
    /// Each item moves to its most similar surviving theme when that similarity reaches the
    /// floor, and to the unthemed bucket otherwise (the default).
    case reassign
    /// Every item goes to the unthemed bucket.
    case dissolve
}
