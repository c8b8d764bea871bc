import Foundation

/// A small reader of CSV / TSV files for the dataset tests: RFC 4180 quoting (quoted fields
/// with delimiters, doubled quotes and line breaks), CRLF or LF, a UTF-8 BOM.
struct DelimitedFile {
    var header: [String]
    var rows: [[String]]

    init(contentsOf url: URL, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var index = 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") { field.append(byte); index += 1 }
                    else { quoted = false }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if byte == delimiter {
                endField()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                endField()
                records.append(record)
                record.removeAll()
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        let names = records.first ?? []
        header = names
        rows = Array(records.dropFirst()).filter { $0.count == names.count }
    }

    /// The values of one column, by name.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }
}
