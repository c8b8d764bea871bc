import ArgumentParser
import Foundation
import Ingest
import Pipeline
import Store
import VerbatimCore

/// `verbatim ingest FILE...`.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read support, chat and survey exports into the workspace's store.",
        discussion: """
            Each file's format comes from its extension (.csv .tsv .json .jsonl .xml .txt) or its \
            first bytes; its columns are recognised by a built-in preset (\(Preset.all.map(\.name).joined(separator: ", "))) \
            unless --preset names one. --map FIELD=COLUMN overrides any column; fields are \
            \(ItemField.names).

            Records are identified by (source, id), or by a content hash when the export has no id: \
            ingesting the same file again adds nothing, and a changed record is updated. A record \
            that cannot be read is kept in the rejects table with its file, line and reason \
            (see `verbatim status`), and the others are stored.

            Limits: a field over 16 MiB, a record over 64 MiB, JSON nested deeper than 256 levels \
            or XML deeper than 256 levels is rejected with a reason naming the limit; memory stays \
            bounded even on a file that is one 2 GB line. The workspace's [limits] section sets \
            them, and --max-field-bytes, --max-record-bytes, --max-json-depth and --max-xml-depth \
            override it for one command.

            Personal data is redacted before anything is stored: e-mail addresses, phone \
            numbers, card numbers, IBANs and IP addresses become [email], [phone], [card], \
            [iban] and [ip], and the [redaction] patterns of the workspace's verbatim.toml \
            apply; --keep-pii stores the text as written.

            Examples:
              verbatim ingest tickets.csv
              verbatim ingest dump.jsonl --max-record-bytes 1048576
              verbatim ingest export.json --record data.tickets --map account=org_id
              verbatim ingest nps.csv --score-type nps --strict
              verbatim ingest internal-test.csv --keep-pii
            """)

    @Argument(help: "The export files to read. (`verbatim run` reads the [[source]] files listed in verbatim.toml instead.)")
    var files: [String]

    @Option(help: "The source name to store items under (default: each file's base name).")
    var source: String?

    @Option(help: "The kind of feedback: ticket, chat, survey or review (default: the preset's).")
    var kind: ItemKind?

    @Option(help: "The file format: csv, tsv, json, jsonl, xml or lines (default: from the extension).")
    var format: FileFormat?

    @Option(help: "A built-in preset for the columns (default: recognised from the header).")
    var preset: String?

    @Option(name: .customLong("map"), parsing: .singleValue,
            help: ArgumentHelp("Take FIELD from COLUMN, e.g. --map text=Description. Repeatable.", valueName: "field=column"))
    var mappings: [String] = []

    @Option(help: ArgumentHelp("Where the records are: a JSON path (data.tickets) or an XML element (response).", valueName: "path"))
    var record: String?

    @Option(help: "The score's scale when the file does not say: nps, csat, ces or rating.")
    var scoreType: ScoreType?

    @Option(help: ArgumentHelp("A date pattern tried before the built-in formats, e.g. dd.MM.yyyy HH:mm.", valueName: "pattern"))
    var dateFormat: String?

    @Flag(help: "Exit with code 3 when any record was rejected.")
    var strict = false

    @Option(help: ArgumentHelp("The most bytes one field may hold (default: [limits] max_field_bytes, or 16 MiB).", valueName: "bytes"))
    var maxFieldBytes: Int?

    @Option(help: ArgumentHelp("The most bytes one record may hold (default: [limits] max_record_bytes, or 64 MiB).", valueName: "bytes"))
    var maxRecordBytes: Int?

    @Option(help: ArgumentHelp("How deep one JSON record may nest (default: [limits] max_json_depth, or 256).", valueName: "levels"))
    var maxJSONDepth: Int?

    @Option(help: ArgumentHelp("How deep XML elements may nest, at most 256 (default: [limits] max_xml_depth, or 256).", valueName: "levels"))
    var maxXMLDepth: Int?

    @OptionGroup var pii: PIIOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let preset, Preset.named(preset) == nil {
            let names = Preset.all.map(\.name)
            throw ValidationError("--preset \(preset): unknown preset\(Suggestion.didYouMean(preset, among: names)); presets are \(names.joined(separator: ", ")).")
        }
        do { _ = try FieldMapping(pairs: mappings) } catch { throw ValidationError(String(describing: error)) }
        if let (key, value, rule) = RecordLimits(maxFieldBytes: maxFieldBytes ?? 1, maxRecordBytes: maxRecordBytes ?? 1,
                                                 maxJSONDepth: maxJSONDepth ?? 1, maxXMLDepth: maxXMLDepth ?? 1).problem {
            throw ValidationError("--\(key.replacingOccurrences(of: "_", with: "-")) \(value): \(rule).")
        }
    }

    /// The config's `[limits]`, with the flags over them.
    private func limits(_ config: Config, file: String) throws -> RecordLimits {
        var limits = try (config.limits ?? Config.Limits()).recordLimits(file: file)
        limits.maxFieldBytes = maxFieldBytes ?? limits.maxFieldBytes
        limits.maxRecordBytes = maxRecordBytes ?? limits.maxRecordBytes
        limits.maxJSONDepth = maxJSONDepth ?? limits.maxJSONDepth
        limits.maxXMLDepth = maxXMLDepth ?? limits.maxXMLDepth
        return limits
    }

    func run() throws {
        let console = global.console
        var failed = false
        var rejected = 0
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            let lock = try WorkspaceLock(workspace: workspace)
            defer { withExtendedLifetime(lock) {} }
            let config = try workspace.config()
            let redactor = try pii.redactor(config, workspace: workspace, console: console)
            let store = try workspace.store(create: true)
            let runID = try store.beginRun(command: "ingest", version: Version.current, configHash: nil)
            let mapping = try FieldMapping(pairs: mappings)
            let limits = try limits(config, file: workspace.configURL.path)
            var total = IngestCounts()
            var seconds = 0.0
            var inputs: [String: String] = [:]
            for path in files {
                let url = URL(fileURLWithPath: path)
                inputs[url.path] = (try? FileFingerprint.contentHash(url)) ?? "unreadable"
                let options = MappingOptions(source: source ?? Ingester.defaultSourceName(for: url), kind: kind, preset: preset,
                                             mapping: mapping, scoreType: scoreType, dateFormat: dateFormat)
                do {
                    let report = try Ingester(store: store, redactor: redactor).ingest(url, format: format, record: record, options: options, limits: limits,
                                                                   runID: runID) { n in
                        console.progress("\(url.lastPathComponent): \(n.formatted()) records")
                    }
                    console.endProgress()
                    IngestCommand.print(report, console: console)
                    total += report.counts
                    seconds += report.seconds
                } catch let error as IngestError {
                    console.endProgress()
                    if error.isBadOption { throw error }
                    console.error(error.description)
                    failed = true
                }
            }
            rejected = total.rejected
            try store.finishRun(id: runID, ok: !failed, counts: total, stageSeconds: ["ingest": seconds], inputHashes: inputs)
            if rejected > 0 { console.info("Rejected records are listed by `verbatim status`.") }
        }
        if failed { throw ExitCode(ExitStatus.error) }
        if strict && rejected > 0 { throw ExitCode(ExitStatus.rejected) }
    }

    /// Prints one file's outcome: counts on stdout, warnings and the break-off on stderr.
    static func print(_ report: FileReport, console: Console) {
        let mbps = report.seconds > 0 ? Double(report.bytes) / 1_048_576 / report.seconds : 0
        let redacted = report.redactions.total > 0 ? "; redacted \(report.redactions)" : ""
        console.data("\(report.file) → \(report.source) (\(report.format.rawValue), preset \(report.preset)): \(report.counts)\(redacted)")
        for w in report.warnings { console.warning(w) }
        if let truncation = report.truncation { console.error(truncation) }
        console.debug(String(format: "%@: %.2f s, %.1f MB/s", report.file, report.seconds, mbps))
    }
}

extension ItemKind: ExpressibleByArgument {}
extension ScoreType: ExpressibleByArgument {}
extension FileFormat: ExpressibleByArgument {}
