/// The outcome of ``KSelector/selectK(_:seed:)``: the chosen k and every candidate's score.
public struct KSelection: Sendable, Equatable {
    /// One candidate k, its stability score (mean NMI between subsample clusterings) and that
    /// score's standard error.
    public struct Score: Sendable, Equatable {
        /// The candidate number of clusters.
        public var k: Int
        /// Its score, in `[0, 1]`; higher is more stable.
        public var score: Double
        /// The standard error of `score` over the repetitions.
        public var standardError: Double

        /// A score from its parts.
        public init(k: Int, score: Double, standardError: Double = 0) {
            self.k = k
            self.score = score
            self.standardError = standardError
        }
    }

    /// The chosen number of clusters.
    public var k: Int
    /// The score of each candidate, by increasing k.
    public var scores: [Score]

    /// A selection from its parts.
    public init(k: Int, scores: [Score]) {
        self.k = k
        self.scores = scores
    }
}
