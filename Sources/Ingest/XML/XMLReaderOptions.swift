/// How `XMLRecordReader` finds records in a document.
public struct XMLReaderOptions: Sendable {
    /// The element that holds one record: a name matched at any depth (`response`), or a
    /// simple path from the root (`export/tickets/ticket`, a leading `/` allowed). `nil`
    /// (the default) picks the name of the root's first child element.
    public var recordElement: String?
    /// The most text, in UTF-8 bytes (element text plus attribute values), one record may
    /// hold; a larger record is rejected and reading goes on. Default 64 MiB (`[limits]
    /// max_record_bytes`).
    ///
    /// libxml2 has its own, lower limit per text node (10 MB): a single text node over it is a
    /// fatal parse error, reported as `IngestError.truncated` after the records before it.
    public var maxRecordBytes: Int
    /// How deep elements may nest, the root being level 1: a record with an element deeper is
    /// rejected. Default 256 (`[limits] max_xml_depth`), which is also libxml2's own ceiling:
    /// past 256 levels libxml2 stops the whole document (raising it needs `XML_PARSE_HUGE`, which
    /// would lift libxml2's other safety limits too).
    public var maxDepth: Int

    /// Creates options; see each property for its default.
    public init(recordElement: String? = nil, maxRecordBytes: Int = 64 << 20, maxDepth: Int = 256) {
        self.recordElement = recordElement
        self.maxRecordBytes = maxRecordBytes
        self.maxDepth = maxDepth
    }

    /// The record limits these options set, for reject reasons.
    var limits: RecordLimits {
        RecordLimits(maxRecordBytes: maxRecordBytes, maxXMLDepth: maxDepth)
    }

    /// The record element split into path components, checked once.
    /// - Throws: `IngestError.badOption` for an empty name or path component, or a size below 1.
    func recordComponents() throws -> [String]? {
        guard maxRecordBytes > 0 else {
            throw IngestError.badOption(
                option: "maxRecordBytes", value: String(maxRecordBytes),
                reason: "a record limit must be at least 1 byte; the default is 64 MiB")
        }
        guard maxDepth > 0 else {
            throw IngestError.badOption(option: "maxDepth", value: String(maxDepth),
                                        reason: "a depth limit must be at least 1; the default is 256")
        }
        guard let recordElement else { return nil }
        var path = Substring(recordElement)
        if path.hasPrefix("/") { path = path.dropFirst() }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw IngestError.badOption(
                option: "--record", value: recordElement,
                reason: "give an element name (response) or a path from the root (export/tickets/ticket)")
        }
        return parts
    }
}
