import ArgumentParser

/// `verbatim accounts …`.
struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import and list the CRM's accounts.",
        subcommands: [AccountsList.self, AccountsImport.self],
        defaultSubcommand: AccountsList.self)
}
