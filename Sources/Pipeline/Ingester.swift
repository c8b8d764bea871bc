import Foundation
import Ingest
import Store
import VerbatimCore

/// The ingest stage: reads export files, maps their records to items and writes them to the
/// store, one transaction per file.
public struct Ingester: Sendable {
    /// The store written to.
    public let store: Store

    /// Creates an ingester writing to `store`.
    public init(store: Store) {
        self.store = store
    }

    /// Ingests one file.
    /// - Parameters:
    ///   - url: the export.
    ///   - format: its format; nil detects it from the extension or the first bytes.
    ///   - record: the JSON path or XML element of the records.
    ///   - options: source name, kind, preset and column mapping.
    ///   - runID: the run the rows are stamped with.
    ///   - progress: called with the number of records read so far, every 10,000 records.
    /// - Throws: `IngestError` when the file cannot be read at all or an option cannot work.
    public func ingest(_ url: URL, format: FileFormat? = nil, record: String? = nil, options: MappingOptions,
                       runID: Int64?, progress: ((Int) -> Void)? = nil) throws -> FileReport {
        let started = Date()
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.cannotOpen(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw IngestError.cannotOpen(file: path, reason: "it is a folder; name the files in it") }
        let format = format ?? FileFormat.detect(url)
        let mapper = try ItemMapper(options: options)
        let reader = format.reader(for: url, record: record ?? mapper.preset?.recordPath)
        var warnings: [String] = []
        var truncation: String?
        let kind = options.kind ?? mapper.preset?.kind ?? .ticket
        var seen = 0
        let counts = try store.ingest(file: path, source: options.source, kind: kind, runID: runID) { writer in
            do {
                try reader.read { event in
                    switch event {
                    case .record(let raw):
                        switch try mapper.map(raw) {
                        case .item(let item): try writer.upsert(item, line: raw.location.line)
                        case .reject(let reject): try writer.reject(reject)
                        }
                    case .reject(let reject):
                        try writer.reject(reject)
                    case .warning(let message):
                        warnings.append(message)
                    }
                    seen += 1
                    if seen % 10_000 == 0 { progress?(seen) }
                }
            } catch IngestError.truncated(let file, let location, let reason) {
                truncation = IngestError.truncated(file: file, location: location, reason: reason).description
                try writer.reject(RecordReject(location: location, reason: "the file breaks off here: \(reason)", excerpt: ""))
            }
        }
        if mapper.unreadDates > 0, let first = mapper.firstUnreadDate {
            warnings.append("\(path): \(mapper.unreadDates) date(s) could not be read (first: '\(first.value)' in column '\(first.column)' at \(first.location)); they are kept in the item's extra fields. Pass --date-format to read them.")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        return FileReport(file: path, source: options.source, format: format, preset: mapper.preset?.name ?? "generic",
                          counts: counts, warnings: warnings, truncation: truncation, bytes: size,
                          seconds: Date().timeIntervalSince(started))
    }

    /// The source name a file gets when none is given: its base name without extension.
    public static func defaultSourceName(for url: URL) -> String {
        let base = url.deletingPathExtension().lastPathComponent
        return base.isEmpty ? "default" : base
    }
}
