import VerbatimCore

/// The words that make an XML element a conversation turn: the attribute or child naming who
/// spoke, the role values, and the children holding the text and the time.
enum XMLConversationVocabulary {
    /// Attributes (or child elements) naming the speaker: `<turn role="agent">`,
    /// `<message author="customer">`.
    static let roleKeys: Set<String> = [
        "role", "author", "from", "sender", "speaker", "by", "author_role", "author_type", "sender_type",
    ]
    /// Children holding a turn's words when the role is given by a child element.
    static let textKeys: [String] = ["text", "body", "content", "message", "comment"]
    /// Attributes or children holding when a turn was written.
    static let timeKeys: Set<String> = [
        "time", "timestamp", "at", "date", "datetime", "created", "created_at", "sent_at",
    ]

    /// The role a speaker value stands for, case-insensitively, or nil when it names neither side.
    static func role(_ value: String) -> ConversationTurn.Role? {
        switch value.lowercased() {
        case "customer", "client", "user", "contact", "visitor", "end-user", "enduser", "end_user":
            return .customer
        case "agent", "admin", "operator", "bot", "support", "staff":
            return .agent
        default:
            return nil
        }
    }
}
