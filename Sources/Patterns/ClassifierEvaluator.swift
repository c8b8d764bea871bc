import VerbatimCore

/// Scores an ``IssueClassifierTrainer`` by stratified k-fold cross-validation or on a held-out
/// test set. Predictions are the best label without the confidence threshold, since the gold
/// labels never say "other".
public struct ClassifierEvaluator: Sendable {
    /// The trainer evaluated.
    public let trainer: IssueClassifierTrainer

    /// An evaluator of `trainer`.
    public init(trainer: IssueClassifierTrainer) {
        self.trainer = trainer
    }

    /// The fold of each item: per label, the items are shuffled with `seed` and dealt to the
    /// folds in turn, continuing from where the previous label stopped, so every fold holds each
    /// label's items to within one and the folds' sizes differ by at most one.
    /// - Complexity: O(n log n).
    public static func stratifiedFolds(labels: [String], folds: Int, seed: UInt64) -> [Int] {
        var byLabel: [String: [Int]] = [:]
        for (i, l) in labels.enumerated() { byLabel[l, default: []].append(i) }
        var generator = SeededGenerator(seed: seed)
        var fold = [Int](repeating: 0, count: labels.count)
        var next = 0
        for label in byLabel.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let members = byLabel[label] ?? []
            for i32 in IssueClassifierTrainer.shuffled(members.count, &generator) {
                fold[members[Int(i32)]] = next
                next = (next + 1) % folds
            }
        }
        return fold
    }

    /// Cross-validates: trains on all folds but one and predicts the one left out, for each fold;
    /// the metrics pool every item's out-of-fold prediction.
    /// - Parameters:
    ///   - texts: the items' texts.
    ///   - labels: one label per text.
    ///   - folds: the number of folds, at least 2.
    ///   - seed: the seed of the fold assignment.
    /// - Returns: the pooled metrics and each fold's accuracy.
    /// - Throws: ``ClassifierError`` when a fold cannot be trained.
    /// - Complexity: `folds` trainings.
    public func crossValidate(texts: [String], labels: [String], folds: Int, seed: UInt64) throws
        -> (metrics: ClassificationMetrics, foldAccuracies: [Double]) {
        guard texts.count == labels.count else { throw ClassifierError.mismatchedCounts(texts: texts.count, labels: labels.count) }
        guard folds >= 2 else { throw ClassifierError.invalidOption(option: "folds", value: "\(folds)", fix: "use 2 or more (5 is the default)") }
        guard texts.count >= folds * 2 else { throw ClassifierError.tooFewItems(items: texts.count, folds: folds) }
        let assignment = Self.stratifiedFolds(labels: labels, folds: folds, seed: seed)
        var predicted = [String](repeating: "", count: texts.count)
        var accuracies: [Double] = []
        for f in 0 ..< folds {
            let train = assignment.indices.filter { assignment[$0] != f }
            let test = assignment.indices.filter { assignment[$0] == f }
            let model = try trainer.fit(texts: train.map { texts[$0] }, labels: train.map { labels[$0] })
            let best = model.best(texts: test.map { texts[$0] })
            var correct = 0
            for (i, p) in zip(test, best) {
                predicted[i] = model.labels[p.label]
                if predicted[i] == labels[i] { correct += 1 }
            }
            accuracies.append(test.isEmpty ? 0 : Double(correct) / Double(test.count))
        }
        return (ClassificationMetrics(truth: labels, predicted: predicted), accuracies)
    }

    /// Trains on one set and scores on another.
    /// - Returns: the metrics on the test set and the model trained.
    /// - Throws: ``ClassifierError`` when the training set cannot be trained.
    public func trainTest(trainTexts: [String], trainLabels: [String], testTexts: [String], testLabels: [String]) throws
        -> (metrics: ClassificationMetrics, model: IssueClassifier) {
        let model = try trainer.fit(texts: trainTexts, labels: trainLabels)
        let predicted = model.best(texts: testTexts).map { model.labels[$0.label] }
        return (ClassificationMetrics(truth: testLabels, predicted: predicted), model)
    }
}
