/// One fuzz harness: a function that feeds arbitrary bytes to one parser of untrusted input, the
/// way ingest or the CLI does, and checks invariants of what comes back.
///
/// Every harness must return for every input, quickly and in bounded memory. Expected failures
/// (a reader's `IngestError`, a config's `PipelineError`) are part of normal behaviour; a broken
/// invariant throws `FuzzViolation`; a trap is a bug. `verbatim-fuzz` runs them under libFuzzer,
/// `FuzzTargetsTests` replays the seeds and regressions in `corpora/fuzz/<harness>/`.
public enum FuzzHarness: String, CaseIterable, Sendable {
    /// `CSVReader` (sniffed separator, header), in one chunk and again in 7-byte chunks.
    case csvReader
    /// `JSONRecordReader` (array, document or JSON Lines), with the default and a small record limit.
    case jsonReader
    /// `XMLRecordReader` (libxml2's pull parser), with the detected record element.
    case xmlReader
    /// `LinesReader`, one record per line.
    case linesReader
    /// `DateParser`, the built-in formats and a few configured patterns.
    case dateParser
    /// `Config(text:file:)` and the settings the stages derive from it.
    case configLoader
    /// `TextNormalizer` then the tokenizer (`TokenSpan.spans`).
    case tokenizer
    /// `CSVReader` then `ItemMapper` (preset detection, dates, scores), as ingest maps records.
    case itemMapper

    /// The largest input worth making for this harness, in bytes (libFuzzer's `-max_len`).
    public var maxLength: Int {
        switch self {
        case .dateParser: return 64
        case .tokenizer: return 4096
        case .configLoader: return 4096
        case .csvReader, .jsonReader, .xmlReader, .linesReader, .itemMapper: return 16384
        }
    }

    /// Runs the harness on one input.
    /// - Throws: `FuzzViolation` when an invariant does not hold.
    public func run(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        switch self {
        case .csvReader: try ReaderHarnesses.csv(data)
        case .jsonReader: try ReaderHarnesses.json(data)
        case .xmlReader: try ReaderHarnesses.xml(data)
        case .linesReader: try ReaderHarnesses.lines(data)
        case .itemMapper: try ReaderHarnesses.itemMapper(data)
        case .dateParser: try DateParserHarness.run(data)
        case .configLoader: try ConfigHarness.run(data)
        case .tokenizer: try TokenizerHarness.run(data)
        }
    }

    /// Runs the harness on `bytes`.
    /// - Throws: `FuzzViolation` when an invariant does not hold.
    public func run(_ bytes: [UInt8]) throws(FuzzViolation) {
        let found: FuzzViolation? = bytes.withUnsafeBytes { data in
            do throws(FuzzViolation) { try run(data) } catch { return error }
            return nil
        }
        if let found { throw found }
    }

    /// A violation of this harness.
    func violation(_ message: String) -> FuzzViolation {
        FuzzViolation(harness: self, message: message)
    }
}
