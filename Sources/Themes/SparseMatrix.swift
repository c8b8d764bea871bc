/// Rows of sparse, L2-normalised document vectors in compressed sparse row (CSR) form.
///
/// Row `r` holds the columns `columns[rowStarts[r] ..< rowStarts[r + 1]]`, in increasing order,
/// with their weights in `values` at the same positions. Cosine similarity between two rows, or
/// between a row and a dense centroid, is then a sparse dot product.
public struct SparseMatrix: Sendable, Equatable {
    /// Offsets into `columns` and `values`; `rowStarts.count == rowCount + 1`.
    public var rowStarts: [Int]
    /// Column index of each stored weight.
    public var columns: [Int32]
    /// The stored weights.
    public var values: [Float]
    /// The number of columns (terms).
    public var columnCount: Int

    /// An empty matrix with `columnCount` columns and no rows.
    public init(columnCount: Int) {
        self.rowStarts = [0]
        self.columns = []
        self.values = []
        self.columnCount = columnCount
    }

    /// A matrix from its CSR arrays.
    /// - Precondition: `rowStarts` starts at 0, never decreases and ends at `columns.count`, and
    ///   `columns.count == values.count`.
    public init(rowStarts: [Int], columns: [Int32], values: [Float], columnCount: Int) {
        precondition(rowStarts.first == 0 && rowStarts.last == columns.count, "rowStarts must span columns")
        precondition(columns.count == values.count, "one value per column index")
        self.rowStarts = rowStarts
        self.columns = columns
        self.values = values
        self.columnCount = columnCount
    }

    /// The number of rows (documents).
    public var rowCount: Int { rowStarts.count - 1 }

    /// The range of positions in `columns` and `values` that row `row` occupies.
    public func range(ofRow row: Int) -> Range<Int> { rowStarts[row] ..< rowStarts[row + 1] }

    /// Appends a row.
    /// - Precondition: `columns` increase strictly and `columns.count == values.count`.
    public mutating func appendRow(columns newColumns: some Collection<Int32>, values newValues: some Collection<Float>) {
        precondition(newColumns.count == newValues.count, "one value per column index")
        columns.append(contentsOf: newColumns)
        values.append(contentsOf: newValues)
        rowStarts.append(columns.count)
    }

    /// The rows at `rows`, in that order, as a new matrix.
    public func selecting(rows: some Sequence<Int>) -> SparseMatrix {
        var result = SparseMatrix(columnCount: columnCount)
        for row in rows {
            let r = range(ofRow: row)
            result.appendRow(columns: columns[r], values: values[r])
        }
        return result
    }
}
