import Foundation

/// Writes each table as `<name>.csv` (RFC 4180: CRLF-free, LF line ends, fields quoted when they
/// hold a comma, quote, CR or LF) into a folder, created when missing.
public struct CSVTableWriter: TableWriter {
    /// A writer.
    public init() {}

    public func write(_ tables: [ExportTable], to url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        for table in tables {
            try writeFile(Array(Self.render(table).utf8), to: url.appendingPathComponent(table.name + ".csv"))
        }
    }

    /// The table as CSV text: a header line, then one line per row, each ending in LF.
    public static func render(_ table: ExportTable) -> String {
        var out = table.columns.map { field($0.name) }.joined(separator: ",") + "\n"
        for row in table.rows { out += row.map(field).joined(separator: ",") + "\n" }
        return out
    }

    /// One field, quoted when it holds a comma, quote, CR or LF, with quotes doubled (RFC 4180).
    public static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
