import Foundation
import VerbatimCore

extension JSONRecordReader {
    /// Reads JSON Lines: one value per line, blank lines skipped. A line that is not valid
    /// JSON, not an object, or over `maxRecordBytes` is a reject; reading goes on.
    func readLines(_ scanner: JSONByteScanner, state: inout ReadState, _ handle: (ReaderEvent) throws -> Void) throws {
        var index = 0
        while true {
            let lineNumber = scanner.line
            scanner.mark = scanner.pos
            let start = scanner.base + scanner.pos
            guard try scanner.skipLine(keepLimit: options.maxRecordBytes) else { break }
            let location = RecordLocation(line: lineNumber, index: index)
            if scanner.overflowed || scanner.keptLine().count > options.maxRecordBytes {
                if !scanner.overflowed { scanner.keepPrefix() }
                index += 1
                try handle(.reject(RecordReject(
                    location: location,
                    reason: options.limits.recordReason(bytes: scanner.base + scanner.lineEnd - start),
                    excerpt: String(decoding: scanner.overflowPrefix, as: UTF8.self))))
                continue
            }
            let bytes = scanner.keptLine()
            scanner.mark = nil
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            index += 1
            if let fault = try emit(bytes, location: location, state: &state, handle) {
                try handle(.reject(RecordReject(location: location,
                                                reason: "line \(lineNumber) is not valid JSON: \(fault.reason)",
                                                excerpt: String(decoding: bytes.prefix(400), as: UTF8.self))))
            }
        }
    }
}
