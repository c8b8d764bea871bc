/// A table for export: a stable name, typed columns and rows of cells.
///
/// Cells are kept as text exactly as they are written to CSV; the column type tells the JSON
/// writer whether a cell is a number (an empty cell is `null` there).
public struct ExportTable: Sendable, Equatable {
    /// How a column's cells are written in JSON.
    public enum ColumnType: Sendable, Equatable {
        /// A string.
        case text
        /// A number (integer or decimal).
        case number
    }

    /// One column.
    public struct Column: Sendable, Equatable {
        /// The column's name, as in the export contract.
        public var name: String
        /// Its JSON type.
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
