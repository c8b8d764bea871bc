import Foundation
import Ingest
import VerbatimCore

/// What a reader reported, split by kind, for exact assertions.
struct CSVEvents {
    var records: [RawRecord] = []
    var rejects: [RecordReject] = []
    var warnings: [String] = []
    /// Every event in order, as short text (`record 2 [a|b]`, `reject 3 …`, `warning …`).
    var log: [String] = []

    /// The values of every record.
    var values: [[String]] { records.map(\.values) }
    /// The start line of every record.
    var lines: [Int?] { records.map(\.location.line) }

    /// Reads `url` to the end.
    static func read(_ url: URL, _ options: CSVOptions = .init()) throws -> CSVEvents {
        var events = CSVEvents()
        try CSVReader(url: url, options: options).read { event in
            switch event {
            case .record(let record):
                events.records.append(record)
                events.log.append("record \(record.location) [\(record.values.joined(separator: "|"))]")
            case .reject(let reject):
                events.rejects.append(reject)
                events.log.append("reject \(reject.location): \(reject.reason) [\(reject.excerpt)]")
            case .warning(let warning):
                events.warnings.append(warning)
                events.log.append("warning \(warning)")
            }
        }
        return events
    }

    /// Writes `bytes` to a fresh temporary file named `name` and returns its URL.
    static func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") throws -> URL {
        let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }
}
