import ArgumentParser
import Foundation
import Pipeline
import Store
import VerbatimCore

/// `verbatim status`.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the store holds: items per source and kind, accounts, and rejected records.",
        discussion: "`--format json` prints one object with items, accounts, rejects and sources (name, kind, items), for scripts.")

    @Option(help: "text or json.")
    var format: StatusFormat = .text

    @Option(help: "How many reject groups to list in text.")
    var rejects = 10

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let status = try global.resolvedWorkspace.readStore().status()
            switch format {
            case .json: console.data(Status.json(status))
            case .text: console.data(Status.text(status, rejectGroups: rejects))
            }
        }
    }

    /// The status as one JSON object.
    static func json(_ s: StoreStatus) -> String {
        let sources = s.sources.map { "{\"name\":\(JSONText.string($0.name)),\"kind\":\(JSONText.string($0.kind)),\"items\":\($0.items)}" }
        let kinds = s.itemsByKind.keys.sorted().map { "\(JSONText.string($0)):\(s.itemsByKind[$0] ?? 0)" }
        let groups = s.rejectGroups.map {
            "{\"file\":\(JSONText.string($0.file)),\"reason\":\(JSONText.string($0.reason)),\"count\":\($0.count),\"first\":\(JSONText.string($0.firstLocation)),\"excerpt\":\(JSONText.string($0.excerpt))}"
        }
        var out = "{\"items\":\(s.items),\"items_without_text\":\(s.itemsWithoutText),\"items_by_kind\":{\(kinds.joined(separator: ","))},"
        out += "\"accounts\":\(s.accounts),\"churned_accounts\":\(s.churnedAccounts),\"rejects\":\(s.rejects),"
        out += "\"sources\":[\(sources.joined(separator: ","))],\"reject_groups\":[\(groups.joined(separator: ","))]"
        if let run = s.lastRun {
            out += ",\"last_run\":{\"id\":\(run.id),\"command\":\(JSONText.string(run.command)),\"status\":\(JSONText.string(run.status)),\"finished_at\":\(run.finishedAt.map(JSONText.string) ?? "null")}"
        }
        return out + "}"
    }

    /// The status as text for a person.
    static func text(_ s: StoreStatus, rejectGroups limit: Int) -> String {
        var lines: [String] = []
        let kinds = s.itemsByKind.keys.sorted().map { "\(s.itemsByKind[$0] ?? 0) \($0)s" }.joined(separator: ", ")
        lines.append("items     \(s.items)\(kinds.isEmpty ? "" : " (\(kinds))")")
        if s.itemsWithoutText > 0 { lines.append("          \(s.itemsWithoutText) without customer text (kept for their score or agent text)") }
        lines.append("accounts  \(s.accounts) (\(s.churnedAccounts) churned)")
        lines.append("rejects   \(s.rejects)")
        if !s.sources.isEmpty {
            lines.append("")
            lines.append(OutputFormat.table.render(header: ["source", "kind", "items"],
                                                   rows: s.sources.map { [$0.name, $0.kind, String($0.items)] }))
        }
        if !s.rejectGroups.isEmpty {
            lines.append("")
            lines.append("Rejected records (file, first location, count, reason):")
            for g in s.rejectGroups.prefix(limit) {
                lines.append("  \(g.file), \(g.firstLocation): \(g.count) × \(g.reason)")
                if !g.excerpt.isEmpty { lines.append("      \(Excerpt.clip(g.excerpt.replacingOccurrences(of: "\n", with: " "), limit: 100))") }
            }
            if s.rejectGroups.count > limit { lines.append("  … \(s.rejectGroups.count - limit) more groups (--rejects N)") }
        }
        if let run = s.lastRun {
            lines.append("")
            lines.append("last run  #\(run.id) \(run.command): \(run.status)\(run.finishedAt.map { " at \($0)" } ?? "")")
        }
        return lines.joined(separator: "\n")
    }
}

/// `verbatim status --format`.
enum StatusFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
