/// What an account's feedback says about its support experience: the inputs of the health
/// score's support part.
public struct SupportFacts: Sendable, Equatable {
    /// Sum of its scored answers, each rescaled to 0–1 on its scale.
    public var satisfactionSum: Double
    /// Scored answers.
    public var scoredAnswers: Int
    /// Resolved tickets.
    public var resolved: Int
    /// Resolved tickets never reopened.
    public var firstContact: Int

    /// Facts.
    public init(satisfactionSum: Double = 0, scoredAnswers: Int = 0, resolved: Int = 0, firstContact: Int = 0) {
        self.satisfactionSum = satisfactionSum
        self.scoredAnswers = scoredAnswers
        self.resolved = resolved
        self.firstContact = firstContact
    }

    /// The support part on 0–100: the mean of `100 · satisfaction` and `100 · FCR` over the
    /// ones present; nil when neither is.
    public var part: Double? {
        var parts: [Double] = []
        if scoredAnswers > 0 { parts.append(100 * satisfactionSum / Double(scoredAnswers)) }
        if resolved > 0 { parts.append(100 * Double(firstContact) / Double(resolved)) }
        return parts.isEmpty ? nil : parts.reduce(0, +) / Double(parts.count)
    }
}
