import VerbatimCore

/// The caps every reader applies to one record, with the `[limits]` keys that set them.
///
/// A record over a cap is rejected (kept in `rejects` with the reason below), the records
/// around it are read, and memory does not follow the record's size: past a cap a reader skips
/// to the next record boundary, keeping only a short prefix for the reject's excerpt.
///
/// | cap | default | key |
/// |---|---|---|
/// | one field's bytes | 16 MiB | `max_field_bytes` |
/// | one record's bytes | 64 MiB | `max_record_bytes` |
/// | JSON nesting | 256 levels | `max_json_depth` |
/// | XML nesting | 256 levels (libxml2's own ceiling) | `max_xml_depth` |
public struct RecordLimits: Sendable, Equatable {
    /// The most bytes (UTF-8) one field may hold.
    public var maxFieldBytes: Int
    /// The most bytes one record may hold: field content for CSV, lines and XML text, the
    /// record's JSON text for JSON.
    public var maxRecordBytes: Int
    /// How deep arrays and objects may nest in a JSON record (the record's own braces are level 1).
    public var maxJSONDepth: Int
    /// How deep elements may nest in an XML document, counted from the root (level 1).
    public var maxXMLDepth: Int

    /// The defaults: 16 MiB fields, 64 MiB records, 256 levels of JSON and of XML.
    public static let defaults = RecordLimits()

    /// libxml2's own nesting ceiling without `XML_PARSE_HUGE` (which would lift its other safety
    /// limits too, so it stays off): `max_xml_depth` cannot go higher.
    public static let libxml2Depth = 256
    /// How many bytes of an over-limit record are kept for its excerpt.
    public static let excerptBytes = 1200

    /// Creates limits; see each property for its default.
    public init(maxFieldBytes: Int = 16 << 20, maxRecordBytes: Int = 64 << 20, maxJSONDepth: Int = 256,
                maxXMLDepth: Int = 256) {
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxXMLDepth = maxXMLDepth
    }

    /// The first limit that cannot work, as (key, value, rule); nil when all can.
    public var problem: (key: String, value: Int, rule: String)? {
        if maxFieldBytes < 1 { return ("max_field_bytes", maxFieldBytes, "must be at least 1 byte; the default is 16,777,216 (16 MiB)") }
        if maxRecordBytes < 1 { return ("max_record_bytes", maxRecordBytes, "must be at least 1 byte; the default is 67,108,864 (64 MiB)") }
        if maxJSONDepth < 1 { return ("max_json_depth", maxJSONDepth, "must be at least 1 level; the default is 256") }
        if maxXMLDepth < 1 || maxXMLDepth > Self.libxml2Depth {
            return ("max_xml_depth", maxXMLDepth,
                    "must be between 1 and 256: libxml2 stops every document at 256 levels unless XML_PARSE_HUGE is on, "
                        + "which would also lift its other safety limits")
        }
        return nil
    }

    /// The reject reason of a field over `maxFieldBytes`.
    public func fieldReason(name: String, bytes: Int) -> String {
        "field '\(name)' holds \(ByteCount.grouped(bytes)) bytes, over the field limit of "
            + "\(ByteCount.grouped(maxFieldBytes)) bytes ([limits] max_field_bytes); record rejected"
    }

    /// The reject reason of a record over `maxRecordBytes`; `atLeast` when the reader stopped
    /// counting and knows only a lower bound.
    public func recordReason(bytes: Int, atLeast: Bool = false) -> String {
        "record holds \(atLeast ? "more than " : "")\(ByteCount.grouped(bytes)) bytes, over the record limit of "
            + "\(ByteCount.grouped(maxRecordBytes)) bytes ([limits] max_record_bytes); record rejected"
    }

    /// The reject reason of a JSON record nested deeper than `maxJSONDepth`.
    public var jsonDepthReason: String {
        "nesting deeper than \(maxJSONDepth) levels, over the JSON depth limit ([limits] max_json_depth); record rejected"
    }

    /// The reject reason of an XML record whose elements nest deeper than `maxXMLDepth`.
    public func xmlDepthReason(depth: Int) -> String {
        "elements nest \(depth) levels deep, over the XML depth limit of \(maxXMLDepth) levels "
            + "([limits] max_xml_depth); record rejected"
    }

    /// A reject for the first field of `record` over `maxFieldBytes`, or nil when every field fits.
    /// - Complexity: O(fields); string lengths are not recounted for native strings.
    public func oversizedField(in record: RawRecord) -> RecordReject? {
        for (i, value) in record.values.enumerated() where value.utf8.count > maxFieldBytes {
            let name = i < record.names.count ? record.names[i] : "field \(i + 1)"
            return RecordReject(location: record.location, reason: fieldReason(name: name, bytes: value.utf8.count),
                                excerpt: String(value.prefix(Self.excerptBytes)))
        }
        for turn in record.turns where turn.text.utf8.count > maxFieldBytes {
            return RecordReject(location: record.location, reason: fieldReason(name: "turns", bytes: turn.text.utf8.count),
                                excerpt: String(turn.text.prefix(Self.excerptBytes)))
        }
        return nil
    }
}
