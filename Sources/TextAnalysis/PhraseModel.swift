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
        var bigrams: [UInt64: Int] = [:]
        var trigrams: [Trigram: Int] = [:]
        for (number, members) in phrases.enumerated() {
            let ids = members.compactMap { keyIndex[$0] }
            guard ids.count == members.count else { continue }
            if ids.count == 2 { bigrams[PhraseDetector.pairKey(ids[0], ids[1])] = number }
            if ids.count == 3 { trigrams[Trigram(a: ids[0], b: ids[1], c: ids[2])] = number }
        }
        guard !bigrams.isEmpty || !trigrams.isEmpty else { return }
        var isPhrase = corpus.terms.map { $0.utf8.contains(0x20) }
        var phraseTerms = [Int32](repeating: -1, count: phrases.count)
        for documentIndex in corpus.documents.indices {
            let unigrams = corpus.documents[documentIndex].filter { !isPhrase[Int($0)] }
            var document = unigrams
            for position in unigrams.indices {
                if position + 1 < unigrams.count,
                   let number = bigrams[PhraseDetector.pairKey(unigrams[position], unigrams[position + 1])] {
                    document.append(phraseTerm(number, &phraseTerms, &corpus, &keyIndex, &isPhrase))
                }
                if position + 2 < unigrams.count,
                   let number = trigrams[Trigram(a: unigrams[position], b: unigrams[position + 1], c: unigrams[position + 2])] {
                    document.append(phraseTerm(number, &phraseTerms, &corpus, &keyIndex, &isPhrase))
                }
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
