import Foundation
import Patterns
import Store
import TextAnalysis
import VerbatimCore

/// `verbatim analyze`: the analysis stage on a workspace, under its lock, recorded as a run.
public struct AnalyzeJob {
    /// The workspace.
    public var workspace: Workspace
    /// `--k` (`auto` or a number), overriding `[themes] k`.
    public var k: String?
    /// `--seed`, overriding `[themes] seed`.
    public var seed: UInt64?
    /// `--recluster`.
    public var recluster: Bool

    /// A job; nil options leave the config's values.
    public init(workspace: Workspace, k: String? = nil, seed: UInt64? = nil, recluster: Bool = false) {
        self.workspace = workspace
        self.k = k
        self.seed = seed
        self.recluster = recluster
    }

    /// The settings of the workspace's config with this job's overrides.
    /// - Throws: `PipelineError.config` or `.badOption` naming the setting and a fix.
    public func settings() throws -> AnalysisSettings {
        try settings(config: workspace.config())
    }

    private func settings(config: Config) throws -> AnalysisSettings {
        var settings = try AnalysisSettings(config: config.themes, file: workspace.configURL.path)
        if let k { settings.k = try AnalysisSettings.parseK(k, option: "--k") }
        if let seed { settings.seed = seed }
        return settings
    }

    /// The stopword lists, and a warning when none were found.
    public static func stopwords() throws -> (StopwordLibrary, String?) {
        guard let directory = StopwordLocator.directory() else {
            return (.empty, "no stopword lists found (set VERBATIM_STOPWORDS to the stopwords/ folder); themes will include common words")
        }
        do {
            return (try StopwordLibrary.load(from: directory), nil)
        } catch {
            throw PipelineError.config(file: directory.path, reason: String(describing: error))
        }
    }

    /// Runs the analysis under the workspace lock.
    public func run(command: String = "analyze", progress: @escaping (String) -> Void = { _ in }) throws -> AnalysisReport {
        let config = try workspace.config()
        let settings = try settings(config: config)
        let lock = try WorkspaceLock(workspace: workspace)
        defer { withExtendedLifetime(lock) {} }
        let store = try workspace.store(create: false)
        return try Self.analyse(store: store, config: config, file: workspace.configURL.path, settings: settings,
                                recluster: recluster, command: command, progress: progress)
    }

    /// The themes, patterns and signals stages on an open store (the caller holds the lock), recorded as
    /// a run of `command`; `file` names the config in errors.
    static func analyse(store: Store, config: Config, file: String, settings: AnalysisSettings, recluster: Bool, command: String,
                        progress: @escaping (String) -> Void) throws -> AnalysisReport {
        let runID = try store.beginRun(command: command, version: Version.current, configHash: config.hash)
        do {
            let report = try analyse(store: store, config: config, file: file, settings: settings, recluster: recluster, runID: runID,
                                     stages: (1, 3)) { event in
                if event.phase != .finished { progress(event.stage == "themes" || event.note.isEmpty ? event.note : "\(event.stage): \(event.note)") }
            }
            try store.finishRun(id: runID, ok: true, counts: IngestCounts(), stageSeconds: report.stageSeconds, inputHashes: [:])
            return report
        } catch {
            try? store.finishRun(id: runID, ok: false, counts: IngestCounts(), stageSeconds: [:], inputHashes: [:])
            throw error
        }
    }

    /// The themes, patterns and signals stages as part of run `runID`, announced to `events` as
    /// stages `stages.first`, `+1` and `+2` of `stages.of`. Records the data version analysed, so
    /// that a later run with nothing new can stop at once.
    static func analyse(store: Store, config: Config, file: String, settings: AnalysisSettings, recluster: Bool, runID: Int64,
                        stages: (first: Int, of: Int), events: @escaping (StageEvent) -> Void) throws -> AnalysisReport {
        let (stopwords, warning) = try stopwords()
        let patternOptions = try config.patterns?.options(file: file) ?? PatternOptions()
        let classifier = try PatternClassifier(config: config, file: file, store: store)
        let signalSettings = try SignalSettings(config: config.signals, file: file)
        let dataVersion = try store.dataVersion()
        func event(_ offset: Int, _ stage: String, _ phase: StageEvent.Phase, _ note: String = "", seconds: Double? = nil,
                   counts: [StageEvent.Count] = []) {
            events(StageEvent(stage: stage, index: stages.first + offset, of: stages.of, phase: phase, note: note,
                              seconds: seconds, counts: counts))
        }

        event(0, "themes", .started, "finding themes")
        var started = Date()
        var report = try ThemeAnalysis(store: store, settings: settings, stopwords: stopwords, progress: { event(0, "themes", .progress, $0) })
            .run(recluster: recluster, runID: runID)
        let themeSeconds = Date().timeIntervalSince(started)
        event(0, "themes", .finished, report.mode == .unchanged ? "no new items" : "\(report.mode.rawValue): \(report.reason)",
              seconds: themeSeconds, counts: [.init("items_analysed", report.analysedItems), .init("themes", report.themes),
                                              .init("unthemed", report.unthemed)])

        event(1, "patterns", .started, "issue types, recurring issues, spikes")
        started = Date()
        let patterns = try PatternAnalysis(store: store, options: patternOptions, classifier: classifier)
            .run(runID: runID, progress: { event(1, "patterns", .progress, $0) })
        report.patterns = patterns
        report.stageSeconds["patterns"] = Date().timeIntervalSince(started)
        for (step, seconds) in patterns.stepSeconds { report.stageSeconds["patterns." + step] = seconds }
        event(1, "patterns", .finished, seconds: report.stageSeconds["patterns"],
              counts: [.init("classified", patterns.classified), .init("recurring", patterns.recurring), .init("spikes", patterns.spikes),
                       .init("emerging", patterns.emerging), .init("alerts", patterns.alerts.count)])

        event(2, "signals", .started, "joining themes to accounts")
        let signals = try SignalAnalysis(store: store, settings: signalSettings).run(runID: runID)
        report.stageSeconds["signals"] = signals.seconds
        event(2, "signals", .finished, seconds: signals.seconds,
              counts: [.init("themes", signals.themes.count), .init("accounts_scored", signals.health.count)])
        if let warning { report.warnings.append(warning) }
        try store.recordAnalysis(AnalysedState(dataVersion: dataVersion, configHash: config.hash, programVersion: Version.current,
                                               runID: runID))
        return report
    }
}
