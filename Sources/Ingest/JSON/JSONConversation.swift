import VerbatimCore

/// Recognises conversation turns inside a JSON record.
///
/// An array is a conversation when every element is a turn object (a text key and a role) or
/// a `[speaker, text]` pair, and at least one element names a known role. A turn object's role
/// comes from a role-like key's value (`role`, `author.type`, `speaker`, …) or, failing that,
/// from a key whose name is a role (`{"client": "name", "message": …}`). Elements whose speaker
/// is not a known role (`action`, `system`) and elements with an empty text (assignment and
/// close events) are skipped.
enum JSONConversation {
    /// Keys holding a turn's text, in order of preference.
    static let textKeys = ["message", "text", "body", "content", "value"]
    /// Dotted keys whose value names a turn's role, in order of preference.
    static let roleKeys = ["role", "author.type", "author_type", "from", "sender", "speaker", "type", "participant"]
    /// Keys holding a turn's time, in order of preference.
    static let timeKeys = ["datetime", "created_at", "timestamp", "time"]

    private static let customerNames: Set<String> = [
        "client", "customer", "user", "contact", "lead", "visitor", "end-user", "end_user", "requester",
    ]
    private static let agentNames: Set<String> = [
        "agent", "admin", "operator", "bot", "assistant", "support", "staff", "teammate",
    ]

    /// What one array element turned out to be.
    enum Element {
        /// A turn with text.
        case turn(ConversationTurn)
        /// A turn-shaped element to leave out: a known role with no text, or an unknown speaker.
        case skipped(knownRole: Bool)
        /// Not a turn at all.
        case notTurn
    }

    /// The role a name stands for (`client1` → customer, `Admin` → agent), or nil.
    static func role(named name: String) -> ConversationTurn.Role? {
        var lower = name.lowercased()
        while let last = lower.last, last.isASCII, last.isNumber { lower.removeLast() }
        if customerNames.contains(lower) { return .customer }
        if agentNames.contains(lower) { return .agent }
        return nil
    }

    /// The turns of `elements`, or nil when the array is not a conversation.
    static func turns(in elements: [JSONValue]) -> [ConversationTurn]? {
        var turns: [ConversationTurn] = []
        var knownRoles = 0
        for element in elements {
            let kind: Element
            switch element {
            case .object: kind = classify(element)
            case .array(let pair): kind = classifyPair(pair)
            default: return nil
            }
            switch kind {
            case .turn(let turn): turns.append(turn); knownRoles += 1
            case .skipped(let known): if known { knownRoles += 1 }
            case .notTurn: return nil
            }
        }
        return knownRoles > 0 ? turns : nil
    }

    /// Classifies one object as a turn.
    static func classify(_ object: JSONValue) -> Element {
        guard case .object(let members) = object else { return .notTurn }
        var text: String?
        var hasTextKey = false
        for key in textKeys {
            guard let value = members.first(where: { $0.key == key })?.value else { continue }
            if case .string(let s) = value { text = s; hasTextKey = true; break }
            if case .null = value { hasTextKey = true; break }
        }
        guard hasTextKey else { return .notTurn }
        var role: ConversationTurn.Role?
        var hasRoleKey = false
        for key in roleKeys {
            guard case .string(let name)? = object.value(atDottedPath: key) else { continue }
            hasRoleKey = true
            if let found = self.role(named: name) { role = found; break }
        }
        if role == nil {
            for member in members {
                if let found = self.role(named: member.key) { role = found; break }
            }
        }
        guard let role else { return hasRoleKey ? .skipped(knownRole: false) : .notTurn }
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return .skipped(knownRole: true) }
        var timestamp: String?
        for key in timeKeys {
            if let t = members.first(where: { $0.key == key })?.value.scalarText { timestamp = t; break }
        }
        return .turn(ConversationTurn(role: role, text: text, timestamp: timestamp))
    }

    /// Classifies a `[speaker, text]` pair.
    private static func classifyPair(_ pair: [JSONValue]) -> Element {
        guard pair.count == 2, case .string(let speaker) = pair[0], case .string(let text) = pair[1] else {
            return .notTurn
        }
        guard let role = Self.role(named: speaker) else { return .skipped(knownRole: false) }
        guard text.contains(where: { !$0.isWhitespace }) else { return .skipped(knownRole: true) }
        return .turn(ConversationTurn(role: role, text: text))
    }
}
