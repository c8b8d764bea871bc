/// Turns a header row into unique, non-blank column names.
enum CSVHeader {
    /// Names for a file without a header: `column1` … `columnN`.
    static func generated(count: Int) -> [String] {
        (0..<count).map { "column\($0 + 1)" }
    }

    /// The header's names made usable: a blank name becomes `columnN` (N its 1-based position)
    /// and a repeated name gets `_2`, `_3`, … Each change comes with a warning naming the file
    /// and the column.
    /// - Parameters:
    ///   - raw: the names as written.
    ///   - file: the file, for the warnings.
    /// - Returns: the names and the warnings, in column order.
    static func normalize(_ raw: [String], file: String) -> (names: [String], warnings: [String]) {
        var names: [String] = []
        var warnings: [String] = []
        var seen = Set<String>()
        names.reserveCapacity(raw.count)
        for (i, written) in raw.enumerated() {
            var name = written
            if written.allSatisfy(\.isWhitespace) {
                name = "column\(i + 1)"
                warnings.append("\(file): header column \(i + 1) is blank; named it \(name)")
            }
            if seen.contains(name) {
                var suffix = 2
                while seen.contains("\(name)_\(suffix)") { suffix += 1 }
                let renamed = "\(name)_\(suffix)"
                warnings.append("\(file): header column \(i + 1) repeats \"\(name)\"; renamed it \(renamed)")
                name = renamed
            }
            seen.insert(name)
            names.append(name)
        }
        return (names, warnings)
    }
}
