import Foundation

/// Finds bigram and trigram collocations by count and normalised pointwise mutual information,
/// over adjacent terms of the documents (after stopword removal; phrase terms are ignored).
///
/// For a bigram `x y`, with `p(x) = c(x) / N` and `p(x y) = c(x y) / N`, N the number of term
/// occurrences (one denominator for all, so that `p(x y) ≤ min(p(x), p(y))` and NPMI stays in
/// −1…1, as gensim's phrase scorer does):
///
///     NPMI(x, y) = ln(p(x y) / (p(x) p(y))) / −ln p(x y)
///
/// (G. Bouma, "Normalized (pointwise) mutual information in collocation extraction", GSCL 2009),
/// which is 1 for words that only occur together, 0 for independent words and −1 for words that
/// never do. A trigram `x y z` scores the lower of NPMI(x y, z) and NPMI(x, y z), each computed
/// as above with the bigram as one unit and `p(x y z) = c(x y z) / N`. Pairs of a term with
/// itself are skipped. A phrase needs `minimumCount` occurrences and `minimumNPMI`.
public struct PhraseDetector: Sendable {
    /// The options in force.
    public let options: PhraseOptions

    /// A detector.
    /// - Parameter options: see `PhraseOptions`.
    public init(options: PhraseOptions = .init()) {
        self.options = options
    }

    /// A phrase found by `fit`, for ordering.
    struct Candidate {
        var members: [Int32]
        var count: Int
        var npmi: Double
        var key: String
    }

    /// The phrases of a corpus.
    /// - Parameter corpus: an analysed corpus.
    /// - Returns: the phrases, most frequent first (ties: higher NPMI, then key order).
    /// - Complexity: O(n) in the number of term occurrences, plus sorting the candidates.
    public func fit(_ corpus: AnalyzedCorpus) -> PhraseModel {
        let isPhrase = corpus.terms.map { $0.utf8.contains(0x20) }
        var unigrams = [Int](repeating: 0, count: corpus.termCount)
        var bigrams: [UInt64: Int] = [:]
        var trigrams: [Trigram: Int] = [:]
        var n1 = 0
        for document in corpus.documents {
            var previous: Int32 = -1, beforePrevious: Int32 = -1
            for term in document {
                if isPhrase[Int(term)] { previous = -1; beforePrevious = -1; continue }
                unigrams[Int(term)] += 1
                n1 += 1
                if previous >= 0 {
                    if previous != term { bigrams[PhraseDetector.pairKey(previous, term), default: 0] += 1 }
                    if options.trigrams && beforePrevious >= 0 {
                        if beforePrevious != previous && previous != term {
                            trigrams[Trigram(a: beforePrevious, b: previous, c: term), default: 0] += 1
                        }
                    }
                }
                beforePrevious = previous
                previous = term
            }
        }
        var candidates: [Candidate] = []
        for (key, count) in bigrams where count >= options.minimumCount {
            let a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let score = PhraseDetector.npmi(joint: Double(count) / Double(n1),
                                            Double(unigrams[Int(a)]) / Double(n1), Double(unigrams[Int(b)]) / Double(n1))
            if score >= options.minimumNPMI { candidates.append(candidate([a, b], count, score, corpus)) }
        }
        for (trigram, count) in trigrams where count >= options.minimumCount {
            let joint = Double(count) / Double(n1)
            let ab = Double(bigrams[PhraseDetector.pairKey(trigram.a, trigram.b)] ?? 0) / Double(n1)
            let bc = Double(bigrams[PhraseDetector.pairKey(trigram.b, trigram.c)] ?? 0) / Double(n1)
            let pa = Double(unigrams[Int(trigram.a)]) / Double(n1), pc = Double(unigrams[Int(trigram.c)]) / Double(n1)
            let score = min(PhraseDetector.npmi(joint: joint, ab, pc), PhraseDetector.npmi(joint: joint, pa, bc))
            if score >= options.minimumNPMI {
                candidates.append(candidate([trigram.a, trigram.b, trigram.c], count, score, corpus))
            }
        }
        candidates.sort { left, right in
            if left.count != right.count { return left.count > right.count }
            if left.npmi != right.npmi { return left.npmi > right.npmi }
            return left.key < right.key
        }
        let kept = candidates.prefix(options.maximumPhrases)
        return PhraseModel(phrases: kept.map { $0.members.map { corpus.terms[Int($0)] } })
    }

    func candidate(_ members: [Int32], _ count: Int, _ npmi: Double, _ corpus: AnalyzedCorpus) -> Candidate {
        Candidate(members: members, count: count, npmi: npmi, key: members.map { corpus.terms[Int($0)] }.joined(separator: " "))
    }

    /// NPMI of a joint probability and its two marginals (Bouma 2009); 1 when `joint` is 1.
    static func npmi(joint: Double, _ first: Double, _ second: Double) -> Double {
        guard joint > 0, first > 0, second > 0 else { return -1 }
        if joint >= 1 { return 1 }
        return log(joint / (first * second)) / -log(joint)
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }
}

/// Three adjacent term ids.
struct Trigram: Hashable {
    var a: Int32
    var b: Int32
    var c: Int32
}
