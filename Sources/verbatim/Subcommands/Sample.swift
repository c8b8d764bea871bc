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

            With --drops N the items are split by date into N nightly deliveries,             DIR/drops/day-01/ … (the same three files each, oldest first), and verbatim.toml             reads them from DIR/inbox/*/: move one drop a night into inbox/ and run             `verbatim run` to see the nightly job pick up only what is new.

            Examples:
              verbatim sample --out demo --items 20000
              verbatim sample --out nightly --drops 10 && mv nightly/drops/day-01 nightly/inbox/ && verbatim run -w nightly
            """)

    @Option(help: "The folder to write (created if needed).")
    var out: String

    @Option(help: ArgumentHelp("Split the corpus by date into N nightly drops under DIR/drops/.", valueName: "N"))
    var drops: Int?

    @OptionGroup var size: SampleSizeOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            let summary: SampleSummary
            if let drops {
                let written = try SampleCorpus.writeDrops(to: directory, options: size.sampleOptions, drops: drops)
                summary = written.summary
                console.info("\(written.drops.count) drops in \(directory.appendingPathComponent("drops").path); move them one at a time into \(directory.appendingPathComponent("inbox").path)")
            } else {
                summary = try SampleCorpus.write(to: directory, options: size.sampleOptions) { n in
                    console.progress("sample: \(n.formatted()) items")
                }
            }
            console.endProgress()
            console.data("\(directory.path): \(summary.tickets) tickets, \(summary.chats) chats, \(summary.surveys) survey answers, \(summary.accounts) accounts, \(summary.themes) planted themes")
        }
    }
}
