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

    @Option(help: "How many feedback items.")
    var items = 5_000

    @Option(help: "How many accounts.")
    var accounts = 300

    @Option(help: "The random seed.")
    var seed: UInt64 = 42

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard items >= 10 else { throw ValidationError("--items \(items): write at least 10 items.") }
        guard accounts >= 5 else { throw ValidationError("--accounts \(accounts): write at least 5 accounts.") }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            let summary = try SampleCorpus.write(to: directory, options: SampleOptions(items: items, accounts: accounts, seed: seed)) { n in
                console.progress("sample: \(n.formatted()) items")
            }
            console.endProgress()
            console.data("\(directory.path): \(summary.tickets) tickets, \(summary.chats) chats, \(summary.surveys) survey answers, \(summary.accounts) accounts, \(summary.themes) planted themes")
        }
    }
}
