import Foundation
import Ingest
import Store
import VerbatimCore

/// The ingest stage: reads export files, maps their records to items and writes them to the
/// store, one transaction per file.
///
/// By default reading and mapping run on a thread of their own, handing batches of mapped
/// records through a bounded queue to the writer, which stores them in file order: the rows,
/// counts, rejects and warnings are those of reading serially, and a failure on either side
/// still rolls the file back.
public struct Ingester: Sendable {
    /// The store written to.
    public let store: Store
    /// Whether the reader and mapper run beside the writer (true) or in turn with it.
    public let pipelined: Bool
    /// The redaction of personal data applied to every item and reject before it is written
    /// (on the reading thread); nil stores records as written (`--keep-pii`).
    public let redactor: PIIRedactor?

    /// Creates an ingester writing to `store`; `pipelined: false` reads, maps and writes each
    /// record in turn on the calling thread. Personal data is redacted by default.
    public init(store: Store, pipelined: Bool = true, redactor: PIIRedactor? = .standard) {
        self.store = store
        self.pipelined = pipelined
        self.redactor = redactor
    }

    /// Mapped records per batch handed to the writer.
    static let batchSize = 256
    /// Batches that may wait for the writer: at most this × `batchSize` records are in flight.
    static let queueCapacity = 16

    /// Ingests one file.
    /// - Parameters:
    ///   - url: the export.
    ///   - format: its format; nil detects it from the extension or the first bytes.
    ///   - record: the JSON path or XML element of the records.
    ///   - options: source name, kind, preset and column mapping.
    ///   - limits: the caps on one record (`[limits]`); a record over one is rejected.
    ///   - runID: the run the rows are stamped with.
    ///   - progress: called with the number of records read so far, every 10,000 records.
    /// - Throws: `IngestError` when the file cannot be read at all or an option cannot work.
    public func ingest(_ url: URL, format: FileFormat? = nil, record: String? = nil, options: MappingOptions,
                       limits: RecordLimits = .defaults, runID: Int64?, progress: ((Int) -> Void)? = nil) throws -> FileReport {
        let started = Date()
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.cannotOpen(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw IngestError.cannotOpen(file: path, reason: "it is a folder; name the files in it") }
        let format = format ?? FileFormat.detect(url)
        let mapper = try ItemMapper(options: options)
        mapper.file = path
        let redaction = redactor.map(RedactionTally.init)
        let reader = format.reader(for: url, record: record ?? mapper.preset?.recordPath, limits: limits)
        var warnings: [String] = []
        var truncation: String?
        let kind = options.kind ?? mapper.preset?.kind ?? .ticket
        var seen = 0
        func write(_ event: MappedEvent, to writer: ItemWriter) throws {
            switch event {
            case .item(let item, let line): try writer.upsert(item, line: line)
            case .reject(let reject): try writer.reject(reject)
            case .warning(let message): warnings.append(message)
            case .truncated(let message, let reject):
                truncation = message
                try writer.reject(reject)
                return
            }
            seen += 1
            if seen % 10_000 == 0 { progress?(seen) }
        }
        let counts: IngestCounts
        if pipelined {
            let queue = BatchQueue<MappedEvent>(capacity: Ingester.queueCapacity)
            let producer = Ingester.startReading(reader, mapper: mapper, limits: limits, redaction: redaction, into: queue)
            defer {
                // On the writer's failure the reader stops at its next batch; either way it has
                // ended before the mapper's figures are read below.
                queue.cancel()
                producer.wait()
            }
            counts = try store.ingest(file: path, source: options.source, kind: kind, runID: runID) { writer in
                while let batch = try queue.receive() {
                    for event in batch { try write(event, to: writer) }
                }
            }
        } else {
            counts = try store.ingest(file: path, source: options.source, kind: kind, runID: runID) { writer in
                try Ingester.read(reader, mapper: mapper, limits: limits, redaction: redaction) { try write($0, to: writer) }
            }
        }
        if mapper.unreadDates > 0, let first = mapper.firstUnreadDate {
            let value = redactor?.redact(first.value) ?? first.value
            warnings.append("\(path): \(mapper.unreadDates) date(s) could not be read (first: '\(value)' in column '\(first.column)' at \(first.location)); they are kept in the item's extra fields. Pass --date-format to read them.")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        return FileReport(file: path, source: options.source, format: format, preset: mapper.preset?.name ?? "generic",
                          counts: counts, warnings: warnings, truncation: truncation, bytes: size,
                          seconds: Date().timeIntervalSince(started), redactions: redaction?.counts ?? RedactionCounts())
    }

    /// Streams `reader`'s records through `mapper` (and `redaction`, when given) to `emit`, in
    /// file order; a file that breaks off ends with a `.truncated` event instead of an error. A
    /// record with a field over `limits.maxFieldBytes` is rejected here, whatever the format.
    static func read(_ reader: any RecordReader, mapper: ItemMapper, limits: RecordLimits,
                     redaction: RedactionTally? = nil,
                     _ emit: (MappedEvent) throws -> Void) throws {
        do {
            try reader.read { event in
                switch event {
                case .record(let raw):
                    if var reject = limits.oversizedField(in: raw) {
                        redaction?.redact(&reject)
                        return try emit(.reject(reject))
                    }
                    switch try mapper.map(raw) {
                    case .item(var item):
                        redaction?.redact(&item)
                        try emit(.item(item, line: raw.location.line))
                    case .reject(var reject):
                        redaction?.redact(&reject)
                        try emit(.reject(reject))
                    }
                case .reject(var reject):
                    redaction?.redact(&reject)
                    try emit(.reject(reject))
                case .warning(let message):
                    try emit(.warning(redaction?.redactor.redact(message) ?? message))
                }
            }
        } catch IngestError.truncated(let file, let location, var reason) {
            reason = redaction?.redactor.redact(reason) ?? reason
            try emit(.truncated(IngestError.truncated(file: file, location: location, reason: reason).description,
                                RecordReject(location: location, reason: "the file breaks off here: \(reason)", excerpt: "")))
        }
    }

    /// Starts a thread that reads and maps the file into `queue` in batches, then finishes the
    /// queue (with the reader's or mapper's error, if any). The semaphore is signalled when the
    /// thread is done with `reader` and `mapper`.
    static func startReading(_ reader: any RecordReader, mapper: ItemMapper, limits: RecordLimits,
                             redaction: RedactionTally? = nil,
                             into queue: BatchQueue<MappedEvent>) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let work = ReadingWork(reader: reader, mapper: mapper, redaction: redaction)
        let thread = Thread {
            var batch: [MappedEvent] = []
            batch.reserveCapacity(batchSize)
            do {
                try read(work.reader, mapper: work.mapper, limits: limits, redaction: work.redaction) { event in
                    batch.append(event)
                    if batch.count == batchSize {
                        try queue.send(batch)
                        batch = []
                        batch.reserveCapacity(batchSize)
                    }
                }
                if !batch.isEmpty { try queue.send(batch) }
                queue.finish()
            } catch {
                queue.finish(throwing: error)
            }
            done.signal()
        }
        // The readers recurse into nested JSON and XML as the calling thread would.
        thread.stackSize = 16 << 20
        thread.start()
        return done
    }

    /// The source name a file gets when none is given: its base name without extension.
    public static func defaultSourceName(for url: URL) -> String {
        let base = url.deletingPathExtension().lastPathComponent
        return base.isEmpty ? "default" : base
    }
}

/// One reader event after field mapping, as the writer takes it.
enum MappedEvent: Sendable {
    /// An item and the line it starts on.
    case item(FeedbackItem, line: Int?)
    /// A record kept aside.
    case reject(RecordReject)
    /// A message for the report.
    case warning(String)
    /// The file broke off: the message for the report and the reject that marks the place.
    case truncated(String, RecordReject)
}

/// The reader, mapper and redaction handed to the reading thread, which alone uses them until it is done.
private struct ReadingWork: @unchecked Sendable {
    let reader: any RecordReader
    let mapper: ItemMapper
    let redaction: RedactionTally?
}

/// A redactor and what it has replaced in one file so far; used by one thread at a time (the
/// reading thread, then the caller once that thread is done).
final class RedactionTally {
    let redactor: PIIRedactor
    private(set) var counts = RedactionCounts()

    init(_ redactor: PIIRedactor) {
        self.redactor = redactor
    }

    func redact(_ item: inout FeedbackItem) { redactor.redact(&item, into: &counts) }
    func redact(_ reject: inout RecordReject) { redactor.redact(&reject, into: &counts) }
}
