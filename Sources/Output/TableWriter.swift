import Foundation

/// Writes export tables to a path: a plug point for CSV, JSON and (later) XLSX.
public protocol TableWriter: Sendable {
    /// Writes `tables` at `url` (a folder or a file, as the format needs).
    /// - Throws: `OutputError.cannotWrite` naming the path.
    func write(_ tables: [ExportTable], to url: URL) throws
}

/// Why an export could not be written.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// The file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write the export: \(reason)"
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
