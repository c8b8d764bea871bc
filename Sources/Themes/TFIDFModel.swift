import Foundation
import VerbatimCore

/// A fitted TF-IDF vocabulary: the kept terms, their idf weights, and how to weight counts.
///
/// A document's vector has, for each kept term with count `tf > 0`, the weight
/// `(1 + ln tf) · idf` (or `tf · idf` without sublinear tf), with the smooth idf
/// `idf = ln((1 + n) / (1 + df)) + 1`; each row is then divided by its L2 norm, so cosine
/// similarity is a dot product. These are scikit-learn's
/// `TfidfVectorizer(smooth_idf=True, sublinear_tf=True, norm="l2")` formulas.
///
/// Reference: G. Salton and C. Buckley, "Term-weighting approaches in automatic text retrieval",
/// Information Processing & Management 24(5), 1988; scikit-learn `feature_extraction/text.py`.
public struct TFIDFModel: Sendable, Equatable, Codable {
    /// Column → term key, sorted by the UTF-8 bytes of the keys (deterministic).
    public var terms: [String]
    /// The smooth idf of each column.
    public var idf: [Float]
    /// The number of fitted documents that contain each column's term.
    public var documentFrequency: [Int]
    /// The number of documents the model was fitted on.
    public var documentCount: Int
    /// Whether counts are weighted `1 + ln(tf)` (true) or `tf` (false).
    public var sublinearTF: Bool

    /// A model from its parts (as ``TFIDFVectorizer/fit(documents:terms:)`` makes it).
    /// - Precondition: `terms` sorted by UTF-8 bytes; one idf and one frequency per term.
    public init(terms: [String], idf: [Float], documentFrequency: [Int], documentCount: Int, sublinearTF: Bool = true) {
        precondition(idf.count == terms.count && documentFrequency.count == terms.count, "one idf and df per term")
        self.terms = terms
        self.idf = idf
        self.documentFrequency = documentFrequency
        self.documentCount = documentCount
        self.sublinearTF = sublinearTF
    }

    /// The smooth inverse document frequency `ln((1 + n) / (1 + df)) + 1`.
    /// - Complexity: O(1).
    public static func smoothIDF(documentCount n: Int, documentFrequency df: Int) -> Double {
        log(Double(1 + n) / Double(1 + df)) + 1
    }

    /// The order of columns: by the UTF-8 bytes of the term keys.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The column of `term`, or `nil` when it is not in the vocabulary.
    /// - Complexity: O(log V) by binary search.
    public func column(of term: String) -> Int? {
        var low = 0
        var high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if Self.precedes(terms[mid], term) { low = mid + 1 } else { high = mid }
        }
        return low < terms.count && terms[low] == term ? low : nil
    }

    /// The TF-IDF rows of `documents`.
    ///
    /// Term ids index `terms`, the corpus's own term list; they are matched to columns by key,
    /// so a corpus analysed later (with other ids) maps onto the same columns. Terms outside the
    /// vocabulary are ignored; a document with none left gives an empty row. Rows are built in
    /// parallel over fixed chunks and joined in order, so the result never depends on threads.
    /// - Parameters:
    ///   - documents: the term ids of each document, repeats included.
    ///   - terms: the key of each term id.
    /// - Returns: one L2-normalised row per document, `terms.count` (this model's) columns.
    /// - Complexity: O(V log V' + T log L) for V corpus terms, V' columns, T occurrences and
    ///   L the longest document.
    public func transform(documents: [[Int32]], terms corpusTerms: [String]) -> SparseMatrix {
        let columnOfID: [Int32] = corpusTerms.map { column(of: $0).map { Int32($0) } ?? -1 }
        let chunkSize = 8192
        let chunks = ParallelChunks.chunkCount(documents.count, chunkSize: chunkSize)
        var parts = [SparseMatrix](repeating: SparseMatrix(columnCount: terms.count), count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            ParallelChunks.run(chunks: chunks, workers: ParallelChunks.defaultWorkers) { chunk in
                let rows = chunk * chunkSize ..< min(documents.count, (chunk + 1) * chunkSize)
                out[chunk] = rowsOf(documents[rows], columnOfID: columnOfID)
            }
        }
        return SparseMatrix(stacking: parts, columnCount: terms.count)
    }

    /// The rows of one chunk of documents.
    private func rowsOf(_ documents: ArraySlice<[Int32]>, columnOfID: [Int32]) -> SparseMatrix {
        var part = SparseMatrix(columnCount: terms.count)
        var columnsOfDocument: [Int32] = []
        var rowColumns: [Int32] = []
        var rowValues: [Float] = []
        for document in documents {
            columnsOfDocument.removeAll(keepingCapacity: true)
            for id in document {
                let column = columnOfID[Int(id)]
                if column >= 0 { columnsOfDocument.append(column) }
            }
            columnsOfDocument.sort()
            part.appendTFIDFRow(sortedColumns: columnsOfDocument, idf: idf, sublinearTF: sublinearTF,
                                rowColumns: &rowColumns, rowValues: &rowValues)
        }
        return part
    }
}
