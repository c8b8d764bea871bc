import ArgumentParser
import Foundation
import Pipeline

/// `verbatim accounts import FILE...`.
struct AccountsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a CRM export of accounts (CSV or JSON), optionally with subscriptions and churn events.",
        discussion: """
            The first file is the accounts table: one account per row, with an id and, where the \
            CRM has them, name, segment or plan, MRR at start and end, churned flag and date, \
            contraction and expansion MRR, renewal date; other numeric columns are kept as usage \
            figures. Further files are recognised by their columns: a subscriptions table \
            (subscription_id, start_date, mrr_amount) fills in MRR, expansion and contraction; a \
            churn-events table (churn_date with churn_event_id or reason_code) fills in churn dates. \
            The accounts table's churn flag wins when the files disagree (README, "Accounts").

            Fields for --map: \(AccountImporter.fields.joined(separator: ", ")).

            Example:
              verbatim accounts import accounts.csv subscriptions.csv churn_events.csv
            """)

    @Argument(help: "The accounts file, then optional subscriptions and churn-events files.")
    var files: [String]

    @Option(name: .customLong("map"), parsing: .singleValue,
            help: ArgumentHelp("Take FIELD from COLUMN in the accounts file, e.g. --map churned=is_lost.", valueName: "field=column"))
    var mappings: [String] = []

    @OptionGroup var pii: PIIOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        for pair in mappings {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, AccountImporter.fields.contains(parts[0]) else {
                throw ValidationError("--map \(pair): expected FIELD=COLUMN with FIELD one of \(AccountImporter.fields.joined(separator: ", ")).")
            }
        }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            let lock = try WorkspaceLock(workspace: workspace)
            defer { withExtendedLifetime(lock) {} }
            let redactor = try pii.redactor(try workspace.config(), workspace: workspace, console: console)
            let store = try workspace.store(create: true)
            let runID = try store.beginRun(command: "accounts import", version: Version.current, configHash: nil)
            var mapping: [String: String] = [:]
            for pair in mappings {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                mapping[parts[0]] = parts[1]
            }
            let urls = files.map { URL(fileURLWithPath: $0) }
            let (counts, result) = try AccountImporter(mapping: mapping, redactor: redactor).importAccounts(urls, into: store, runID: runID)
            for url in urls { console.info("\(url.path): read as \(result.roles[url.path] ?? "accounts")") }
            for w in result.warnings { console.warning(w) }
            let churned = result.accounts.filter(\.churned).count
            console.data("accounts: \(counts) (\(result.accounts.count) in all, \(churned) churned)")
            try store.finishRun(id: runID, ok: true, counts: counts, stageSeconds: [:], inputHashes: [:])
        }
    }
}
