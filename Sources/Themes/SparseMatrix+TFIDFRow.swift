import Foundation

extension SparseMatrix {
    /// Appends the TF-IDF row of one document: `columns` holds each term occurrence's column,
    /// sorted, repeats kept; each distinct column gets the weight `tf · idf` (or `(1 + ln tf) ·
    /// idf` with `sublinearTF`), and the row is divided by its L2 norm.
    /// - Parameters:
    ///   - columns: the document's columns, sorted ascending.
    ///   - idf: the inverse document frequency of each column.
    ///   - sublinearTF: whether tf is dampened to `1 + ln tf`.
    ///   - rowColumns: scratch space, reused across rows to save allocations.
    ///   - rowValues: scratch space, reused across rows.
    /// - Complexity: O(columns.count).
    public mutating func appendTFIDFRow(sortedColumns columns: [Int32], idf: [Float], sublinearTF: Bool,
                                        rowColumns: inout [Int32], rowValues: inout [Float]) {
        rowColumns.removeAll(keepingCapacity: true)
        rowValues.removeAll(keepingCapacity: true)
        var squares: Double = 0
        var i = 0
        while i < columns.count {
            let column = columns[i]
            var j = i + 1
            while j < columns.count && columns[j] == column { j += 1 }
            let tf = Double(j - i)
            let weight = (sublinearTF ? 1 + log(tf) : tf) * Double(idf[Int(column)])
            rowColumns.append(column)
            rowValues.append(Float(weight))
            squares += weight * weight
            i = j
        }
        if squares > 0 {
            let scale = Float(1 / squares.squareRoot())
            for p in rowValues.indices { rowValues[p] *= scale }
        }
        appendRow(columns: rowColumns, values: rowValues)
    }
}
