import ArgumentParser
import Foundation
import Pipeline
import Store

/// `verbatim theme ID`.
struct ThemeShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Show one theme: its label, figures, top terms, representative quotes and lineage.",
        discussion: "Example: verbatim theme T3 --quotes 5")

    @Argument(help: "The theme id, as `verbatim themes` lists it (T1, T2, …).")
    var id: String

    @Option(help: "How many representative quotes to show.")
    var quotes = 3

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if quotes < 0 { throw ValidationError("--quotes \(quotes): use 0 or more") }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let store = try global.resolvedWorkspace.readStore()
            let records = try store.themeRecords()
            guard let record = records.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
                let known = records.filter { $0.level == 0 && $0.status == "active" }.prefix(8).map(\.id).joined(separator: ", ")
                console.error("no theme \(id); known themes: \(known.isEmpty ? "none yet (run `verbatim analyze`)" : known + ", …")")
                throw ExitCode(ExitStatus.error)
            }
            let summary = try store.themeSummaries().themes.first { $0.id == record.id }
            var lines = ["\(record.id)  \(record.label)"]
            if record.label != record.autoLabel { lines.append("automatic label: \(record.autoLabel)") }
            if record.level == 1 {
                let children = records.filter { $0.parentID == record.id }.map { "\($0.id) \($0.label)" }
                lines.append("group of: \(children.joined(separator: "; "))")
            }
            if record.status == "retired" { lines.append("status: retired (no longer found)") }
            if let parent = record.parentID, let p = records.first(where: { $0.id == parent }) { lines.append("group: \(p.id) \(p.label)") }
            if let s = summary {
                lines.append(String(format: "items: %d (%.1f%% of analysed feedback), accounts: %d", s.items, s.share * 100, s.accounts))
                lines.append("seen: \(s.firstSeen ?? "?") … \(s.lastSeen ?? "?")" + (s.trend.map { String(format: ", trend %+.0f%%", $0 * 100) } ?? ""))
            }
            if !record.topTerms.isEmpty { lines.append("top terms: \(record.topTerms.joined(separator: ", "))") }
            let quoteIDs = Array(record.quoteItemIDs.prefix(quotes))
            if !quoteIDs.isEmpty {
                lines.append("")
                lines.append("Representative quotes:")
                let texts = try store.itemTexts(ids: quoteIDs)
                for qid in quoteIDs {
                    guard let t = texts[qid] else { continue }
                    let text = Exporter.readable(t.text)
                    let clipped = text.count > 300 ? String(text.prefix(299)) + "…" : text
                    lines.append("  “\(clipped)”")
                    lines.append("      \(t.source) \(t.externalID)\(t.accountID.map { ", account \($0)" } ?? "")\(t.createdAt.map { ", \($0.prefix(10))" } ?? "")")
                }
            }
            let events = try store.themeEvents(themeID: record.id)
            if !events.isEmpty {
                lines.append("")
                lines.append("Lineage:")
                for e in events {
                    let related = e.event.related.isEmpty ? "" : " (\(e.event.related.joined(separator: ", ")))"
                    let detail = e.event.detail.isEmpty ? "" : ": \(e.event.detail)"
                    lines.append("  \(e.at.prefix(10)) run \(e.runID.map(String.init) ?? "?")  \(e.event.themeID) \(e.event.kind.rawValue)\(related)\(detail)")
                }
            }
            console.data(lines.joined(separator: "\n"))
        }
    }
}
