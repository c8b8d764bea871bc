import Patterns
import Testing

@Suite("Classification metrics")
struct ClassificationMetricsTests {
    // Rows true, columns predicted:     a  b  c
    //                               a [ 3, 1, 0 ]
    //                               b [ 0, 2, 2 ]
    //                               c [ 1, 0, 1 ]
    // accuracy 6/10; precision a 3/4, b 2/3, c 1/3; recall a 3/4, b 2/4, c 1/2;
    // F1 a 0.75, b 4/7, c 0.4; macro-F1 (0.75 + 4/7 + 0.4) / 3.
    static let truth = ["a", "a", "a", "a", "b", "b", "b", "b", "c", "c"]
    static let predicted = ["a", "a", "a", "b", "b", "b", "c", "c", "a", "c"]

    @Test("A hand-checked confusion matrix gives its accuracy, precision, recall and F1")
    func handChecked() {
        let m = ClassificationMetrics(truth: Self.truth, predicted: Self.predicted)
        #expect(m.labels == ["a", "b", "c"])
        #expect(m.confusion == [[3, 1, 0], [0, 2, 2], [1, 0, 1]])
        #expect(m.items == 10)
        #expect(abs(m.accuracy - 0.6) < 1e-12)
        #expect(abs(m.precision(0) - 0.75) < 1e-12 && abs(m.precision(1) - 2.0 / 3) < 1e-12 && abs(m.precision(2) - 1.0 / 3) < 1e-12)
        #expect(abs(m.recall(0) - 0.75) < 1e-12 && abs(m.recall(1) - 0.5) < 1e-12 && abs(m.recall(2) - 0.5) < 1e-12)
        #expect(abs(m.f1(1) - 4.0 / 7) < 1e-12 && abs(m.f1(2) - 0.4) < 1e-12)
        #expect(abs(m.macroF1 - (0.75 + 4.0 / 7 + 0.4) / 3) < 1e-12)
        #expect(m.mostConfused(limit: 2).map { "\($0.truth)>\($0.predicted):\($0.count)" } == ["b>c:2", "a>b:1"])
    }

    @Test("A label only ever predicted counts in macro-F1 with F1 0")
    func predictedOnly() {
        let m = ClassificationMetrics(truth: ["a", "a"], predicted: ["a", "z"])
        #expect(m.labels == ["a", "z"])
        #expect(m.recall(1) == 0 && m.precision(1) == 0 && m.f1(1) == 0)
        #expect(abs(m.macroF1 - (2.0 / 3) / 2) < 1e-12)
    }

    @Test("Stratified folds spread each label evenly and depend only on the seed")
    func folds() {
        let labels = (0 ..< 103).map { $0 % 7 == 0 ? "rare" : ($0 % 2 == 0 ? "even" : "odd") }
        let folds = ClassifierEvaluator.stratifiedFolds(labels: labels, folds: 5, seed: 9)
        #expect(folds == ClassifierEvaluator.stratifiedFolds(labels: labels, folds: 5, seed: 9))
        #expect(folds != ClassifierEvaluator.stratifiedFolds(labels: labels, folds: 5, seed: 10))
        let sizes = (0 ..< 5).map { f in folds.filter { $0 == f }.count }
        #expect(sizes.max()! - sizes.min()! <= 1)
        for label in Set(labels) {
            let counts = (0 ..< 5).map { f in labels.indices.filter { labels[$0] == label && folds[$0] == f }.count }
            #expect(counts.max()! - counts.min()! <= 1, "\(label): \(counts)")
        }
    }

    @Test("Cross-validation predicts every item once, out of its fold")
    func crossValidation() throws {
        let texts = TinyCorpus.texts + TinyCorpus.texts.map { $0 + " today" }
        let labels = TinyCorpus.labels + TinyCorpus.labels
        let evaluator = ClassifierEvaluator(trainer: IssueClassifierTrainer(options: TinyCorpus.options(.linearSVM)))
        let (metrics, accuracies) = try evaluator.crossValidate(texts: texts, labels: labels, folds: 3, seed: 1)
        #expect(metrics.items == 24 && accuracies.count == 3)
        #expect(metrics.accuracy > 0.9, "accuracy \(metrics.accuracy)")
        #expect(throws: ClassifierError.tooFewItems(items: 24, folds: 20)) {
            try evaluator.crossValidate(texts: texts, labels: labels, folds: 20, seed: 1)
        }
    }
}
