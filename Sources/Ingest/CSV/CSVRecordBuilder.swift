import VerbatimCore

/// Turns the tokenizer's rows into reader events: takes the header, checks each record's width,
/// decodes fields (UTF-8, or Windows-1252 when a field is not valid UTF-8) and builds
/// `RawRecord`s that all share one names array.
struct CSVRecordBuilder {
    /// The file, as named in warnings and errors.
    let file: String
    /// Whether the first row is a header.
    let hasHeader: Bool
    /// The limits, for reject reasons.
    let limits: RecordLimits
    /// The most fields a record may have, for the reject reason.
    let maxFields: Int
    /// The separator, to join fields in excerpts.
    let separator: String
    private var names: [String]?
    private var index = 0
    private var warnedEncoding = false

    /// Creates a builder for one file.
    init(file: String, hasHeader: Bool, limits: RecordLimits, maxFields: Int, delimiter: UInt8?) {
        self.file = file
        self.hasHeader = hasHeader
        self.limits = limits
        self.maxFields = maxFields
        self.separator = String(UnicodeScalar(delimiter ?? UInt8(ascii: ",")))
    }

    /// Handles one row.
    /// - Throws: `IngestError.notFormat` when the header row cannot be read; whatever `handle`
    ///   throws.
    mutating func take(_ row: CSVTokenizer.Row, _ handle: (ReaderEvent) throws -> Void) throws {
        if names == nil && hasHeader {
            try takeHeader(row, handle)
            return
        }
        let location = RecordLocation(line: row.line, index: index)
        index += 1
        if let problem = row.problem {
            try handle(.reject(reject(row, problem: problem, location: location, handle)))
            return
        }
        let names = self.names ?? CSVHeader.generated(count: row.fieldCount)
        self.names = names
        let values = try decodeFields(row, handle)
        if values.count != names.count {
            let reason = "expected \(names.count) fields, found \(values.count)"
            let excerpt = values.joined(separator: separator)
            try handle(.reject(RecordReject(location: location, reason: reason, excerpt: excerpt)))
            return
        }
        try handle(.record(RawRecord(names: names, values: values, location: location)))
    }

    private mutating func takeHeader(_ row: CSVTokenizer.Row, _ handle: (ReaderEvent) throws -> Void) throws {
        if let problem = row.problem {
            let reason: String
            switch problem {
            case .nul: reason = "the header contains a NUL byte (is it a binary file?)"
            case .tooLong(let bytes): reason = "the header " + limits.recordReason(bytes: bytes).dropFirst("record ".count)
            case .fieldTooLong(let field, let bytes):
                reason = "the header's " + limits.fieldReason(name: "column \(field + 1)", bytes: bytes)
            case .tooManyFields: reason = "the header has more than \(ByteCount.grouped(maxFields)) columns"
            case .unterminatedQuote(let line): reason = "unterminated quoted field starting at line \(line)"
            }
            throw IngestError.notFormat(file: file, format: "CSV", reason: reason)
        }
        let (names, warnings) = CSVHeader.normalize(try decodeFields(row, handle), file: file)
        for warning in warnings { try handle(.warning(warning)) }
        self.names = names
    }

    private mutating func reject(
        _ row: CSVTokenizer.Row, problem: CSVTokenizer.Problem, location: RecordLocation,
        _ handle: (ReaderEvent) throws -> Void
    ) throws -> RecordReject {
        switch problem {
        case .tooLong(let bytes):
            return RecordReject(location: location, reason: limits.recordReason(bytes: bytes), excerpt: prefix(row))
        case .fieldTooLong(let field, let bytes):
            let name = names.flatMap { field < $0.count ? $0[field] : nil } ?? "column\(field + 1)"
            return RecordReject(location: location, reason: limits.fieldReason(name: name, bytes: bytes), excerpt: prefix(row))
        case .tooManyFields:
            return RecordReject(location: location,
                                reason: "record has more than \(ByteCount.grouped(maxFields)) fields; record rejected",
                                excerpt: prefix(row))
        case .nul:
            return RecordReject(location: location, reason: "contains a NUL byte",
                                excerpt: try decodeFields(row, handle).joined(separator: separator))
        case .unterminatedQuote(let line):
            return RecordReject(location: location,
                                reason: "unterminated quoted field starting at line \(line)",
                                excerpt: try decodeFields(row, handle).joined(separator: separator))
        }
    }

    /// The first bytes the tokenizer kept of an over-limit record.
    private func prefix(_ row: CSVTokenizer.Row) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: row.bytes.prefix(RecordLimits.excerptBytes)), as: UTF8.self)
    }

    private mutating func decodeFields(_ row: CSVTokenizer.Row, _ handle: (ReaderEvent) throws -> Void) throws -> [String] {
        var values: [String] = []
        values.reserveCapacity(row.fieldCount)
        for i in 0..<row.fieldCount {
            let bytes = row.field(i)
            if UTF8Validator.isValid(bytes) {
                values.append(String(decoding: bytes, as: UTF8.self))
                continue
            }
            if !warnedEncoding {
                warnedEncoding = true
                try handle(.warning("\(file): not valid UTF-8 at line \(row.line); decoded as Windows-1252"))
            }
            values.append(Windows1252.decode(bytes))
        }
        return values
    }
}
