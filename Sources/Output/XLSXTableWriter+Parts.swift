extension XLSXTableWriter {
    /// The XML declaration every part starts with.
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The SpreadsheetML namespace.
    static let mainNamespace: StaticString = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A part: the XML declaration, then what `body` appends.
    static func part(_ body: (inout XMLBytes) -> Void) -> [UInt8] {
        var x = XMLBytes()
        x.append(declaration)
        body(&x)
        return x.bytes
    }

    /// Style indexes in `styles` (`cellXfs`).
    enum Style: Int {
        /// The default.
        case plain = 0
        /// The header row.
        case header = 1
        /// A date.
        case date = 2
        /// A date-time.
        case dateTime = 3
    }

    /// `[Content_Types].xml`: the type of every part.
    static func contentTypes(sheets: Int, sharedStrings: Bool) -> [UInt8] {
        part { x in
            x.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            x.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            x.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            x.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            for i in 0..<sheets {
                x.append("<Override PartName=\"/xl/worksheets/sheet")
                x.append(decimal: i + 1)
                x.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
            }
            x.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
            if sharedStrings {
                x.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
            }
            x.append("</Types>")
        }
    }

    /// `_rels/.rels`: the package's one relationship, to the workbook.
    static let packageRelationships = part { x in
        x.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        x.append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>")
        x.append("</Relationships>")
    }

    /// `xl/_rels/workbook.xml.rels`: sheets `rId1…rIdN`, then styles and shared strings.
    static func workbookRelationships(sheets: Int, sharedStrings: Bool) -> [UInt8] {
        part { x in
            x.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
            for i in 0..<sheets {
                x.append("<Relationship Id=\"rId")
                x.append(decimal: i + 1)
                x.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                x.append(decimal: i + 1)
                x.append(".xml\"/>")
            }
            x.append("<Relationship Id=\"rId")
            x.append(decimal: sheets + 1)
            x.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
            if sharedStrings {
                x.append("<Relationship Id=\"rId")
                x.append(decimal: sheets + 2)
                x.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
            }
            x.append("</Relationships>")
        }
    }

    /// `xl/workbook.xml`: the sheets in order and each one's `_xlnm._FilterDatabase` range.
    static func workbook(_ tables: [ExportTable], names: [String]) -> [UInt8] {
        part { x in
            x.append("<workbook xmlns=\"")
            x.append(mainNamespace)
            x.append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            x.append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
            for (i, name) in names.enumerated() {
                x.append("<sheet name=\"")
                x.append(escaped: name)
                x.append("\" sheetId=\"")
                x.append(decimal: i + 1)
                x.append("\" r:id=\"rId")
                x.append(decimal: i + 1)
                x.append("\"/>")
            }
            x.append("</sheets>")
            if !tables.isEmpty {
                x.append("<definedNames>")
                for (i, table) in tables.enumerated() {
                    x.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"")
                    x.append(decimal: i)
                    x.append("\" hidden=\"1\">")
                    x.append(escaped: "'" + names[i].replacingOccurrences(of: "'", with: "''") + "'!" + absoluteRange(table))
                    x.append("</definedName>")
                }
                x.append("</definedNames>")
            }
            x.append("</workbook>")
        }
    }

    /// `xl/styles.xml`: a default font and a bold one; the plain, header, date and date-time cell
    /// formats that `Style` indexes.
    static let styles = part { x in
        x.append("<styleSheet xmlns=\"")
        x.append(mainNamespace)
        x.append("\">")
        x.append("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>")
        x.append("<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>")
        x.append("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        x.append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>")
        x.append("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>")
        x.append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        x.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        x.append("<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
        x.append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>")
        x.append("<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>")
        x.append("<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>")
        x.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        x.append("</styleSheet>")
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column index.
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1, letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }

    /// `A1:K101`: the header and every row of `table`.
    static func range(_ table: ExportTable) -> String {
        "A1:" + columnLetters(max(table.columns.count, 1) - 1) + String(table.rows.count + 1)
    }

    /// `$A$1:$K$101`.
    static func absoluteRange(_ table: ExportTable) -> String {
        "$A$1:$" + columnLetters(max(table.columns.count, 1) - 1) + "$" + String(table.rows.count + 1)
    }
}
