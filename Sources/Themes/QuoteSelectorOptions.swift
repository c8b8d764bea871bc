/// How ``QuoteSelector`` picks representative quotes.
public struct QuoteSelectorOptions: Sendable, Equatable {
    /// Quotes per theme (default 3).
    public var quotesPerTheme: Int
    /// Two rows whose cosine is above this are near-duplicates, and only the nearer to the
    /// centroid is quoted (default 0.85).
    public var duplicateSimilarity: Float
    /// Texts shorter than this are passed over while longer ones remain (default 20). Applies
    /// only when text lengths are given.
    public var minimumLength: Int
    /// Texts longer than this are passed over while shorter ones remain (default 400). Applies
    /// only when text lengths are given.
    public var maximumLength: Int

    /// Creates options.
    /// - Parameters:
    ///   - quotesPerTheme: quotes per theme (default 3).
    ///   - duplicateSimilarity: row cosine above which two rows are near-duplicates (default 0.85).
    ///   - minimumLength: the shortest preferred text (default 20).
    ///   - maximumLength: the longest preferred text (default 400).
    public init(quotesPerTheme: Int = 3, duplicateSimilarity: Float = 0.85, minimumLength: Int = 20, maximumLength: Int = 400) {
        self.quotesPerTheme = quotesPerTheme
        self.duplicateSimilarity = duplicateSimilarity
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
    }

    /// Checks the options once, before selecting.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, its value
    ///   and a fix.
    public func validate() throws {
        if quotesPerTheme < 1 {
            throw ThemesError.invalidOption(
                option: "quotesPerTheme", value: "\(quotesPerTheme)", fix: "use 1 or more; the default is 3")
        }
        if !(duplicateSimilarity > 0 && duplicateSimilarity <= 1) {
            throw ThemesError.invalidOption(
                option: "duplicateSimilarity", value: "\(duplicateSimilarity)",
                fix: "use a value in (0, 1]; the default is 0.85, and 1 skips only exact duplicates")
        }
        if minimumLength < 0 {
            throw ThemesError.invalidOption(
                option: "minimumLength", value: "\(minimumLength)", fix: "use 0 or more; the default is 20")
        }
        if maximumLength < minimumLength {
            throw ThemesError.invalidOption(
                option: "maximumLength", value: "\(maximumLength)",
                fix: "use at least minimumLength (\(minimumLength)); the default is 400")
        }
    }
}
