/// What ``ThemeLabeler`` counts as the frequency of a term in a theme.
public enum ThemeTermFrequency: String, Sendable, Equatable, CaseIterable {
    /// The number of the theme's items that contain the term (the default): one long item that
    /// repeats a word cannot carry a label.
    case itemCount
    /// The sum of the term's TF-IDF weights over the theme's items.
    case summedWeight
}
