/// The phrases found by `PhraseDetector`, applied to analysed corpora by term key.
public struct PhraseModel: Sendable, Equatable, Codable {
    /// The member term keys of each phrase, e.g. `["password", "reset"]`, most frequent first.
    public var phrases: [[String]]

    /// A model from its phrases.
    public init(phrases: [[String]]) {
        self.phrases = phrases
    }

    /// A model with no phrases.
    public static let empty = PhraseModel(phrases: [])

    /// The key of a phrase term: its member keys joined by one space.
    public static func key(of members: [String]) -> String { members.joined(separator: " ") }

    /// Adds, for every occurrence of a phrase in a document, the phrase's term id after the
    /// document's unigram ids; the unigrams stay. A phrase new to the corpus becomes a term, in
    /// order of first occurrence, whose display form is its members' display forms joined by a
    /// space ("password reset"). Matching is by term key, so the model works on any corpus, also
    /// one analysed later. Phrase ids already in a document are replaced, so applying a model
    /// twice changes nothing.
    /// - Parameter corpus: the corpus to extend.
    /// - Complexity: O(n) in the number of term occurrences.
    public func apply(to corpus: inout AnalyzedCorpus) {
        var keyIndex: [String: Int32] = [:]
        for (id, key) in corpus.terms.enumerated() { keyIndex[key] = Int32(id) }
        var bigrams = NGramTable(capacity: phrases.count)
        var trigrams = NGramTable(capacity: phrases.count)
        for (number, members) in phrases.enumerated() {
            let ids = members.compactMap { keyIndex[$0] }
            guard ids.count == members.count else { continue }
            if ids.count == 2 { bigrams.insertIfAbsent(PhraseDetector.pairKey(ids[0], ids[1]), 0, Int32(number)) }
            if ids.count == 3 {
                trigrams.insertIfAbsent(PhraseDetector.pairKey(ids[0], ids[1]), UInt32(bitPattern: ids[2]), Int32(number))
            }
        }
        guard bigrams.count > 0 || trigrams.count > 0 else { return }
        var isPhrase = corpus.terms.map { $0.utf8.contains(0x20) }
        var phraseTerms = [Int32](repeating: -1, count: phrases.count)
        let hasTrigrams = trigrams.count > 0
        var found: [Int32] = []
        for documentIndex in corpus.documents.indices {
            var document = corpus.documents[documentIndex]
            if document.contains(where: { isPhrase[Int($0)] }) { document.removeAll { isPhrase[Int($0)] } }
            found.removeAll(keepingCapacity: true)
            let count = document.count
            if count >= 2 {
                for position in 0..<(count - 1) {
                    let pair = PhraseDetector.pairKey(document[position], document[position + 1])
                    if let number = bigrams.value(pair) { found.append(number) }
                    if hasTrigrams && position + 2 < count,
                       let number = trigrams.value(pair, UInt32(bitPattern: document[position + 2])) {
                        found.append(number)
                    }
                }
            }
            if found.isEmpty {
                if document.count != corpus.documents[documentIndex].count { corpus.documents[documentIndex] = document }
                continue
            }
            corpus.documents[documentIndex] = []
            for number in found {
                document.append(phraseTerm(Int(number), &phraseTerms, &corpus, &keyIndex, &isPhrase))
            }
            corpus.documents[documentIndex] = document
        }
    }

    /// The term id of phrase `number`, adding the term to the corpus when new.
    private func phraseTerm(_ number: Int, _ phraseTerms: inout [Int32], _ corpus: inout AnalyzedCorpus,
                            _ keyIndex: inout [String: Int32], _ isPhrase: inout [Bool]) -> Int32 {
        if phraseTerms[number] >= 0 { return phraseTerms[number] }
        let members = phrases[number]
        let key = PhraseModel.key(of: members)
        let id: Int32
        if let existing = keyIndex[key] {
            id = existing
        } else {
            id = Int32(corpus.terms.count)
            let display = members.compactMap { keyIndex[$0].map { corpus.displayForms[Int($0)] } }.joined(separator: " ")
            corpus.terms.append(key)
            corpus.displayForms.append(display)
            keyIndex[key] = id
            isPhrase.append(true)
        }
        phraseTerms[number] = id
        return id
    }
}
