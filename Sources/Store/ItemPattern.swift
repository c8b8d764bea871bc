/// An item's issue type and sentiment: a row of `item_patterns`.
public struct ItemPattern: Sendable, Equatable {
    /// Where an issue type came from.
    public enum Source: String, Sendable {
        /// The keyword and phrase rules of the taxonomy.
        case rules
        /// The classifier trained with `verbatim classify train`.
        case model
    }

    /// The item's row id.
    public var itemID: Int64
    /// The issue type id (`billing`, `other`, …).
    public var issueType: String
    /// Confidence of the type, 0…1.
    public var confidence: Double
    /// Rules or the trained model.
    public var source: Source
    /// Sentiment of the customer's words, -1…+1.
    public var sentiment: Double

    /// A row.
    public init(itemID: Int64, issueType: String, confidence: Double, source: Source, sentiment: Double) {
        self.itemID = itemID
        self.issueType = issueType
        self.confidence = confidence
        self.source = source
        self.sentiment = sentiment
    }
}
