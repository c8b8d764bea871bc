import VerbatimCore

/// How records of one file become items: the source name and the choices that override what
/// the preset would do. Validated once, at the edge (the command line or the config).
public struct MappingOptions: Sendable {
    /// The source the items belong to.
    public var source: String
    /// The item kind; nil takes the preset's (or `chat` for records with turns).
    public var kind: ItemKind?
    /// A preset by name; nil detects one from the first record's columns.
    public var preset: String?
    /// Columns from `--map` and `[source.map]`, taking precedence over the preset's.
    public var mapping: FieldMapping
    /// The score scale when the export does not say (`--score-type`).
    public var scoreType: ScoreType?
    /// A `DateFormatter` pattern tried before the built-in date formats.
    public var dateFormat: String?

    /// Creates options; only the source is required.
    public init(source: String, kind: ItemKind? = nil, preset: String? = nil, mapping: FieldMapping = FieldMapping(),
                scoreType: ScoreType? = nil, dateFormat: String? = nil) {
        self.source = source
        self.kind = kind
        self.preset = preset
        self.mapping = mapping
        self.scoreType = scoreType
        self.dateFormat = dateFormat
    }
}
