import Output
import Store

extension Exporter {
    /// The columns of the `patterns` table.
    public static let patternColumns: [ExportTable.Column] = [
        .init("kind"), .init("theme_id"), .init("theme_label"), .init("issue_type"), .init("account_id"),
        .init("period_start", .date), .init("period_end", .date), .init("items", .number), .init("baseline", .number), .init("z", .number),
        .init("alert", .number), .init("detail"), .init("item_ids"),
    ]

    /// The `patterns` table: issue types, recurring issues, repeat contacts, spikes, emerging
    /// themes and escalations, as the last analysis found them.
    func patternsTable() throws -> ExportTable {
        let labels = Dictionary(try store.themeRecords().map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return ExportTable(name: "patterns", columns: Self.patternColumns,
                           rows: try store.patternRecords().map { Self.patternRow($0, labels: labels) })
    }

    /// One pattern as a row of the `patterns` table.
    public static func patternRow(_ p: PatternRecord, labels: [String: String]) -> [String] {
        func number(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "" }
        return [p.kind.rawValue, p.themeID ?? "", p.themeID.flatMap { labels[$0] } ?? "", p.issueType ?? "", p.accountID ?? "",
                p.periodStart ?? "", p.periodEnd ?? "", String(p.items), number(p.baseline), number(p.z), p.alert ? "1" : "0",
                p.detail, p.itemIDs.map(String.init).joined(separator: " ")]
    }
}
