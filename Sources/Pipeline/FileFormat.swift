import Foundation
import VerbatimCore
import Ingest

/// The formats Verbatim reads.
public enum FileFormat: String, Sendable, CaseIterable {
    /// Comma, semicolon, tab or pipe separated values (the delimiter is sniffed).
    case csv
    /// Tab-separated values (read by the CSV reader, tab forced).
    case tsv
    /// A JSON array, an array at a path, or JSON Lines.
    case json
    /// JSON Lines (read by the JSON reader, which detects the shape).
    case jsonl
    /// XML, streamed; records chosen by element.
    case xml
    /// Plain text, one record per line.
    case lines

    /// The format a file's extension names, or, failing that, its first non-blank byte suggests.
    public static func detect(_ url: URL) -> FileFormat {
        switch url.pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "xml": return .xml
        case "txt": return .lines
        default: break
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return .csv }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        for byte in head where byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0xEF && byte != 0xBB && byte != 0xBF {
            switch byte {
            case UInt8(ascii: "<"): return .xml
            case UInt8(ascii: "["), UInt8(ascii: "{"): return .json
            default: return .csv
            }
        }
        return .csv
    }

    /// A reader for `url` in this format; `record` is the JSON path or XML element of the records,
    /// `limits` the caps on one record.
    public func reader(for url: URL, record: String?, hasHeader: Bool = true, limits: RecordLimits = .defaults) -> any RecordReader {
        func csv(_ delimiter: UInt8?) -> CSVOptions {
            CSVOptions(delimiter: delimiter, hasHeader: hasHeader, maxRecordBytes: limits.maxRecordBytes,
                       maxFieldBytes: limits.maxFieldBytes)
        }
        switch self {
        case .csv: return CSVReader(url: url, options: csv(nil))
        case .tsv: return CSVReader(url: url, options: csv(UInt8(ascii: "\t")))
        case .json, .jsonl:
            return JSONRecordReader(url: url, options: JSONReaderOptions(
                recordPath: record, maxRecordBytes: limits.maxRecordBytes, maxDepth: limits.maxJSONDepth))
        case .xml:
            return XMLRecordReader(url: url, options: XMLReaderOptions(
                recordElement: record, maxRecordBytes: limits.maxRecordBytes, maxDepth: limits.maxXMLDepth))
        case .lines: return LinesReader(url: url, limits: limits)
        }
    }
}
