import Foundation

/// Writes each table as `<name>.csv` (RFC 4180: CRLF-free, LF line ends, fields quoted when they
/// hold a comma, quote, CR or LF) into a folder, created when missing.
///
/// Text that could start a formula gets a leading apostrophe (`CellGuard`). With `bom`, each
/// file starts with the UTF-8 byte order mark, which Excel needs to read the file as UTF-8 rather
/// than in the machine's legacy code page.
public struct CSVTableWriter: TableWriter {
    /// The UTF-8 byte order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether each file starts with the UTF-8 byte order mark.
    public var bom: Bool

    /// A writer; `bom` puts the UTF-8 byte order mark at the start of each file (for Excel).
    public init(bom: Bool = false) {
        self.bom = bom
    }

    public func write(_ tables: [ExportTable], to url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        for table in tables {
            let text = Array(Self.render(table).utf8)
            try writeFile(bom ? Self.byteOrderMark + text : text, to: url.appendingPathComponent(table.name + ".csv"))
        }
    }

    /// The table as CSV text: a header line, then one line per row, each ending in LF; cells are
    /// neutralised by `CellGuard`.
    public static func render(_ table: ExportTable) -> String {
        var out = line(table.columns.map { field($0.name) })
        let types = table.columns.map(\.type)
        for row in table.rows {
            out += line(row.indices.map { field(CellGuard.guarded(row[$0], types[$0])) })
        }
        return out
    }

    /// One record's fields joined by commas, with its LF. A record that would be an empty line
    /// (one column, an empty cell) is written `""`: CSV readers skip blank lines, which would
    /// lose the row.
    static func line(_ fields: [String]) -> String {
        let joined = fields.joined(separator: ",")
        return (joined.isEmpty && !fields.isEmpty ? "\"\"" : joined) + "\n"
    }

    /// One field, quoted when it holds a comma, quote, CR or LF, with quotes doubled (RFC 4180).
    public static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
