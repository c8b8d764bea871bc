import Foundation
import Pipeline

/// `verbatim.toml` on arbitrary text: it parses or throws `PipelineError.config`, and a config
/// that parses gives settings or a `PipelineError`, as `verbatim analyze` and `run` derive them.
enum ConfigHarness {
    static func run(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        let harness = FuzzHarness.configLoader
        let text = String(decoding: data, as: UTF8.self)
        let file = "verbatim.toml"
        do {
            let config = try Config(text: text, file: file)
            for source in config.sources { _ = source.settingsHash }
            _ = config.accounts?.settingsHash
            let analysis = try AnalysisSettings(config: config.themes, file: file)
            _ = analysis.validationProblem()
            _ = try config.patterns?.options(file: file)
            _ = try SignalSettings(config: config.signals, file: file)
            _ = try IssueTypeSettings(config: config.issueTypes, file: file).makeRules()
        } catch is PipelineError {
            return
        } catch {
            throw harness.violation("threw \(type(of: error)), not a PipelineError: \(error)")
        }
    }
}
