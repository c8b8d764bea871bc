import Foundation
import GRDBSQLite
import VerbatimCore

/// One item's stored values, encoded into one reusable byte buffer and bound to the upsert
/// statement from there.
///
/// The per-record hot path of ingest: no `[Binding]` array, no `String` per date or JSON column,
/// and the content hash is computed over the very bytes that are bound. The values, their order
/// and the hash are those of ``ItemWriter/columns`` as `Binding` values would give them (see
/// `Binding.combine(into:)`), so that a store written either way holds the same rows.
struct ItemRow {
    /// Where a value is: a NULL, a span of `bytes` (text), or a number.
    enum Slot {
        case null
        case text(start: Int, count: Int)
        case integer(Int64)
        case real(Double)
    }

    /// The text of every slot, back to back.
    private(set) var bytes: [UInt8] = []
    /// The item's values in ``ItemWriter/columns`` order.
    private(set) var slots: [Slot] = []
    /// The external id, a span of `bytes`.
    private(set) var externalID: Slot = .null
    /// The content hash over `slots`, as 32 hex digits in `bytes`.
    private(set) var hash: Slot = .null

    init() {
        bytes.reserveCapacity(4096)
        slots.reserveCapacity(ItemWriter.columns.count)
    }

    /// Encodes `item`'s values and their content hash, replacing the previous item's.
    mutating func encode(_ item: FeedbackItem) {
        bytes.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        externalID = appendText(item.externalID)
        slots.append(appendText(item.kind.rawValue))
        slots.append(appendText(item.accountID))
        slots.append(appendDate(item.createdAt))
        slots.append(appendText(item.channel))
        slots.append(appendText(item.subject))
        slots.append(appendText(item.text))
        slots.append(appendText(item.agentText))
        slots.append(item.score.map { .real($0) } ?? .null)
        slots.append(appendText(item.scoreType?.rawValue))
        slots.append(appendText(item.status))
        slots.append(appendText(item.priority))
        slots.append(appendDate(item.firstResponseAt))
        slots.append(appendDate(item.resolvedAt))
        slots.append(item.firstResponseHours.map { .real($0) } ?? .null)
        slots.append(item.resolutionHours.map { .real($0) } ?? .null)
        slots.append(item.contactCount.map { .integer(Int64($0)) } ?? .null)
        slots.append(item.reopened.map { .integer($0 ? 1 : 0) } ?? .null)
        slots.append(appendTags(item.tags))
        slots.append(appendExtra(item.extra))
        hash = appendHash()
    }

    /// The content hash of the encoded values, as `ItemWriter.contentHash` gives it.
    var hashHex: String {
        guard case .text(let start, let count) = hash else { return "" }
        return String(decoding: bytes[start..<(start + count)], as: UTF8.self)
    }

    /// What the store holds under the encoded item's identity.
    enum Stored { case absent, same, different }

    /// Runs `statement` (`SELECT content_hash … WHERE source = ?1 AND external_id = ?2`, the
    /// source bound) for the encoded item and compares the stored hash with the new one.
    func lookUp(_ statement: RawStatement) throws -> Stored {
        let handle = statement.statement.sqliteStatement
        return try bytes.withUnsafeBufferPointer { buffer in
            guard case .text(let idStart, let idCount) = externalID, case .text(let hashStart, let hashCount) = hash,
                  let base = buffer.baseAddress else { return .absent }
            sqlite3_reset(handle)
            sqlite3_bind_text(handle, ItemWriter.Parameter.externalID, UnsafeRawPointer(base + idStart).assumingMemoryBound(to: CChar.self),
                              Int32(idCount), nil)
            defer { sqlite3_reset(handle) }
            guard try statement.step() else { return .absent }
            guard let stored = sqlite3_column_text(handle, 0), Int(sqlite3_column_bytes(handle, 0)) == hashCount else { return .different }
            return memcmp(stored, base + hashStart, hashCount) == 0 ? .same : .different
        }
    }

    /// Binds the external id to parameter `idIndex`, the values to `firstValue`, `firstValue` + 1,
    /// …, and the hash after them, then runs `body` while the bound bytes stay put. The
    /// statement must be reset before the buffer changes, which the next `bind` does.
    func bind(_ handle: OpaquePointer?, idIndex: Int32, firstValue: Int32, _ body: () throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            // Never empty: the tags and extra columns take bytes.
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            func bind(_ slot: Slot, _ index: Int32) {
                switch slot {
                case .null: sqlite3_bind_null(handle, index)
                case .integer(let i): sqlite3_bind_int64(handle, index, i)
                case .real(let d): sqlite3_bind_double(handle, index, d)
                case .text(let start, let count):
                    // SQLITE_STATIC: SQLite reads the bytes in place during the step.
                    sqlite3_bind_text(handle, index, base + start, Int32(count), nil)
                }
            }
            sqlite3_reset(handle)
            bind(externalID, idIndex)
            for (offset, slot) in slots.enumerated() { bind(slot, firstValue + Int32(offset)) }
            bind(hash, firstValue + Int32(slots.count))
            try body()
        }
    }

    // MARK: Encoding

    private mutating func appendText(_ s: String?) -> Slot {
        guard var s else { return .null }
        let start = bytes.count
        s.withUTF8 { bytes.append(contentsOf: $0) }
        return .text(start: start, count: bytes.count - start)
    }

    /// `UTCDate.iso`, written in place.
    private mutating func appendDate(_ date: Date?) -> Slot {
        guard let date else { return .null }
        let start = bytes.count
        UTCDate.appendISO(date, to: &bytes)
        return .text(start: start, count: bytes.count - start)
    }

    /// `JSONText.array(tags)`, written in place.
    private mutating func appendTags(_ tags: [String]) -> Slot {
        let start = bytes.count
        bytes.append(UInt8(ascii: "["))
        for (i, tag) in tags.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendJSONString(tag)
        }
        bytes.append(UInt8(ascii: "]"))
        return .text(start: start, count: bytes.count - start)
    }

    /// `"{}"` or `JSONText.object(extra)` (keys in ascending order), written in place.
    private mutating func appendExtra(_ extra: [String: String]) -> Slot {
        let start = bytes.count
        bytes.append(UInt8(ascii: "{"))
        for (i, field) in extra.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendJSONString(field.key)
            bytes.append(UInt8(ascii: ":"))
            appendJSONString(field.value)
        }
        bytes.append(UInt8(ascii: "}"))
        return .text(start: start, count: bytes.count - start)
    }

    /// `JSONText.string(s)`, written in place.
    private mutating func appendJSONString(_ s: String) {
        JSONText.appendString(s, to: &bytes)
    }

    /// Hashes the slots as `Binding.combine(into:)` does and appends the hex digits.
    private mutating func appendHash() -> Slot {
        var hash = ContentHash()
        bytes.withUnsafeBufferPointer { buffer in
            for slot in slots {
                switch slot {
                case .null: hash.combine(nil)
                case .text(let start, let count): hash.combine(utf8: UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]))
                case .integer(let i): hash.combine(tagged: UInt8(ascii: "i"), i)
                case .real(let d): hash.combine(tagged: UInt8(ascii: "r"), d.bitPattern)
                }
            }
        }
        let start = bytes.count
        hash.appendHex(to: &bytes)
        return .text(start: start, count: bytes.count - start)
    }
}
