extension XLSXTableWriter {
    /// One worksheet part for `table`, as segments to write one after another: the head (with
    /// the column widths, known only once the rows are written), the rows, and the tail.
    /// Text cells go into `strings` when it is given, inline otherwise.
    /// - Complexity: O(bytes of the table), one pass over the cells.
    static func sheet(_ table: ExportTable, strings: inout SharedStrings?) -> [[UInt8]] {
        let columns = table.columns.count
        let letters = (0..<columns).map { Array(columnLetters($0).utf8) }
        var widths = table.columns.map { $0.name.count + 3 }  // room for the filter button
        var body = XMLBytes(capacity: table.rows.count * columns * 24 + 1024)
        var rowNumber = XMLBytes(capacity: 8)

        func cell(_ value: String, column c: Int, type: ExportTable.ColumnType, style: Style) {
            if value.isEmpty { return }
            body.append("<c r=\"")
            body.append(letters[c])
            body.append(rowNumber.bytes)
            if type == .number, CellGuard.isNumber(value) {
                body.append("\"><v>")
                body.append(plain: value)
                body.append("</v></c>")
                widths[c] = max(widths[c], value.utf8.count)
                return
            }
            if type == .date, let date = SpreadsheetDate(value) {
                body.append(date.hasTime ? "\" s=\"3\"><v>" : "\" s=\"2\"><v>")
                body.append(plain: date.serialText)
                body.append("</v></c>")
                widths[c] = max(widths[c], date.hasTime ? 19 : 10)
                return
            }
            let text = Self.cellText(value, type)
            if style == .header { body.append("\" s=\"1") }
            let length: Int
            if strings != nil {
                body.append("\" t=\"s\"><v>")
                body.append(decimal: strings!.index(text))
                body.append("</v></c>")
                length = text.unicodeScalars.count
            } else {
                body.append(Self.preservesSpace(text) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>")
                length = body.append(escaped: text)
                body.append("</t></is></c>")
            }
            widths[c] = max(widths[c], length)
        }

        func startRow(_ r: Int) {
            rowNumber.bytes.removeAll(keepingCapacity: true)
            rowNumber.append(decimal: r)
            body.append("<row r=\"")
            body.append(rowNumber.bytes)
            body.append("\">")
        }

        startRow(1)
        for (c, column) in table.columns.enumerated() { cell(column.name, column: c, type: .text, style: .header) }
        body.append("</row>")
        for (r, row) in table.rows.enumerated() {
            startRow(r + 2)
            for c in 0..<columns { cell(row[c], column: c, type: table.columns[c].type, style: .plain) }
            body.append("</row>")
        }

        var head = XMLBytes(capacity: 1024)
        head.append(declaration)
        head.append("<worksheet xmlns=\"")
        head.append(mainNamespace)
        head.append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        head.append("<dimension ref=\"")
        head.append(plain: range(table))
        head.append("\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        head.append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        head.append("<sheetFormatPr defaultRowHeight=\"15\"/>")
        if columns > 0 {
            head.append("<cols>")
            for (c, width) in widths.enumerated() {
                head.append("<col min=\"")
                head.append(decimal: c + 1)
                head.append("\" max=\"")
                head.append(decimal: c + 1)
                head.append("\" width=\"")
                head.append(decimal: min(width, maximumColumnWidth) + 1)
                head.append("\" customWidth=\"1\"/>")
            }
            head.append("</cols>")
        }
        head.append("<sheetData>")

        var tail = XMLBytes(capacity: 128)
        tail.append("</sheetData><autoFilter ref=\"")
        tail.append(plain: range(table))
        tail.append("\"/></worksheet>")
        return [head.bytes, body.bytes, tail.bytes]
    }

    /// The text a cell shows: neutralised by `CellGuard`, then cut to Excel's 32,767 UTF-16
    /// code units without splitting a character.
    static func cellText(_ value: String, _ type: ExportTable.ColumnType) -> String {
        let text = CellGuard.guarded(value, type)
        guard text.utf8.count > maximumCellLength, text.utf16.count > maximumCellLength else { return text }
        var kept = String.UnicodeScalarView()
        var units = 0
        for scalar in text.unicodeScalars {
            units += scalar.utf16.count
            if units > maximumCellLength { break }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// Whether text needs `xml:space="preserve"`: it starts or ends with white space.
    static func preservesSpace(_ text: String) -> Bool {
        func isSpace(_ b: UInt8?) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return isSpace(text.utf8.first) || isSpace(text.utf8.last)
    }
}
