extension SparseMatrix {
    /// The CSR arrays of a matrix as raw buffers, for loops that run on several threads.
    ///
    /// Reading through buffers taken once, outside the parallel body, keeps the threads from
    /// retaining and releasing the same array storage on every row (an atomic write to one
    /// shared cache line, which serialises them).
    struct Buffers: @unchecked Sendable {
        /// Offsets into `columns` and `values`, `rowCount + 1` of them.
        let rowStarts: UnsafeBufferPointer<Int>
        /// Column index of each stored weight.
        let columns: UnsafeBufferPointer<Int32>
        /// The stored weights.
        let values: UnsafeBufferPointer<Float>

        /// The number of rows.
        var rowCount: Int { rowStarts.count - 1 }

        /// Whether row `row` stores no weight.
        func isEmpty(row: Int) -> Bool { rowStarts[row] == rowStarts[row + 1] }
    }

    /// Calls `body` with the matrix's arrays as buffers, valid only during the call.
    func withBuffers<Result>(_ body: (Buffers) throws -> Result) rethrows -> Result {
        try rowStarts.withUnsafeBufferPointer { starts in
            try columns.withUnsafeBufferPointer { columns in
                try values.withUnsafeBufferPointer { values in
                    try body(Buffers(rowStarts: starts, columns: columns, values: values))
                }
            }
        }
    }
}
