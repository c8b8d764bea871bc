/// A table for export: a stable name, typed columns and rows of cells.
///
/// Cells are kept as text exactly as they are written to CSV; the column type tells the JSON
/// writer whether a cell is a number (an empty cell is `null` there) and the XLSX writer whether
/// it is a numeric cell, a date cell or text.
public struct ExportTable: Sendable, Equatable {
    /// What a column's cells hold, which decides how JSON and XLSX write them.
    public enum ColumnType: Sendable, Equatable {
        /// A string.
        case text
        /// A number (integer or decimal); a cell that is not one (`insufficient`, empty) is
        /// written as text or left blank.
        case number
        /// An ISO 8601 date (`2025-03-14`) or UTC date-time (`2025-03-14T10:22:05Z`): a date cell
        /// in XLSX, a string in JSON and CSV.
        case date
    }

    /// One column.
    public struct Column: Sendable, Equatable {
        /// The column's name, as in the export contract.
        public var name: String
        /// What its cells hold.
        public var type: ColumnType

        /// A column.
        public init(_ name: String, _ type: ColumnType = .text) {
            self.name = name
            self.type = type
        }
    }

    /// The table's name (`themes`, `assignments`, …).
    public var name: String
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[String]]

    /// A table.
    /// - Precondition: every row has one cell per column.
    public init(name: String, columns: [Column], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
