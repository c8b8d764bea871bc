import VerbatimCore

/// Walks the nodes of an `XMLTextReader`, finds the record elements and hands each finished
/// record to the caller; keeps what it saw of the document's top for error messages.
struct XMLRecordScanner {
    /// How a scan ended.
    enum Outcome {
        /// The document ended well formed.
        case finished
        /// libxml2 reported a fatal error; the reader's messages say where.
        case fault
    }

    /// An open element outside any record.
    private struct Frame {
        /// Its name.
        var name: String
        /// Its path from the root: each step the name, with `[n]` when not the first of its name.
        var path: String
        /// How many children of each name it has had so far.
        var childCounts: [String: Int] = [:]
    }

    private let components: [String]?
    private let limits: RecordLimits
    /// Records (and rejects) a second pass does not hand out again.
    private let skip: Int
    /// Whether to stay silent about the document's shape (a second pass).
    private let quiet: Bool

    /// The root element's name, once seen.
    private(set) var rootName: String?
    /// The names of the root's children, in the order first seen.
    private(set) var rootChildNames: [String] = []
    /// Records finished so far (handed out, rejected or skipped).
    private(set) var completed = 0
    private var detected: String?
    private var stack: [Frame] = []
    private var builder: XMLRecordBuilder
    private var inRecord = false
    private var location = RecordLocation(index: 0)
    /// The deepest element of the current record, counted from the root, when it is over the limit.
    private var tooDeep: Int?

    /// Creates a scanner for the record element `components` (nil: detect it).
    init(components: [String]?, limits: RecordLimits, skip: Int = 0, quiet: Bool = false) {
        self.components = components
        self.limits = limits
        self.skip = skip
        self.quiet = quiet
        builder = XMLRecordBuilder(maxBytes: limits.maxRecordBytes)
    }

    /// Reads `reader` to its end or its first fatal error, handing out records as they finish.
    /// - Throws: whatever `handle` throws.
    mutating func scan(_ reader: XMLTextReader, _ handle: (ReaderEvent) throws -> Void) throws -> Outcome {
        while true {
            guard let more = reader.advance() else { return .fault }
            guard more else { return .finished }
            let kind = reader.kind
            switch kind {
            case .element:
                let empty = reader.isEmptyElement
                if inRecord {
                    let level = stack.count + builder.depth + 1
                    if level > limits.maxXMLDepth { tooDeep = max(tooDeep ?? 0, level) }
                    builder.open(name: reader.name, attributes: reader.attributes())
                    if empty { builder.close() }
                } else {
                    try startElement(reader, isEmpty: empty, handle)
                }
            case .endElement:
                if inRecord {
                    if builder.depth == 1 { try finishRecord(handle) } else { builder.close() }
                } else {
                    _ = stack.popLast()
                }
            case .text, .whitespace:
                if inRecord {
                    reader.withValueBytes { builder.append($0, isWhitespace: kind == .whitespace) }
                }
            case .other:
                break
            }
        }
    }

    /// An element outside any record: the root, a container, or the start of a record.
    private mutating func startElement(
        _ reader: XMLTextReader, isEmpty: Bool, _ handle: (ReaderEvent) throws -> Void
    ) throws {
        let name = reader.name
        guard let parent = stack.indices.last else {
            if rootName == nil { rootName = name }
            if !isEmpty { stack.append(Frame(name: name, path: "/" + name)) }
            return
        }
        let position = stack[parent].childCounts[name, default: 0] + 1
        stack[parent].childCounts[name] = position
        if stack.count == 1 { try noteRootChild(name, handle) }
        guard isRecord(name) else {
            if !isEmpty {
                let step = position > 1 ? "\(name)[\(position)]" : name
                stack.append(Frame(name: name, path: stack[parent].path + "/" + step))
            }
            return
        }
        location = RecordLocation(
            line: reader.line, index: completed, path: stack[parent].path + "/" + name + "[" + String(position) + "]")
        builder.begin(attributes: reader.attributes())
        tooDeep = stack.count + 1 > limits.maxXMLDepth ? stack.count + 1 : nil
        inRecord = true
        if isEmpty { try finishRecord(handle) }
    }

    /// Whether an element (outside any record, below the root) starts a record.
    private mutating func isRecord(_ name: String) -> Bool {
        guard let components else {
            guard stack.count == 1 else { return false }
            if detected == nil { detected = name }
            return name == detected
        }
        if components.count == 1 { return name == components[0] }
        guard stack.count == components.count - 1, name == components[components.count - 1] else { return false }
        for (frame, component) in zip(stack, components) where frame.name != component { return false }
        return true
    }

    /// Remembers a child name of the root; warns once per other name when the record element
    /// was detected.
    private mutating func noteRootChild(_ name: String, _ handle: (ReaderEvent) throws -> Void) throws {
        guard !rootChildNames.contains(name) else { return }
        rootChildNames.append(name)
        guard components == nil, !quiet, let detected, rootChildNames.count > 1 else { return }
        let root = rootName ?? "?"
        try handle(.warning(
            "the root <\(root)> holds elements of several names (\(rootChildNames.joined(separator: ", "))): "
                + "reading the <\(detected)> elements as records and skipping the others; "
                + "choose another with the record element option"))
    }

    /// Hands out the record just closed, or rejects it when it went over the size limit.
    private mutating func finishRecord(_ handle: (ReaderEvent) throws -> Void) throws {
        inRecord = false
        completed += 1
        let record = builder.finish(location: location)
        guard location.index >= skip else { return }
        if let depth = tooDeep {
            try handle(.reject(RecordReject(location: location, reason: limits.xmlDepthReason(depth: depth),
                                            excerpt: record?.excerpt() ?? builder.overflowExcerpt ?? "")))
        } else if let record {
            try handle(.record(record))
        } else {
            try handle(.reject(RecordReject(
                location: location, reason: limits.recordReason(bytes: builder.byteCount),
                excerpt: builder.overflowExcerpt ?? "")))
        }
    }
}
