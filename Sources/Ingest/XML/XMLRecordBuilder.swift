import VerbatimCore

/// Builds one `RawRecord` from the nodes of a record element as the reader streams them.
///
/// Naming: the record's attributes are `@id`, `@type`, …; a child element's trimmed text is
/// named by its path below the record (`comment`, `customer/email`), a child's attributes
/// `customer/@id`. A repeated path joins its non-empty values with `", "`. An element holding
/// both text and elements (mixed content) gets the whole text, in document order, and its
/// inner elements get no fields of their own. The record's own text, outside its children, is
/// `text`. Elements
/// with a speaker (`<turn role="agent">`, `<message author="customer">`, or children
/// `<author>customer</author><text>…</text>`) become `turns` instead of fields.
struct XMLRecordBuilder {
    /// One open element of the record (the record itself first). Frames are reused from one
    /// element and one record to the next, so their text buffers keep their capacity.
    private struct Frame {
        /// Path below the record; empty for the record itself.
        var path = ""
        /// Its text and, below the record, its descendants' text, in document order.
        var text: [UInt8] = []
        /// Whether it holds non-whitespace text of its own.
        var hasOwnText = false
        /// Whether it holds elements.
        var hasElements = false
        /// The first field that belongs to this element's subtree.
        var fieldStart = 0
        /// The speaker, when this element is a turn.
        var role: ConversationTurn.Role?
        /// The turn's time, from an attribute or a time child.
        var timestamp: String?
        /// Whether this element lies inside a turn (its text goes to the turn, not to fields).
        var insideTurn = false
        /// Whether this element is a time child of a turn.
        var isTurnTime = false

        /// Makes the frame a fresh element at `path`, keeping the text buffer's capacity.
        mutating func reset(path: String, fieldStart: Int) {
            self.path = path
            text.removeAll(keepingCapacity: true)
            hasOwnText = false
            hasElements = false
            self.fieldStart = fieldStart
            role = nil
            timestamp = nil
            insideTurn = false
            isTurnTime = false
        }
    }

    private var names: [String] = []
    private var values: [String] = []
    private var turns: [ConversationTurn] = []
    /// The previous record's names, shared with this one's when they are the same.
    private var previousNames: [String] = []
    private var frames: [Frame] = []
    /// How many elements of the record are open, the record itself included.
    private(set) var depth = 0
    private let maxBytes: Int
    /// The record's text bytes so far (counted on past the limit).
    private(set) var byteCount = 0
    /// The record's fields as they stood when it went over the limit, for the reject's excerpt.
    private(set) var overflowExcerpt: String?

    /// Creates a builder for records of at most `maxBytes` bytes of text.
    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Starts a record with the record element's attributes.
    mutating func begin(attributes: [(name: String, value: String)]) {
        names = []
        names.reserveCapacity(previousNames.count)
        values = []
        values.reserveCapacity(previousNames.count)
        turns = []
        byteCount = 0
        overflowExcerpt = nil
        depth = 0
        push(path: "")
        for attribute in attributes {
            count(attribute.value.utf8.count)
            add("@" + attribute.name, attribute.value)
        }
    }

    /// Opens a child element; an empty element (`<a/>`) is closed again by the caller.
    mutating func open(name: String, attributes: [(name: String, value: String)]) {
        let parent = depth - 1
        guard parent >= 0 else { return }
        frames[parent].hasElements = true
        let parentPath = frames[parent].path
        let parentInTurn = frames[parent].insideTurn || frames[parent].role != nil
        push(path: parentPath.isEmpty ? name : parentPath + "/" + name)
        let current = depth - 1
        if parentInTurn {
            frames[current].insideTurn = true
            frames[current].isTurnTime = XMLConversationVocabulary.timeKeys.contains(name.lowercased())
        } else {
            for attribute in attributes where XMLConversationVocabulary.roleKeys.contains(attribute.name.lowercased()) {
                if let role = XMLConversationVocabulary.role(attribute.value) {
                    frames[current].role = role
                    break
                }
            }
        }
        for attribute in attributes {
            count(attribute.value.utf8.count)
            if frames[current].role != nil {
                if XMLConversationVocabulary.timeKeys.contains(attribute.name.lowercased()) {
                    frames[current].timestamp = attribute.value
                }
            } else if !frames[current].insideTurn {
                add(frames[current].path + "/@" + attribute.name, attribute.value)
            }
        }
    }

    /// Adds character data (text, CDATA or whitespace) to the innermost open element.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, isWhitespace: Bool) {
        let last = depth - 1
        guard last >= 0, !bytes.isEmpty else { return }
        count(bytes.count)
        guard overflowExcerpt == nil else { return }
        if !isWhitespace && !frames[last].hasOwnText {
            frames[last].hasOwnText = bytes.contains { !Self.isSpace($0) }
        }
        frames[last].text.append(contentsOf: bytes)
    }

    /// Closes the innermost child element, turning it into a field, a turn or nothing.
    mutating func close() {
        guard depth > 1 else { return }
        depth -= 1
        let current = depth
        let parent = depth - 1
        guard overflowExcerpt == nil else { return }
        let text = Self.trimmed(frames[current].text)
        if frames[current].isTurnTime {
            frames[parent].timestamp = text
            return
        }
        if parent > 0 { frames[parent].text.append(contentsOf: frames[current].text) }
        if frames[current].insideTurn { return }
        if let role = frames[current].role {
            turns.append(ConversationTurn(role: role, text: text, timestamp: frames[current].timestamp))
        } else if !frames[current].hasElements {
            add(frames[current].path, text)
        } else if frames[current].hasOwnText {
            truncateFields(to: frames[current].fieldStart)
            add(frames[current].path, text)
        } else {
            turnFromChildren(of: frames[current])
        }
    }

    /// Closes the record and returns it, or nil when it went over the size limit. The record's
    /// own text (outside its child elements) becomes the field `text`.
    mutating func finish(location: RecordLocation) -> RawRecord? {
        depth = 0
        guard overflowExcerpt == nil, let record = frames.first else { return nil }
        if record.hasOwnText { add("text", Self.trimmed(record.text)) }
        if names == previousNames { names = previousNames } else { previousNames = names }
        return RawRecord(names: names, values: values, turns: turns, location: location)
    }

    /// Opens a frame at `path`, reusing one left by an earlier element when there is one.
    private mutating func push(path: String) {
        if depth == frames.count { frames.append(Frame()) }
        frames[depth].reset(path: path, fieldStart: values.count)
        depth += 1
    }

    /// Makes a turn of an element whose children name the speaker and hold the words
    /// (`<message><author>customer</author><text>…</text></message>`).
    private mutating func turnFromChildren(of frame: Frame) {
        let prefix = frame.path + "/"
        var role: ConversationTurn.Role?
        var text: String?
        var timestamp: String?
        for i in frame.fieldStart..<names.count where names[i].hasPrefix(prefix) {
            let key = names[i].dropFirst(prefix.count).lowercased()
            if XMLConversationVocabulary.roleKeys.contains(key) {
                role = role ?? XMLConversationVocabulary.role(values[i])
            } else if XMLConversationVocabulary.timeKeys.contains(key) {
                timestamp = values[i]
            } else if text == nil, XMLConversationVocabulary.textKeys.contains(key) {
                text = values[i]
            }
        }
        guard let role, let text else { return }
        truncateFields(to: frame.fieldStart)
        turns.append(ConversationTurn(role: role, text: text, timestamp: timestamp))
    }

    /// Adds a field, joining it to an earlier field of the same name with `", "`.
    private mutating func add(_ name: String, _ value: String) {
        guard overflowExcerpt == nil else { return }
        if let i = names.lastIndex(of: name) {
            if value.isEmpty { return }
            // In place: a record with thousands of repeats of one path must not copy the joined value each time.
            if values[i].isEmpty {
                values[i] = value
            } else {
                values[i].append(", ")
                values[i].append(value)
            }
        } else {
            names.append(name)
            values.append(value)
        }
    }

    private mutating func truncateFields(to count: Int) {
        names.removeSubrange(count...)
        values.removeSubrange(count...)
    }

    /// Counts text towards the limit; past it, keeps an excerpt and drops everything else.
    private mutating func count(_ bytes: Int) {
        byteCount += bytes
        guard byteCount > maxBytes, overflowExcerpt == nil else { return }
        var excerpt = RawRecord(names: names, values: values, location: RecordLocation(index: 0)).excerpt()
        if let open = frames.last, !open.text.isEmpty {
            excerpt += (excerpt.isEmpty ? "" : "; ") + (open.path.isEmpty ? "text" : open.path) + "="
                + String(decoding: open.text.prefix(300), as: UTF8.self)
        }
        overflowExcerpt = excerpt
        names = []
        values = []
        turns = []
        for i in frames.indices { frames[i].text.removeAll() }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The bytes without surrounding XML whitespace, as a string.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
