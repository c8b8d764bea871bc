import Foundation
import Output
import SampleCorpus
import Store

/// The README's first command: writes the sample corpus into a workspace, ingests its sources
/// and accounts, runs the analysis (themes, patterns, signals), writes the HTML report and the
/// workbook into the workspace, and returns the store's status, the theme table and the themes
/// that drive churn.
public struct Demo {
    /// Where the workspace goes.
    public var directory: URL
    /// Corpus size and seed.
    public var options: SampleOptions

    /// Creates a demo run into `directory`.
    public init(directory: URL, options: SampleOptions = SampleOptions()) {
        self.directory = directory
        self.options = options
    }

    /// What the demo did.
    public struct Outcome {
        /// The corpus written.
        public var sample: SampleSummary
        /// One report per ingested file.
        public var files: [FileReport]
        /// Accounts added, updated, unchanged and rejected.
        public var accounts: IngestCounts
        /// The store's contents at the end.
        public var status: StoreStatus
        /// What the analysis found; nil when the workspace already held this corpus, analysed.
        public var analysis: AnalysisReport?
        /// The themes, largest first.
        public var themes: [ThemeSummary]
        /// Items in no theme, and all analysed items.
        public var unthemed: Int
        /// All analysed items.
        public var analysed: Int
        /// Themes whose churn lift is built on enough accounts, highest lift first.
        public var churnDrivers: [ReportLift]
        /// Where the HTML report was written.
        public var report: URL
        /// Where the workbook was written.
        public var workbook: URL
    }

    /// The report's file name in the workspace.
    public static let reportName = "report.html"
    /// The workbook's file name in the workspace.
    public static let workbookName = "verbatim-demo.xlsx"

    /// Runs the demo; `events` hears each stage of the run as it starts, moves on and ends.
    public func run(progress: @escaping (String) -> Void = { _ in }, events: @escaping (StageEvent) -> Void = { _ in }) throws -> Outcome {
        progress("sample: writing \(options.items) items and \(options.accounts) accounts to \(directory.path)")
        let sample = try SampleCorpus.write(to: directory, options: options)
        let workspace = Workspace(path: directory.path)
        // The nightly job itself: a demo written again over the same files finds nothing new.
        let run = try RunJob(workspace: workspace).run(events: events)
        let store = try workspace.readStore()
        let themes = try store.themeSummaries()
        let signalSettings = try workspace.signalSettings()
        let reportURL = directory.appendingPathComponent(Self.reportName)
        progress("report: \(reportURL.path)")
        let report = try ReportBuilder(store: store, signalSettings: signalSettings, workspaceName: directory.lastPathComponent)
            .write(to: reportURL)
        let workbookURL = directory.appendingPathComponent(Self.workbookName)
        progress("workbook: \(workbookURL.path)")
        try Exporter(store: store, signalSettings: signalSettings).export(tables: [], format: .xlsx, to: workbookURL)
        let drivers = report.lifts.filter { $0.sufficient && $0.lift != nil }
            .sorted { ($0.lift ?? 0, $1.themeID) > ($1.lift ?? 0, $0.themeID) }
        return Outcome(sample: sample, files: run.files, accounts: run.accounts ?? IngestCounts(), status: try store.status(),
                       analysis: run.analysis, themes: themes.themes, unthemed: themes.unthemed, analysed: themes.total,
                       churnDrivers: drivers, report: reportURL, workbook: workbookURL)
    }
}
