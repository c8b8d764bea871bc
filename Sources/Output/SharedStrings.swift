/// The shared-string table of a workbook: each distinct text once, in order of first use.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var texts: [String] = []
    /// Uses, counting repeats.
    private(set) var uses = 0

    /// The index of `text`, adding it when new.
    mutating func index(_ text: String) -> Int {
        uses += 1
        if let i = indexes[text] { return i }
        indexes[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// `xl/sharedStrings.xml`.
    func part() -> [UInt8] {
        XLSXTableWriter.part { x in
            x.append("<sst xmlns=\"")
            x.append(XLSXTableWriter.mainNamespace)
            x.append("\" count=\"")
            x.append(decimal: uses)
            x.append("\" uniqueCount=\"")
            x.append(decimal: texts.count)
            x.append("\">")
            for text in texts {
                x.append(XLSXTableWriter.preservesSpace(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
                x.append(escaped: text)
                x.append("</t></si>")
            }
            x.append("</sst>")
        }
    }
}
