import Foundation
import Testing
@testable import Ingest
import VerbatimCore

/// What a JSON read delivered, split by kind, and the error it ended with.
struct JSONReadResult {
    var records: [RawRecord] = []
    var rejects: [RecordReject] = []
    var warnings: [String] = []
    var error: IngestError?
}

enum JSONTestHelpers {
    /// Writes `bytes` to a temporary file and reads it, collecting every event and the error.
    static func read(_ bytes: [UInt8], options: JSONReaderOptions = .init(), name: String = "input.json") throws -> JSONReadResult {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return read(url: url, options: options)
    }

    /// Reads `text` as a file.
    static func read(_ text: String, options: JSONReaderOptions = .init()) throws -> JSONReadResult {
        try read(Array(text.utf8), options: options)
    }

    /// Reads the file at `url`, collecting every event and the error.
    static func read(url: URL, options: JSONReaderOptions = .init()) -> JSONReadResult {
        var result = JSONReadResult()
        do {
            try JSONRecordReader(url: url, options: options).read { event in
                switch event {
                case .record(let r): result.records.append(r)
                case .reject(let r): result.rejects.append(r)
                case .warning(let w): result.warnings.append(w)
                }
            }
        } catch let error as IngestError {
            result.error = error
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return result
    }

    /// The reason of a `notFormat` error, or nil.
    static func notFormatReason(_ error: IngestError?) -> String? {
        if case .notFormat(_, _, let reason)? = error { return reason }
        return nil
    }

    /// The location and reason of a `truncated` error, or nil.
    static func truncation(_ error: IngestError?) -> (RecordLocation, String)? {
        if case .truncated(_, let location, let reason)? = error { return (location, reason) }
        return nil
    }
}
