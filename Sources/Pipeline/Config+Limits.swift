import Ingest

extension Config {
    /// The `[limits]` section: caps on what one run reads. Past a record cap the record is
    /// rejected (kept in `rejects` with a reason naming the limit and its key) and the records
    /// around it are read; memory does not follow the record's size.
    ///
    /// ```toml
    /// [limits]
    /// max_field_bytes = 16777216    # one field (16 MiB)
    /// max_record_bytes = 67108864   # one record (64 MiB)
    /// max_json_depth = 256          # nesting in one JSON record
    /// max_xml_depth = 256           # element nesting from the XML root; libxml2's own ceiling is 256
    /// max_files_per_run = 10000     # files the [[source]] globs may match; more is an error before reading
    /// ```
    public struct Limits: Sendable, Equatable, Decodable {
        /// The most bytes in one field.
        public var maxFieldBytes: Int?
        /// The most bytes in one record.
        public var maxRecordBytes: Int?
        /// The deepest JSON nesting.
        public var maxJSONDepth: Int?
        /// The deepest XML nesting.
        public var maxXMLDepth: Int?
        /// The most item files one run reads.
        public var maxFilesPerRun: Int?

        /// The default number of files one run may read.
        public static let defaultMaxFilesPerRun = 10_000

        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxFieldBytes = "max_field_bytes"
            case maxRecordBytes = "max_record_bytes"
            case maxJSONDepth = "max_json_depth"
            case maxXMLDepth = "max_xml_depth"
            case maxFilesPerRun = "max_files_per_run"
        }

        /// An empty section: every limit at its default.
        public init(maxFieldBytes: Int? = nil, maxRecordBytes: Int? = nil, maxJSONDepth: Int? = nil,
                    maxXMLDepth: Int? = nil, maxFilesPerRun: Int? = nil) {
            self.maxFieldBytes = maxFieldBytes
            self.maxRecordBytes = maxRecordBytes
            self.maxJSONDepth = maxJSONDepth
            self.maxXMLDepth = maxXMLDepth
            self.maxFilesPerRun = maxFilesPerRun
        }

        /// The record caps: these values over the defaults, checked once.
        /// - Throws: `PipelineError.config` naming the key, its value and the rule.
        public func recordLimits(file: String) throws -> RecordLimits {
            let d = RecordLimits.defaults
            let limits = RecordLimits(maxFieldBytes: maxFieldBytes ?? d.maxFieldBytes, maxRecordBytes: maxRecordBytes ?? d.maxRecordBytes,
                                      maxJSONDepth: maxJSONDepth ?? d.maxJSONDepth, maxXMLDepth: maxXMLDepth ?? d.maxXMLDepth)
            if let (key, value, rule) = limits.problem {
                throw PipelineError.config(file: file, reason: "[limits] \(key) = \(value): \(rule)")
            }
            return limits
        }

        /// The number of files one run may read, checked.
        /// - Throws: `PipelineError.config` when it is below 1.
        public func filesPerRun(file: String) throws -> Int {
            let n = maxFilesPerRun ?? Self.defaultMaxFilesPerRun
            guard n >= 1 else {
                throw PipelineError.config(file: file, reason: "[limits] max_files_per_run = \(n): must be at least 1; the default is 10,000")
            }
            return n
        }
    }
}
