/// How the JSON reader finds and limits records.
public struct JSONReaderOptions: Sendable {
    /// The dotted path of the array of records inside the top-level object (`data.tickets`,
    /// a leading `$.` is allowed). nil finds it: a top-level array, JSON Lines, or the first
    /// array of objects in the top-level object, depth first (with a warning naming it).
    public var recordPath: String?
    /// The largest record, in bytes, that is read; bigger records are rejected and skipped.
    /// Default 64 MiB (`[limits] max_record_bytes`). Memory use is bounded by this plus one chunk.
    public var maxRecordBytes: Int
    /// How deep arrays and objects may nest in one record, its own braces being level 1; a
    /// deeper record is rejected and skipped. Default 256 (`[limits] max_json_depth`).
    public var maxDepth: Int

    /// Creates options.
    /// - Parameters:
    ///   - recordPath: the dotted path of the records, or nil to detect it.
    ///   - maxRecordBytes: the largest record read, in bytes; default 64 MiB.
    ///   - maxDepth: the deepest nesting of a record; default 256.
    public init(recordPath: String? = nil, maxRecordBytes: Int = 64 << 20, maxDepth: Int = 256) {
        self.recordPath = recordPath
        self.maxRecordBytes = maxRecordBytes
        self.maxDepth = maxDepth
    }

    /// The record limits these options set, for reject reasons.
    var limits: RecordLimits {
        RecordLimits(maxRecordBytes: maxRecordBytes, maxJSONDepth: maxDepth)
    }

    /// The path's keys, without a leading `$`; nil when no path is set, empty for `$`.
    var recordPathComponents: [String]? {
        guard var path = recordPath else { return nil }
        if path.hasPrefix("$") { path.removeFirst() }
        if path.hasPrefix(".") { path.removeFirst() }
        if path.isEmpty { return [] }
        return path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
