// Release-mode benchmark of the export writers on a synthetic `assignments` table:
//
//   verbatim-bench export [--rows N]      (default 1,000,000 rows)
//
// Times the CSV writer (the baseline), the XLSX writer with inline strings and with shared
// strings on the same table, each written to a file, and prints rows/s and file sizes.
import Foundation
import Output
import VerbatimCore

/// The `assignments` table with `rows` deterministic rows: ids, a few sources and kinds,
/// accounts, ISO date-times, themes, similarities, issue types and signed sentiments.
func syntheticAssignments(rows: Int) -> ExportTable {
    let sources = ["tickets", "chats", "surveys"], kinds = ["ticket", "chat", "survey"]
    let types = ["bug", "billing", "account_access", "integration", "other"]
    var cells: [[String]] = []
    cells.reserveCapacity(rows)
    for i in 0..<rows {
        let s = i % 3
        let second = 1_775_000_000 + i * 37
        cells.append([String(i + 1), sources[s], String(10_000 + i), kinds[s], "ACC-\(String(100_000 + i % 5_000).dropFirst())",
                      UTCDate.iso(Date(timeIntervalSince1970: TimeInterval(second))), "T\(i % 20 + 1)",
                      String(format: "%.4f", Double(i % 1000) / 1000), types[i % 5], String(format: "%.4f", Double(i % 200) / 100 - 1)])
    }
    return ExportTable(name: "assignments", columns: [
        .init("item_id", .number), .init("source"), .init("external_id"), .init("kind"), .init("account_id"),
        .init("created_at", .date), .init("theme_id"), .init("similarity", .number), .init("issue_type"), .init("sentiment", .number),
    ], rows: cells)
}

/// Runs `verbatim-bench export …`; returns false for other commands.
func runExportBench(_ arguments: [String]) throws -> Bool {
    guard arguments.first == "export" else { return false }
    var rows = 1_000_000
    if let i = arguments.firstIndex(of: "--rows"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) { rows = n }
    let table = syntheticAssignments(rows: rows)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-export-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    func size(_ url: URL) -> Double {
        Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0) / 1e6
    }
    print("writer\trows\tseconds\trows/s\tMB")
    let csv = scratch.appendingPathComponent("csv")
    let csvSeconds = try best(of: 2) { try CSVTableWriter().write([table], to: csv) }
    print("csv\t\(rows)\t\(String(format: "%.2f", csvSeconds))\t\(Int(Double(rows) / csvSeconds))\t\(String(format: "%.1f", size(csv.appendingPathComponent("assignments.csv"))))")
    for (name, storage) in [("xlsx inline", XLSXTableWriter.StringStorage.inline), ("xlsx shared", .shared)] {
        let url = scratch.appendingPathComponent("\(storage).xlsx")
        let t = try best(of: 2) { try XLSXTableWriter(strings: storage).write([table], to: url) }
        print("\(name)\t\(rows)\t\(String(format: "%.2f", t))\t\(Int(Double(rows) / t))\t\(String(format: "%.1f", size(url)))\t\(String(format: "%.2f", t / csvSeconds))x csv")
    }
    print("peak memory \(Int(peakMemoryMB())) MB")
    return true
}
