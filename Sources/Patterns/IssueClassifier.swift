import Foundation
import TextAnalysis
import Themes
import VerbatimCore

/// A fitted issue-type classifier: the labels, the TF-IDF features and a linear model's weights.
///
/// Immutable; ``IssueClassifierTrainer/fit(texts:labels:)`` makes one, ``encoded()`` and
/// ``init(encoded:)`` store and load it. For a text with TF-IDF vector `x` the score of label
/// `c` is `s_c = b_c + Σ_j x_j · W[j, c]`; the prediction is the label of the highest score
/// (ties to the earlier label) and its confidence the softmax probability
/// `p_c = exp(τ·s_c) / Σ_k exp(τ·s_k)` with the model's ``confidenceScale`` `τ`: the model's own
/// posterior for Naive Bayes and logistic regression (`τ = 1`), a softmax over the one-vs-rest
/// margins for the SVM (`τ` chosen at training; see ``IssueClassifierTrainer``). A confidence
/// below ``threshold`` gives ``otherLabel``.
public struct IssueClassifier: Sendable, Equatable {
    /// The label of a prediction whose confidence is below the threshold.
    public static let otherLabel = "other"

    /// The labels, sorted by their UTF-8 bytes.
    public let labels: [String]
    /// The method the weights come from.
    public let method: ClassifierMethod
    /// The confidence under which a prediction is ``otherLabel``.
    public let threshold: Double
    /// The softmax scale `τ` applied to the scores.
    public let confidenceScale: Double
    /// The number of items the model was trained on.
    public let trainingItems: Int
    /// How texts become words.
    let text: ClassifierText
    /// The features.
    let vocabulary: ClassifierVocabulary
    /// Feature-major weights: `weights[j * labels.count + c]`.
    let weights: [Float]
    /// One intercept per label.
    let bias: [Float]

    init(labels: [String], method: ClassifierMethod, threshold: Double, confidenceScale: Double, trainingItems: Int,
         text: ClassifierText, vocabulary: ClassifierVocabulary, weights: [Float], bias: [Float]) {
        precondition(weights.count == vocabulary.count * labels.count && bias.count == labels.count, "one weight per feature and label")
        self.labels = labels
        self.method = method
        self.threshold = threshold
        self.confidenceScale = confidenceScale
        self.trainingItems = trainingItems
        self.text = text
        self.vocabulary = vocabulary
        self.weights = weights
        self.bias = bias
    }

    /// The number of features (words and word pairs).
    public var featureCount: Int { vocabulary.count }

    /// This model with another threshold.
    /// - Precondition: `threshold` in 0…1.
    public func withThreshold(_ threshold: Double) -> IssueClassifier {
        precondition(threshold >= 0 && threshold <= 1, "a threshold is a confidence in 0…1")
        return IssueClassifier(labels: labels, method: method, threshold: threshold, confidenceScale: confidenceScale,
                               trainingItems: trainingItems, text: text, vocabulary: vocabulary, weights: weights, bias: bias)
    }

    /// The label and confidence of each text; a confidence below ``threshold`` gives
    /// ``otherLabel`` (with that confidence).
    ///
    /// Texts are analysed and scored in fixed chunks on the cores; the result never depends on
    /// threads.
    /// - Parameter texts: raw texts.
    /// - Returns: one (label, confidence in 0…1) per text, in order.
    /// - Complexity: O(total length + nnz · L) for nnz stored TF-IDF weights and L labels.
    public func predict(texts: [String]) -> [(label: String, confidence: Double)] {
        best(texts: texts).map { p in
            (p.confidence < threshold ? Self.otherLabel : labels[p.label], p.confidence)
        }
    }

    /// The best label (an index into ``labels``) and its confidence for each text, with no
    /// threshold.
    public func best(texts: [String]) -> [(label: Int, confidence: Double)] {
        best(rows: vocabulary.transform(text.analyze(texts)))
    }

    /// The best label and its confidence for each TF-IDF row.
    func best(rows: SparseMatrix) -> [(label: Int, confidence: Double)] {
        let k = labels.count
        let chunkSize = 2048
        let chunks = (rows.rowCount + chunkSize - 1) / chunkSize
        let out = SlotArray(repeating: [(label: Int, confidence: Double)](), count: chunks)
        let tau = confidenceScale
        ParallelChunks.run(chunks: chunks, workers: ParallelChunks.defaultWorkers) { chunk in
            var scores = [Double](repeating: 0, count: k)
            var part: [(label: Int, confidence: Double)] = []
            weights.withUnsafeBufferPointer { w in
                for r in chunk * chunkSize ..< min(rows.rowCount, (chunk + 1) * chunkSize) {
                    for c in 0 ..< k { scores[c] = Double(bias[c]) }
                    for p in rows.range(ofRow: r) {
                        let base = Int(rows.columns[p]) * k
                        let x = Double(rows.values[p])
                        for c in 0 ..< k { scores[c] += x * Double(w[base + c]) }
                    }
                    var top = 0
                    for c in 1 ..< k where scores[c] > scores[top] { top = c }
                    var total = 0.0
                    for c in 0 ..< k { total += exp(tau * (scores[c] - scores[top])) }
                    part.append((top, 1 / total))
                }
            }
            out.set(chunk, part)
        }
        return out.values.flatMap { $0 }
    }
}
