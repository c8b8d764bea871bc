import ArgumentParser
import Foundation
import Pipeline
import SampleCorpus

/// `verbatim demo`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the sample corpus into a workspace, ingest it, find its themes, and show the theme table.",
        discussion: "The quickest way to see Verbatim work. The workspace is left in place to explore: `verbatim status -w DIR`.")

    @Option(help: "The workspace folder to write.")
    var out = "verbatim-demo"

    @OptionGroup var size: SampleSizeOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let demo = Demo(directory: URL(fileURLWithPath: out, isDirectory: true),
                            options: size.sampleOptions)
            let outcome = try demo.run { console.info($0) }
            for report in outcome.files { IngestCommand.print(report, console: console) }
            console.data("accounts: \(outcome.accounts)")
            console.data("")
            console.data(Status.text(outcome.status, rejectGroups: 10))
            console.data("")
            Analyze.print(outcome.analysis, console: console)
            console.data("")
            console.data(ThemesList.render(outcome.themes, unthemed: outcome.unthemed, total: outcome.analysed, format: .table))
            console.info("\nWorkspace: \(demo.directory.path). Try `verbatim themes -w \(out)` or `verbatim theme T1 -w \(out)`.")
        }
    }
}
