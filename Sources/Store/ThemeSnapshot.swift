/// Everything one analysis writes, in one transaction: the registry's themes and groups, every
/// assignment, the lineage events and the fitted models.
public struct ThemeSnapshot: Sendable {
    /// Active themes and groups; any stored theme not among them is marked retired.
    public var themes: [ThemeRecord]
    /// Assignments: all of them for a full analysis, or the new ones for an incremental one.
    public var assignments: [ThemeAssignment]
    /// Lineage events of this run.
    public var events: [ThemeEvent]
    /// Fitted models by name (`text`, `phrases`, `tfidf`, `analysis`), as JSON.
    public var models: [String: [UInt8]]
    /// Whether `assignments` replaces every stored assignment (a full analysis) or adds to them.
    public var replacesAssignments: Bool

    /// Creates a snapshot.
    public init(themes: [ThemeRecord], assignments: [ThemeAssignment], events: [ThemeEvent],
                models: [String: [UInt8]], replacesAssignments: Bool) {
        self.themes = themes
        self.assignments = assignments
        self.events = events
        self.models = models
        self.replacesAssignments = replacesAssignments
    }
}
