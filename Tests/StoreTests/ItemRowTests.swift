import Foundation
import Testing
@testable import Store
import VerbatimCore

@Suite("Encoding an item's row")
struct ItemRowTests {
    /// Items covering every column: absent values, empty and non-ASCII text, JSON escapes in tags
    /// and extra fields, dates before 1970 and after 9999, negative and fractional numbers.
    static let items: [FeedbackItem] = [
        FeedbackItem(source: "s", externalID: "1", kind: .ticket, text: "plain"),
        FeedbackItem(source: "s", externalID: "", kind: .chat, text: "", accountID: "", channel: "", subject: "", agentText: ""),
        FeedbackItem(source: "s", externalID: "T-9", kind: .ticket, text: "Ça ne marche pas 🚫\n\"quoted\" \\ back",
                     accountID: "ACC-7", createdAt: Date(timeIntervalSince1970: 1_788_000_000.75), channel: "email",
                     subject: "Export\tfails", agentText: "Sorry\r\nagain", status: "open", priority: "high",
                     firstResponseAt: Date(timeIntervalSince1970: -86_401.5), resolvedAt: Date(timeIntervalSince1970: 253_402_300_800),
                     firstResponseHours: 1.5, resolutionHours: -0.25, contactCount: -3, reopened: true,
                     tags: ["a\"b", "c\\d", "e\u{01}f", "", "ü"], extra: ["z": "last", "a": "fi\u{1F}rst\n", "é": "{}", "": ""]),
        FeedbackItem(source: "s", externalID: "r", kind: .survey, text: "ok", createdAt: Date(timeIntervalSince1970: 0),
                     score: 9, scoreType: .nps, resolvedAt: Date(timeIntervalSince1970: -62_167_219_201),
                     firstResponseHours: 0, resolutionHours: .greatestFiniteMagnitude, contactCount: Int.max, reopened: false,
                     tags: ["x"], extra: ["k": "v"]),
    ]

    @Test("The row binds the same values, with the same content hash, as the reference encoding", arguments: items)
    func sameAsReference(item: FeedbackItem) throws {
        var row = ItemRow()
        row.encode(FeedbackItem(source: "s", externalID: "other", kind: .review, text: "a longer text that came before"))
        row.encode(item)
        let reference = ItemWriter.values(of: item)
        #expect(row.slots.count == reference.count)
        for (slot, value) in zip(row.slots, reference) {
            switch (slot, value) {
            case (.null, .null): break
            case (.text(let start, let count), .text(let text)):
                #expect(String(decoding: row.bytes[start..<(start + count)], as: UTF8.self) == text)
            case (.integer(let a), .integer(let b)): #expect(a == b)
            case (.real(let a), .real(let b)): #expect(a.bitPattern == b.bitPattern)
            default: Issue.record("slot \(slot) differs from \(value)")
            }
        }
        #expect(row.hashHex == ItemWriter.contentHash(reference))
        #expect(row.hashHex.count == 32)
        guard case .text(let start, let count) = row.externalID else { Issue.record("no external id"); return }
        #expect(String(decoding: row.bytes[start..<(start + count)], as: UTF8.self) == item.externalID)
    }

    @Test("The content hash of numbers hashes their decimal text, as before")
    func numberParts() {
        var fast = ContentHash()
        fast.combine(tagged: UInt8(ascii: "i"), Int64(-42))
        fast.combine(tagged: UInt8(ascii: "r"), (1.5).bitPattern)
        fast.combine(tagged: UInt8(ascii: "i"), Int64(0))
        fast.combine(tagged: UInt8(ascii: "i"), Int64.min)
        fast.combine(tagged: UInt8(ascii: "r"), UInt64.max)
        #expect(fast.hex == ContentHash.hex(of: ["i-42", "r\((1.5).bitPattern)", "i0", "i\(Int64.min)", "r\(UInt64.max)"]))
        var bytes: [UInt8] = []
        fast.appendHex(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == fast.hex)
    }
}
