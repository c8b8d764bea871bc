import CLibXML2

/// The one place that calls libxml2: a pull reader (`xmlTextReader`) over an `XMLByteSource`,
/// with safe options and a structured error handler that collects messages instead of printing
/// them.
///
/// Options: `XML_PARSE_NONET` (no network), `XML_PARSE_BIG_LINES` (true line numbers past
/// 65,535). Deliberately absent: `XML_PARSE_NOENT` (entity substitution, which lets an external
/// entity leak a local file), `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`, `XML_PARSE_DTDVALID`
/// (no DTD is ever fetched) and `XML_PARSE_HUGE` (libxml2's limits stay on: text nodes over
/// 10 MB and entity amplification are fatal errors).
final class XMLTextReader {
    /// The parser options every reader uses.
    static let parserOptions: Int32 = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    private let reader: xmlTextReaderPtr
    private let source: XMLByteSource
    private let collector: MessageCollector
    private var names: [UInt: String] = [:]
    private var recentKeys: [UInt] = []
    private var recentNames: [String] = []

    /// Collects libxml2's structured errors; shared with the C callback through an opaque
    /// pointer. Keeps every fatal message but only the first `keptComplaints` others, so that a
    /// complaint repeated in every record cannot grow memory.
    fileprivate final class MessageCollector {
        /// How many warnings and recoverable errors are kept.
        static let keptComplaints = 20
        /// The messages kept, in order.
        var messages: [XMLParseMessage] = []
        /// Warnings and recoverable errors kept so far.
        var complaints = 0
        /// Warnings and recoverable errors dropped past the cap.
        var dropped = 0

        func add(_ message: XMLParseMessage) {
            if message.severity != .fatal {
                guard complaints < Self.keptComplaints else { dropped += 1; return }
                complaints += 1
            }
            messages.append(message)
        }
    }

    /// The messages libxml2 reported so far, in order: every fatal one and the first 20 others.
    var messages: [XMLParseMessage] { collector.messages }
    /// How many warnings and recoverable errors were reported past the first 20.
    var droppedComplaints: Int { collector.dropped }

    /// Creates a reader pulling from `source`; `url` is the document's base URI.
    /// Returns nil when libxml2 cannot allocate a reader.
    init?(source: XMLByteSource, url: String) {
        let collector = MessageCollector()
        let context = Unmanaged.passUnretained(source).toOpaque()
        guard let reader = xmlReaderForIO(xmlByteSourceRead, nil, context, url, nil, Self.parserOptions) else {
            return nil
        }
        self.reader = reader
        self.source = source
        self.collector = collector
        xmlTextReaderSetStructuredErrorHandler(
            reader, xmlMessageCollectorHandler, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node: true when there is one, false at the end of the document.
    /// Returns nil on a fatal parse error (see `messages`).
    func advance() -> Bool? {
        switch xmlTextReaderRead(reader) {
        case 1: return true
        case 0: return false
        default: return nil
        }
    }

    /// The kind of the current node.
    var kind: XMLNodeKind {
        switch xmlTextReaderNodeType(reader) {
        case 1: return .element
        case 15: return .endElement
        case 3, 4: return .text
        case 13, 14: return .whitespace
        default: return .other
        }
    }

    /// Whether the current element is written `<a/>` (no end-element node follows).
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The qualified name of the current node. Names live in the parser's dictionary for the
    /// reader's whole life, so each is turned into a `String` once; the first 32 distinct
    /// names are found by a linear scan of their addresses, which beats hashing.
    var name: String {
        guard let pointer = xmlTextReaderConstName(reader) else { return "" }
        let key = UInt(bitPattern: pointer)
        if let i = recentKeys.firstIndex(of: key) { return recentNames[i] }
        if let known = names[key] { return known }
        let made = String(cString: pointer)
        if recentKeys.count < 32 {
            recentKeys.append(key)
            recentNames.append(made)
        } else {
            names[key] = made
        }
        return made
    }

    /// Calls `body` with the bytes of the current node's value (text, CDATA, whitespace),
    /// valid only during the call.
    func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let pointer = xmlTextReaderConstValue(reader) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer))))
    }

    /// The current element's attributes in document order, namespace declarations left out.
    func attributes() -> [(name: String, value: String)] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var out: [(name: String, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            out.append((name: name, value: value))
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// The 1-based line the current node starts on, or nil when libxml2 does not know it.
    var line: Int? {
        guard let node = xmlTextReaderCurrentNode(reader) else { return nil }
        let line = xmlGetLineNo(node)
        return line > 0 ? Int(line) : nil
    }

    /// The line the parser has reached (ahead of the current node), or nil when unknown.
    var parserLine: Int? {
        let line = xmlTextReaderGetParserLineNumber(reader)
        return line > 0 ? Int(line) : nil
    }

    /// The document's encoding as libxml2 decided it (`UTF-8`, `ISO-8859-1`, …), if known.
    var encoding: String? {
        xmlTextReaderConstEncoding(reader).map { String(cString: $0) }
    }
}


/// libxml2's read callback: pulls from the `XMLByteSource` behind `context`.
private func xmlByteSourceRead(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
) -> Int32 {
    guard let context, let buffer, length > 0 else { return 0 }
    let source = Unmanaged<XMLByteSource>.fromOpaque(context).takeUnretainedValue()
    return Int32(source.read(into: UnsafeMutableRawPointer(buffer), count: Int(length)))
}

/// libxml2's structured error callback: records the message with its line instead of printing it.
private func xmlMessageCollectorHandler(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<XMLTextReader.MessageCollector>.fromOpaque(context).takeUnretainedValue()
    let severity: XMLParseMessage.Severity
    switch error.pointee.level {
    case XML_ERR_WARNING: severity = .warning
    case XML_ERR_ERROR: severity = .error
    default: severity = .fatal
    }
    var text = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    while let last = text.last, last.isWhitespace { text.removeLast() }
    collector.add(XMLParseMessage(
        severity: severity, line: Int(error.pointee.line), column: Int(error.pointee.int2), text: text,
        file: error.pointee.file.map { String(cString: $0) }))
}
