import Foundation
import VerbatimCore

/// Writes all tables into one JSON file: an object whose keys are the table names, in the order
/// given, each an array of row objects; number columns are JSON numbers, empty cells `null`.
///
/// Dates stay ISO 8601 strings. Text is written exactly, without the apostrophe CSV and XLSX put
/// before text that could start a formula (`CellGuard`): spreadsheets do not open JSON, and
/// scripts want the exact text.
public struct JSONTableWriter: TableWriter {
    /// A writer.
    public init() {}

    public func write(_ tables: [ExportTable], to url: URL) throws {
        try writeFile(Array(Self.render(tables).utf8), to: url)
    }

    /// The tables as one JSON object, one row per line.
    public static func render(_ tables: [ExportTable]) -> String {
        var out = "{"
        for (t, table) in tables.enumerated() {
            out += (t == 0 ? "\n" : ",\n") + JSONText.string(table.name) + ": ["
            for (r, row) in table.rows.enumerated() {
                out += (r == 0 ? "\n  {" : ",\n  {")
                for (c, column) in table.columns.enumerated() {
                    if c > 0 { out += "," }
                    out += JSONText.string(column.name) + ":" + cell(row[c], column.type)
                }
                out += "}"
            }
            out += table.rows.isEmpty ? "]" : "\n]"
        }
        return out + "\n}\n"
    }

    static func cell(_ value: String, _ type: ExportTable.ColumnType) -> String {
        if value.isEmpty { return type == .number ? "null" : "\"\"" }
        switch type {
        case .text, .date: return JSONText.string(value)
        case .number: return CellGuard.isNumber(value) ? value : JSONText.string(value)
        }
    }
}
