import ArgumentParser
import Foundation
import Pipeline

/// The `verbatim` command: feedback text mining from support, chat and survey exports.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Find the themes in customer feedback and join them to churn and revenue.",
        discussion: """
            Verbatim reads the exports your helpdesk, chat tool and survey tool produce (CSV, TSV, \
            JSON, JSON Lines, XML) and your CRM's account list into a local SQLite store, one \
            workspace per folder (verbatim.toml + verbatim.sqlite).

            Start with `verbatim demo`, which writes a sample corpus and ingests it. Then \
            `verbatim init` a workspace of your own and `verbatim ingest` your exports.

            Exit codes: 0 ok, 1 error, 2 usage, 3 records rejected under --strict, \
            4 alert under --fail-on-alert, 75 another run holds the workspace lock.
            """,
        version: Version.current,
        subcommands: [DemoCommand.self, Init.self, IngestCommand.self, Run.self, Accounts.self, Analyze.self, ThemesList.self, ThemeShow.self, PatternsList.self, Kpis.self, Classify.self, Export.self, Report.self, Status.self, Sample.self]
    )

    /// Parses, runs, and maps failures to the documented exit codes (usage errors exit 2).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
