import Store

/// What one analysis did, for the command line and the run log.
public struct AnalysisReport: Sendable {
    /// How the themes were reached.
    public enum Mode: String, Sendable {
        /// Every item clustered afresh.
        case full
        /// New items assigned to the stored themes.
        case incremental
        /// Nothing new since the last analysis.
        case unchanged
    }

    /// How the themes were reached.
    public var mode: Mode
    /// Why a full analysis ran (first run, --recluster, changed settings, unthemed share).
    public var reason: String
    /// Items with customer text in the store.
    public var items: Int
    /// Items analysed in this run.
    public var analysedItems: Int
    /// The k asked for (`auto` or a number).
    public var requestedK: String
    /// The k k-means ran with.
    public var clusteredK: Int?
    /// Scores of the candidate k's when k was chosen automatically.
    public var kScores: [(k: Int, score: Double)]
    /// Active themes after merging and dissolving.
    public var themes: Int
    /// Items in the unthemed bucket.
    public var unthemed: Int
    /// Terms in the TF-IDF vocabulary.
    public var terms: Int
    /// Phrases found.
    public var phrases: Int
    /// Lineage events of this run.
    public var events: [ThemeEvent]
    /// Seconds per stage.
    public var stageSeconds: [String: Double]
    /// What the patterns stage found, when it ran.
    public var patterns: PatternSummary?
    /// Things the user should know (stopword lists not found, …).
    public var warnings: [String] = []

    /// The unthemed share of all analysed items.
    public var unthemedShare: Double { items > 0 ? Double(unthemed) / Double(items) : 0 }
}
