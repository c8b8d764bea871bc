/// The 16 planted themes, in the fixed order written to `truth/themes.json`.
enum ThemeCatalog {
    /// Every theme, in catalog order.
    static let all: [ThemeSpec] = access + commercial + data + platform
}
