import Patterns
import VerbatimCore

/// How items get their issue type: the `[issue_types]` section of `verbatim.toml` applied to the
/// built-in taxonomy, every value checked once here.
///
/// - `defaults = true` (the default) keeps the built-in types (`IssueTypeRules.defaultTaxonomy`);
///   `false` keeps only the configured ones (and the fallback `other`).
/// - A `[[issue_types.type]]` with a built-in name and keywords or phrases replaces that type's
///   keywords and phrases (both lists; give both when you want both); with only a `label` or a
///   `weight` it keeps the built-in words and changes the name shown or the weight. A new name adds
///   a type, after the built-in ones.
/// - `threshold` (default 0.35): below this confidence an item is `other`.
public struct IssueTypeSettings: Sendable, Equatable {
    /// The types in force, in order, `other` last.
    public private(set) var taxonomy: [IssueTypeRule] = IssueTypeRules.defaultTaxonomy
    /// The confidence below which an item is `other`. Default 0.35.
    public private(set) var threshold: Double = IssueTypeRules.defaultThreshold

    /// The built-in taxonomy and threshold.
    public init() {}

    /// The settings of a workspace's `[issue_types]` section.
    /// - Parameters:
    ///   - config: the section, or nil when the file has none.
    ///   - file: the config file's path, for messages.
    /// - Throws: `PipelineError.config` naming the setting, its value and a fix.
    public init(config: Config.IssueTypes?, file: String) throws {
        guard let section = config else { return }
        if let threshold = section.threshold {
            guard threshold.isFinite, (0 ... 1).contains(threshold) else {
                throw PipelineError.config(file: file, reason: "[issue_types] threshold = \(threshold): use a confidence from 0 to 1 (0.35 is the default)")
            }
            self.threshold = threshold
        }
        let keepDefaults = section.defaults ?? true
        let configured = section.type ?? []
        if !keepDefaults && configured.isEmpty {
            throw PipelineError.config(file: file, reason: "[issue_types] defaults = false leaves no types: add [[issue_types.type]] tables or set defaults = true")
        }
        var types = keepDefaults ? IssueTypeRules.defaultTaxonomy.filter { $0.id != IssueTypeRules.other } : []
        var other = IssueTypeRules.defaultTaxonomy.first { $0.id == IssueTypeRules.other }
            ?? IssueTypeRule(id: IssueTypeRules.other, name: "Other", keywords: [])
        var seen = Set<String>()
        for entry in configured {
            let rule = try Self.check(entry, file: file)
            guard seen.insert(entry.name).inserted else {
                throw PipelineError.config(file: file, reason: "[[issue_types.type]] name = \"\(entry.name)\" appears twice: join the two tables into one")
            }
            if entry.name == IssueTypeRules.other {
                other.name = entry.label ?? other.name
                continue
            }
            let builtIn = IssueTypeRules.defaultTaxonomy.first { $0.id == entry.name }
            var merged = rule
            if let builtIn {
                if entry.keywords == nil && entry.phrases == nil {
                    merged.keywords = builtIn.keywords
                    merged.phrases = builtIn.phrases
                }
                merged.name = entry.label ?? builtIn.name
                merged.weight = entry.weight ?? builtIn.weight
            }
            if let index = types.firstIndex(where: { $0.id == entry.name }) { types[index] = merged } else { types.append(merged) }
        }
        taxonomy = types + [other]
        do {
            _ = try IssueTypeRules(rules: taxonomy, threshold: threshold)
        } catch let error as PatternsError {
            throw PipelineError.config(file: file, reason: "[issue_types]: \(error)")
        }
    }

    /// One configured type as a rule, its values checked.
    static func check(_ entry: Config.IssueTypes.TypeRule, file: String) throws -> IssueTypeRule {
        let name = entry.name
        let allowed = name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        guard !name.isEmpty, allowed else {
            throw PipelineError.config(file: file, reason: "[[issue_types.type]] name = \"\(name)\": use lower-case letters, digits and _ (e.g. billing_disputes)")
        }
        if let weight = entry.weight, !(weight.isFinite && weight > 0) {
            throw PipelineError.config(file: file, reason: "[[issue_types.type]] \"\(name)\" weight = \(weight): use a number above 0 (1 is the default)")
        }
        let keywords = entry.keywords ?? [], phrases = entry.phrases ?? []
        for (setting, list) in [("keywords", keywords), ("phrases", phrases)] where list.contains(where: { $0.trimmedWhitespace.isEmpty }) {
            throw PipelineError.config(file: file, reason: "[[issue_types.type]] \"\(name)\" \(setting) has an empty entry: remove it or write a word")
        }
        if name == IssueTypeRules.other {
            guard keywords.isEmpty && phrases.isEmpty && entry.weight == nil else {
                throw PipelineError.config(file: file, reason: "[[issue_types.type]] \"other\" is the fallback type: it takes only a label, no keywords, phrases or weight")
            }
        } else {
            let isBuiltIn = IssueTypeRules.defaultTaxonomy.contains { $0.id == name }
            guard isBuiltIn || !(keywords.isEmpty && phrases.isEmpty) else {
                throw PipelineError.config(file: file, reason: "[[issue_types.type]] \"\(name)\" has no keywords or phrases: give at least one (e.g. keywords = [\"refund\"])")
            }
        }
        return IssueTypeRule(id: name, name: entry.label ?? name, keywords: keywords, phrases: phrases, weight: entry.weight ?? 1)
    }

    /// The compiled rules, for the analysis stage.
    /// - Throws: `PatternsError` only for settings not made by `init(config:file:)`, which checks them.
    public func makeRules() throws -> IssueTypeRules {
        try IssueTypeRules(rules: taxonomy, threshold: threshold)
    }

    /// A hash of the types, their words and the threshold: when it changes, stored issue types
    /// are out of date.
    public var rulesHash: String {
        var hash = ContentHash()
        hash.combine(String(threshold))
        for rule in taxonomy {
            hash.combine(rule.id)
            hash.combine(rule.name)
            hash.combine(String(rule.weight))
            hash.combine(rule.keywords.joined(separator: "\u{1}"))
            hash.combine(rule.phrases.joined(separator: "\u{1}"))
        }
        return hash.hex
    }
}
