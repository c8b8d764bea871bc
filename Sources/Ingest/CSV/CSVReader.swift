import Foundation
import VerbatimCore

/// A streaming reader of CSV and TSV files (RFC 4180 and its common variants).
///
/// The file is read in chunks (1 MiB by default), never whole, so memory is bounded by the
/// largest record. It handles quoted fields with `""` escapes and line ends inside quotes; a
/// UTF-8 BOM; UTF-16 files (told by their BOM, transcoded with a warning); LF, CRLF and CR-only
/// line ends (when the first chunk has an LF, a lone CR is data); a sniffed separator among
/// `,` `;` tab `|`; fields that are not UTF-8 (decoded as Windows-1252, with one warning per
/// file). Records of the wrong width, with a NUL byte, longer than `maxRecordBytes`, with a field longer than `maxFieldBytes`
/// or more than `maxFields` fields, or with an unterminated quote are rejected with their line, and reading goes on.
///
/// Each record's `location` holds the 1-based line it starts on and its 0-based ordinal among
/// the file's records (rejected ones included, the header and blank lines not).
public struct CSVReader: RecordReader {
    /// The file read.
    public let url: URL
    /// How it is read.
    public let options: CSVOptions

    /// Creates a reader; nothing is opened until `read`.
    /// - Parameters:
    ///   - url: a local file.
    ///   - options: how to read it (defaults: sniffed separator, a header, 16 MiB records).
    public init(url: URL, options: CSVOptions = .init()) {
        self.url = url
        self.options = options
    }

    /// Streams every record of the file to `handle`, in file order: warnings first where they
    /// arise, then `.record` or `.reject` for each record.
    /// - Throws: `IngestError.badOption` for options that cannot work, `.cannotOpen` when the
    ///   file cannot be read or is a folder, `.notFormat` when the header row is unreadable;
    ///   whatever `handle` throws.
    /// - Complexity: O(n) in the file's size; memory O(min(largest record, limits) + chunk size): past a limit a record's bytes
    ///   are counted, not kept.
    public func read(_ handle: (ReaderEvent) throws -> Void) throws {
        try options.validate()
        let path = url.path
        let input = try CSVInput(path: path, chunkSize: options.chunkSize)
        if input.encoding != .utf8 {
            try handle(.warning("\(path): \(input.encoding.rawValue) file; transcoded to UTF-8"))
        }

        // The head (the first chunks, at least 64 KiB when the file has it) decides the
        // separator and the line-end style.
        var head: [UInt8] = []
        var more = true
        while head.count < CSVDelimiterSniffer.sampleSize {
            more = try input.next(path: path) { head.append(contentsOf: $0) }
            if !more { break }
        }
        let (delimiter, quote, crEndsLines) = head.withUnsafeBufferPointer { sample in
            let sniffed = options.delimiter ?? CSVDelimiterSniffer.sniff(
                UnsafeBufferPointer(rebasing: sample.prefix(CSVDelimiterSniffer.sampleSize)),
                quote: options.quote,
                preferTab: url.pathExtension.lowercased() == "tsv")
            // A file with no separator is lines of text: quotes are kept as written.
            let quote = sniffed == nil ? nil : options.quote
            let crEndsLines = !sample.contains(0x0A) && sample.contains(0x0D)
            return (sniffed, quote, crEndsLines)
        }

        var tokenizer = CSVTokenizer(delimiter: delimiter, quote: quote, crEndsLines: crEndsLines,
                                     maxRecordBytes: options.maxRecordBytes, maxFieldBytes: options.maxFieldBytes,
                                     maxFields: options.maxFields)
        var builder = CSVRecordBuilder(file: path, hasHeader: options.hasHeader, limits: options.limits,
                                       maxFields: options.maxFields, delimiter: delimiter)
        try head.withUnsafeBufferPointer { chunk in
            try tokenizer.consume(chunk) { try builder.take($0, handle) }
        }
        head = []
        while more {
            more = try input.next(path: path) { chunk in
                try tokenizer.consume(chunk) { try builder.take($0, handle) }
            }
        }
        try tokenizer.finish { try builder.take($0, handle) }
    }
}
