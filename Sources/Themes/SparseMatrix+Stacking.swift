extension SparseMatrix {
    /// The rows of `parts`, one part after another, as one matrix of `columnCount` columns: how
    /// rows built in parallel chunks are joined in order.
    /// - Complexity: O(total stored entries).
    public init(stacking parts: [SparseMatrix], columnCount: Int) {
        self.init(columnCount: columnCount)
        let total = parts.reduce(0) { $0 + $1.columns.count }
        columns.reserveCapacity(total)
        values.reserveCapacity(total)
        rowStarts.reserveCapacity(parts.reduce(1) { $0 + $1.rowCount })
        for part in parts {
            let offset = columns.count
            columns.append(contentsOf: part.columns)
            values.append(contentsOf: part.values)
            rowStarts.append(contentsOf: part.rowStarts.dropFirst().map { $0 + offset })
        }
    }
}
