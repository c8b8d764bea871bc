import ArgumentParser
import Foundation
import Pipeline

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("w"), .long],
            help: ArgumentHelp("The workspace folder (verbatim.toml, verbatim.sqlite).",
                               discussion: "Defaults to $VERBATIM_WORKSPACE, then the current folder.",
                               valueName: "dir"))
    var workspace: String?

    @Flag(help: "Print only errors and the data asked for.")
    var quiet = false

    @Flag(help: "Print every warning and the timing of each stage.")
    var verbose = false

    @Flag(help: "Never draw progress lines (they are drawn only when stderr is a terminal).")
    var noProgress = false

    @Option(help: "How diagnostics on stderr are written: text or json (one object per line).")
    var logFormat: LogFormat = .text

    /// The workspace these options select.
    var resolvedWorkspace: Workspace {
        Workspace(path: workspace ?? ProcessInfo.processInfo.environment["VERBATIM_WORKSPACE"] ?? ".")
    }

    /// The console these options configure.
    var console: Console {
        Console(quiet: quiet, verbose: verbose, progress: !noProgress && !quiet && isatty(2) == 1, format: logFormat)
    }
}

/// How diagnostics are written.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
