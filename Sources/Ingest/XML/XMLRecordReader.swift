import Foundation
import VerbatimCore

/// Streams the records of an XML export with libxml2's pull parser (`xmlTextReader`).
///
/// A record is one element: named in `options.recordElement`, or the root's first child. See
/// `XMLRecordBuilder` for how its attributes, children and conversation turns become fields.
///
/// Safety: no entity substitution, no DTD loading, no network (see `XMLTextReader`). An
/// external entity (XXE) stays unexpanded and contributes no text; an external DTD or parameter
/// entity is never fetched (entities it would declare stay undeclared, reported as warnings);
/// an entity-amplification bomb (billion laughs) stops the parse at once with
/// `IngestError.truncated`.
///
/// When the document stops being well formed part way, the records completed before the fault
/// are handed out (re-reading the bytes before it, since libxml2 parses up to 512 bytes ahead
/// and can stop before handing out records it has already parsed), then
/// `IngestError.truncated` names libxml2's line and message. A fault thus costs a second read
/// of the file up to the fault.
///
/// - Complexity: O(n) in the file's size; memory bounded by the largest record.
public struct XMLRecordReader: RecordReader {
    /// The file to read.
    public let url: URL
    /// How records are found.
    public let options: XMLReaderOptions

    /// Creates a reader of the XML file at `url`.
    public init(url: URL, options: XMLReaderOptions = .init()) {
        self.url = url
        self.options = options
    }

    /// Streams every record of the file to `handle`, in file order.
    ///
    /// Records come as `.record`; a record over `maxRecordBytes` as `.reject`; a detected
    /// record element among other names as `.warning` when it is noticed, and libxml2's
    /// non-fatal complaints (the first 20, then a count) as `.warning` after the records.
    /// - Throws: `IngestError.cannotOpen` for a missing or unreadable file;
    ///   `IngestError.notFormat` when the file is empty, is not XML, or never holds the record
    ///   element; `IngestError.truncated` when it stops being well formed after the root began;
    ///   `IngestError.badOption` for an unusable option; and whatever `handle` throws.
    public func read(_ handle: (ReaderEvent) throws -> Void) throws {
        let components = try options.recordComponents()
        let file = url.path
        let source = try XMLByteSource(path: file, file: file)
        guard source.size != 0 else {
            throw IngestError.notFormat(file: file, format: "XML", reason: "the file is empty")
        }
        guard let reader = XMLTextReader(source: source, url: url.absoluteString) else {
            throw IngestError.cannotOpen(file: file, reason: "libxml2 could not create a reader")
        }
        var scanner = XMLRecordScanner(components: components, limits: options.limits)
        let outcome = try scanner.scan(reader, handle)
        for message in reader.messages where message.severity != .fatal {
            try handle(.warning("line \(message.line): \(message.text)"))
        }
        if reader.droppedComplaints > 0 {
            try handle(.warning("\(reader.droppedComplaints) more XML warnings not shown"))
        }
        if case .fault = outcome {
            let fault = Self.fault(in: reader.messages, document: url.absoluteString)
            let recovered = try recover(
                before: fault, completed: scanner.completed, components: components,
                encoding: reader.encoding, handle)
            guard scanner.rootName != nil || recovered.sawRoot else {
                throw IngestError.notFormat(file: file, format: "XML", reason: "line \(fault.line): \(fault.text)")
            }
            throw IngestError.truncated(
                file: file, location: RecordLocation(line: fault.line > 0 ? fault.line : nil, index: recovered.completed),
                reason: fault.text)
        }
        guard let root = scanner.rootName else {
            throw IngestError.notFormat(file: file, format: "XML", reason: "the file holds no element")
        }
        guard scanner.completed == 0 else { return }
        let children = scanner.rootChildNames.isEmpty
            ? "no child elements" : "these child elements: " + scanner.rootChildNames.joined(separator: ", ")
        if let element = options.recordElement {
            throw IngestError.notFormat(
                file: file, format: "XML",
                reason: "no <\(element)> record element; the root <\(root)> holds \(children)")
        }
        try handle(.warning("the root <\(root)> holds no records (\(children))"))
    }

    /// The message that stopped the parser: the first fatal one reported against the document
    /// itself (an error inside an entity's replacement text is reported again where the entity
    /// is used, with the document's line), else the first fatal one, else the last.
    private static func fault(in messages: [XMLParseMessage], document: String) -> XMLParseMessage {
        messages.first { $0.severity == .fatal && $0.file == document }
            ?? messages.first { $0.severity == .fatal }
            ?? messages.last
            ?? XMLParseMessage(severity: .fatal, line: 0, column: 0, text: "the XML parser stopped", file: nil)
    }
}
