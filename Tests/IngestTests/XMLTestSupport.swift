import Testing
import Foundation
import Ingest
import VerbatimCore

/// Everything an XML read produced, in order, and the error that ended it.
struct XMLReadResult {
    var records: [RawRecord] = []
    var rejects: [RecordReject] = []
    var warnings: [String] = []
    var error: IngestError?

    /// The names and values of record `i` as pairs, for exact comparison.
    func fields(_ i: Int) -> [[String]] {
        zip(records[i].names, records[i].values).map { [$0, $1] }
    }
}

/// Reads a whole XML file, keeping the events delivered before any error.
func readXML(_ url: URL, _ options: XMLReaderOptions = .init()) -> XMLReadResult {
    var result = XMLReadResult()
    do {
        try XMLRecordReader(url: url, options: options).read { event in
            switch event {
            case .record(let record): result.records.append(record)
            case .reject(let reject): result.rejects.append(reject)
            case .warning(let message): result.warnings.append(message)
            }
        }
    } catch let error as IngestError {
        result.error = error
    } catch {
        Issue.record("unexpected error \(error)")
    }
    return result
}

/// Writes `text` to a file in a fresh temporary folder.
func temporaryXML(_ text: String, name: String = "input.xml") throws -> URL {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}
