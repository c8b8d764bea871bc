import Foundation

/// Reads a written corpus back for the tests: a small RFC 4180 parser, the chat JSON and a
/// line scan of the survey XML.
struct CorpusReader {
    struct Item {
        var source: String
        var id: String
        var account: String
        var epoch: Int
        var theme: String
        var score: Int?
        var scoreType: String?
        var firstText: String
    }

    let directory: URL
    var items: [Item] = []
    var accounts: [[String]] = []
    var truth: [[String]] = []

    init(directory: URL) throws {
        self.directory = directory
        truth = Array(try Self.parseCSV(Data(contentsOf: directory.appendingPathComponent("truth/items.csv"))).dropFirst())
        var themeOf: [String: String] = [:]
        for row in truth { themeOf[row[0] + "/" + row[1]] = row[2] }

        let tickets = try Self.parseCSV(Data(contentsOf: directory.appendingPathComponent("tickets.csv")))
        for row in tickets.dropFirst() {
            let body = row[2].components(separatedBy: "\n\n")[1]
            items.append(Item(source: "tickets", id: row[0], account: row[10], epoch: Self.epoch(row[11]),
                              theme: themeOf["tickets/" + row[0]] ?? "?", score: nil, scoreType: nil,
                              firstText: Self.firstSentence(body)))
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("chats.json")))
        let conversations = (json as! [String: Any])["conversations"] as! [[String: Any]]
        for c in conversations {
            let id = c["id"] as! String
            let account = (c["custom_attributes"] as! [String: Any])["account_id"] as! String
            items.append(Item(source: "chats", id: id, account: account, epoch: c["created_at"] as! Int,
                              theme: themeOf["chats/" + id] ?? "?", score: nil, scoreType: nil, firstText: ""))
        }
        let xml = try String(contentsOf: directory.appendingPathComponent("surveys.xml"), encoding: .utf8)
        var current: Item?
        for line in xml.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("<response ") {
                let id = Self.between(l, "id=\"", "\"")
                current = Item(source: "surveys", id: id, account: "", epoch: 0, theme: themeOf["surveys/" + id] ?? "?",
                               score: nil, scoreType: Self.between(l, "type=\"", "\""), firstText: "")
            } else if l.hasPrefix("<account>") {
                current?.account = Self.between(l, "<account>", "</account>")
            } else if l.hasPrefix("<submitted>") {
                let iso = Self.between(l, "<submitted>", "</submitted>")
                current?.epoch = Self.epoch(iso.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""))
            } else if l.hasPrefix("<score>") {
                current?.score = Int(Self.between(l, "<score>", "</score>"))
            } else if l == "</response>", let item = current {
                items.append(item)
                current = nil
            }
        }
        accounts = Array(try Self.parseCSV(Data(contentsOf: directory.appendingPathComponent("accounts.csv"))).dropFirst())
    }

    static func between(_ s: String, _ a: String, _ b: String) -> String {
        guard let r = s.range(of: a), let e = s.range(of: b, range: r.upperBound..<s.endIndex) else { return "" }
        return String(s[r.upperBound..<e.lowerBound])
    }

    static func firstSentence(_ text: String) -> String {
        var out = ""
        for ch in text {
            out.append(ch)
            if ch == "." || ch == "?" || ch == "!" { break }
        }
        return out
    }

    /// `2026-09-14 10:22:05` as epoch seconds (UTC).
    static func epoch(_ s: String) -> Int {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return Int(formatter.date(from: s)!.timeIntervalSince1970)
    }

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ data: Data) -> [[String]] {
        let bytes = [UInt8](data)
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                row.append(String(decoding: field, as: UTF8.self)); field = []
            } else if b == 0x0A {
                row.append(String(decoding: field, as: UTF8.self)); field = []
                rows.append(row); row = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); rows.append(row) }
        return rows
    }

    /// Records counted the cheap way the brief asks: CSV rows by scanning quotes.
    static func countCSVRows(_ data: Data) -> Int {
        var rows = 0
        var quoted = false
        for b in data {
            if b == 0x22 { quoted.toggle() } else if b == 0x0A && !quoted { rows += 1 }
        }
        return rows - 1
    }

    static func occurrences(of needle: String, in data: Data) -> Int {
        let n = [UInt8](needle.utf8)
        let bytes = [UInt8](data)
        var count = 0
        var i = 0
        while i + n.count <= bytes.count {
            if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { count += 1; i += n.count } else { i += 1 }
        }
        return count
    }
}
