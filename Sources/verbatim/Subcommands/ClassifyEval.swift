import ArgumentParser
import Foundation
import Pipeline

/// `verbatim classify eval FILE --label COLUMN [--folds N | --test FILE]`.
struct ClassifyEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the classifier's accuracy, macro-F1 and confusions on a labelled export.",
        discussion: """
            Without --test, stratified cross-validation: the rows are dealt into --folds folds \
            (each label spread evenly, by --seed), and each fold is predicted by a model trained \
            on the others. With --test, the model is trained on FILE and scored on the test file. \
            No workspace is read or written. Scores use the best label, with no 'other'.

            The table shows accuracy, macro-F1 (the mean F1 over labels), precision, recall and \
            F1 per label, and the confusion matrix (for many labels, the most confused pairs); \
            --format json gives accuracy, macro_f1, per_label and the full confusion matrix.

            Examples:
              verbatim classify eval requests.csv --label category --folds 5
              verbatim classify eval train.csv --test test.csv --label type --format json
            """)

    @Argument(help: "The labelled export (CSV, TSV, JSON or JSON Lines).")
    var file: String

    @Option(help: ArgumentHelp("Train on FILE and score on this file instead of cross-validating.", valueName: "file"))
    var test: String?

    @Option(help: "The number of cross-validation folds.")
    var folds = 5

    @Option(help: "table, csv (one row per label) or json.")
    var format: OutputFormat = .table

    @OptionGroup var classifier: ClassifierArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard folds >= 2 else { throw ValidationError("--folds \(folds): use 2 or more (5 is the default).") }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let evaluation = try ClassifyJob.evaluate(file: URL(fileURLWithPath: file), test: test.map { URL(fileURLWithPath: $0) },
                                                      label: classifier.label, text: classifier.text, folds: folds,
                                                      seed: classifier.seed, options: classifier.options)
            ClassifyReporting.describe(evaluation.file, console: console)
            if let t = evaluation.test { ClassifyReporting.describe(t, console: console) }
            console.info("evaluated in \(String(format: "%.2f", evaluation.seconds)) s")
            console.data(ClassifyReporting.render(evaluation, format: format))
        }
    }
}
