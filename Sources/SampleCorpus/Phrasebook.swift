import VerbatimCore

/// Templates compiled to byte pieces, and the pools their slots draw from.
///
/// Compiling once up front keeps the per-item work to byte appends: a million items never touch
/// `String` or a dictionary.
struct Phrasebook: Sendable {
    /// One piece of a compiled template.
    enum Piece: Sendable {
        case text([UInt8])
        case slot(Int)
    }

    /// A compiled template: literal text and slot references.
    typealias Template = [Piece]

    /// The compiled templates of one theme (or of the noise pseudo-theme).
    struct Theme: Sendable {
        var subjects: [Template]
        var problems: [Template]
        var details: [Template]
        var asks: [Template]
        var shortComments: [Template]
    }

    /// Every slot pool, each value as UTF-8 bytes.
    private(set) var pools: [[[UInt8]]] = []
    /// Compiled themes, in catalog order.
    private(set) var themes: [Theme] = []
    /// The noise pseudo-theme: thanks, praise, out-of-office replies.
    private(set) var noise: Theme
    /// Shared templates.
    private(set) var openers: [Template] = []
    private(set) var impacts: [Template] = []
    private(set) var sharedAsks: [Template] = []
    private(set) var agentReplies: [Template] = []
    private(set) var customerFollowUps: [Template] = []
    private(set) var surveyLeads: [Template] = []
    private(set) var agentQuotes: [Template] = []

    /// Compiles the catalog and shared phrases.
    init(themes specs: [ThemeSpec]) {
        noise = Theme(subjects: [], problems: [], details: [], asks: [], shortComments: [])
        var shared: [String: Int] = [:]
        for (name, values) in SharedPhrases.slots {
            shared[name] = addPool(values)
        }
        openers = SharedPhrases.openers.map { compile($0, theme: [:], shared: shared) }
        impacts = SharedPhrases.impacts.map { compile($0, theme: [:], shared: shared) }
        sharedAsks = SharedPhrases.asks.map { compile($0, theme: [:], shared: shared) }
        agentReplies = SharedPhrases.agentReplies.map { compile($0, theme: [:], shared: shared) }
        customerFollowUps = SharedPhrases.customerFollowUps.map { compile($0, theme: [:], shared: shared) }
        surveyLeads = SharedPhrases.surveyLeads.map { compile($0, theme: [:], shared: shared) }
        agentQuotes = SharedPhrases.agentQuotes.map { compile($0, theme: [:], shared: shared) }
        for spec in specs {
            var local: [String: Int] = ["theme": addPool([spec.name])]
            for (name, values) in spec.slots { local[name] = addPool(values) }
            let c = { (t: String) in self.compile(t, theme: local, shared: shared) }
            themes.append(Theme(
                subjects: spec.subjects.map(c), problems: spec.problems.map(c),
                details: spec.details.map(c), asks: spec.asks.map(c),
                shortComments: SharedPhrases.themedShortComments.map(c)))
        }
        let plain = { (t: String) in self.compile(t, theme: [:], shared: shared) }
        noise = Theme(
            subjects: SharedPhrases.noiseSubjects.map(plain), problems: SharedPhrases.noiseBodies.map(plain),
            details: [], asks: [], shortComments: SharedPhrases.praiseComments.map(plain))
    }

    /// Appends one rendering of `template`, each slot drawn uniformly from its pool.
    func render(_ template: Template, into out: inout [UInt8], using rng: inout SeededGenerator) {
        for piece in template {
            switch piece {
            case let .text(bytes):
                out.append(contentsOf: bytes)
            case let .slot(pool):
                let values = pools[pool]
                out.append(contentsOf: values[rng.int(below: values.count)])
            }
        }
    }

    /// Appends a random template of `templates` as a sentence: first letter capitalised.
    func sentence(_ templates: [Template], into out: inout [UInt8], using rng: inout SeededGenerator) {
        let start = out.count
        render(templates[rng.int(below: templates.count)], into: &out, using: &rng)
        if start < out.count, out[start] >= 0x61, out[start] <= 0x7A {
            out[start] -= 0x20
        }
    }

    private mutating func addPool(_ values: [String]) -> Int {
        precondition(!values.isEmpty, "a slot pool needs at least one value")
        pools.append(values.map { Array($0.utf8) })
        return pools.count - 1
    }

    private func compile(_ template: String, theme: [String: Int], shared: [String: Int]) -> Template {
        var pieces: Template = []
        var literal: [UInt8] = []
        var bytes = Array(template.utf8)[...]
        while let byte = bytes.popFirst() {
            guard byte == 0x7B, let close = bytes.firstIndex(of: 0x7D) else {
                literal.append(byte)
                continue
            }
            let name = String(decoding: bytes[bytes.startIndex..<close], as: UTF8.self)
            guard let pool = theme[name] ?? shared[name] else {
                preconditionFailure("template \"\(template)\" names unknown slot {\(name)}")
            }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = [] }
            pieces.append(.slot(pool))
            bytes = bytes[(close + 1)...]
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return pieces
    }
}
