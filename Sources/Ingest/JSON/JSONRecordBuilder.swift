import VerbatimCore

/// Turns one parsed JSON object into a `RawRecord`.
///
/// Nested objects are flattened to dotted names (`author.email`); scalars become strings
/// (numbers as written, `true`/`false`); null, empty objects and empty arrays are left out;
/// arrays of scalars are joined with `", "`. The first array that is a conversation becomes
/// the record's `turns` and no field; an Intercom-style `source` message with a known author
/// comes first among the turns (with the record's time when it has none) and its text is not
/// kept again as a field. Any other array holding objects or arrays is kept as its compact JSON
/// text.
enum JSONRecordBuilder {
    /// The record for `members` at `location`.
    static func record(_ members: [JSONMember], location: RecordLocation) -> RawRecord {
        var names: [String] = []
        var values: [String] = []
        var turns: [ConversationTurn]?
        names.reserveCapacity(members.count)
        values.reserveCapacity(members.count)
        flatten(members, prefix: "", names: &names, values: &values, turns: &turns)
        var allTurns = turns ?? []
        if let source = members.first(where: { $0.key == "source" })?.value,
           case .turn(var first) = JSONConversation.classify(source) {
            if first.timestamp == nil {
                first.timestamp = JSONConversation.timeKeys.lazy
                    .compactMap { key in members.first(where: { $0.key == key })?.value.scalarText }.first
            }
            allTurns.insert(first, at: 0)
            // The source message is now a turn; do not keep its text a second time as a field.
            if let i = names.indices.first(where: { names[$0].hasPrefix("source.") && values[$0] == first.text }) {
                names.remove(at: i)
                values.remove(at: i)
            }
        }
        return RawRecord(names: names, values: values, turns: allTurns, location: location)
    }

    private static func flatten(_ members: [JSONMember], prefix: String,
                                names: inout [String], values: inout [String], turns: inout [ConversationTurn]?) {
        for member in members {
            let key = member.key, value = member.value
            let name = prefix.isEmpty ? key : prefix + "." + key
            switch value {
            case .null:
                continue
            case .string(let s):
                names.append(name); values.append(s)
            case .number(let n):
                names.append(name); values.append(n)
            case .bool(let b):
                names.append(name); values.append(b ? "true" : "false")
            case .object(let inner):
                flatten(inner, prefix: name, names: &names, values: &values, turns: &turns)
            case .array(let elements):
                if elements.isEmpty { continue }
                if let joined = joinedScalars(elements) {
                    if let joined { names.append(name); values.append(joined) }
                    continue
                }
                if turns == nil, let found = JSONConversation.turns(in: elements) {
                    turns = found
                    continue
                }
                names.append(name); values.append(value.compactText)
            }
        }
    }

    /// For an array of scalars and nulls: `.some(joined)`, or `.some(nil)` when all are null.
    /// For an array holding a container: nil.
    private static func joinedScalars(_ elements: [JSONValue]) -> String?? {
        var parts: [String] = []
        for element in elements {
            switch element {
            case .null: continue
            case .object, .array: return nil
            default: if let text = element.scalarText { parts.append(text) }
            }
        }
        return .some(parts.isEmpty ? nil : parts.joined(separator: ", "))
    }
}
