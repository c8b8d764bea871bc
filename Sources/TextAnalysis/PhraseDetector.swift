import Dispatch
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
    /// - Parameters:
    ///   - corpus: an analysed corpus.
    ///   - parts: how many ranges of documents are counted side by side; nil for one per core
    ///     (at most one per 2,048 documents). The model is the same for any value.
    /// - Returns: the phrases, most frequent first (ties: higher NPMI, then key order).
    /// - Complexity: O(n) in the number of term occurrences, plus sorting the candidates.
    public func fit(_ corpus: AnalyzedCorpus, parts: Int? = nil) -> PhraseModel {
        let isPhrase = corpus.terms.map { $0.utf8.contains(0x20) }
        let counts = count(corpus, isPhrase: isPhrase, parts: parts)
        let unigrams = counts.unigrams, bigrams = counts.bigrams
        let n1 = Double(counts.occurrences)
        var candidates: [Candidate] = []
        for slot in bigrams.firsts.indices where bigrams.firsts[slot] != NGramTable.empty {
            let count = Int(bigrams.values[slot])
            guard count >= options.minimumCount else { continue }
            let key = bigrams.firsts[slot]
            let a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let score = PhraseDetector.npmi(joint: Double(count) / n1,
                                            Double(unigrams[Int(a)]) / n1, Double(unigrams[Int(b)]) / n1)
            if score >= options.minimumNPMI { candidates.append(candidate([a, b], count, score, corpus)) }
        }
        let trigrams = counts.trigrams
        for slot in trigrams.firsts.indices where trigrams.firsts[slot] != NGramTable.empty {
            let count = Int(trigrams.values[slot])
            guard count >= options.minimumCount else { continue }
            let key = trigrams.firsts[slot]
            let a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let c = Int32(bitPattern: trigrams.seconds[slot])
            let joint = Double(count) / n1
            let ab = Double(bigrams.value(key) ?? 0) / n1
            let bc = Double(bigrams.value(PhraseDetector.pairKey(b, c)) ?? 0) / n1
            let pa = Double(unigrams[Int(a)]) / n1, pc = Double(unigrams[Int(c)]) / n1
            let score = min(PhraseDetector.npmi(joint: joint, ab, pc), PhraseDetector.npmi(joint: joint, pa, bc))
            if score >= options.minimumNPMI { candidates.append(candidate([a, b, c], count, score, corpus)) }
        }
        candidates.sort { left, right in
            if left.count != right.count { return left.count > right.count }
            if left.npmi != right.npmi { return left.npmi > right.npmi }
            return left.key < right.key
        }
        let kept = candidates.prefix(options.maximumPhrases)
        return PhraseModel(phrases: kept.map { $0.members.map { corpus.terms[Int($0)] } })
    }

    /// The n-gram counts of a corpus or a part of it.
    struct Counts {
        /// Occurrences per term (phrase terms are not counted).
        var unigrams: [Int]
        /// The number of counted term occurrences.
        var occurrences = 0
        var bigrams = NGramTable()
        var trigrams = NGramTable()

        /// Adds the counts of another part.
        mutating func add(_ other: Counts) {
            for term in other.unigrams.indices { unigrams[term] += other.unigrams[term] }
            occurrences += other.occurrences
            bigrams.add(other.bigrams)
            trigrams.add(other.trigrams)
        }
    }

    /// Counts unigrams, bigrams and (when enabled) trigrams over all documents, in parallel over
    /// contiguous ranges of documents whose counts are then added up, so that the counts do not
    /// depend on the split.
    func count(_ corpus: AnalyzedCorpus, isPhrase: [Bool], parts requested: Int? = nil) -> Counts {
        let documents = corpus.documents
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let parts = max(1, min(requested ?? cores, documents.count / 2048))
        let size = (documents.count + parts - 1) / max(1, parts)
        let results = CountSlots(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = min(documents.count, part * size)..<min(documents.count, (part + 1) * size)
            results.store(count(documents[range], isPhrase: isPhrase), at: part)
        }
        let all = results.all()
        var total = all[0]
        for part in all.dropFirst() { total.add(part) }
        return total
    }

    /// The counts of some documents.
    func count(_ documents: ArraySlice<[Int32]>, isPhrase: [Bool]) -> Counts {
        var counts = Counts(unigrams: [Int](repeating: 0, count: isPhrase.count))
        let trigrams = options.trigrams
        isPhrase.withUnsafeBufferPointer { isPhrase in
            for document in documents {
                var previous: Int32 = -1, beforePrevious: Int32 = -1
                for term in document {
                    if isPhrase[Int(term)] { previous = -1; beforePrevious = -1; continue }
                    counts.unigrams[Int(term)] += 1
                    counts.occurrences += 1
                    if previous >= 0 && previous != term {
                        counts.bigrams.add(PhraseDetector.pairKey(previous, term))
                        if trigrams && beforePrevious >= 0 && beforePrevious != previous {
                            counts.trigrams.add(PhraseDetector.pairKey(beforePrevious, previous), UInt32(bitPattern: term))
                        }
                    }
                    beforePrevious = previous
                    previous = term
                }
            }
        }
        return counts
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

/// The counts written by the worker threads, one slot each.
private final class CountSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [PhraseDetector.Counts?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ counts: PhraseDetector.Counts, at index: Int) {
        lock.lock()
        slots[index] = counts
        lock.unlock()
    }

    func all() -> [PhraseDetector.Counts] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
