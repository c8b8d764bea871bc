import ArgumentParser
import Foundation
import Pipeline
import VerbatimCore

/// `verbatim accounts list`.
struct AccountsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored accounts with their MRR and churn.")

    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let accounts = try global.resolvedWorkspace.store(create: false).accounts()
            let header = ["account_id", "name", "segment", "mrr_start", "mrr_end", "churned", "churn_date", "expansion_mrr", "contraction_mrr"]
            let rows = accounts.map { a in
                [a.id, a.name ?? "", a.segment ?? "", a.mrrStart.map(JSONText.number) ?? "", a.mrrEnd.map(JSONText.number) ?? "",
                 a.churned ? "true" : "false", a.churnDate.map(UTCDate.day) ?? "", a.expansionMRR.map(JSONText.number) ?? "",
                 a.contractionMRR.map(JSONText.number) ?? ""]
            }
            console.data(format.render(header: header, rows: rows))
        }
    }
}
