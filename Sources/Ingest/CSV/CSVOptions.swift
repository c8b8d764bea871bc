/// How `CSVReader` reads a delimited text file.
///
/// Every option has a default that suits an ordinary export: a comma, semicolon, tab or pipe
/// separated file with a header row, quoted with `"` as RFC 4180 describes.
public struct CSVOptions: Sendable, Equatable {
    /// The field separator, or `nil` (the default) to sniff one among `,` `;` tab and `|` from
    /// the first 64 KiB.
    ///
    /// When sniffing finds none of them used consistently, the file is read as lines of text:
    /// one field per line, quotes kept as written.
    public var delimiter: UInt8?
    /// Whether the first record names the columns (default `true`). Without a header the
    /// columns are named `column1`, `column2`, … after the first record's width.
    public var hasHeader: Bool
    /// The longest record kept, in bytes of field content (default 64 MiB, `[limits]
    /// max_record_bytes`). A longer record is rejected and the reader goes on after its end.
    public var maxRecordBytes: Int
    /// The longest field kept, in bytes (default 16 MiB, `[limits] max_field_bytes`). A record
    /// with a longer field is rejected, naming the field.
    public var maxFieldBytes: Int
    /// The most fields one record may have (default 1,048,576): a guard against a file that is one
    /// line of separators, whose field ends alone would fill memory.
    public var maxFields: Int
    /// The quote character (default `"`), or `nil` to read quotes as ordinary data.
    public var quote: UInt8?
    /// How many bytes are read from the file at a time (default 1 MiB).
    public var chunkSize: Int

    /// Creates options.
    /// - Parameters:
    ///   - delimiter: the field separator; `nil` (default) sniffs it.
    ///   - hasHeader: whether the first record is a header (default `true`).
    ///   - maxRecordBytes: the longest record kept, in bytes (default 64 MiB).
    ///   - maxFieldBytes: the longest field kept, in bytes (default 16 MiB).
    ///   - maxFields: the most fields a record may have (default 1,048,576).
    ///   - quote: the quote character (default `"`); `nil` turns quoting off.
    ///   - chunkSize: the read size in bytes (default 1 MiB).
    public init(
        delimiter: UInt8? = nil,
        hasHeader: Bool = true,
        maxRecordBytes: Int = 64 << 20,
        maxFieldBytes: Int = 16 << 20,
        maxFields: Int = 1 << 20,
        quote: UInt8? = UInt8(ascii: "\""),
        chunkSize: Int = 1 << 20
    ) {
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.maxRecordBytes = maxRecordBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
        self.quote = quote
        self.chunkSize = chunkSize
    }

    /// Checks the options once, before reading.
    /// - Throws: `IngestError.badOption` naming the option, its value and a fix.
    func validate() throws {
        if maxRecordBytes < 1 {
            throw IngestError.badOption(option: "maxRecordBytes", value: "\(maxRecordBytes)",
                                        reason: "must be at least 1; the default is 64 MiB")
        }
        if maxFieldBytes < 1 {
            throw IngestError.badOption(option: "maxFieldBytes", value: "\(maxFieldBytes)",
                                        reason: "must be at least 1; the default is 16 MiB")
        }
        if maxFields < 1 {
            throw IngestError.badOption(option: "maxFields", value: "\(maxFields)",
                                        reason: "must be at least 1; the default is 1,048,576")
        }
        if chunkSize < 1 {
            throw IngestError.badOption(option: "chunkSize", value: "\(chunkSize)",
                                        reason: "must be at least 1; the default is 1 MiB")
        }
        let lineEnds: Set<UInt8> = [0x0A, 0x0D]
        if let delimiter, lineEnds.contains(delimiter) || delimiter == quote {
            throw IngestError.badOption(option: "delimiter", value: "\(delimiter)",
                                        reason: "cannot be a line end or the quote; use , ; | or tab")
        }
        if let quote, lineEnds.contains(quote) {
            throw IngestError.badOption(option: "quote", value: "\(quote)",
                                        reason: "cannot be a line end; use \" or nil")
        }
    }

    /// The record limits these options set, for reject reasons.
    var limits: RecordLimits {
        RecordLimits(maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
    }
}
