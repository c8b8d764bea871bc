/// How well predicted labels match the true ones: accuracy, per-label precision, recall and F1,
/// macro-F1 and the confusion matrix.
///
/// Formulas (as scikit-learn's `classification_report`): accuracy = correct / items; for label
/// `c`, precision = `M[c][c] / Σ_r M[r][c]`, recall = `M[c][c] / Σ_k M[c][k]`,
/// F1 = `2PR / (P + R)` (0 when `P + R = 0`, and P or R is 0 when its denominator is); macro-F1
/// is the unweighted mean of F1 over every label that is true or predicted at least once.
/// Reference: C. D. Manning, P. Raghavan and H. Schütze, Introduction to Information Retrieval,
/// Cambridge 2008, §13.6.
public struct ClassificationMetrics: Sendable, Equatable {
    /// The labels, sorted by UTF-8 bytes: the rows and columns of ``confusion``.
    public let labels: [String]
    /// `confusion[t][p]`: items whose true label is `labels[t]` predicted as `labels[p]`.
    public let confusion: [[Int]]

    /// Metrics from true and predicted labels.
    /// - Precondition: as many predictions as true labels.
    /// - Complexity: O(n + L²).
    public init(truth: [String], predicted: [String]) {
        precondition(truth.count == predicted.count, "one prediction per item")
        let labels = Array(Set(truth).union(predicted)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() { index[l] = i }
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
        for (t, p) in zip(truth, predicted) {
            if let ti = index[t], let pi = index[p] { confusion[ti][pi] += 1 }
        }
        self.init(labels: labels, confusion: confusion)
    }

    /// Metrics from a confusion matrix.
    /// - Precondition: `confusion` is square with one row per label.
    public init(labels: [String], confusion: [[Int]]) {
        precondition(confusion.count == labels.count && confusion.allSatisfy { $0.count == labels.count }, "a square matrix, one row per label")
        self.labels = labels
        self.confusion = confusion
    }

    /// The number of items.
    public var items: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Correct predictions / items (0 with no items).
    public var accuracy: Double {
        let n = items
        guard n > 0 else { return 0 }
        return Double(labels.indices.reduce(0) { $0 + confusion[$1][$1] }) / Double(n)
    }

    /// Items whose true label is `labels[c]`.
    public func support(_ c: Int) -> Int { confusion[c].reduce(0, +) }

    /// Items predicted as `labels[c]`.
    public func predictedCount(_ c: Int) -> Int { confusion.reduce(0) { $0 + $1[c] } }

    /// Precision of `labels[c]`: correct / predicted (0 when never predicted).
    public func precision(_ c: Int) -> Double {
        let p = predictedCount(c)
        return p == 0 ? 0 : Double(confusion[c][c]) / Double(p)
    }

    /// Recall of `labels[c]`: correct / true (0 when never true).
    public func recall(_ c: Int) -> Double {
        let s = support(c)
        return s == 0 ? 0 : Double(confusion[c][c]) / Double(s)
    }

    /// F1 of `labels[c]`: the harmonic mean of precision and recall.
    public func f1(_ c: Int) -> Double {
        let p = precision(c), r = recall(c)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The unweighted mean F1 over the labels (0 with none).
    public var macroF1: Double {
        guard !labels.isEmpty else { return 0 }
        return labels.indices.reduce(0) { $0 + f1($1) } / Double(labels.count)
    }

    /// The most frequent mistakes: (true label, predicted label, items), most first, ties by
    /// true then predicted label.
    /// - Parameter limit: how many pairs at most.
    /// - Complexity: O(L² log L).
    public func mostConfused(limit: Int) -> [(truth: String, predicted: String, count: Int)] {
        var pairs: [(Int, Int, Int)] = []
        for t in labels.indices {
            for p in labels.indices where p != t && confusion[t][p] > 0 { pairs.append((t, p, confusion[t][p])) }
        }
        pairs.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        return pairs.prefix(max(0, limit)).map { (labels[$0.0], labels[$0.1], $0.2) }
    }
}
