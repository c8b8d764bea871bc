/// A language the text stage tells apart: it picks the stopword list, the negation words and
/// whether words are stemmed (Porter2 is English only; other languages keep their words).
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en", german = "de", spanish = "es", french = "fr", portuguese = "pt"

    /// The position of the language in `allCases`, for per-language arrays and bit masks.
    var index: Int {
        switch self {
        case .english: return 0
        case .german: return 1
        case .spanish: return 2
        case .french: return 3
        case .portuguese: return 4
        }
    }

    /// The stopword file of the language in `stopwords/`, e.g. `en.txt`.
    public var stopwordFileName: String { rawValue + ".txt" }
}
