import TextAnalysis

/// Gives each item an issue type from keyword and phrase rules, with a confidence.
///
/// Text and rules go through the same text analysis (`CorpusAnalyzer` with no stopwords, so that
/// "how do i" and "log in" survive): HTML, quoted replies and signatures dropped, URLs and numbers
/// masked, NFKC and lower case, Porter2 stems, and a negation cue joined to the next word
/// (`not_work`). A rule's keyword or phrase is a sequence of stems; it matches where the item's
/// stems come in that order, with at most `phraseGap` (2) other words between two of them, so
/// "set it up" matches "set up" and "close our company account" matches "close account" (a plain
/// stem also matches its negated form, "no invoice" still speaks of invoices; a negated stem
/// matches only a negated one).
///
/// Scoring, for each type `t` with weight `w_t`:
///
///     R_t = w_t · Σ_p  v_p · (1 + ln c_p)      over the keywords and phrases p of t that match,
///
/// where `v_p` is 1 for a keyword and 2 for a phrase and `c_p` counts the matches, a match in the
/// subject counting 2 (so repeats add little). With `R₁ ≥ R₂` the two best scores,
///
///     confidence = (1 − e^(−R₁)) · R₁ / (R₁ + R₂)
///
/// The first factor is a noisy-OR of the evidence (each unit of `R` an independent cue; Pearl
/// 1988, "Probabilistic Reasoning in Intelligent Systems", § 4.3.2): one keyword gives 0.63, a
/// phrase or two keywords 0.86. The second is the best type's share against the runner-up: a
/// tie halves it. Below `threshold` (default 0.35) the item is `other`. Ties between types go to
/// the higher score, then to the id that sorts first.
public struct IssueTypeRules: Sendable {
    /// The rules in force, `other` excluded, in the order given.
    public let rules: [IssueTypeRule]
    /// The confidence below which an item is `other`.
    public let threshold: Double
    /// The display name of each type id, `other` included.
    public let names: [String: String]

    let analyzer: CorpusAnalyzer
    /// Stem (or `not_` stem) → stem id.
    let stems: [String: Int32]
    let patterns: [Pattern]
    /// The patterns flattened for matching: all elements in one array, pattern `p` holding
    /// `elementStore[patternBounds[p] ..< patternBounds[p + 1]]`; its rule and its value times
    /// the rule's weight.
    let elementStore: [Int32]
    let patternBounds: [Int32]
    let patternRule: [Int32]
    let patternWorth: [Double]
    /// Pattern indices by the stem id of their first element, as offsets into `firstPatterns`:
    /// stem `s` starts `firstPatterns[firstBounds[s] ..< firstBounds[s + 1]]`.
    let firstBounds: [Int32]
    let firstPatterns: [Int32]
    /// Rule indices sorted by id, for tie-breaking.
    let ruleRankByID: [Int]

    /// One keyword or phrase of one rule, compiled.
    struct Pattern: Sendable {
        /// Elements: `stem id << 1 | 1` when the element must be negated, `stem id << 1` otherwise.
        var elements: [Int32]
        var rule: Int
        var value: Double
    }

    /// Other words a phrase lets in between two of its words ("set it up" matches "set up",
    /// "close our company account" matches "close account").
    public static let phraseGap = 2
    /// The weight of a subject match against a match in the text.
    public static let subjectWeight = 2.0
    /// The default confidence threshold.
    public static let defaultThreshold = 0.35

    /// Compiles rules.
    ///
    /// - Parameters:
    ///   - rules: the types; default `defaultTaxonomy`. A rule with id `other` only names the
    ///     fallback type and must have no keywords or phrases.
    ///   - threshold: the confidence below which an item is `other`, 0…1; default 0.35.
    /// - Throws: `PatternsError.badRule` for an id that is empty, badly formed or repeated, a
    ///   type without keywords or phrases, a keyword that keeps no word after normalisation, or a
    ///   weight that is not above 0; `PatternsError.badOption` for a threshold outside 0…1.
    /// - Complexity: O(total length of the keywords and phrases).
    public init(rules: [IssueTypeRule] = IssueTypeRules.defaultTaxonomy,
                threshold: Double = IssueTypeRules.defaultThreshold) throws {
        guard threshold.isFinite, (0 ... 1).contains(threshold) else {
            throw PatternsError.badOption(option: "threshold", value: String(threshold),
                                          reason: "use a confidence from 0 to 1; the default is 0.35")
        }
        var options = TextAnalysisOptions()
        options.minimumTokenLength = 1
        options.detectLanguage = false
        let analyzer = CorpusAnalyzer(options: options, stopwords: .empty)
        var kept: [IssueTypeRule] = []
        var names: [String: String] = [IssueTypeRules.other: "Other"]
        var seen = Set<String>()
        for rule in rules {
            try IssueTypeRules.check(rule)
            guard seen.insert(rule.id).inserted else {
                throw PatternsError.badRule(type: rule.id, reason: "the id appears twice; give each type one rule")
            }
            names[rule.id] = rule.name
            if rule.id != IssueTypeRules.other { kept.append(rule) }
        }
        var sources: [(rule: Int, text: String, value: Double)] = []
        for (index, rule) in kept.enumerated() {
            sources += rule.phrases.map { (index, $0, 2.0) } + rule.keywords.map { (index, $0, 1.0) }
        }
        let compiled = analyzer.analyze(sources.map(\.text))
        var stems: [String: Int32] = [:]
        var patterns: [Pattern] = []
        var known = Set<[Int32]>()
        for (position, source) in sources.enumerated() {
            let terms = compiled.documentTerms(position)
            guard !terms.isEmpty else {
                throw PatternsError.badRule(type: kept[source.rule].id, reason: "'\(source.text)' keeps no word after normalisation; write words, not numbers or symbols")
            }
            let elements = terms.map { term -> Int32 in
                let negated = term.hasPrefix("not_")
                let stem = negated ? String(term.dropFirst(4)) : term
                let id: Int32
                if let existing = stems[stem] { id = existing } else { id = Int32(stems.count); stems[stem] = id }
                return id << 1 | (negated ? 1 : 0)
            }
            // The same words twice in one type count once (as a phrase when listed as one).
            guard known.insert(elements + [Int32(-1 - source.rule)]).inserted else { continue }
            patterns.append(Pattern(elements: elements, rule: source.rule, value: source.value))
        }
        var byFirst = [[Int32]](repeating: [], count: stems.count)
        for (index, pattern) in patterns.enumerated() { byFirst[Int(pattern.elements[0] >> 1)].append(Int32(index)) }
        var bounds: [Int32] = [0]
        for pattern in patterns { bounds.append(bounds[bounds.count - 1] + Int32(pattern.elements.count)) }
        var firstBounds: [Int32] = [0]
        for list in byFirst { firstBounds.append(firstBounds[firstBounds.count - 1] + Int32(list.count)) }
        self.elementStore = patterns.flatMap(\.elements)
        self.patternBounds = bounds
        self.patternRule = patterns.map { Int32($0.rule) }
        self.patternWorth = patterns.map { $0.value * kept[$0.rule].weight }
        self.firstBounds = firstBounds
        self.firstPatterns = byFirst.flatMap { $0 }
        var rank = [Int](repeating: 0, count: kept.count)
        for (position, index) in kept.indices.sorted(by: { kept[$0].id < kept[$1].id }).enumerated() { rank[index] = position }
        self.rules = kept
        self.threshold = threshold
        self.names = names
        self.analyzer = analyzer
        self.stems = stems
        self.patterns = patterns
        self.ruleRankByID = rank
    }

    /// Checks one rule's id, weight and content.
    static func check(_ rule: IssueTypeRule) throws {
        let allowed = rule.id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        guard !rule.id.isEmpty, allowed else {
            throw PatternsError.badRule(type: rule.id, reason: "an id has lower-case letters, digits and _ only (e.g. billing_disputes)")
        }
        guard rule.weight.isFinite, rule.weight > 0 else {
            throw PatternsError.badRule(type: rule.id, reason: "weight \(rule.weight) must be above 0 (1 is the default)")
        }
        if rule.id == IssueTypeRules.other {
            guard rule.keywords.isEmpty && rule.phrases.isEmpty else {
                throw PatternsError.badRule(type: rule.id, reason: "'other' is the fallback type and takes no keywords or phrases")
            }
            return
        }
        guard !(rule.keywords.isEmpty && rule.phrases.isEmpty) else {
            throw PatternsError.badRule(type: rule.id, reason: "give it at least one keyword or phrase")
        }
    }

    /// The display name of a type id, or nil for an unknown id.
    public func name(of type: String) -> String? { names[type] }

    /// The issue type of one item.
    /// - Parameters:
    ///   - text: the item's text.
    ///   - subject: a ticket's subject, whose matches count double; nil when there is none.
    /// - Returns: the type (or `other`) and its confidence.
    /// - Complexity: O(n) in the length of the text and subject.
    public func classify(text: String, subject: String? = nil) -> IssueTypeResult {
        classify(texts: [text], subjects: [subject])[0]
    }

    /// The issue types of many items, in order, matched in parallel; the same items always give
    /// the same results.
    /// - Parameters:
    ///   - texts: the items' texts.
    ///   - subjects: their subjects (nil where there is none), as many as `texts`; or nil for none.
    /// - Returns: one result per text, each as `classify(text:subject:)` gives it.
    /// - Complexity: O(total length of the texts and subjects).
    public func classify(texts: [String], subjects: [String?]? = nil) -> [IssueTypeResult] {
        precondition(subjects == nil || subjects?.count == texts.count, "one subject (or nil) per text")
        let textCorpus = analyzer.analyze(texts)
        let subjectCorpus: AnalyzedCorpus? = subjects.flatMap { list in
            list.contains { $0 != nil } ? analyzer.analyze(list.map { $0 ?? "" }) : nil
        }
        return classify(textCorpus, subjects: subjectCorpus)
    }
}

extension AnalyzedCorpus {
    /// The term strings of one document.
    func documentTerms(_ document: Int) -> [String] { documents[document].map { terms[Int($0)] } }
}
