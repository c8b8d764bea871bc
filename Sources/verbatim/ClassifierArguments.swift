import ArgumentParser
import Patterns

extension ClassifierMethod: ExpressibleByArgument {}

/// The options `classify train` and `classify eval` share: the columns and the model's settings.
struct ClassifierArguments: ParsableArguments {
    @Option(help: ArgumentHelp("The column holding each example's issue type (its label), e.g. category.", valueName: "column"))
    var label: String

    @Option(help: ArgumentHelp("The column holding the text (default: the column the presets read as text, else 'text').",
                               valueName: "column"))
    var text: String?

    @Option(help: "The linear model: svm (one-vs-rest linear SVM, the default), logistic (logistic regression) or nb (Naive Bayes).")
    var method: ClassifierMethod = .linearSVM

    @Flag(inversion: .prefixedNo, help: "Stem English words with Porter2 before counting.")
    var stem = true

    @Flag(help: "Drop English stopwords and support boilerplate before counting (off: small words tell requests apart).")
    var stopwords = false

    @Option(help: ArgumentHelp("Below this confidence (0 to 1) an item's type is 'other'.", valueName: "p"))
    var threshold = ClassifierOptions().threshold

    @Option(name: .customLong("min-df"), help: ArgumentHelp("Keep words and word pairs found in at least this many examples.", valueName: "n"))
    var minimumDocumentFrequency = ClassifierOptions().minimumDocumentFrequency

    @Option(name: .customLong("C"), help: ArgumentHelp("The penalty trade-off C: larger fits the examples more closely.", valueName: "c"))
    var regularization = ClassifierOptions().regularization

    @Option(help: ArgumentHelp("The seed of every random order (folds, training order).", valueName: "n"))
    var seed: UInt64 = ClassifierOptions().seed

    /// The classifier's options these arguments give.
    var options: ClassifierOptions {
        var o = ClassifierOptions()
        o.method = method
        o.stem = stem
        o.removeStopwords = stopwords
        o.threshold = threshold
        o.minimumDocumentFrequency = minimumDocumentFrequency
        o.regularization = regularization
        o.seed = seed
        return o
    }

    func validate() throws {
        do {
            try options.validate()
        } catch let error as ClassifierError {
            throw ValidationError(error.description)
        }
    }
}
