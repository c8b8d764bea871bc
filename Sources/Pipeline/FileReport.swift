import Foundation
import Ingest
import Store

/// What ingesting one file did.
public struct FileReport: Sendable {
    /// The file.
    public var file: String
    /// The source its items were stored under.
    public var source: String
    /// The format it was read as.
    public var format: FileFormat
    /// The preset that mapped its columns.
    public var preset: String
    /// Added, updated, unchanged and rejected records.
    public var counts: IngestCounts
    /// Warnings that lost no data (encoding fallbacks, renamed headers, unread dates).
    public var warnings: [String]
    /// The error that stopped reading part way, if any; the records before it were stored.
    public var truncation: String?
    /// Bytes read.
    public var bytes: Int64
    /// Seconds taken.
    public var seconds: Double
    /// Personal data replaced by placeholders, per type (see `PIIRedactor`).
    public var redactions = RedactionCounts()
}
