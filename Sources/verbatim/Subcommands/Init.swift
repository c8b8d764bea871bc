import ArgumentParser
import Pipeline

/// `verbatim init [DIR]`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a workspace: a folder with a commented verbatim.toml and an empty store.",
        discussion: "An existing verbatim.toml is left as it is; running init twice is safe.")

    @Argument(help: "The folder to create (default: the workspace option, else the current folder).")
    var directory: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let workspace = directory.map { Workspace(path: $0) } ?? global.resolvedWorkspace
            let wrote = try workspace.initialise()
            console.info(wrote ? "Created \(workspace.configURL.path) and \(workspace.storeURL.path)."
                               : "\(workspace.configURL.path) already exists; the store is ready.")
            console.info("Next: add [[source]] sections to verbatim.toml, or run `verbatim ingest FILE -w \(workspace.directory.path)`.")
        }
    }
}
