/// How ``ThemeMatcher`` relates themes across runs.
public struct ThemeMatcherOptions: Sendable, Equatable {
    /// Two themes are the same, or related by a merge or split, when their signatures' cosine is
    /// at least this (default 0.5).
    public var matchThreshold: Float
    /// A kept theme has ``LineageKind/grown`` when its size is at least `1 + growthRatio` times
    /// its previous size (default 0.2, so 100 → 120 items).
    public var growthRatio: Double
    /// A kept theme has ``LineageKind/shrunk`` when its size is at most `1 - shrinkRatio` times
    /// its previous size (default 0.2, so 100 → 80 items).
    public var shrinkRatio: Double

    /// Creates options.
    /// - Parameters:
    ///   - matchThreshold: the least signature cosine that relates two themes (default 0.5).
    ///   - growthRatio: the relative growth that counts as grown (default 0.2).
    ///   - shrinkRatio: the relative loss that counts as shrunk (default 0.2).
    public init(matchThreshold: Float = 0.5, growthRatio: Double = 0.2, shrinkRatio: Double = 0.2) {
        self.matchThreshold = matchThreshold
        self.growthRatio = growthRatio
        self.shrinkRatio = shrinkRatio
    }

    /// Checks the options once, before matching.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    public func validate() throws {
        if !(matchThreshold > 0 && matchThreshold <= 1) {
            throw ThemesError.invalidOption(
                option: "matchThreshold", value: "\(matchThreshold)", fix: "use a value in (0, 1]; the default is 0.5")
        }
        if !(growthRatio > 0) {
            throw ThemesError.invalidOption(
                option: "growthRatio", value: "\(growthRatio)", fix: "use a value above 0; the default is 0.2")
        }
        if !(shrinkRatio > 0 && shrinkRatio < 1) {
            throw ThemesError.invalidOption(
                option: "shrinkRatio", value: "\(shrinkRatio)", fix: "use a value in (0, 1); the default is 0.2")
        }
    }
}
