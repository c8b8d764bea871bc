import ArgumentParser
import Foundation
import Output
import Pipeline
import SampleCorpus

/// `verbatim demo`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole pipeline on the sample corpus: the theme table, the top churn drivers, a report and a workbook.",
        discussion: """
            The quickest way to see Verbatim work. Writes the sample corpus (tickets, chats, survey \
            answers and accounts of a fictional SaaS company, with planted themes and churn drivers) \
            into DIR, ingests it, finds themes, patterns and signals, and writes DIR/report.html and \
            DIR/verbatim-demo.xlsx. The workspace is left in place to explore.

            Examples:
              verbatim demo                         # into ./verbatim-demo
              verbatim demo --out /tmp/demo --items 20000
              verbatim themes -w verbatim-demo --account ACC-0042
            """)

    @Option(help: "The workspace folder to write.")
    var out = "verbatim-demo"

    @OptionGroup var size: SampleSizeOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let demo = Demo(directory: URL(fileURLWithPath: out, isDirectory: true),
                            options: size.sampleOptions)
            let outcome = try demo.run(progress: { console.info($0) }, events: { console.stage($0) })
            console.endProgress()
            for report in outcome.files { IngestCommand.print(report, console: console) }
            console.data("accounts: \(outcome.accounts)")
            console.data("")
            console.data(Status.text(outcome.status, rejectGroups: 10))
            console.data("")
            if let analysis = outcome.analysis {
                Analyze.print(analysis, console: console)
            } else {
                console.data("nothing new: this corpus was already analysed in \(out)")
            }
            console.data("")
            console.data(ThemesList.render(outcome.themes, unthemed: outcome.unthemed, total: outcome.analysed, format: .table))
            console.data("")
            console.data(Self.drivers(outcome.churnDrivers))
            console.data("")
            console.data("report    \(outcome.report.path)")
            console.data("workbook  \(outcome.workbook.path)")
            console.info("\nWorkspace: \(demo.directory.path). Try `verbatim themes -w \(out)`, `verbatim theme T1 -w \(out)` or `verbatim accounts --at-risk -w \(out)`.")
        }
    }

    /// Themes that drive churn shown at most.
    static let driverLines = 5

    /// The top churn drivers as a table: lift with its 95% interval, accounts and p-value.
    static func drivers(_ lifts: [ReportLift]) -> String {
        guard !lifts.isEmpty else { return "Top churn drivers: none with enough accounts to tell ([signals] min_support)." }
        let rows = lifts.prefix(driverLines).map { l -> [String] in
            let interval = l.low.flatMap { low in l.high.map { String(format: "%.2f–%.2f", low, $0) } } ?? ""
            return [l.themeID, l.label, String(format: "%.2f", l.lift ?? 0), interval, String(l.accounts),
                    l.pValue.map { String(format: "%.3f", $0) } ?? ""]
        }
        return "Top churn drivers (churn rate of accounts raising the theme ÷ that of the rest):\n"
            + OutputFormat.table.render(header: ["theme", "label", "lift", "95% CI", "accounts", "p"], rows: Array(rows))
    }
}
