/// The one rule that keeps exported text from running as a spreadsheet formula (OWASP "CSV
/// injection"), and the number and date shapes the writers recognise.
///
/// A text cell that begins with `=`, `+`, `-`, `@`, tab (0x09) or CR (0x0D) is written with a
/// leading apostrophe, so `=HYPERLINK("http://evil")` arrives as the text `'=HYPERLINK(…)`:
/// Excel and LibreOffice show it as text even when a user edits the cell or pastes the CSV. A
/// cell of a number column that is a number (`-0.5`, `-12`) is left alone. CSV and XLSX use this
/// rule; JSON is not neutralised, since spreadsheets do not open it and scripts want the exact text.
public enum CellGuard {
    /// The apostrophe put before a neutralised cell.
    public static let prefix: UInt8 = 0x27

    /// Whether `value`, in a column of `type`, is written with a leading apostrophe.
    public static func needsPrefix(_ value: String, _ type: ExportTable.ColumnType) -> Bool {
        guard let first = value.utf8.first, isTrigger(first) else { return false }
        return !(type == .number && isNumber(value))
    }

    /// `value` as CSV and XLSX write it: with a leading apostrophe when it could start a formula.
    public static func guarded(_ value: String, _ type: ExportTable.ColumnType) -> String {
        needsPrefix(value, type) ? "'" + value : value
    }

    /// Whether a first byte can start a formula or hide one: `=`, `+`, `-`, `@`, tab or CR.
    @inline(__always)
    static func isTrigger(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// Whether `value` is a finite decimal number as the exporter writes them: an optional `-`,
    /// digits, an optional fraction and an optional exponent (`12`, `-0.2500`, `1.5e-7`). `inf`,
    /// `nan`, hex floats and a leading `+` are not numbers here, so they stay text.
    public static func isNumber(_ value: String) -> Bool {
        var value = value
        return value.withUTF8(isNumber)
    }

    /// `isNumber` on UTF-8 bytes.
    static func isNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        if i < n && b[i] == 0x2D { i += 1 }
        func digits() -> Int {
            let start = i
            while i < n && b[i] &- 0x30 < 10 { i += 1 }
            return i - start
        }
        guard digits() > 0 else { return false }
        if i < n && b[i] == 0x2E {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < n && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == n
    }
}
