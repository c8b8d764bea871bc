/// Learns a TF-IDF vocabulary and inverse document frequencies from a corpus of term ids.
///
/// The steps are scikit-learn's `TfidfVectorizer` after tokenising: count document frequencies,
/// drop terms that are too rare (`minimumDocumentFrequency`) or too common
/// (`maximumDocumentFraction`), optionally keep the most frequent `maximumTerms`, and give each
/// kept term the smooth idf `ln((1 + n) / (1 + df)) + 1`. `fit` returns an immutable
/// ``TFIDFModel``; its `transform` makes the vectors.
///
/// Reference: G. Salton and C. Buckley, "Term-weighting approaches in automatic text retrieval",
/// Information Processing & Management 24(5), 1988; scikit-learn `feature_extraction/text.py`.
public struct TFIDFVectorizer: Sendable {
    /// The options this vectorizer fits with.
    public var options: TFIDFOptions

    /// A vectorizer with `options` (validate them first with ``TFIDFOptions/validate()``).
    public init(options: TFIDFOptions = .init()) {
        self.options = options
    }

    /// Fits the vocabulary and idf weights.
    /// - Parameters:
    ///   - documents: the term ids of each document, repeats included; ids index `terms`.
    ///   - terms: the corpus's term keys, all distinct.
    /// - Returns: the model, with columns sorted by the UTF-8 bytes of their term keys.
    /// - Throws: ``ThemesError/noTermsRemain(documentCount:minimumDocumentFrequency:maximumDocumentFraction:)``
    ///   when pruning leaves no term.
    /// - Complexity: O(T + V log V) for T term occurrences and V distinct terms.
    public func fit(documents: [[Int32]], terms: [String]) throws -> TFIDFModel {
        let n = documents.count
        var documentFrequency = [Int](repeating: 0, count: terms.count)
        var corpusFrequency = [Int](repeating: 0, count: terms.count)
        var lastDocument = [Int](repeating: -1, count: terms.count)
        for (d, document) in documents.enumerated() {
            for id in document {
                let t = Int(id)
                precondition(t >= 0 && t < terms.count, "term id \(t) outside the term list")
                corpusFrequency[t] += 1
                if lastDocument[t] != d {
                    lastDocument[t] = d
                    documentFrequency[t] += 1
                }
            }
        }
        let maximumCount = options.maximumDocumentFraction * Double(n)
        var kept = (0 ..< terms.count).filter { t in
            documentFrequency[t] >= options.minimumDocumentFrequency
                && Double(documentFrequency[t]) <= maximumCount
        }
        if let maximumTerms = options.maximumTerms, kept.count > maximumTerms {
            kept.sort { a, b in
                corpusFrequency[a] != corpusFrequency[b]
                    ? corpusFrequency[a] > corpusFrequency[b]
                    : TFIDFModel.precedes(terms[a], terms[b])
            }
            kept.removeLast(kept.count - maximumTerms)
        }
        guard !kept.isEmpty else {
            throw ThemesError.noTermsRemain(
                documentCount: n, minimumDocumentFrequency: options.minimumDocumentFrequency,
                maximumDocumentFraction: options.maximumDocumentFraction)
        }
        kept.sort { TFIDFModel.precedes(terms[$0], terms[$1]) }
        for i in kept.indices.dropFirst() {
            precondition(terms[kept[i - 1]] != terms[kept[i]], "term keys must be distinct: \(terms[kept[i]])")
        }
        let df = kept.map { documentFrequency[$0] }
        let idf = df.map { Float(TFIDFModel.smoothIDF(documentCount: n, documentFrequency: $0)) }
        return TFIDFModel(terms: kept.map { terms[$0] }, idf: idf, documentFrequency: df,
                          documentCount: n, sublinearTF: options.sublinearTF)
    }
}
