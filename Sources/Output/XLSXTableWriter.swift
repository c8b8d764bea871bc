import Foundation
import ZIPFoundation

/// Writes all tables into one Excel workbook (SpreadsheetML in a ZIP, written with ZIPFoundation):
/// one sheet per table, in the order given.
///
/// Number columns become numeric cells and date columns date cells (`yyyy-mm-dd`, or
/// `yyyy-mm-dd hh:mm:ss` for UTC date-times); a cell of such a column that is not a number or a
/// date (`insufficient`) is written as text, an empty cell is left blank. Each sheet has a bold
/// header row frozen above the data, an autofilter over the data (with the hidden
/// `_xlnm._FilterDatabase` name Excel itself writes) and column widths fitted to the content, up
/// to 60 characters.
///
/// Text is XML-escaped; characters XML 1.0 forbids are dropped; text that could start a formula
/// gets a leading apostrophe (`CellGuard`). Excel holds at most 32,767 characters in a cell:
/// longer text is truncated to that many UTF-16 code units (whole characters only), without
/// notice in the cell. A sheet holds at most 1,048,576 rows, so a table with more than 1,048,575
/// rows below its header is refused with `OutputError.tooManyRows` rather than split.
///
/// The same tables give the same bytes: ZIP entries are written in a fixed order with a fixed
/// date (1980-01-01), and nothing depends on the clock. The file is written beside its
/// destination and renamed into place.
public struct XLSXTableWriter: TableWriter {
    /// How text cells are stored.
    public enum StringStorage: Sendable {
        /// In the cell (`t="inlineStr"`): written in one pass, no lookup table. openpyxl 3.1 does
        /// not decode `_xHHHH_` escapes in inline strings (Excel and LibreOffice do), so text that
        /// itself holds such a sequence reads back there with the protective `_x005F_`.
        case inline
        /// In `xl/sharedStrings.xml`, each distinct text once (`t="s"`): smaller for repetitive
        /// columns, at the cost of a hash lookup per cell.
        case shared
    }

    /// Rows a sheet holds, its header included (Excel's limit).
    public static let maximumRows = 1_048_576
    /// Characters a cell holds (Excel's limit, in UTF-16 code units).
    public static let maximumCellLength = 32_767
    /// Widest fitted column, in characters.
    public static let maximumColumnWidth = 60
    /// The date every ZIP entry carries: 1980-01-01T00:00:00Z, the first date ZIP can express.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// How text cells are stored.
    public var strings: StringStorage

    /// A writer; `strings` chooses inline or shared strings. Inline is the default: on a
    /// million-row `assignments` table both took 12.5–14 s (deflating is most of the time) for
    /// files within 1% of each other, and inline strings need no table of every distinct text in
    /// memory; see the README.
    public init(strings: StringStorage = .inline) {
        self.strings = strings
    }

    /// Writes the workbook at `url`.
    /// - Throws: `OutputError.tooManyRows` for a table longer than a sheet;
    ///   `OutputError.cannotWrite` naming the path when there is no table, `url` is a folder, or
    ///   the file cannot be written.
    public func write(_ tables: [ExportTable], to url: URL) throws {
        try Self.check(tables)
        guard !tables.isEmpty else { throw OutputError.cannotWrite(path: url.path, reason: "a workbook needs at least one table") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError.cannotWrite(path: url.path, reason: "it is a folder; give a file name such as \(url.appendingPathComponent("verbatim.xlsx").path)")
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let archive = try Archive(url: temporary, accessMode: .create)
            try writeWorkbook(tables, into: archive)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(path: url.path, reason: Self.reason(error))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(path: url.path, reason: reason)
        }
    }

    /// The workbook's bytes, as `write` would put them in a file.
    /// - Throws: `OutputError.tooManyRows` for a table longer than a sheet.
    public func render(_ tables: [ExportTable]) throws -> Data {
        try Self.check(tables)
        let archive = try Archive(accessMode: .create)
        try writeWorkbook(tables, into: archive)
        return archive.data ?? Data()
    }

    /// Refuses a table longer than a sheet.
    static func check(_ tables: [ExportTable]) throws {
        for table in tables where table.rows.count >= maximumRows {
            throw OutputError.tooManyRows(table: table.name, rows: table.rows.count, limit: maximumRows - 1)
        }
    }

    /// Adds every part of the workbook to `archive`, in a fixed order.
    func writeWorkbook(_ tables: [ExportTable], into archive: Archive) throws {
        let names = Self.sheetNames(tables.map(\.name))
        var sharedStrings = strings == .shared ? SharedStrings() : nil
        try add("[Content_Types].xml", [Self.contentTypes(sheets: tables.count, sharedStrings: sharedStrings != nil)], to: archive)
        try add("_rels/.rels", [Self.packageRelationships], to: archive)
        try add("xl/workbook.xml", [Self.workbook(tables, names: names)], to: archive)
        try add("xl/_rels/workbook.xml.rels", [Self.workbookRelationships(sheets: tables.count, sharedStrings: sharedStrings != nil)], to: archive)
        try add("xl/styles.xml", [Self.styles], to: archive)
        for (i, table) in tables.enumerated() {
            let sheet = Self.sheet(table, strings: &sharedStrings)
            try add("xl/worksheets/sheet\(i + 1).xml", sheet, to: archive)
        }
        if let sharedStrings {
            try add("xl/sharedStrings.xml", [sharedStrings.part()], to: archive)
        }
    }

    /// Adds one deflated entry made of `segments`, one after another, fed to zlib in 1 MiB chunks
    /// (ZIPFoundation's default 16 KiB chunks made a million-row sheet 1.6x slower).
    private func add(_ path: String, _ segments: [[UInt8]], to archive: Archive) throws {
        let total = segments.reduce(0) { $0 + $1.count }
        var segment = 0, offset = 0
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(total), modificationDate: Self.entryDate,
                             permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20) { _, size in
            var chunk = Data(capacity: size)
            while chunk.count < size && segment < segments.count {
                let bytes = segments[segment]
                let take = min(size - chunk.count, bytes.count - offset)
                bytes.withUnsafeBufferPointer { chunk.append($0.baseAddress! + offset, count: take) }
                offset += take
                if offset == bytes.count { segment += 1; offset = 0 }
            }
            return chunk
        }
    }

    /// Sheet names Excel accepts: `[]:*?/\` replaced by `_`, no leading or trailing apostrophe,
    /// at most 31 characters, unique regardless of case (`name (2)` for a repeat).
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { raw in
            var name = String(raw.map { "[]:*?/\\".contains($0) ? "_" : $0 })
            while name.hasPrefix("'") || name.hasSuffix("'") { name = name.hasPrefix("'") ? String(name.dropFirst()) : String(name.dropLast()) }
            if name.isEmpty { name = "Sheet" }
            name = String(name.prefix(31))
            var candidate = name, n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? OutputError { return error.description }
        return "\(error)"
    }
}
