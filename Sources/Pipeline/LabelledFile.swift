import Foundation
import Ingest
import VerbatimCore

/// The labelled texts of one export, as `verbatim classify` reads them.
public struct LabelledFile: Sendable {
    /// The file.
    public var url: URL
    /// The column the texts came from.
    public var textColumn: String
    /// The column the labels came from.
    public var labelColumn: String
    /// The texts, one per usable row.
    public var texts: [String]
    /// The labels, one per text.
    public var labels: [String]
    /// Rows skipped because their text or label was empty.
    public var skipped: Int
    /// Records the reader could not read (a broken row), with where and why.
    public var rejects: [RecordReject]
    /// Warnings from the reader that lost no data.
    public var warnings: [String]

    /// Reads `url` with the ingest readers (CSV, TSV, JSON, JSON Lines, XML, by extension).
    ///
    /// Column names match case-insensitively. The text column defaults to the one the presets
    /// would map to `text` (`instruction` for bitext-style exports, `Description` for Zendesk,
    /// …), else a column named `text`.
    /// - Parameters:
    ///   - url: the export.
    ///   - label: the label column.
    ///   - text: the text column, or nil for the default.
    /// - Throws: `IngestError` when the file cannot be read; `PipelineError.badOption` naming the
    ///   file and its columns when a column is missing or no row is usable.
    public static func read(_ url: URL, label: String, text: String?) throws -> LabelledFile {
        guard FileManager.default.fileExists(atPath: url.path) else { throw IngestError.cannotOpen(file: url.path, reason: "no such file") }
        var rows: [RawRecord] = []
        var rejects: [RecordReject] = []
        var warnings: [String] = []
        try FileFormat.detect(url).reader(for: url, record: nil).read { event in
            switch event {
            case .record(let r): rows.append(r)
            case .reject(let r): rejects.append(r)
            case .warning(let w): warnings.append(w)
            }
        }
        let names = rows.first?.names ?? []
        let keys = names.map(FieldMapping.key)
        func columnIndex(_ name: String, option: String) throws -> Int {
            if let i = keys.firstIndex(of: FieldMapping.key(name)) { return i }
            let available = names.isEmpty ? "it has no readable rows" : "its columns are " + names.joined(separator: ", ")
            throw PipelineError.badOption(option: option, value: name, reason: "\(url.path) has no column '\(name)'; \(available)")
        }
        let textName = text ?? defaultTextColumn(names)
        let labelIndex = try columnIndex(label, option: "--label")
        let textIndex = try columnIndex(textName, option: "--text")
        var texts: [String] = [], labels: [String] = []
        var skipped = 0
        texts.reserveCapacity(rows.count)
        labels.reserveCapacity(rows.count)
        for row in rows {
            // Records of one file share their header, but JSON records may name fields their own way.
            let li = row.names.count == names.count ? labelIndex : row.names.map(FieldMapping.key).firstIndex(of: keys[labelIndex]) ?? -1
            let ti = row.names.count == names.count ? textIndex : row.names.map(FieldMapping.key).firstIndex(of: keys[textIndex]) ?? -1
            let l = li >= 0 && li < row.values.count ? row.values[li].trimmedWhitespace : ""
            let t = ti >= 0 && ti < row.values.count ? row.values[ti] : ""
            if l.isEmpty || t.trimmedWhitespace.isEmpty {
                skipped += 1
                continue
            }
            texts.append(t)
            labels.append(l)
        }
        return LabelledFile(url: url, textColumn: names[textIndex], labelColumn: names[labelIndex], texts: texts, labels: labels,
                            skipped: skipped, rejects: rejects, warnings: warnings)
    }

    /// The column the presets map to `text`, else `text`.
    static func defaultTextColumn(_ names: [String]) -> String {
        let keys = Set(names.map(FieldMapping.key))
        let preset = Preset.detect(names: names, hasTurns: false)
        for candidate in preset.columns[.text] ?? [] where keys.contains(FieldMapping.key(candidate)) { return candidate }
        return "text"
    }
}
