import ArgumentParser
import Foundation
import Pipeline

/// `verbatim classify train FILE --label COLUMN`.
struct ClassifyTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Learn issue types from a labelled export and store the classifier in the workspace.",
        discussion: """
            FILE has one example per row: a text column and a label column naming the example's \
            issue type. Rows with an empty text or label are skipped and counted. The classifier \
            (TF-IDF words and word pairs, a linear SVM by default) replaces any stored one; \
            `verbatim analyze` then gives every item a type and a confidence, and 'other' below \
            --threshold.

            Example, for a file with columns text,category:
              verbatim classify train requests.csv --label category
            """)

    @Argument(help: "The labelled export (CSV, TSV, JSON or JSON Lines).")
    var file: String

    @OptionGroup var classifier: ClassifierArguments

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let report = try ClassifyJob.train(file: URL(fileURLWithPath: file), label: classifier.label, text: classifier.text,
                                               options: classifier.options, workspace: global.resolvedWorkspace)
            ClassifyReporting.describe(report.file, console: console)
            let m = report.model
            console.data("trained \(m.method.rawValue) on \(m.trainingItems) items: \(m.labels.count) labels, "
                + "\(m.featureCount) features, \(String(format: "%.2f", report.seconds)) s; stored as \(ClassifyJob.modelName)")
        }
    }
}
