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

            Personal data is redacted before anything is stored: e-mail addresses, phone \
            numbers, card numbers, IBANs and IP addresses become [email], [phone], [card], \
            [iban] and [ip], and the [redaction] patterns of the workspace's verbatim.toml \
            apply; --keep-pii stores the text as written.

            Examples:
              verbatim ingest tickets.csv
              verbatim ingest export.json --record data.tickets --map account=org_id
              verbatim ingest nps.csv --score-type nps --strict
              verbatim ingest internal-test.csv --keep-pii
            """)

    @Argument(help: "The export files to read.")
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

    @OptionGroup var pii: PIIOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let preset, Preset.named(preset) == nil {
            throw ValidationError("--preset \(preset): unknown preset; presets are \(Preset.all.map(\.name).joined(separator: ", ")).")
        }
        do { _ = try FieldMapping(pairs: mappings) } catch { throw ValidationError(String(describing: error)) }
    }

    func run() throws {
        let console = global.console
        var failed = false
        var rejected = 0
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            let lock = try WorkspaceLock(workspace: workspace)
            defer { withExtendedLifetime(lock) {} }
            let redactor = try pii.redactor(try workspace.config(), workspace: workspace, console: console)
            let store = try workspace.store(create: true)
            let runID = try store.beginRun(command: "ingest", version: Version.current, configHash: nil)
            let mapping = try FieldMapping(pairs: mappings)
            var total = IngestCounts()
            var seconds = 0.0
            var inputs: [String: String] = [:]
            for path in files {
                let url = URL(fileURLWithPath: path)
                inputs[url.path] = (try? FileFingerprint.contentHash(url)) ?? "unreadable"
                let options = MappingOptions(source: source ?? Ingester.defaultSourceName(for: url), kind: kind, preset: preset,
                                             mapping: mapping, scoreType: scoreType, dateFormat: dateFormat)
                do {
                    let report = try Ingester(store: store, redactor: redactor).ingest(url, format: format, record: record, options: options, runID: runID) { n in
                        console.progress("\(url.lastPathComponent): \(n.formatted()) records")
                    }
                    console.endProgress()
                    IngestCommand.print(report, console: console)
                    total += report.counts
                    seconds += report.seconds
                } catch let error as IngestError {
                    console.endProgress()
                    if case .badOption = error { throw error }
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
