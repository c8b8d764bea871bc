import Foundation
import TextAnalysis
import Themes
import VerbatimCore

/// The fitted features of the classifier: words and word pairs (1–2-grams) kept by document
/// frequency, with their smooth idf, and the TF-IDF transform.
///
/// A text's vector has, for each feature with count `tf > 0`, the weight `(1 + ln tf) · idf`
/// with the smooth idf `idf = ln((1 + n) / (1 + df)) + 1`, and each row is divided by its L2
/// norm: scikit-learn's `TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
/// smooth_idf=True, norm="l2")`. Reference: G. Salton and C. Buckley, "Term-weighting approaches
/// in automatic text retrieval", Information Processing & Management 24(5), 1988.
struct ClassifierVocabulary: Sendable {
    /// The words that take part in a feature, sorted by UTF-8 bytes.
    let tokens: [String]
    /// Feature → its first word (index into `tokens`).
    let first: [Int32]
    /// Feature → its second word, or -1 for a single word. Features are sorted by (first, second).
    let second: [Int32]
    /// The smooth idf of each feature.
    let idf: [Float]
    /// Word → index into `tokens`.
    private let tokenIndex: [String: Int32]
    /// Packed (first, second) → feature.
    private let featureIndex: [UInt64: Int32]

    /// The number of features.
    var count: Int { idf.count }

    init(tokens: [String], first: [Int32], second: [Int32], idf: [Float]) {
        self.tokens = tokens
        self.first = first
        self.second = second
        self.idf = idf
        var tokenIndex: [String: Int32] = [:]
        tokenIndex.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() { tokenIndex[t] = Int32(i) }
        self.tokenIndex = tokenIndex
        var featureIndex: [UInt64: Int32] = [:]
        featureIndex.reserveCapacity(idf.count)
        for f in 0 ..< idf.count { featureIndex[Self.key(first[f], second[f])] = Int32(f) }
        self.featureIndex = featureIndex
    }

    /// The packed key of a word or word pair.
    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// Fits the features of an analysed corpus.
    /// - Parameters:
    ///   - corpus: the analysed training texts.
    ///   - bigrams: whether consecutive word pairs are features too.
    ///   - minimumDocumentFrequency: the fewest items a feature must occur in.
    /// - Returns: the vocabulary.
    /// - Throws: ``ClassifierError/noFeatures(items:minimumDocumentFrequency:)`` when none is left.
    /// - Complexity: O(T + F log F) for T word occurrences and F distinct features.
    static func fit(_ corpus: AnalyzedCorpus, bigrams: Bool, minimumDocumentFrequency: Int) throws -> ClassifierVocabulary {
        let termCount = corpus.terms.count
        var unigramDF = [Int](repeating: 0, count: termCount)
        var lastDocument = [Int](repeating: -1, count: termCount)
        var pairDF: [UInt64: Int] = [:]
        var pairsOfDocument = Set<UInt64>()
        for (d, document) in corpus.documents.enumerated() {
            for id in document where lastDocument[Int(id)] != d {
                lastDocument[Int(id)] = d
                unigramDF[Int(id)] += 1
            }
            guard bigrams, document.count > 1 else { continue }
            pairsOfDocument.removeAll(keepingCapacity: true)
            for i in 1 ..< document.count { pairsOfDocument.insert(key(document[i - 1], document[i])) }
            for pair in pairsOfDocument { pairDF[pair, default: 0] += 1 }
        }
        // Corpus features: (first term, second term or -1, df).
        var kept: [(a: Int32, b: Int32, df: Int)] = []
        for t in 0 ..< termCount where unigramDF[t] >= minimumDocumentFrequency { kept.append((Int32(t), -1, unigramDF[t])) }
        for (pair, df) in pairDF where df >= minimumDocumentFrequency {
            kept.append((Int32(bitPattern: UInt32(pair >> 32)), Int32(bitPattern: UInt32(pair & 0xFFFF_FFFF)), df))
        }
        guard !kept.isEmpty else {
            throw ClassifierError.noFeatures(items: corpus.documents.count, minimumDocumentFrequency: minimumDocumentFrequency)
        }
        // Words in byte order, renumbered.
        var used = [Bool](repeating: false, count: termCount)
        for f in kept {
            used[Int(f.a)] = true
            if f.b >= 0 { used[Int(f.b)] = true }
        }
        let words = (0 ..< termCount).filter { used[$0] }
            .sorted { corpus.terms[$0].utf8.lexicographicallyPrecedes(corpus.terms[$1].utf8) }
        var renumber = [Int32](repeating: -1, count: termCount)
        for (i, t) in words.enumerated() { renumber[t] = Int32(i) }
        var features = kept.map { (a: renumber[Int($0.a)], b: $0.b >= 0 ? renumber[Int($0.b)] : -1, df: $0.df) }
        features.sort { $0.a != $1.a ? $0.a < $1.a : $0.b < $1.b }
        let n = corpus.documents.count
        let idf = features.map { Float(log(Double(1 + n) / Double(1 + $0.df)) + 1) }
        return ClassifierVocabulary(tokens: words.map { corpus.terms[$0] }, first: features.map(\.a),
                                    second: features.map(\.b), idf: idf)
    }

    /// The L2-normalised TF-IDF rows of an analysed corpus; words and pairs outside the
    /// vocabulary are ignored (a text with none gives an empty row).
    ///
    /// Rows are built in fixed chunks on the cores and joined in order, so the result never
    /// depends on threads.
    /// - Complexity: O(V + T log L) for V corpus terms, T occurrences and L the longest text.
    func transform(_ corpus: AnalyzedCorpus) -> SparseMatrix {
        let local: [Int32] = corpus.terms.map { tokenIndex[$0] ?? -1 }
        let documents = corpus.documents
        let chunkSize = 4096
        let chunks = ParallelChunks.chunkCount(documents.count, chunkSize: chunkSize)
        let parts = SlotArray(repeating: SparseMatrix(columnCount: count), count: chunks)
        ParallelChunks.run(chunks: chunks, workers: ParallelChunks.defaultWorkers) { chunk in
            let rows = chunk * chunkSize ..< min(documents.count, (chunk + 1) * chunkSize)
            parts.set(chunk, self.rows(documents[rows], local: local))
        }
        return SparseMatrix(stacking: parts.values, columnCount: count)
    }

    /// The rows of one chunk.
    private func rows(_ documents: ArraySlice<[Int32]>, local: [Int32]) -> SparseMatrix {
        var part = SparseMatrix(columnCount: count)
        var columns: [Int32] = []
        var rowColumns: [Int32] = []
        var rowValues: [Float] = []
        for document in documents {
            columns.removeAll(keepingCapacity: true)
            var previous: Int32 = -1
            for id in document {
                let word = local[Int(id)]
                if word >= 0 {
                    if let f = featureIndex[Self.key(word, -1)] { columns.append(f) }
                    if previous >= 0, let f = featureIndex[Self.key(previous, word)] { columns.append(f) }
                }
                previous = word
            }
            columns.sort()
            part.appendTFIDFRow(sortedColumns: columns, idf: idf, sublinearTF: true, rowColumns: &rowColumns, rowValues: &rowValues)
        }
        return part
    }
}

extension ClassifierVocabulary: Equatable {
    static func == (a: ClassifierVocabulary, b: ClassifierVocabulary) -> Bool {
        a.tokens == b.tokens && a.first == b.first && a.second == b.second && a.idf == b.idf
    }
}
