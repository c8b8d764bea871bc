/// How `PhraseDetector` picks collocations. Every option has a documented default; `validate()`
/// checks them once, at the edge.
public struct PhraseOptions: Sendable, Equatable {
    /// A phrase must occur at least this often. Default `5`; at least `1`.
    public var minimumCount = 5
    /// A phrase's normalised PMI (Bouma 2009) must be at least this. Default `0.35`; in `-1...1`.
    public var minimumNPMI = 0.35
    /// Keep at most this many phrases, the most frequent first. Default `2000`; at least `0`.
    public var maximumPhrases = 2000
    /// Look for three-word phrases too. Default `true`.
    public var trigrams = true

    /// The defaults listed above.
    public init() {}

    /// Checks the options.
    /// - Throws: `TextAnalysisError.badOption` naming the option, its value and a fix.
    public func validate() throws {
        if minimumCount < 1 {
            throw TextAnalysisError.badOption(option: "phrases.minimumCount", value: String(minimumCount),
                                              reason: "must be at least 1; the default is 5")
        }
        if !(minimumNPMI >= -1 && minimumNPMI <= 1) {
            throw TextAnalysisError.badOption(option: "phrases.minimumNPMI", value: String(minimumNPMI),
                                              reason: "must be between -1 and 1; the default is 0.35")
        }
        if maximumPhrases < 0 {
            throw TextAnalysisError.badOption(option: "phrases.maximumPhrases", value: String(maximumPhrases),
                                              reason: "must be 0 or more; the default is 2000")
        }
    }
}
