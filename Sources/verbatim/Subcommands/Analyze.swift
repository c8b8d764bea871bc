import ArgumentParser
import Foundation
import Pipeline
import Store

/// `verbatim analyze`.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the themes in the stored feedback, or assign new items to the themes found before.",
        discussion: """
            Items are normalised (quoted replies, signatures, URLs and numbers set aside), stemmed, \
            weighted by TF-IDF and clustered by spherical k-means; themes whose centroids are close \
            merge, items far from every theme go to "unthemed", and each theme gets a label, top \
            terms and three representative quotes. Theme ids (T1, T2, …) stay the same across runs \
            while a theme still exists.

            The first analysis clusters everything. Later ones assign new items to the stored \
            themes without re-clustering, unless --recluster is given, the [themes] settings \
            changed, the unthemed share would pass recluster_unthemed_share (0.3), or the items \
            grew by more than recluster_growth (0.2) since the last clustering.

            Examples:
              verbatim analyze                 # k from [themes] k (default auto)
              verbatim analyze --k 30 --seed 7
              verbatim analyze --recluster     # cluster everything afresh
            """)

    @Option(help: ArgumentHelp("The number of themes to cluster into, or auto to choose it from the data.", valueName: "n|auto"))
    var k: String?

    @Option(help: "The random seed (same data, settings and seed give the same themes).")
    var seed: UInt64?

    @Flag(help: "Cluster every item afresh instead of extending the stored themes.")
    var recluster = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let k, k.lowercased() != "auto", (Int(k) ?? 0) < 2 {
            throw ValidationError("--k \(k): use auto or a whole number of 2 or more")
        }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let job = AnalyzeJob(workspace: global.resolvedWorkspace, k: k, seed: seed, recluster: recluster)
            let report = try job.run { console.progress("analyze: \($0)") }
            console.endProgress()
            Analyze.print(report, console: console)
        }
    }

    /// The report: a summary on stdout, warnings and timings on stderr.
    static func print(_ report: AnalysisReport, console: Console) {
        for warning in report.warnings { console.warning(warning) }
        switch report.mode {
        case .unchanged:
            console.data("themes    \(report.themes) (no new items since the last analysis)")
        case .incremental:
            console.data("themes    \(report.themes) (extended: \(report.analysedItems) new items assigned without re-clustering)")
        case .full:
            let k = report.requestedK == "auto" ? "k auto → \(report.clusteredK ?? 0)" : "k \(report.clusteredK ?? 0)"
            console.data("themes    \(report.themes) (\(k); \(report.reason))")
            console.data("terms     \(report.terms) (\(report.phrases) phrases)")
        }
        let share = String(format: "%.1f%%", report.unthemedShare * 100)
        console.data("unthemed  \(report.unthemed) of \(report.items) items (\(share))")
        let counts = Dictionary(grouping: report.events, by: \.kind).mapValues(\.count)
        if !counts.isEmpty {
            let parts = ThemeEvent.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
            console.data("lineage   \(parts.joined(separator: ", "))")
        }
        if !report.kScores.isEmpty {
            console.debug("k candidates: " + report.kScores.map { "\($0.k): \(String(format: "%.4f", $0.score))" }.joined(separator: ", "))
        }
        for (stage, seconds) in report.stageSeconds.sorted(by: { $0.key < $1.key }) {
            console.debug(String(format: "%@: %.2f s", stage, seconds))
        }
    }
}
