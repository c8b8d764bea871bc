import ArgumentParser
import Foundation
import Pipeline
import Signals

/// `verbatim kpis`.
struct Kpis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Show the support, survey and revenue KPIs per period and segment, each with its numerator and denominator.",
        discussion: """
            Feedback KPIs group items by the day they were created; account KPIs come from the \
            accounts file (`verbatim accounts import`). Percentages are 0–100.

              nps                      % promoters (9–10) − % detractors (0–6) of NPS answers
              csat                     % of CSAT answers scoring 4 or 5 (of 5)
              ces                      mean customer-effort answer (1–7)
              fcr                      % of resolved tickets never reopened
              first_response_*_hours   median and 90th percentile hours to the first reply
              resolution_*_hours       median and 90th percentile hours to resolution
              ticket_volume            tickets created; open_tickets: of them, not resolved
              customers_at_start       accounts with MRR at the start
              customer_churn           % of them lost
              revenue_churn            (churned + contraction MRR) / MRR at start, %
              gross_revenue_retention  (start − churned − contraction) / start, %
              net_revenue_retention    (start + expansion − contraction − churned) / start, %
              expansion_mrr            MRR gained by upgrades; expansion_rate: / MRR at start, %
              net_new_mrr              new + expansion − churned MRR
              arpu                     MRR at start / customers at start
              clv                      ARPU / monthly customer churn
              retention_rate           (customers at end − new) / customers at start, %
              renewal_rate             % of accounts due for renewal by the period end that stayed
              health_score             mean account health (0–100; 40% usage, 30% support,
                                       30% outcome); at_risk_accounts: active ones below 50

            Per month or quarter only dated figures are split: customer and revenue churn by \
            churn date; contraction, expansion and health are for `all`. A figure with nothing \
            to count is left out. Where the inputs disagree (tickets resolved before their first \
            response, churned accounts without a date, …) the counts are printed on stderr.

            Examples:
              verbatim kpis
              verbatim kpis --period month --segment segment
              verbatim kpis --period quarter --format csv > kpis.csv
            """)

    @Option(help: "month, quarter or all.")
    var period: KPIPeriod = .all

    @Option(help: ArgumentHelp("Break down by this account field: segment, or any column of the accounts file (industry, country, …).", valueName: "field"))
    var segment: String?

    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            let store = try workspace.readStore()
            let settings = try workspace.signalSettings()
            let (rows, disagreements) = try KPIReport(store: store, settings: settings).compute(period: period, segment: segment)
            if rows.isEmpty {
                console.warning("nothing to count yet: ingest feedback or import accounts first")
            }
            console.data(format.render(header: KPIReport.columns, rows: rows.map(KPIReport.cells)))
            for d in disagreements where d.count > 0 {
                console.info("inputs disagree: \(d.count) \(d.name)")
            }
        }
    }
}

extension KPIPeriod: ExpressibleByArgument {}
