/// The issue type given to one item, with its confidence.
public struct IssueTypeResult: Sendable, Equatable {
    /// The type's id; `other` when no type reached the threshold.
    public var type: String
    /// The confidence in `type`, 0…1. For a typed item it is the best type's confidence (see
    /// `IssueTypeRules`); for `other` it is 1 minus the best type's confidence (1 when nothing
    /// matched at all).
    public var confidence: Double
    /// The best-scoring type even when it stayed below the threshold; nil when nothing matched.
    public var candidate: String?
    /// The candidate's confidence, 0…1 (0 when nothing matched).
    public var candidateConfidence: Double

    /// A result.
    public init(type: String, confidence: Double, candidate: String?, candidateConfidence: Double) {
        self.type = type
        self.confidence = confidence
        self.candidate = candidate
        self.candidateConfidence = candidateConfidence
    }
}
