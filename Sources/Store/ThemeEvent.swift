/// One row of the `theme_events` table: a lineage event of the theme registry.
public struct ThemeEvent: Sendable, Equatable {
    /// What happened to a theme between two runs.
    public enum Kind: String, Sendable, CaseIterable {
        /// A theme with no predecessor.
        case new
        /// A theme that kept its id and gained items.
        case grown
        /// A theme that kept its id and lost items.
        case shrunk
        /// Earlier themes folded into this one (`related` names them).
        case merged
        /// This theme came out of an earlier one that also lives on (`related` names it).
        case split
        /// A theme no run finds any more.
        case retired
        /// The config gave the theme a new name.
        case renamed
        /// A config edit (merge, pin) shaped the theme.
        case edited
    }

    /// The theme the event is about.
    public var themeID: String
    /// What happened.
    public var kind: Kind
    /// Other themes involved (the absorbed ones of a merge, the origin of a split).
    public var related: [String]
    /// The centroid similarity behind the match, when there is one.
    public var similarity: Double?
    /// A sentence for people.
    public var detail: String

    /// Creates an event.
    public init(themeID: String, kind: Kind, related: [String] = [], similarity: Double? = nil, detail: String = "") {
        self.themeID = themeID
        self.kind = kind
        self.related = related
        self.similarity = similarity
        self.detail = detail
    }
}
