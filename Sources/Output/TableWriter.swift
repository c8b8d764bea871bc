import Foundation

/// Writes export tables to a path: a plug point for CSV, JSON and XLSX.
public protocol TableWriter: Sendable {
    /// Writes `tables` at `url` (a folder or a file, as the format needs).
    /// - Throws: `OutputError.cannotWrite` naming the path.
    func write(_ tables: [ExportTable], to url: URL) throws
}

/// Why an export could not be written.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// The file or folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// A table has more rows than a spreadsheet sheet holds below its header.
    case tooManyRows(table: String, rows: Int, limit: Int)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write the export: \(reason)"
        case .tooManyRows(let table, let rows, let limit):
            return "table \(table) has \(rows) rows, more than the \(limit) a spreadsheet sheet holds below its header; export it as csv or json, or leave it out with --tables"
        }
    }
}

extension TableWriter {
    /// Writes `bytes` to `url` atomically, mapping failures to `OutputError`.
    func writeFile(_ bytes: [UInt8], to url: URL) throws {
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw OutputError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }
}
