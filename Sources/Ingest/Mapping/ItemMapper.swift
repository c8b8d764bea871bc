import Foundation
import VerbatimCore

/// Turns raw records into feedback items using a preset and the user's column mapping.
///
/// The column positions are resolved once per distinct header and reused, so mapping a CSV row
/// costs a few array look-ups. A record is rejected only when it cannot be an item at all: it has
/// neither text nor a score, or its score lies outside its scale. An unreadable date keeps the
/// item (the raw value stays in `extra` as `<column> (unread)`) and is counted in `unreadDates`.
public final class ItemMapper {
    /// The options in force.
    public let options: MappingOptions
    /// The file being mapped, as named in errors (default: "this file").
    public var file: String?
    /// The preset in use, once the first record has been seen.
    public private(set) var preset: Preset?
    /// How many dates could not be read, and the first such value with its location.
    public private(set) var unreadDates = 0
    /// The first unreadable date: value, column and location.
    public private(set) var firstUnreadDate: (value: String, column: String, location: RecordLocation)?
    private let dates: DateParser
    private var resolvedFor: [String] = []
    private var resolved: [ItemField: Int] = [:]
    /// Column positions per distinct header: JSON and XML records vary in which keys they have.
    private var resolvedCache: [[String]: [ItemField: Int]] = [:]
    private var hashOccurrences: [String: Int] = [:]

    /// Creates a mapper.
    /// - Throws: `IngestError.badOption` for an unknown preset name.
    public init(options: MappingOptions) throws {
        self.options = options
        dates = DateParser(format: options.dateFormat)
        if let name = options.preset {
            guard let p = Preset.named(name) else {
                let names = Preset.all.map(\.name)
                throw IngestError.badOption(option: "--preset", value: name,
                                            reason: "unknown preset\(Suggestion.didYouMean(name, among: names)); presets are \(names.joined(separator: ", "))")
            }
            preset = p
        }
    }

    /// What became of one record.
    public enum Outcome: Sendable {
        /// An item to store.
        case item(FeedbackItem)
        /// A record kept aside, with the reason.
        case reject(RecordReject)
    }

    /// Maps one record.
    /// - Throws: `IngestError.badOption` when a column named by `--map` is not in the file, or no
    ///   column can serve as the text.
    public func map(_ record: RawRecord) throws -> Outcome {
        if record.names != resolvedFor {
            if let cached = resolvedCache[record.names] {
                resolved = cached
                resolvedFor = record.names
            } else {
                try resolve(record)
                if resolvedCache.count < 4096 { resolvedCache[record.names] = resolved }
            }
        }
        func value(_ field: ItemField) -> String? {
            guard let i = resolved[field], i < record.values.count else { return nil }
            let v = record.values[i].trimmedWhitespace
            return v.isEmpty ? nil : v
        }
        let preset = self.preset ?? Preset.detect(names: record.names, hasTurns: !record.turns.isEmpty)

        // Text: the mapped column, else the customer's turns.
        var text = value(.text) ?? ""
        var agentText = value(.agentText)
        if !record.turns.isEmpty {
            let customer = record.turns.filter { $0.role == .customer }.map(\.text)
            let agent = record.turns.filter { $0.role == .agent }.map(\.text)
            if resolved[.text] == nil || text.isEmpty { text = customer.joined(separator: "\n") }
            if agentText == nil, !agent.isEmpty { agentText = agent.joined(separator: "\n") }
        }
        if let inbound = value(.inbound).flatMap(ItemMapper.bool), !inbound {
            // The company wrote this record: keep its words apart from the customer's.
            agentText = text.isEmpty ? agentText : text
            text = ""
        }

        // Score and its scale.
        var score: Double?
        var scoreType: ScoreType?
        if let raw = value(.score) {
            // A decimal comma (`4,5`) is read as a point.
            guard let s = Double(raw) ?? Double(String(raw.map { $0 == "," ? "." : $0 })), s.isFinite else {
                return .reject(RecordReject(location: record.location, reason: "score '\(raw)' is not a number",
                                            excerpt: record.excerpt()))
            }
            let type = value(.scoreType).flatMap { ScoreType(rawValue: $0.lowercased()) }
                ?? options.scoreType ?? preset.scoreType ?? ItemMapper.scoreType(forColumn: column(.score, in: record))
            guard let type else {
                throw IngestError.badOption(option: "--score-type", value: "(missing)",
                                            reason: "the score column '\(column(.score, in: record) ?? "")' does not say its scale; pass --score-type nps|csat|ces|rating")
            }
            guard type.range.contains(s) else {
                return .reject(RecordReject(location: record.location,
                                            reason: "score \(raw) is outside \(Int(type.range.lowerBound))–\(Int(type.range.upperBound)) for \(type.rawValue)",
                                            excerpt: record.excerpt()))
            }
            score = s
            scoreType = type
        }
        if text.isEmpty && score == nil && (agentText ?? "").isEmpty {
            return .reject(RecordReject(location: record.location,
                                        reason: "no text: the \(column(.text, in: record).map { "'\($0)' column" } ?? "record") is empty and there is no score",
                                        excerpt: record.excerpt()))
        }

        var extra: [String: String] = [:]
        let used = Set(resolved.values)
        for (i, name) in record.names.enumerated() where !used.contains(i) && i < record.values.count && !record.values[i].isEmpty {
            extra[name] = record.values[i]
        }
        func date(_ field: ItemField) -> Date? {
            guard let raw = value(field) else { return nil }
            if let d = dates.parse(raw) { return d }
            let name = column(field, in: record) ?? field.rawValue
            unreadDates += 1
            if firstUnreadDate == nil { firstUnreadDate = (raw, name, record.location) }
            extra[name + " (unread)"] = raw
            return nil
        }
        let createdAt = date(.createdAt)
        let resolvedAt = date(.resolvedAt)
        let firstResponseAt = date(.firstResponseAt)
        let subject = value(.subject)
        let account = value(.account)

        var item = FeedbackItem(
            source: options.source, externalID: "", kind: options.kind ?? (record.turns.isEmpty ? preset.kind : .chat), text: text,
            accountID: account, createdAt: createdAt, channel: value(.channel), subject: subject,
            agentText: agentText, score: score, scoreType: scoreType, status: value(.status),
            priority: value(.priority), firstResponseAt: firstResponseAt, resolvedAt: resolvedAt,
            tags: value(.tags).map(ItemMapper.tags) ?? [], extra: extra)
        item.firstResponseHours = value(.firstResponseMinutes).flatMap(Double.init).map { $0 / 60 }
            ?? hours(from: createdAt, to: firstResponseAt)
        item.resolutionHours = value(.resolutionHours).flatMap(Double.init)
            ?? value(.resolutionMinutes).flatMap(Double.init).map { $0 / 60 }
            ?? hours(from: createdAt, to: resolvedAt)
        item.contactCount = value(.contactCount).flatMap { Int($0) }
        if let r = value(.reopened) { item.reopened = Int(r).map { $0 > 0 } ?? ItemMapper.bool(r) }
        item.externalID = value(.id) ?? contentID(text: text, agentText: agentText, subject: subject, account: account,
                                                  created: value(.createdAt), score: value(.score))
        return .item(item)
    }

    private func hours(from start: Date?, to end: Date?) -> Double? {
        guard let start, let end, end >= start else { return nil }
        return end.timeIntervalSince(start) / 3600
    }

    /// The id of a record without one: its content hash, with `-2`, `-3`, … for repeats of the
    /// same content in one file, so true duplicates are all kept and re-reading the file gives the
    /// same ids.
    private func contentID(text: String, agentText: String?, subject: String?, account: String?, created: String?, score: String?) -> String {
        let hash = ContentHash.hex(of: [text, agentText, subject, account, created, score])
        let n = hashOccurrences[hash, default: 0] + 1
        hashOccurrences[hash] = n
        return n == 1 ? hash : hash + "-\(n)"
    }

    private func column(_ field: ItemField, in record: RawRecord) -> String? {
        resolved[field].flatMap { $0 < record.names.count ? record.names[$0] : nil }
    }

    /// Finds the column positions for a new header.
    private func resolve(_ record: RawRecord) throws {
        if preset == nil { preset = Preset.detect(names: record.names, hasTurns: !record.turns.isEmpty) }
        let keys = record.names.map(FieldMapping.key)
        var index: [String: Int] = [:]
        for (i, k) in keys.enumerated() where index[k] == nil { index[k] = i }
        var out: [ItemField: Int] = [:]
        for (field, candidates) in preset?.columns ?? [:] {
            if let i = candidates.lazy.compactMap({ index[FieldMapping.key($0)] }).first { out[field] = i }
        }
        for (field, column) in options.mapping.columns {
            guard let i = index[FieldMapping.key(column)] else {
                let near = Suggestion.didYouMean(column, among: record.names)
                throw IngestError.missingColumn(field: field.rawValue, column: column,
                                                reason: "no column '\(column)' in \(file ?? "this file")\(near)\(near.isEmpty ? ";" : "") columns are \(record.names.prefix(40).joined(separator: ", "))")
            }
            out[field] = i
        }
        if out[.text] == nil && record.turns.isEmpty && out[.score] == nil {
            throw IngestError.badOption(option: "--map", value: "text=?",
                                        reason: "no column looks like the feedback text; columns are \(record.names.prefix(40).joined(separator: ", ")). Pass --map text=COLUMN")
        }
        resolved = out
        resolvedFor = record.names
    }

    /// `true`/`false` from the ways exports write booleans (`TRUE`, `yes`, `1`, `f`, …).
    public static func bool(_ s: String) -> Bool? {
        switch s.trimmedWhitespace.lowercased() {
        case "true", "yes", "y", "1", "t": return true
        case "false", "no", "n", "0", "f": return false
        default: return nil
        }
    }

    /// Tags split on commas or semicolons when present, else on white space. A JSON list of tag
    /// objects, as Intercom writes them (`[{"name":"login"}]`), gives the objects' names.
    static func tags(_ s: String) -> [String] {
        if s.hasPrefix("[{"), let list = try? JSONSerialization.jsonObject(with: Data(s.utf8)) as? [[String: Any]] {
            return list.compactMap { ($0["name"] as? String)?.trimmedWhitespace }.filter { !$0.isEmpty }
        }
        let utf8 = s.utf8
        let listed = utf8.contains(UInt8(ascii: ",")) || utf8.contains(UInt8(ascii: ";"))
        return utf8.split(whereSeparator: { b in
            listed ? (b == UInt8(ascii: ",") || b == UInt8(ascii: ";")) : (b == 32 || b == 9 || b == 10 || b == 13)
        }).compactMap { part in
            let tag = String(Substring(part)).trimmedWhitespace
            return tag.isEmpty ? nil : tag
        }
    }

    /// The scale a score column's name implies (`NPS`, `csat_score`, `How likely … recommend`).
    static func scoreType(forColumn name: String?) -> ScoreType? {
        guard let n = name?.lowercased() else { return nil }
        if n.contains("nps") || n.contains("recommend") { return .nps }
        if n.contains("csat") || n.contains("satisf") { return .csat }
        if n.contains("ces") || n.contains("effort") { return .ces }
        if n.contains("rating") || n.contains("stars") { return .rating }
        return nil
    }
}
