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
    /// The longest record kept, in bytes of field content (default 16 MiB). A longer record is
    /// rejected and the reader goes on after its end.
    public var maxRecordBytes: Int
    /// The quote character (default `"`), or `nil` to read quotes as ordinary data.
    public var quote: UInt8?
    /// How many bytes are read from the file at a time (default 1 MiB).
    public var chunkSize: Int

    /// Creates options.
    /// - Parameters:
    ///   - delimiter: the field separator; `nil` (default) sniffs it.
    ///   - hasHeader: whether the first record is a header (default `true`).
    ///   - maxRecordBytes: the longest record kept, in bytes (default 16 MiB).
    ///   - quote: the quote character (default `"`); `nil` turns quoting off.
    ///   - chunkSize: the read size in bytes (default 1 MiB).
    public init(
        delimiter: UInt8? = nil,
        hasHeader: Bool = true,
        maxRecordBytes: Int = 16 << 20,
        quote: UInt8? = UInt8(ascii: "\""),
        chunkSize: Int = 1 << 20
    ) {
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.maxRecordBytes = maxRecordBytes
        self.quote = quote
        self.chunkSize = chunkSize
    }

    /// Checks the options once, before reading.
    /// - Throws: `IngestError.badOption` naming the option, its value and a fix.
    func validate() throws {
        if maxRecordBytes < 1 {
            throw IngestError.badOption(option: "maxRecordBytes", value: "\(maxRecordBytes)",
                                        reason: "must be at least 1; the default is 16 MiB")
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

    /// `16 MiB`, `64 KiB` or `1000 bytes`: a size as people read it.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
