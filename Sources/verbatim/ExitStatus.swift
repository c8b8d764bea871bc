import ArgumentParser
import Ingest
import Pipeline
import Store

/// The exit codes of the command-line contract.
enum ExitStatus {
    /// Success.
    static let ok: Int32 = 0
    /// A file, the store or the config could not be used.
    static let error: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
    /// Records were rejected and `--strict` was given.
    static let rejected: Int32 = 3
    /// An alert fired and `--fail-on-alert` was given.
    static let alert: Int32 = 4
    /// Another run holds the workspace lock (EX_TEMPFAIL).
    static let locked: Int32 = 75

    /// Runs `body`, printing any Verbatim error on stderr and exiting with its code.
    static func guarding(_ console: Console, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as PipelineError {
            console.error(error.description)
            if case .locked = error { throw ExitCode(locked) }
            if case .badOption = error { throw ExitCode(usage) }
            throw ExitCode(ExitStatus.error)
        } catch let error as IngestError {
            console.error(error.description)
            if error.isBadOption { throw ExitCode(usage) }
            throw ExitCode(ExitStatus.error)
        } catch let error as StoreError {
            console.error(error.description)
            throw ExitCode(ExitStatus.error)
        } catch {
            console.error(String(describing: error))
            throw ExitCode(ExitStatus.error)
        }
    }
}
