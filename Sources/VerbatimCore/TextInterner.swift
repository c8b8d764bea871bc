/// Gives each distinct text read from the store (an account id, a theme id, an issue type) a
/// small integer, in order of first appearance, without making a `String` per row.
///
/// A scan of a million rows meets only thousands of distinct values, so the interner keys an
/// open-addressing table on the raw UTF-8 bytes (FNV-1a) and makes a `String` once per distinct
/// byte sequence. Texts that are equal as Swift strings (canonically equivalent) but spelled with
/// different bytes get the same index, so the result is exactly what a `[String: Int32]`
/// dictionary over `String`s gives.
public struct TextInterner {
    /// The distinct texts by index, each as first seen.
    public private(set) var texts: [String] = []
    /// Index of each text.
    private var byText: [String: Int32] = [:]
    /// Every distinct byte sequence seen, concatenated; entry `e` is `bytes[starts[e] ..< starts[e + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// The exact text of each byte entry, and the index of its (canonical) text.
    private var entryTexts: [String] = []
    private var entryIndex: [Int32] = []
    private var entryHash: [UInt64] = []
    /// Open addressing: entry + 1, or 0 when free. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)

    /// An empty interner.
    public init() {}

    /// The number of distinct texts.
    public var count: Int { texts.count }

    /// The index of the text `buffer` holds, adding it when new; also the exact `String` of these
    /// bytes (which may differ from `texts[index]` only by canonical equivalence).
    /// - Complexity: O(bytes) amortised.
    public mutating func intern(_ buffer: UnsafeBufferPointer<UInt8>) -> (index: Int32, text: String) {
        let entry = self.entry(buffer)
        return (entryIndex[entry], entryTexts[entry])
    }

    /// The index of the text `buffer` holds, adding it when new.
    public mutating func index(_ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        entryIndex[entry(buffer)]
    }

    private mutating func entry(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in buffer { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let e = Int(slots[slot] - 1)
            if entryHash[e] == hash, equal(e, buffer) { return e }
            slot = (slot + 1) & mask
        }
        let e = entryTexts.count
        let text = String(decoding: buffer, as: UTF8.self)
        let index: Int32
        if let known = byText[text] {
            index = known
        } else {
            index = Int32(texts.count)
            texts.append(text)
            byText[text] = index
        }
        bytes.append(contentsOf: buffer)
        starts.append(bytes.count)
        entryTexts.append(text)
        entryIndex.append(index)
        entryHash.append(hash)
        slots[slot] = Int32(e + 1)
        if 2 * entryTexts.count > slots.count { grow() }
        return e
    }

    private func equal(_ e: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[e], end = starts[e + 1]
        guard end - start == buffer.count else { return false }
        var i = 0
        while i < buffer.count {
            if bytes[start + i] != buffer[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for e in entryHash.indices {
            let hash = entryHash[e]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }
}
