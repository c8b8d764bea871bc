import Foundation
import Patterns
import Pipeline
import Testing

/// The classifier's defaults on the shared datasets. Measured in release mode with the same
/// defaults: banking77 train → test accuracy 0.899 (scikit-learn TF-IDF 1–2-grams + LinearSVC in
/// the same run: 0.891); bitext-llm 5-fold 0.988. The floors sit under those.
@Suite("The issue classifier on real data")
struct ClassifyDatasetTests {
    @Test("banking77: trained on the official train split, at least 0.80 accurate on the test split",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func banking77() throws {
        let train = try LabelledFile.read(TestPaths.dataset("banking77/train.csv"), label: "category", text: nil)
        let test = try LabelledFile.read(TestPaths.dataset("banking77/test.csv"), label: "category", text: nil)
        #expect(train.texts.count == 10_003 && test.texts.count == 3_080 && train.skipped == 0)
        let evaluator = ClassifierEvaluator(trainer: IssueClassifierTrainer())
        let (metrics, model) = try evaluator.trainTest(trainTexts: train.texts, trainLabels: train.labels,
                                                       testTexts: test.texts, testLabels: test.labels)
        #expect(model.labels.count == 77 && metrics.labels.count == 77)
        #expect(metrics.accuracy >= 0.80, "accuracy \(metrics.accuracy)")
        #expect(metrics.macroF1 >= 0.80, "macro-F1 \(metrics.macroF1)")
    }

    @Test("bitext-llm: instruction → intent, one of five stratified folds at least 0.93 accurate",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func bitext() throws {
        let data = try LabelledFile.read(TestPaths.dataset("bitext-llm/Bitext_Sample_Customer_Support_Training_Dataset.csv"),
                                         label: "intent", text: nil)
        #expect(data.textColumn == "instruction" && data.texts.count == 4_514)
        let folds = ClassifierEvaluator.stratifiedFolds(labels: data.labels, folds: 5, seed: 42)
        let train = data.texts.indices.filter { folds[$0] != 0 }, test = data.texts.indices.filter { folds[$0] == 0 }
        let (metrics, _) = try ClassifierEvaluator(trainer: IssueClassifierTrainer()).trainTest(
            trainTexts: train.map { data.texts[$0] }, trainLabels: train.map { data.labels[$0] },
            testTexts: test.map { data.texts[$0] }, testLabels: test.map { data.labels[$0] })
        #expect(metrics.labels.count == 27)
        #expect(metrics.accuracy >= 0.93, "accuracy \(metrics.accuracy)")
    }
}
