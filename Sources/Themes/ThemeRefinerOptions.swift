/// How ``ThemeRefiner`` turns raw clusters into themes.
///
/// The defaults suit L2-normalised TF-IDF rows of short feedback texts, where the cosine between
/// an item and its theme's centroid is typically 0.1–0.5 and between two distinct themes' centroids
/// below 0.4.
public struct ThemeRefinerOptions: Sendable, Equatable {
    /// Two themes merge while both their centroids' cosine and their cosine relative to the other
    /// themes (see ``ThemeRefiner``) are strictly above this (default 0.35). 1 turns merging off.
    public var mergeThreshold: Float
    /// An item whose cosine to its theme's centroid is below this goes to the unthemed bucket
    /// (default 0.05). 0 keeps every non-empty item.
    public var similarityFloor: Float
    /// Themes with fewer items than this after the floor are dissolved (default 3). 1 keeps them all.
    public var minimumThemeSize: Int
    /// Where the items of a dissolved theme go (default ``SmallThemePolicy/reassign``).
    public var smallThemePolicy: SmallThemePolicy

    /// Creates options.
    /// - Parameters:
    ///   - mergeThreshold: relative centroid cosine above which two themes merge (default 0.35).
    ///   - similarityFloor: item-to-centroid cosine below which an item is unthemed (default 0.05).
    ///   - minimumThemeSize: the fewest items a theme keeps (default 3).
    ///   - smallThemePolicy: what happens to the items of smaller themes (default `.reassign`).
    public init(
        mergeThreshold: Float = 0.35,
        similarityFloor: Float = 0.05,
        minimumThemeSize: Int = 3,
        smallThemePolicy: SmallThemePolicy = .reassign
    ) {
        self.mergeThreshold = mergeThreshold
        self.similarityFloor = similarityFloor
        self.minimumThemeSize = minimumThemeSize
        self.smallThemePolicy = smallThemePolicy
    }

    /// Checks the options once, before refining.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    public func validate() throws {
        if !(mergeThreshold > 0 && mergeThreshold <= 1) {
            throw ThemesError.invalidOption(
                option: "mergeThreshold", value: "\(mergeThreshold)",
                fix: "use a value in (0, 1]; the default is 0.75, and 1 turns merging off")
        }
        if !(similarityFloor >= 0 && similarityFloor < 1) {
            throw ThemesError.invalidOption(
                option: "similarityFloor", value: "\(similarityFloor)",
                fix: "use a value in [0, 1); the default is 0.05, and 0 keeps every item")
        }
        if minimumThemeSize < 1 {
            throw ThemesError.invalidOption(
                option: "minimumThemeSize", value: "\(minimumThemeSize)",
                fix: "use 1 or more; the default is 3, and 1 keeps every theme")
        }
    }
}
