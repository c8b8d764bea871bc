import Foundation
import VerbatimCore

/// Stopword lists per language plus the support boilerplate list (`support.txt`: greetings,
/// sign-offs, ticket boilerplate), which applies to every language.
///
/// Words are matched against the lower-cased surface word, before stemming.
public struct StopwordLibrary: Sendable {
    /// One set per language, in `Language.allCases` order.
    let lists: [Set<String>]
    /// Words dropped in every language.
    let support: Set<String>

    /// A library from word sets (words are lower-cased).
    /// - Parameters:
    ///   - lists: the stopwords of each language; a missing language has none.
    ///   - support: words dropped whatever the language.
    public init(lists: [Language: Set<String>], support: Set<String>) {
        self.lists = Language.allCases.map { language in Set((lists[language] ?? []).map { $0.lowercased() }) }
        self.support = Set(support.map { $0.lowercased() })
    }

    /// A library with no stopwords.
    public static let empty = StopwordLibrary(lists: [:], support: [])

    /// The name of the support list's file.
    public static let supportFileName = "support.txt"

    /// Reads `en.txt`, `de.txt`, `es.txt`, `fr.txt`, `pt.txt` and `support.txt` from a folder.
    /// Each file holds one word a line; `#` starts a comment; blank lines are ignored.
    /// - Parameter directory: the folder, normally the repository's `stopwords/`.
    /// - Returns: the library.
    /// - Throws: `TextAnalysisError.cannotReadStopwords` naming the file that is missing or unreadable.
    public static func load(from directory: URL) throws -> StopwordLibrary {
        var lists: [Language: Set<String>] = [:]
        for language in Language.allCases {
            lists[language] = try readList(directory.appendingPathComponent(language.stopwordFileName))
        }
        let support = try readList(directory.appendingPathComponent(supportFileName))
        return StopwordLibrary(lists: lists, support: support)
    }

    /// The words of one list file.
    static func readList(_ url: URL) throws -> Set<String> {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "not readable as UTF-8 text" : "no such file"
            throw TextAnalysisError.cannotReadStopwords(file: url.path, reason: reason)
        }
        return parseList(text)
    }

    /// The words of a list's text: one a line, `#` comments and blank lines ignored.
    static func parseList(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let word = String(content).trimmedWhitespace.lowercased()
                .replacingOccurrences(of: "\u{2019}", with: "'")
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }

    /// Whether `word` (lower-cased, before stemming) is a stopword of `language` or of the support list.
    public func isStopword(_ word: String, language: Language) -> Bool {
        lists[language.index].contains(word) || support.contains(word)
    }

    /// The lists holding `word`: bit `language.index` for each language list, bit 5 for the support list.
    func mask(of word: String) -> UInt8 {
        var mask: UInt8 = support.contains(word) ? StopwordLibrary.supportBit : 0
        for index in 0..<lists.count where lists[index].contains(word) { mask |= 1 << UInt8(index) }
        return mask
    }

    /// The bit of the support list in `mask(of:)`.
    static let supportBit: UInt8 = 1 << 5
}
