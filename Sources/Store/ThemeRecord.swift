import Foundation

/// One row of the `themes` table: a theme (level 0) or a parent group of themes (level 1).
public struct ThemeRecord: Sendable, Equatable {
    /// The stable id (`T12` for themes, `G3` for groups), kept across runs by the theme registry.
    public var id: String
    /// 0 for a theme, 1 for a parent group.
    public var level: Int
    /// The label shown: a rename from the config, or the automatic label.
    public var label: String
    /// The label the labeller gave.
    public var autoLabel: String
    /// The parent group, for a theme that has one.
    public var parentID: String?
    /// `active`, or `retired` once no run finds it any more.
    public var status: String
    /// Display order (by size, largest first).
    public var position: Int
    /// Items assigned when the theme was last fitted or extended.
    public var size: Int
    /// The top terms by class-based TF-IDF, most distinctive first.
    public var topTerms: [String]
    /// Item ids of the representative quotes, nearest the centroid first.
    public var quoteItemIDs: [Int64]
    /// The term-keyed signature (JSON) the registry matches themes by across runs.
    public var signature: String
    /// The dense centroid over the current TF-IDF model's columns (little-endian Float32), for
    /// assigning new items without re-clustering.
    public var centroid: Data?
    /// Whether the theme comes from terms pinned in the config.
    public var pinned: Bool

    /// Creates a theme row.
    public init(id: String, level: Int = 0, label: String, autoLabel: String, parentID: String? = nil,
                status: String = "active", position: Int, size: Int, topTerms: [String] = [],
                quoteItemIDs: [Int64] = [], signature: String = "{}", centroid: Data? = nil, pinned: Bool = false) {
        self.id = id
        self.level = level
        self.label = label
        self.autoLabel = autoLabel
        self.parentID = parentID
        self.status = status
        self.position = position
        self.size = size
        self.topTerms = topTerms
        self.quoteItemIDs = quoteItemIDs
        self.signature = signature
        self.centroid = centroid
        self.pinned = pinned
    }
}
