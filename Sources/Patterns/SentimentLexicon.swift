import VerbatimCore

/// A sentiment lexicon compiled for fast scoring: words, stems and phrases with valences on
/// VADER's −4…+4 scale, plus the modifier words (boosters, diminishers, negators, contrasts) and
/// emoticons and emoji (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM).
///
/// Every distinct word of every list gets one entry id; a byte trie maps a word to its entry, so
/// the scorer never builds a `String` per token. `SentimentLexicon.english` is the built-in one.
public struct SentimentLexicon: Sendable {
    /// What an entry does, as bits.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt16
        static let valence = Role(rawValue: 1)
        static let booster = Role(rawValue: 2)
        static let diminisher = Role(rawValue: 4)
        static let negator = Role(rawValue: 8)
        static let contrast = Role(rawValue: 16)
        static let signOff = Role(rawValue: 32)
        /// The last word of some phrase.
        static let endsPhrase = Role(rawValue: 64)
        /// Has its own valence under negation.
        static let negatedValence = Role(rawValue: 128)
        /// The first word of some phrase.
        static let beginsPhrase = Role(rawValue: 256)
    }

    /// A phrase's effect: a valence replacing its words', or a diminisher (`kind of`).
    struct Phrase: Sendable {
        var length: Int
        var valence: Float
        var isDiminisher: Bool
    }

    let trie: WordTrie
    /// Per entry: its roles, valence and negated valence.
    let roles: [Role]
    let valences: [Float]
    let negatedValences: [Float]
    /// Phrases by the packed entry ids of their words (see `phraseKey`).
    let phrases: [UInt64: Phrase]
    /// ASCII emoticons (lower case) and their valences, longest first.
    let emoticons: [([UInt8], Float)]
    /// Emoji by scalar value.
    let emoji: [UInt32: Float]
    /// The entry of "not", given to any word ending in `n't` that the lexicon lacks; -1 without.
    let apostropheNegator: Int32

    /// The number of words, stems and phrases with a valence.
    public let valenceEntryCount: Int
    /// A hash of every list the lexicon was compiled from: it changes whenever a word or a
    /// valence does, so that stored sentiment is computed again.
    public let fingerprint: String

    /// Compiles a lexicon.
    ///
    /// - Parameters:
    ///   - entries: whitespace-separated `word:valence`, `word:valence/negated`, `stem*:valence`
    ///     and `first_second[_third]:valence` items (see `SentimentLexicon.english`).
    ///   - boosters: words that strengthen the next sentiment word ("very").
    ///   - diminishers: words (or `first_second` phrases) that weaken it ("slightly", `kind_of`).
    ///   - negators: words that negate it ("not", "never").
    ///   - contrasts: words after which a sentence's second half weighs more ("but").
    ///   - signOffs: the words of sign-off lines ("Best regards,"), which count for nothing.
    ///   - emoticons: ASCII emoticons and their valences.
    ///   - emoji: emoji scalars and their valences.
    /// - Throws: `PatternsError.badLexicon` naming the item that cannot be read or is repeated.
    /// - Complexity: O(total length of the lists).
    public init(entries: String, boosters: String, diminishers: String, negators: String, contrasts: [String],
                signOffs: String, emoticons: [(String, Double)], emoji: [(Unicode.Scalar, Double)]) throws {
        var hash = ContentHash()
        for list in [entries, boosters, diminishers, negators, contrasts.joined(separator: " "), signOffs] { hash.combine(list) }
        for (text, valence) in emoticons { hash.combine("\(text):\(valence)") }
        for (scalar, valence) in emoji { hash.combine("\(scalar.value):\(valence)") }
        fingerprint = hash.hex
        var builder = Builder()
        for item in entries.split(whereSeparator: \.isWhitespace) { try builder.addValence(String(item)) }
        for word in boosters.split(whereSeparator: \.isWhitespace) { try builder.addRole(.booster, String(word)) }
        for word in diminishers.split(whereSeparator: \.isWhitespace) { try builder.addRole(.diminisher, String(word)) }
        for word in negators.split(whereSeparator: \.isWhitespace) { try builder.addRole(.negator, String(word)) }
        for word in contrasts { try builder.addRole(.contrast, word) }
        for word in signOffs.split(whereSeparator: \.isWhitespace) { try builder.addRole(.signOff, String(word)) }
        trie = builder.trie
        roles = builder.roles
        valences = builder.valences
        negatedValences = builder.negatedValences
        phrases = builder.phrases
        valenceEntryCount = builder.valenceItems
        apostropheNegator = builder.trie.lookUp("not")
        self.emoticons = emoticons.map { (Array($0.0.lowercased().utf8), Float($0.1)) }
            .sorted { $0.0.count > $1.0.count || ($0.0.count == $1.0.count && $0.0.lexicographicallyPrecedes($1.0)) }
        var table: [UInt32: Float] = [:]
        for (scalar, valence) in emoji { table[scalar.value] = Float(valence) }
        self.emoji = table
    }

    /// The key of a phrase of two or three entries.
    @inline(__always)
    static func phraseKey(_ first: Int32, _ second: Int32, _ third: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first) & 0x1F_FFFF) << 42 | UInt64(UInt32(bitPattern: second) & 0x1F_FFFF) << 21
            | UInt64(UInt32(bitPattern: third) & 0x1F_FFFF)
    }

    /// The valence an entry has, or nil when it has none; for tests and inspection.
    /// - Parameter word: a lower-case word.
    public func valence(of word: String) -> Double? {
        let entry = trie.lookUp(word)
        guard entry >= 0, roles[Int(entry)].contains(.valence) else { return nil }
        return Double(valences[Int(entry)])
    }

    /// Builds the tables one list item at a time.
    private struct Builder {
        var trie = WordTrie()
        var roles: [Role] = []
        var valences: [Float] = []
        var negatedValences: [Float] = []
        var phrases: [UInt64: Phrase] = [:]
        var wordEntries: [String: Int32] = [:]
        var valenceItems = 0

        /// The entry of a word or `stem*`, added when new.
        mutating func entry(_ word: String) throws -> Int32 {
            if let known = wordEntries[word] { return known }
            let isPrefix = word.hasSuffix("*")
            let letters = isPrefix ? String(word.dropLast()) : word
            let id = Int32(roles.count)
            guard letters.utf8.count >= 1, trie.insert(letters, entry: id, isPrefix: isPrefix) else {
                throw PatternsError.badLexicon(item: word, reason: "a word holds only letters and apostrophes, and appears once")
            }
            wordEntries[word] = id
            roles.append([])
            valences.append(0)
            negatedValences.append(0)
            return id
        }

        /// The entry ids of a `first_second[_third]` phrase.
        mutating func phraseEntries(_ text: String) throws -> [Int32] {
            let words = text.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
            guard (2 ... 3).contains(words.count), words.allSatisfy({ !$0.isEmpty && !$0.hasSuffix("*") }) else {
                throw PatternsError.badLexicon(item: text, reason: "a phrase has two or three words joined by _")
            }
            return try words.map { try entry($0) }
        }

        mutating func addPhrase(_ text: String, valence: Float, isDiminisher: Bool) throws {
            let ids = try phraseEntries(text)
            let key = ids.count == 2 ? phraseKey(-1, ids[0], ids[1]) : phraseKey(ids[0], ids[1], ids[2])
            guard phrases[key] == nil else {
                throw PatternsError.badLexicon(item: text, reason: "the phrase appears twice")
            }
            phrases[key] = Phrase(length: ids.count, valence: valence, isDiminisher: isDiminisher)
            if let last = ids.last { roles[Int(last)].insert(.endsPhrase) }
            if let first = ids.first { roles[Int(first)].insert(.beginsPhrase) }
        }

        mutating func addValence(_ item: String) throws {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw PatternsError.badLexicon(item: item, reason: "write word:valence")
            }
            let values = parts[1].split(separator: "/", omittingEmptySubsequences: false)
            guard let valence = Float(values[0]), values.count <= 2, abs(valence) <= 4 else {
                throw PatternsError.badLexicon(item: item, reason: "the valence is a number from -4 to 4")
            }
            let word = String(parts[0])
            valenceItems += 1
            if word.contains("_") {
                guard values.count == 1 else {
                    throw PatternsError.badLexicon(item: item, reason: "a phrase has no negated valence")
                }
                try addPhrase(word, valence: valence, isDiminisher: false)
                return
            }
            let id = Int(try entry(word))
            guard !roles[id].contains(.valence) else {
                throw PatternsError.badLexicon(item: item, reason: "the word appears twice")
            }
            roles[id].insert(.valence)
            valences[id] = valence
            if values.count == 2 {
                guard let negated = Float(values[1]), abs(negated) <= 4 else {
                    throw PatternsError.badLexicon(item: item, reason: "the negated valence is a number from -4 to 4")
                }
                roles[id].insert(.negatedValence)
                negatedValences[id] = negated
            }
        }

        mutating func addRole(_ role: Role, _ word: String) throws {
            if word.contains("_") {
                guard role == .diminisher else {
                    throw PatternsError.badLexicon(item: word, reason: "only diminishers can be phrases")
                }
                try addPhrase(word, valence: 0, isDiminisher: true)
                return
            }
            let id = Int(try entry(word))
            roles[id].insert(role)
        }
    }
}
