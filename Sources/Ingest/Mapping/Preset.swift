import VerbatimCore

/// A known export shape: how to recognise it from its column names and which columns feed which
/// fields. Candidate lists are tried in order; the first column present wins.
public struct Preset: Sendable {
    /// The name used with `--preset` and in `verbatim.toml`.
    public var name: String
    /// One line for `--help` and `verbatim ingest --list-presets`.
    public var summary: String
    /// The kind of item the export holds, unless `--kind` says otherwise.
    public var kind: ItemKind
    /// The scale of its score column, when fixed.
    public var scoreType: ScoreType?
    /// Candidate columns per field, in order of preference (matched case-insensitively).
    public var columns: [ItemField: [String]]
    /// Normalised column names that must all be present for the preset to be recognised.
    public var signature: [String]
    /// Whether the records must hold conversation turns to be recognised.
    public var needsTurns: Bool
    /// Where the records are when the preset is named and no `--record` is given (a JSON path or
    /// an XML element), e.g. `conversations` in an Intercom list export.
    public var recordPath: String? = nil

    /// Whether a record with these (normalised) names and turns looks like this preset.
    public func matches(names: Set<String>, hasTurns: Bool) -> Bool {
        if needsTurns && !hasTurns { return false }
        if signature.isEmpty { return false }
        return signature.allSatisfy(names.contains)
    }
}
