import ArgumentParser
import Foundation
import Pipeline
import Signals
import VerbatimCore

/// `verbatim accounts list`.
struct AccountsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored accounts with their MRR, churn or expansion, and health.",
        discussion: """
            status is churned, expanded, contracted or steady (from the churn flag and the \
            expansion and contraction MRR). health_score is 0–100: 40% usage (the account's \
            percentile among all accounts on its usage columns), 30% support (satisfaction of its \
            scored answers and first-contact resolution of its tickets), 30% business outcome \
            (0 when churned; 75 when flat, up to 100 at +20% MRR, down to 0 at −60%). A part with \
            no data is left out and the others reweighted. Tiers: Green 80 and up, Yellow 50–79, \
            Red below 50.

            --at-risk lists the accounts that have not churned and are Red, lowest score first.

            Examples:
              verbatim accounts
              verbatim accounts --at-risk
              verbatim accounts --format csv > accounts.csv
            """)

    @Flag(help: "Only accounts that have not churned and whose health is Red (below 50), lowest first.")
    var atRisk = false

    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            let store = try workspace.readStore()
            let settings = try workspace.signalSettings()
            let health = try SignalAnalysis(store: store, settings: settings).accountHealth()
            var accounts = try store.signalAccounts()
            if atRisk {
                accounts = accounts.filter { !$0.churned && health[$0.id]?.tier == HealthTier.red.rawValue }
                    .sorted { (health[$0.id]?.score ?? 0, $0.id) < (health[$1.id]?.score ?? 0, $1.id) }
            }
            let header = ["account_id", "name", "segment", "mrr_start", "mrr_end", "churned", "churn_date", "expansion_mrr",
                          "contraction_mrr", "status", "health_score", "health_tier"]
            let rows = accounts.map { a in
                let h = health[a.id]
                return [a.id, a.name ?? "", a.segment ?? "", a.mrrStart.map(JSONText.number) ?? "", a.mrrEnd.map(JSONText.number) ?? "",
                        a.churned ? "true" : "false", a.churnDate.map(UTCDate.day) ?? "", a.expansionMRR.map(JSONText.number) ?? "",
                        a.contractionMRR.map(JSONText.number) ?? "", h?.status ?? AccountOutcome(a).rawValue,
                        h?.score.map { String(format: "%.1f", $0) } ?? "", h?.tier.flatMap(HealthTier.init(rawValue:))?.name ?? ""]
            }
            console.data(format.render(header: header, rows: rows))
            if atRisk, accounts.isEmpty { console.info("no active account is Red") }
        }
    }
}
