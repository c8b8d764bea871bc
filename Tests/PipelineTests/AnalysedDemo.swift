import Foundation
import Testing
@testable import Pipeline

/// The default demo corpus, ingested with its accounts and analysed once per test process, for the suites that
/// only read the outcome (a debug-mode analysis of the demo takes a while).
struct AnalysedDemo: Sendable {
    let demo: DemoWorkspace
    let report: AnalysisReport

    private static let shared: Result<AnalysedDemo, any Error> = Result {
        let demo = try DemoWorkspace.make()
        let config = try demo.workspace.config()
        if let accounts = config.accounts {
            _ = try AccountImporter().importAccounts(accounts.allPaths.map(demo.workspace.resolve), into: demo.store, runID: nil)
        }
        return AnalysedDemo(demo: demo, report: try demo.analyse())
    }

    /// The shared analysed demo; tests must not write to its store.
    static func get() throws -> AnalysedDemo { try shared.get() }
}
