/// What kind of feedback an item is. Stored as its raw value.
public enum ItemKind: String, Sendable, CaseIterable, Codable {
    /// A helpdesk ticket: subject, description, status, priority, resolution times.
    case ticket
    /// A chat or social conversation; the text is the customer's turns.
    case chat
    /// An open-ended survey answer (NPS, CSAT, CES) with its score.
    case survey
    /// A product or app review with a star rating.
    case review
}

/// The scale a numeric score was given on.
public enum ScoreType: String, Sendable, CaseIterable, Codable {
    /// Net Promoter Score answer, 0 to 10.
    case nps
    /// Customer satisfaction, 1 to 5.
    case csat
    /// Customer effort score, 1 to 7.
    case ces
    /// A star rating, 1 to 5.
    case rating

    /// The inclusive range a valid score lies in.
    public var range: ClosedRange<Double> {
        switch self {
        case .nps: return 0...10
        case .csat: return 1...5
        case .ces: return 1...7
        case .rating: return 1...5
        }
    }
}
