import VerbatimCore

/// How one analysis runs: the `[themes]` section of `verbatim.toml` with the command line's
/// overrides, every value checked once here.
public struct AnalysisSettings: Sendable, Equatable {
    /// A fixed number of themes, or chosen by `KSelector`.
    public enum KChoice: Sendable, Equatable, CustomStringConvertible {
        /// Exactly this many k-means clusters (before merging and dissolving).
        case fixed(Int)
        /// Chosen from the data.
        case auto

        /// `auto` or the number.
        public var description: String {
            switch self {
            case .fixed(let n): return String(n)
            case .auto: return "auto"
            }
        }
    }

    /// The number of clusters. Default `auto`.
    public var k: KChoice = .auto
    /// The random seed of k-means++ seeding and restarts. Default 42.
    public var seed: UInt64 = 42
    /// k-means restarts (the best objective wins). Default 4.
    public var restarts: Int = 4
    /// Themes whose centroids have a cosine above this merge. Default 0.35.
    public var mergeThreshold: Double = 0.35
    /// Items whose similarity to their theme is below this go to "unthemed". Default 0.1.
    public var similarityFloor: Double = 0.1
    /// Themes with fewer items dissolve into "unthemed". Default 5.
    public var minimumThemeSize: Int = 5
    /// An incremental run re-clusters when the unthemed share would pass this. Default 0.3.
    public var reclusterUnthemedShare: Double = 0.3
    /// A run re-clusters once the items have grown by more than this share since the themes were
    /// last clustered (0.2: past 1,200 items when 1,000 were clustered), so themes that only a
    /// larger corpus shows are found and a nightly sequence ends where one run over all the data
    /// would. Ids carry over through the registry. Default 0.2.
    public var reclusterGrowth: Double = 0.2
    /// Terms in fewer items are dropped. Default 2.
    public var minimumDocumentFrequency: Int = 2
    /// Terms in a larger share of items are dropped. Default 0.5.
    public var maximumDocumentFraction: Double = 0.5
    /// Representative quotes per theme. Default 3.
    public var quotes: Int = 3
    /// Words never used for themes or labels (matched after stemming, and as phrases).
    public var blockedTerms: [String] = []
    /// Theme ids shown as one; the first id of each list is kept.
    public var merges: [[String]] = []
    /// Labels by theme id.
    public var renames: [String: String] = [:]
    /// Themes seeded from terms.
    public var pins: [Config.Themes.Pin] = []

    /// The defaults.
    public init() {}

    /// The settings of a workspace's `[themes]` section.
    /// - Throws: `PipelineError.config` naming the setting, its value and a fix.
    public init(config: Config.Themes?, file: String) throws {
        guard let t = config else { return }
        if let k = t.k { self.k = try Self.parseK(k, option: "[themes] k", file: file) }
        if let seed = t.seed {
            guard seed >= 0 else { throw PipelineError.config(file: file, reason: "[themes] seed = \(seed): use a number of 0 or more") }
            self.seed = UInt64(seed)
        }
        restarts = t.restarts ?? restarts
        mergeThreshold = t.mergeThreshold ?? mergeThreshold
        similarityFloor = t.similarityFloor ?? similarityFloor
        minimumThemeSize = t.minThemeSize ?? minimumThemeSize
        reclusterUnthemedShare = t.reclusterUnthemedShare ?? reclusterUnthemedShare
        reclusterGrowth = t.reclusterGrowth ?? reclusterGrowth
        minimumDocumentFrequency = t.minDF ?? minimumDocumentFrequency
        maximumDocumentFraction = t.maxDF ?? maximumDocumentFraction
        quotes = t.quotes ?? quotes
        blockedTerms = t.block ?? []
        merges = t.merge ?? []
        renames = t.rename ?? [:]
        pins = t.pin ?? []
        if let problem = validationProblem() { throw PipelineError.config(file: file, reason: problem) }
    }

    /// Parses `auto` or a whole number of at least 2.
    public static func parseK(_ text: String, option: String, file: String? = nil) throws -> KChoice {
        if text.lowercased() == "auto" { return .auto }
        guard let n = Int(text), n >= 2 else {
            let reason = "use `auto` or a whole number of 2 or more"
            if let file { throw PipelineError.config(file: file, reason: "\(option) = \(text): \(reason)") }
            throw PipelineError.badOption(option: option, value: text, reason: reason)
        }
        return .fixed(n)
    }

    /// The first setting out of range, as a sentence with a fix; nil when all are fine.
    public func validationProblem() -> String? {
        if restarts < 1 || restarts > 100 { return "[themes] restarts = \(restarts): use 1 to 100 (4 is a good default)" }
        if !(0 ... 1).contains(mergeThreshold) { return "[themes] merge_threshold = \(mergeThreshold): use a cosine between 0 and 1 (1 turns merging off)" }
        if !(0 ..< 1).contains(similarityFloor) { return "[themes] similarity_floor = \(similarityFloor): use a cosine from 0 to below 1 (0 themes every item)" }
        if minimumThemeSize < 1 { return "[themes] min_theme_size = \(minimumThemeSize): use 1 or more" }
        if !(reclusterGrowth >= 0) { return "[themes] recluster_growth = \(reclusterGrowth): use a share of 0 or more (0.2 re-clusters after 20% growth)" }
        if !(0 ... 1).contains(reclusterUnthemedShare) { return "[themes] recluster_unthemed_share = \(reclusterUnthemedShare): use a share between 0 and 1" }
        if minimumDocumentFrequency < 1 { return "[themes] min_df = \(minimumDocumentFrequency): use 1 or more" }
        if !(maximumDocumentFraction > 0 && maximumDocumentFraction <= 1) { return "[themes] max_df = \(maximumDocumentFraction): use a share above 0 and at most 1" }
        if quotes < 0 || quotes > 50 { return "[themes] quotes = \(quotes): use 0 to 50" }
        for group in merges where group.count < 2 { return "[themes] merge = \(group): each list needs two theme ids or more" }
        for pin in pins where pin.terms.isEmpty || pin.name.isEmpty { return "[themes] pin '\(pin.name)': give a name and at least one term" }
        return nil
    }

    /// A hash of everything that shapes the clustering (not renames or quotes): when it changes,
    /// the next analysis re-clusters instead of extending the stored themes.
    public var clusteringHash: String {
        var h = ContentHash()
        for part in [k.description, String(seed), String(restarts), String(mergeThreshold), String(similarityFloor),
                     String(minimumThemeSize), String(minimumDocumentFrequency), String(maximumDocumentFraction),
                     blockedTerms.joined(separator: "\u{1}"), pins.map { $0.name + ":" + $0.terms.joined(separator: ",") }.joined(separator: ";")] {
            h.combine(part)
        }
        return h.hex
    }
}
