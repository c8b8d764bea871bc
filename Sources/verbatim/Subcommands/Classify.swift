import ArgumentParser

/// `verbatim classify …`.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the issue-type classifier on labelled examples, or measure how well it does.",
        discussion: """
            A labelled export is a file (CSV, TSV, JSON, JSON Lines) with one example per row: the \
            customer's text and, in another column, the issue type a person gave it (the label \
            column, e.g. "category" or "intent"). `train` learns from all of it and stores the \
            model in the workspace; `analyze` then gives every item a type and a confidence. \
            `eval` measures accuracy on the same kind of file without touching a workspace.

            Examples:
              verbatim classify train labelled.csv --label category
              verbatim classify eval labelled.csv --label category --folds 5
            """,
        subcommands: [ClassifyTrain.self, ClassifyEval.self])
}
