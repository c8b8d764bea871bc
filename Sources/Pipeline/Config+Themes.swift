extension Config {
    /// The `[themes]` section: how the analysis stage finds themes, and the edits a person made.
    ///
    /// ```toml
    /// [themes]
    /// k = "auto"                    # or a number of themes
    /// seed = 42
    /// restarts = 4                  # k-means restarts; the best objective wins
    /// merge_threshold = 0.35        # themes whose centroids are closer (cosine) merge
    /// similarity_floor = 0.1        # items less similar to their theme go to "unthemed"
    /// min_theme_size = 5            # smaller themes dissolve into "unthemed"
    /// recluster_unthemed_share = 0.3  # an incremental run re-clusters past this unthemed share
    /// recluster_growth = 0.2        # ... or once the items have grown by this share since the last clustering
    /// min_df = 2                    # terms in fewer items are dropped
    /// max_df = 0.5                  # terms in a larger share of items are dropped
    /// quotes = 3                    # representative quotes kept per theme
    /// block = ["acme", "thanks"]    # terms never used for themes or labels
    /// merge = [["T4", "T9"]]        # themes to show as one (the first id is kept)
    /// [themes.rename]
    /// T3 = "Login trouble"
    /// [[themes.pin]]                # a theme seeded from terms, found on every run
    /// name = "Data export"
    /// terms = ["export", "csv", "download"]
    /// ```
    public struct Themes: Sendable, Equatable, Decodable {
        /// A theme seeded from terms the user pins.
        public struct Pin: Sendable, Equatable, Decodable {
            /// The theme's label.
            public var name: String
            /// Words that define it.
            public var terms: [String]

            enum CodingKeys: String, CodingKey, CaseIterable {
                case name, terms
            }
        }

        /// `auto` or a number of themes.
        public var k: String?
        /// The random seed.
        public var seed: Int?
        /// k-means restarts.
        public var restarts: Int?
        /// Centroid cosine above which two themes merge.
        public var mergeThreshold: Double?
        /// Similarity below which an item is unthemed.
        public var similarityFloor: Double?
        /// Themes smaller than this dissolve.
        public var minThemeSize: Int?
        /// The unthemed share past which an incremental run re-clusters.
        public var reclusterUnthemedShare: Double?
        /// The growth since the last clustering past which a run re-clusters.
        public var reclusterGrowth: Double?
        /// Minimum document frequency of a term.
        public var minDF: Int?
        /// Maximum document fraction of a term.
        public var maxDF: Double?
        /// Quotes kept per theme.
        public var quotes: Int?
        /// Terms never used.
        public var block: [String]?
        /// Theme ids shown as one.
        public var merge: [[String]]?
        /// New names by theme id.
        public var rename: [String: String]?
        /// Pinned themes.
        public var pin: [Pin]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case k, seed, restarts, quotes, block, merge, rename, pin
            case mergeThreshold = "merge_threshold"
            case similarityFloor = "similarity_floor"
            case minThemeSize = "min_theme_size"
            case reclusterUnthemedShare = "recluster_unthemed_share"
            case reclusterGrowth = "recluster_growth"
            case minDF = "min_df"
            case maxDF = "max_df"
        }

        /// An empty section: every setting at its default.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let n = try? c.decodeIfPresent(Int.self, forKey: .k) { k = String(n) } else { k = try c.decodeIfPresent(String.self, forKey: .k) }
            seed = try c.decodeIfPresent(Int.self, forKey: .seed)
            restarts = try c.decodeIfPresent(Int.self, forKey: .restarts)
            mergeThreshold = try c.decodeNumberIfPresent(forKey: .mergeThreshold)
            similarityFloor = try c.decodeNumberIfPresent(forKey: .similarityFloor)
            minThemeSize = try c.decodeIfPresent(Int.self, forKey: .minThemeSize)
            reclusterUnthemedShare = try c.decodeNumberIfPresent(forKey: .reclusterUnthemedShare)
            reclusterGrowth = try c.decodeNumberIfPresent(forKey: .reclusterGrowth)
            minDF = try c.decodeIfPresent(Int.self, forKey: .minDF)
            maxDF = try c.decodeNumberIfPresent(forKey: .maxDF)
            quotes = try c.decodeIfPresent(Int.self, forKey: .quotes)
            block = try c.decodeIfPresent([String].self, forKey: .block)
            merge = try c.decodeIfPresent([[String]].self, forKey: .merge)
            rename = try c.decodeIfPresent([String: String].self, forKey: .rename)
            pin = try c.decodeIfPresent([Pin].self, forKey: .pin)
        }

        /// TOML writes `1` and `1.0` differently; both are fine for a fraction.
    }
}
