import ArgumentParser
import Foundation
import Pipeline

/// `verbatim report`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page: KPIs, themes, churn lift, NPS impact, accounts at risk, alerts and quotes.",
        discussion: """
            The page reads what the last `verbatim analyze` (or `run`) stored, and the KPIs as \
            `verbatim kpis` computes them. Everything is inside the one file (inline CSS and SVG \
            charts, no JavaScript, nothing fetched), so it can be mailed, archived or printed. The \
            same store gives the same bytes; "as of" is the latest item's date.

            Sections: key figures (the latest complete month and the change from the month \
            before), the theme table with weekly sparklines, churn lift per theme with its 95% \
            interval (log scale), NPS impact per theme, accounts whose health is Red, recent \
            spikes and emerging themes, and representative quotes. Figures resting on fewer than \
            [signals] min_support accounts or answers are listed as "insufficient", not drawn.

            Examples:
              verbatim report --out report.html
              verbatim report -w verbatim-demo --out /tmp/demo-report.html
            """)

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file.html"))
    var out: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let url = URL(fileURLWithPath: out)
            let data = try ReportBuilder(workspace: global.resolvedWorkspace).write(to: url)
            console.info("report: \(data.themeCount) themes, \(data.kpis.count) KPIs, \(data.atRisk.count) accounts at risk → \(url.path)")
        }
    }
}
