/// Where a record sits in its file: the line it starts on, its ordinal, and a path inside the
/// document for JSON and XML.
public struct RecordLocation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line the record starts on, when the format has lines.
    public var line: Int?
    /// 0-based ordinal of the record in its file.
    public var index: Int
    /// A path inside the document (`$.data.tickets[12]`, `/export/ticket[12]`), for JSON and XML.
    public var path: String?

    /// Creates a location.
    public init(line: Int? = nil, index: Int, path: String? = nil) {
        self.line = line
        self.index = index
        self.path = path
    }

    /// `line 12`, `line 12 (record 3)`, `$.data[3]`, or `record 3`.
    public var description: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if let path { parts.append(path) }
        if parts.isEmpty { parts.append("record \(index + 1)") }
        return parts.joined(separator: ", ")
    }
}

/// One turn of a conversation: who spoke and what they said.
public struct ConversationTurn: Sendable, Equatable {
    /// Who wrote a turn.
    public enum Role: String, Sendable, Equatable {
        /// The customer (client, user, contact, lead, end user).
        case customer
        /// The company's side (agent, admin, operator, bot).
        case agent
    }
    /// Who wrote it.
    public var role: Role
    /// What they wrote.
    public var text: String
    /// When, as written in the export (parsed later by the mapper).
    public var timestamp: String?

    /// Creates a turn.
    public init(role: Role, text: String, timestamp: String? = nil) {
        self.role = role
        self.text = text
        self.timestamp = timestamp
    }
}

/// A record as a reader found it, before field mapping: named string values in file order.
///
/// CSV records share one `names` array (the header), so building a record copies no names.
/// JSON records flatten nested objects to dotted names (`author.email`) and join arrays of
/// scalars with `", "`; XML records name child elements by their path and attributes as `@name`.
public struct RawRecord: Sendable {
    /// Field names, parallel to `values`.
    public var names: [String]
    /// Field values, parallel to `names`.
    public var values: [String]
    /// Conversation turns, when the record holds a list of turns with author roles.
    public var turns: [ConversationTurn]
    /// Where the record is in its file.
    public var location: RecordLocation

    /// Creates a record.
    public init(names: [String], values: [String], turns: [ConversationTurn] = [], location: RecordLocation) {
        self.names = names
        self.values = values
        self.turns = turns
        self.location = location
    }

    /// The value of the first field with this name, if any.
    public subscript(name: String) -> String? {
        guard let i = names.firstIndex(of: name), i < values.count else { return nil }
        return values[i]
    }

    /// A short excerpt of the record for the rejects table: `name=value` pairs, at most `limit`
    /// characters.
    public func excerpt(limit: Int = 300) -> String {
        var out = ""
        for (i, value) in values.enumerated() {
            if !out.isEmpty { out += "; " }
            if i < names.count { out += names[i] + "=" }
            out += value
            if out.count > limit { break }
        }
        return Excerpt.clip(out, limit: limit)
    }
}

/// A record a reader could not turn into a `RawRecord`: where it was, why, and what it looked like.
public struct RecordReject: Sendable, Equatable {
    /// Where it was.
    public var location: RecordLocation
    /// Why it was rejected, in a sentence a person can act on.
    public var reason: String
    /// The start of the raw text, clipped.
    public var excerpt: String

    /// Creates a reject; the excerpt is clipped to 300 characters.
    public init(location: RecordLocation, reason: String, excerpt: String) {
        self.location = location
        self.reason = reason
        self.excerpt = Excerpt.clip(excerpt, limit: 300)
    }
}

/// Clipping raw text for error messages and the rejects table.
public enum Excerpt {
    /// The first `limit` characters of `text`, with `…` when cut, and control characters other
    /// than newline and tab shown as `\u{…}` so that a NUL byte never reaches a terminal.
    public static func clip(_ text: String, limit: Int) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { out += "…"; break }
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}

/// What a reader reports as it streams a file.
public enum ReaderEvent: Sendable {
    /// A well-formed record.
    case record(RawRecord)
    /// A record that could not be read; the reader goes on with the next one.
    case reject(RecordReject)
    /// Something the user should know that loses no data (an encoding fallback, a renamed header).
    case warning(String)
}

/// A streaming reader of one file's records.
///
/// Memory is bounded by the largest record, not by the file. Readers report malformed records
/// as `.reject` and go on; they throw only when the file cannot be read at all, or when the
/// format breaks so that nothing after the fault can be trusted (the records before it have
/// already been delivered).
public protocol RecordReader {
    /// Streams every record of the file to `handle`, in file order.
    /// - Throws: `IngestError` when the file cannot be opened or is not the declared format.
    func read(_ handle: (ReaderEvent) throws -> Void) throws
}
