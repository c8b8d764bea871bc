import Foundation
import VerbatimCore

extension XMLRecordReader {
    /// Spaces fed after the bytes before a fault, so that the parser builds every record
    /// completed before the cut well before it reaches the premature end (its read-ahead is
    /// 512 bytes, its text chunks 300).
    static let recoveryPadding = 16 << 10

    /// Hands out the records completed before `fault` that the first pass could not deliver:
    /// libxml2 parses ahead of the node it returns, so a fault can stop it while earlier
    /// records are parsed but not yet handed out. Re-reads the file cut just before the fault
    /// (at the `<` or `&` that starts the faulty markup), padded with whitespace, skipping the
    /// `completed` records already delivered.
    ///
    /// A record that ends on the fault's own line before the fault is kept; one still open at
    /// the fault is not. Files in UTF-16 or UTF-32 are not re-read.
    /// - Returns: how many records were completed in all, and whether the root element lies
    ///   before the fault.
    func recover(
        before fault: XMLParseMessage, completed: Int, components: [String]?, encoding: String?,
        _ handle: (ReaderEvent) throws -> Void
    ) throws -> (completed: Int, sawRoot: Bool) {
        let upper = encoding?.uppercased() ?? "UTF-8"
        guard fault.line > 0, !upper.contains("16"), !upper.contains("32"), !upper.contains("UCS"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped),
              let cut = Self.cutOffset(in: data, line: fault.line, column: fault.column, utf8: upper.contains("UTF-8")),
              let reader = XMLTextReader(
                source: try XMLByteSource(path: url.path, file: url.path, limit: cut, padding: Self.recoveryPadding),
                url: url.absoluteString)
        else { return (completed, false) }
        var scanner = XMLRecordScanner(
            components: components, limits: options.limits, skip: completed, quiet: true)
        _ = try scanner.scan(reader, handle)
        return (max(completed, scanner.completed), scanner.rootName != nil)
    }

    /// The offset of the last `<` or `&` before (`line`, `column`): the start of the markup
    /// libxml2 was reading when it stopped (it reports the column just after the faulty token);
    /// nil when there is none.
    ///
    /// libxml2 counts columns in characters: in UTF-8, one per scalar; in a one-byte encoding,
    /// one per byte.
    static func cutOffset(in data: Data, line: Int, column: Int, utf8: Bool) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            var currentLine = 1
            while currentLine < line, offset < bytes.count {
                if bytes[offset] == 0x0A { currentLine += 1 }
                offset += 1
            }
            var characters = 1
            while characters < column, offset < bytes.count, bytes[offset] != 0x0A {
                offset += 1
                if utf8 { while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 } }
                characters += 1
            }
            var i = min(offset, bytes.count) - 1
            while i >= 0 {
                if bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: "&") { return i }
                i -= 1
            }
            return nil
        }
    }
}
