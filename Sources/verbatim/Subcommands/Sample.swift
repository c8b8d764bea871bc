import ArgumentParser
import Foundation
import SampleCorpus

/// `verbatim sample`.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic, deterministic demo corpus with its ground truth.",
        discussion: """
            Writes tickets.csv (Zendesk-style), chats.json (Intercom-style), surveys.xml (NPS and \
            CES), accounts.csv and verbatim.toml into DIR, and the planted themes, churn and \
            expansion drivers, spike and recurring issues into DIR/truth/. The same options give \
            byte-identical files.
            """)

    @Option(help: "The folder to write (created if needed).")
    var out: String

    @OptionGroup var size: SampleSizeOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            let summary = try SampleCorpus.write(to: directory, options: size.sampleOptions) { n in
                console.progress("sample: \(n.formatted()) items")
            }
            console.endProgress()
            console.data("\(directory.path): \(summary.tickets) tickets, \(summary.chats) chats, \(summary.surveys) survey answers, \(summary.accounts) accounts, \(summary.themes) planted themes")
        }
    }
}
