/// The settings of the issue-type classifier, with their documented defaults.
///
/// Check them once with ``validate()`` before training; the trainer trusts them.
public struct ClassifierOptions: Sendable, Equatable {
    /// The linear model. Default ``ClassifierMethod/linearSVM``, the best by measurement (see
    /// ``ClassifierMethod``).
    public var method: ClassifierMethod = .linearSVM
    /// Stem English words with Porter2 before counting (`refunds` → `refund`). Default `true`:
    /// banking77 accuracy 0.899 with stems, 0.890 without (bitext-llm 0.988 and 0.985).
    public var stem = true
    /// Drop stopwords (the English list and the support boilerplate list). Default `false`: the
    /// small words of a request ("can I", "how do I", "why") tell intents apart, and dropping
    /// them lowered banking77 accuracy from 0.899 to 0.863 (bitext-llm 0.988 to 0.984).
    public var removeStopwords = false
    /// Count word pairs (bigrams) besides single words. Default `true`.
    public var bigrams = true
    /// A feature must occur in at least this many training items (scikit-learn's `min_df`).
    /// Default 2.
    public var minimumDocumentFrequency = 2
    /// The penalty trade-off `C` of the SVM (larger fits the training items more closely);
    /// logistic regression uses `λ = 1 / (C·n)`. Default 1, as scikit-learn's `LinearSVC`.
    public var regularization = 1.0
    /// Passes over the training items: at most this many for the SVM (it stops earlier once the
    /// projected gradient spread is under 0.1), exactly this many for logistic regression.
    /// Default 50.
    public var epochs = 50
    /// The additive smoothing `α` of Naive Bayes. Default 0.1.
    public var smoothing = 0.1
    /// A prediction whose confidence is below this is reported as ``IssueClassifier/otherLabel``.
    /// Default 0.3.
    public var threshold = 0.3
    /// The seed of every random order. Default 42.
    public var seed: UInt64 = 42

    /// The defaults above.
    public init() {}

    /// Checks every option once, at the edge.
    /// - Throws: ``ClassifierError/invalidOption(option:value:fix:)`` naming the option, its
    ///   value and a fix.
    /// - Complexity: O(1).
    public func validate() throws {
        if minimumDocumentFrequency < 1 {
            throw ClassifierError.invalidOption(option: "minimum document frequency", value: "\(minimumDocumentFrequency)",
                                                fix: "it counts items, so use 1 or more (2 is the default)")
        }
        if !(regularization > 0 && regularization.isFinite) {
            throw ClassifierError.invalidOption(option: "regularization", value: "\(regularization)",
                                                fix: "use a number above 0 (1 is the default)")
        }
        if epochs < 1 || epochs > 10_000 {
            throw ClassifierError.invalidOption(option: "epochs", value: "\(epochs)", fix: "use 1 to 10000 (50 is the default)")
        }
        if !(smoothing > 0 && smoothing.isFinite) {
            throw ClassifierError.invalidOption(option: "smoothing", value: "\(smoothing)", fix: "use a number above 0 (0.1 is the default)")
        }
        if !(threshold >= 0 && threshold <= 1) {
            throw ClassifierError.invalidOption(option: "threshold", value: "\(threshold)",
                                                fix: "a confidence is between 0 and 1, so use a value in 0…1 (0.3 is the default)")
        }
    }
}
