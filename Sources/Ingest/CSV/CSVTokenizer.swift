/// The byte-level state machine that splits delimited text into records and fields.
///
/// It is fed chunks of UTF-8 in file order and keeps its state across chunk boundaries, so a
/// field, a `""` escape or a CRLF may straddle two chunks. Field bytes are unescaped into one
/// growing buffer; each finished record is handed out as a `Row` view into that buffer.
///
/// Line ends: in LF mode (the file has an LF in its first chunk) LF and CRLF end a record and a
/// CR not followed by LF is data. In CR mode CR, CRLF and LF all end a record. Inside quotes
/// every line end is data. Lines count from 1; a CRLF counts once.
struct CSVTokenizer {
    /// Why a record cannot be delivered as it stands.
    enum Problem: Equatable {
        /// A field holds a 0x00 byte.
        case nul
        /// The record's field content passed `maxRecordBytes`: its size.
        case tooLong(bytes: Int)
        /// Field `field` (0-based) passed `maxFieldBytes`: its size.
        case fieldTooLong(field: Int, bytes: Int)
        /// The record has more than `maxFields` fields.
        case tooManyFields
        /// The file ended inside a quoted field that opened on `line`.
        case unterminatedQuote(line: Int)
    }

    /// A finished record, valid only while the emit closure runs.
    struct Row {
        /// The unescaped bytes of every field, back to back (only a prefix when a limit was passed).
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where each field ends in `bytes`.
        let fieldEnds: UnsafeBufferPointer<Int>
        /// The 1-based line the record starts on.
        let line: Int
        /// Why the record cannot be delivered, if it cannot.
        let problem: Problem?

        /// How many fields the record has.
        var fieldCount: Int { fieldEnds.count }

        /// The bytes of field `i`.
        func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            let start = i == 0 ? 0 : fieldEnds[i - 1]
            return UnsafeBufferPointer(rebasing: bytes[start..<fieldEnds[i]])
        }
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, pendingCR, skipLF
    }

    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    /// How much of an over-long record is kept for its excerpt.
    private static let overflowPrefix = 4096
    /// The largest record buffer kept for reuse between records.
    private static let keptCapacity = 4 << 20

    private let delimiter: UInt8
    private let hasDelimiter: Bool
    private let quote: UInt8
    private let hasQuote: Bool
    private let crEndsLines: Bool
    private let maxRecordBytes: Int
    private let maxFieldBytes: Int
    private let maxFields: Int
    /// The delimiter and the quote repeated in every byte of a word, for `skipPlain`.
    private let delimiterWord: UInt64
    private let quoteWord: UInt64

    private var state = State.fieldStart
    private var bytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    /// The line the tokenizer is on.
    private(set) var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var hasContent = false
    private var hasNUL = false
    /// Whether the last byte put into a quoted field was a CR (a CRLF inside quotes counts once).
    private var lastWasCR = false
    /// Set once the record passed a limit: from then on its bytes are counted, not kept.
    private var skipping = false
    /// In skip mode: the record's content bytes, and the current field's, counted so far.
    private var skippedRecordBytes = 0
    private var skippedFieldBytes = 0
    /// In skip mode: fields finished before the current one.
    private var skippedFields = 0
    /// The first field over `maxFieldBytes`, and its size.
    private var longField: (index: Int, bytes: Int)?
    private var tooManyFields = false

    /// Creates a tokenizer.
    /// - Parameters:
    ///   - delimiter: the field separator, or `nil` for one field per record.
    ///   - quote: the quote character, or `nil` when quotes are data.
    ///   - crEndsLines: whether a lone CR ends a line (CR mode) or is data (LF mode).
    ///   - maxRecordBytes: the longest record content kept.
    ///   - maxFieldBytes: the longest field kept.
    ///   - maxFields: the most fields a record may have.
    init(delimiter: UInt8?, quote: UInt8?, crEndsLines: Bool, maxRecordBytes: Int, maxFieldBytes: Int = .max,
         maxFields: Int = .max) {
        // Without a delimiter, LF stands in: line ends are tested before the delimiter.
        self.delimiter = delimiter ?? Self.lf
        self.hasDelimiter = delimiter != nil
        self.quote = quote ?? 0
        self.hasQuote = quote != nil
        self.crEndsLines = crEndsLines
        self.maxRecordBytes = maxRecordBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
        self.delimiterWord = UInt64(self.delimiter) &* 0x0101_0101_0101_0101
        self.quoteWord = UInt64(self.quote) &* 0x0101_0101_0101_0101
    }

    /// Feeds the next chunk, calling `emit` for every record it completes (blank lines are
    /// skipped).
    /// - Complexity: O(n) in the chunk's length.
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (Row) throws -> Void) rethrows {
        guard let p = chunk.baseAddress else { return }
        let n = chunk.count
        let delimiter = self.delimiter
        let quote = self.quote
        var i = 0
        while i < n {
            switch state {
            case .fieldStart:
                if hasQuote && p[i] == quote {
                    state = .quoted
                    quoteLine = line
                    hasContent = true
                    i += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var j = Self.skipPlain(p, from: i, to: n, special: delimiterWord)
                while j < n {
                    let b = p[j]
                    if b <= Self.cr || b == delimiter { break }
                    j += 1
                }
                if j > i {
                    put(p + i, j - i)
                    hasContent = true
                }
                i = j
                if j == n { break }
                let b = p[j]
                i += 1
                if b == Self.lf {
                    line += 1
                    try endRecord(emit)
                } else if b == Self.cr {
                    if crEndsLines {
                        line += 1
                        try endRecord(emit)
                        state = .skipLF
                    } else {
                        state = .pendingCR
                    }
                } else if hasDelimiter && b == delimiter {
                    endField()
                    hasContent = true
                    state = .fieldStart
                } else {
                    if b == 0 { hasNUL = true }
                    put(b)
                    hasContent = true
                }
            case .quoted:
                var j = Self.skipPlain(p, from: i, to: n, special: quoteWord)
                while j < n {
                    let b = p[j]
                    if b <= Self.cr || b == quote { break }
                    j += 1
                }
                if j > i {
                    put(p + i, j - i)
                }
                i = j
                if j == n { break }
                let b = p[j]
                i += 1
                if b == quote {
                    state = .quoteInQuoted
                } else {
                    if b == Self.lf {
                        if !crEndsLines || !lastWasCR { line += 1 }
                    } else if b == Self.cr {
                        if crEndsLines { line += 1 }
                    } else if b == 0 {
                        hasNUL = true
                    }
                    put(b)
                }
            case .quoteInQuoted:
                let b = p[i]
                if b == quote {
                    put(b)
                    state = .quoted
                    i += 1
                } else if b == Self.lf {
                    line += 1
                    i += 1
                    try endRecord(emit)
                } else if b == Self.cr {
                    i += 1
                    if crEndsLines {
                        line += 1
                        try endRecord(emit)
                        state = .skipLF
                    } else {
                        state = .pendingCR
                    }
                } else if hasDelimiter && b == delimiter {
                    endField()
                    state = .fieldStart
                    i += 1
                } else {
                    // Text after a closing quote: kept as data, as most readers do.
                    state = .unquoted
                }
            case .pendingCR:
                if p[i] == Self.lf {
                    line += 1
                    i += 1
                    try endRecord(emit)
                } else {
                    put(Self.cr)
                    hasContent = true
                    state = .unquoted
                }
            case .skipLF:
                if p[i] == Self.lf { i += 1 }
                state = .fieldStart
            }
        }
        if !skipping && (longField != nil || bytes.count - (fieldEnds.last ?? 0) > maxFieldBytes
                         || bytes.count > maxRecordBytes || fieldEnds.count >= maxFields) {
            startSkipping()
        }
    }

    /// Keeps memory bounded once the record passed a limit: drops all but a prefix of its bytes
    /// and counts the rest on to the record's end.
    private mutating func startSkipping() {
        skipping = true
        skippedRecordBytes = bytes.count
        skippedFieldBytes = bytes.count - (fieldEnds.last ?? 0)
        skippedFields = fieldEnds.count
        tooManyFields = tooManyFields || fieldEnds.count >= maxFields
        bytes.removeSubrange(min(Self.overflowPrefix, bytes.count)...)
        fieldEnds.removeAll()
    }

    /// Appends field bytes, or counts them once the record is being skipped.
    @inline(__always)
    private mutating func put(_ p: UnsafePointer<UInt8>, _ count: Int) {
        if skipping {
            skippedRecordBytes += count
            skippedFieldBytes += count
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
        }
        lastWasCR = false
    }

    /// Appends one field byte, or counts it once the record is being skipped.
    @inline(__always)
    private mutating func put(_ b: UInt8) {
        if skipping {
            skippedRecordBytes += 1
            skippedFieldBytes += 1
        } else {
            bytes.append(b)
        }
        lastWasCR = b == Self.cr
    }

    /// Ends the current field, noting it when it is over `maxFieldBytes`.
    private mutating func endField() {
        let index: Int, size: Int
        if skipping {
            index = skippedFields
            size = skippedFieldBytes
            skippedFields += 1
            skippedFieldBytes = 0
        } else {
            index = fieldEnds.count
            size = bytes.count - (fieldEnds.last ?? 0)
            fieldEnds.append(bytes.count)
        }
        if size > maxFieldBytes && longField == nil { longField = (index, size) }
        if !skipping && fieldEnds.count > maxFields { startSkipping() }
    }

    /// Skips eight bytes at a time while none of them is a control byte up to CR (0x00–0x0D)
    /// or the byte repeated in `special`; returns where the byte-by-byte scan must go on.
    ///
    /// The zero-byte test is the one from Sean Anderson's "Bit Twiddling Hacks"
    /// (`(x - 0x01…) & ~x & 0x80…`, and its `hasless` variant for bytes below 14).
    private static func skipPlain(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int, special: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var j = start
        while j + 8 <= end {
            let word = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
            let x = word ^ special
            let hit = ((x &- ones) & ~x) | ((word &- ones &* 14) & ~word)
            if hit & highs != 0 { break }
            j += 8
        }
        return j
    }

    /// Ends the input, emitting the last record when the file does not end with a line end.
    mutating func finish(_ emit: (Row) throws -> Void) rethrows {
        switch state {
        case .quoted:
            try endRecord(emit, problem: .unterminatedQuote(line: quoteLine))
        case .skipLF:
            state = .fieldStart
        case .fieldStart, .unquoted, .quoteInQuoted, .pendingCR:
            // A CR at the very end of the file is taken as its line end.
            try endRecord(emit)
        }
    }

    private mutating func endRecord(_ emit: (Row) throws -> Void, problem: Problem? = nil) rethrows {
        endField()
        if hasContent {
            var problem = problem
            if problem == nil {
                let size = skipping ? skippedRecordBytes : bytes.count
                if let longField {
                    problem = .fieldTooLong(field: longField.index, bytes: longField.bytes)
                } else if size > maxRecordBytes {
                    problem = .tooLong(bytes: size)
                } else if tooManyFields || fieldEnds.count > maxFields {
                    problem = .tooManyFields
                } else if hasNUL {
                    problem = .nul
                }
            }
            let line = recordLine
            try bytes.withUnsafeBufferPointer { b in
                try fieldEnds.withUnsafeBufferPointer { f in
                    try emit(Row(bytes: b, fieldEnds: f, line: line, problem: problem))
                }
            }
        }
        if bytes.capacity > Self.keptCapacity {
            bytes = []  // after a huge record, give its memory back
        } else {
            bytes.removeAll(keepingCapacity: true)
        }
        fieldEnds.removeAll(keepingCapacity: true)
        hasContent = false
        hasNUL = false
        skipping = false
        lastWasCR = false
        longField = nil
        tooManyFields = false
        recordLine = line
        state = .fieldStart
    }
}
