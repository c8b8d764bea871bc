import ArgumentParser
import Output
import VerbatimCore

/// How a command writes a table of data on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case csv
    case json

    /// The rows as an aligned text table, RFC 4180 CSV, or a JSON array of objects.
    /// - Parameter wideLast: in a table, the last column is not clipped to 48 characters.
    func render(header: [String], rows: [[String]], wideLast: Bool = false) -> String {
        switch self {
        case .table:
            var widths = header.map(\.count)
            for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], min(cell.count, 48)) } }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, c in
                    let clipped = c.count > 48 && !(wideLast && i == cells.count - 1) ? String(c.prefix(47)) + "…" : c
                    return clipped + String(repeating: " ", count: max(0, widths[i] - clipped.count))
                }.joined(separator: "  ").trimmingTrailingSpaces
            }
            return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
        case .csv:
            return ([header] + rows).map { $0.map(CSVTableWriter.field).joined(separator: ",") }.joined(separator: "\n")
        case .json:
            let objects = rows.map { row in
                "{" + zip(header, row).map { JSONText.string($0) + ":" + JSONText.string($1) }.joined(separator: ",") + "}"
            }
            return "[" + objects.joined(separator: ",\n ") + "]"
        }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
