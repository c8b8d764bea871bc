import Foundation
import Patterns
import Store
import VerbatimCore

/// `verbatim classify`: trains the issue-type classifier on a labelled export and stores it in
/// the workspace, evaluates it by cross-validation or on a test file, and loads it for the
/// analysis stage.
public enum ClassifyJob {
    /// The name of the stored classifier in the store's `models` table.
    public static let modelName = "issue_classifier"

    /// What training did.
    public struct TrainReport: Sendable {
        /// The file read.
        public var file: LabelledFile
        /// The model stored.
        public var model: IssueClassifier
        /// Seconds spent training (reading the file excluded).
        public var seconds: Double
    }

    /// What an evaluation measured.
    public struct Evaluation: Sendable {
        /// The training file (for cross-validation, the only file).
        public var file: LabelledFile
        /// The test file, when one was given.
        public var test: LabelledFile?
        /// The number of folds, when cross-validated.
        public var folds: Int?
        /// The metrics over the test file or every item's out-of-fold prediction.
        public var metrics: ClassificationMetrics
        /// Each fold's accuracy, when cross-validated.
        public var foldAccuracies: [Double]
        /// Seconds spent training and predicting.
        public var seconds: Double
    }

    /// Reads `file`, trains the classifier and stores it (replacing any earlier one) as
    /// ``modelName`` in the workspace's store, in one run.
    /// - Parameters:
    ///   - file: the labelled export.
    ///   - label: its label column.
    ///   - text: its text column, or nil for the default (see ``LabelledFile/read(_:label:text:)``).
    ///   - options: the classifier's settings, already validated.
    ///   - workspace: where the model is stored; the store is created when missing.
    /// - Returns: the report.
    /// - Throws: `IngestError`, `PipelineError`, `ClassifierError` or `StoreError`.
    public static func train(file: URL, label: String, text: String?, options: ClassifierOptions, workspace: Workspace) throws -> TrainReport {
        let lock = try WorkspaceLock(workspace: workspace)
        defer { withExtendedLifetime(lock) {} }
        let store = try workspace.store(create: true)
        let runID = try store.beginRun(command: "classify train", version: Version.current, configHash: nil)
        let data = try LabelledFile.read(file, label: label, text: text)
        let start = Date()
        let model = try trainer(options).fit(texts: data.texts, labels: data.labels)
        let seconds = Date().timeIntervalSince(start)
        try store.saveModel(named: modelName, body: model.encoded(), runID: runID)
        try store.noteDataChanged()
        try store.finishRun(id: runID, ok: true, counts: IngestCounts(), stageSeconds: ["classify": seconds], inputHashes: [:])
        return TrainReport(file: data, model: model, seconds: seconds)
    }

    /// Evaluates the classifier on `file`: stratified `folds`-fold cross-validation with `seed`,
    /// or, when `test` is given, trained on `file` and scored on `test` (same columns). Needs no
    /// workspace.
    /// - Throws: `IngestError`, `PipelineError` or `ClassifierError`.
    public static func evaluate(file: URL, test: URL?, label: String, text: String?, folds: Int, seed: UInt64,
                                options: ClassifierOptions) throws -> Evaluation {
        let data = try LabelledFile.read(file, label: label, text: text)
        let evaluator = ClassifierEvaluator(trainer: try trainer(options))
        let start = Date()
        if let test {
            let testData = try LabelledFile.read(test, label: label, text: text ?? data.textColumn)
            let (metrics, _) = try evaluator.trainTest(trainTexts: data.texts, trainLabels: data.labels,
                                                       testTexts: testData.texts, testLabels: testData.labels)
            return Evaluation(file: data, test: testData, folds: nil, metrics: metrics, foldAccuracies: [],
                              seconds: Date().timeIntervalSince(start))
        }
        let (metrics, accuracies) = try evaluator.crossValidate(texts: data.texts, labels: data.labels, folds: folds, seed: seed)
        return Evaluation(file: data, test: nil, folds: folds, metrics: metrics, foldAccuracies: accuracies,
                          seconds: Date().timeIntervalSince(start))
    }

    /// The classifier `verbatim classify train` stored, or nil when none is.
    /// - Throws: `StoreError` when the store cannot be read, `ClassifierError.corruptModel`
    ///   when the stored bytes cannot be decoded.
    public static func storedClassifier(store: Store) throws -> IssueClassifier? {
        guard let body = try store.model(named: modelName) else { return nil }
        return try IssueClassifier(encoded: body)
    }

    /// A trainer with `options`, given the English and support stopword lists when they are used.
    static func trainer(_ options: ClassifierOptions) throws -> IssueClassifierTrainer {
        guard options.removeStopwords else { return IssueClassifierTrainer(options: options) }
        guard let directory = StopwordLocator.directory() else {
            throw PipelineError.badOption(option: "--stopwords", value: "on", reason: "no stopwords/ folder found; set VERBATIM_STOPWORDS to it")
        }
        var words = Set<String>()
        for name in ["en.txt", "support.txt"] {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw PipelineError.badOption(option: "--stopwords", value: "on", reason: "\(url.path) cannot be read")
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let word = String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .trimmedWhitespace.lowercased()
                if !word.isEmpty { words.insert(word) }
            }
        }
        return IssueClassifierTrainer(options: options, stopwords: words)
    }
}
