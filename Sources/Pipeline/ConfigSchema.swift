import Foundation
import Ingest
import TOMLKit
import VerbatimCore

/// The keys `verbatim.toml` knows, section by section, taken from each section's `CodingKeys`
/// (so that a new setting cannot be forgotten here), and the check that finds the first key it
/// does not know.
///
/// An unknown key is an error, not a warning: a nightly job that silently ignored a typo such as
/// `recluster_growht` would run for months with the setting at its default.
struct ConfigSchema {
    /// The keys of the section.
    var keys: [String]
    /// What a key that is not known is called in messages (`key`, or `field` in a `map`).
    var noun = "key"
    /// Sections below this one (tables or arrays of tables), by key.
    var children: [String: ConfigSchema] = [:]
    /// Keys whose table holds names the user chooses (`[themes.rename]`): not checked.
    var open: Set<String> = []

    /// A section with the keys of `keys`.
    init<K: CodingKey & CaseIterable & RawRepresentable>(_ keys: K.Type, children: [String: ConfigSchema] = [:],
                                                         open: Set<String> = []) where K.RawValue == String {
        self.keys = keys.allCases.map(\.rawValue)
        self.children = children
        self.open = open
    }

    /// A section of the given names (a `map` of field names).
    init(names: [String], noun: String) {
        keys = names
        self.noun = noun
    }

    /// The whole file.
    static let root = ConfigSchema(Config.File.CodingKeys.self, children: [
        "source": ConfigSchema(Config.Source.CodingKeys.self, children: [
            "map": ConfigSchema(names: ItemField.allCases.map(\.rawValue), noun: "field"),
        ]),
        "accounts": ConfigSchema(Config.Accounts.CodingKeys.self, children: [
            "map": ConfigSchema(names: AccountImporter.fields, noun: "field"),
        ]),
        "themes": ConfigSchema(Config.Themes.CodingKeys.self, children: [
            "pin": ConfigSchema(Config.Themes.Pin.CodingKeys.self),
        ], open: ["rename"]),
        "patterns": ConfigSchema(Config.Patterns.CodingKeys.self),
        "issue_types": ConfigSchema(Config.IssueTypes.CodingKeys.self, children: [
            "type": ConfigSchema(Config.IssueTypes.TypeRule.CodingKeys.self),
        ]),
        "signals": ConfigSchema(Config.Signals.CodingKeys.self),
        "limits": ConfigSchema(Config.Limits.CodingKeys.self),
        "redaction": ConfigSchema(Config.Redaction.CodingKeys.self, children: [
            "pattern": ConfigSchema(Config.Redaction.Pattern.CodingKeys.self),
        ]),
    ])

    /// The message for the first key of `table` (keys in sorted order, depth first) that this
    /// schema does not know, or nil when every key is known.
    /// - Parameters:
    ///   - text: the file's text, to find the key's line.
    ///   - path: the section's header path (`themes`, `source.map`); empty at the top level.
    ///   - label: the section as messages name it (`[themes]`, `[[source]] 'tickets' map`).
    func firstUnknownKey(in table: TOMLTable, text: String, path: [String] = [], label: String = "top level") -> String? {
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            if !keys.contains(key) {
                let near = Suggestion.didYouMean(key, among: keys)
                let hint = near.isEmpty ? "; known \(noun)s are \(keys.joined(separator: ", "))" : near
                let line = ConfigSchema.line(of: key, in: path, text: text).map { "line \($0): " } ?? ""
                return "\(line)\(label) \(key): unknown \(noun)\(hint)"
            }
            if open.contains(key) { continue }
            guard let child = children[key] else { continue }
            let childPath = path + [key]
            if let sub = value.table {
                let childLabel = path.isEmpty ? "[\(key)]" : "\(label) \(key)"
                if let found = child.firstUnknownKey(in: sub, text: text, path: childPath, label: childLabel) { return found }
            } else if let array = value.array {
                for (i, element) in array.enumerated() {
                    guard let sub = element.table else { continue }
                    let name = sub["name"]?.string.map { "'\($0)'" } ?? "#\(i + 1)"
                    let childLabel = path.isEmpty ? "[[\(key)]] \(name)" : "\(label) \(key) \(name)"
                    if let found = child.firstUnknownKey(in: sub, text: text, path: childPath, label: childLabel) { return found }
                }
            }
        }
        return nil
    }

    /// The 1-based line where `key` is set in the section `path` (or where a table named `key`
    /// starts), found by reading the headers and key lines; nil when it cannot be told (inline
    /// tables, dotted keys).
    static func line(of key: String, in path: [String], text: String) -> Int? {
        var header: [String] = []
        let headerKey = (path + [key]).joined(separator: ".")
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                if name == headerKey { return n + 1 }
                header = name.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
                continue
            }
            guard header == path else { continue }
            for quoted in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(quoted) {
                let rest = line.dropFirst(quoted.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") || rest.hasPrefix(".") { return n + 1 }
            }
        }
        return nil
    }
}
