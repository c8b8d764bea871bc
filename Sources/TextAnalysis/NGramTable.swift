/// A hash table from a bigram or trigram of term ids to a count or a number, for
/// `PhraseDetector` and `PhraseModel`: open addressing with linear probing over flat arrays, so
/// that counting needs no hashing of structs and no allocation per n-gram.
///
/// A key is two words: `PhraseDetector.pairKey(a, b)`, and for a trigram the third id (`0` for
/// a bigram).
struct NGramTable {
    /// Per slot: the key's first word; `UInt64.max` marks an empty slot (no pair of term ids
    /// gives it: ids are below `Int32.max`).
    private(set) var firsts: [UInt64]
    /// Per slot: the key's second word.
    private(set) var seconds: [UInt32]
    /// Per slot: the value.
    private(set) var values: [Int32]
    /// The number of keys.
    private(set) var count = 0

    static let empty = UInt64.max

    /// An empty table with room for about `capacity` keys before it grows.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        firsts = [UInt64](repeating: NGramTable.empty, count: size)
        seconds = [UInt32](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
    }

    @inline(__always)
    static func hash(_ first: UInt64, _ second: UInt32) -> Int {
        var h = first &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(second) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// Adds `amount` to the value of a key (a new key starts at 0).
    mutating func add(_ first: UInt64, _ second: UInt32 = 0, _ amount: Int32 = 1) {
        let mask = firsts.count - 1
        var slot = NGramTable.hash(first, second) & mask
        while true {
            let stored = firsts[slot]
            if stored == first && seconds[slot] == second { values[slot] &+= amount; return }
            if stored == NGramTable.empty { break }
            slot = (slot + 1) & mask
        }
        firsts[slot] = first
        seconds[slot] = second
        values[slot] = amount
        count += 1
        if count * 2 > firsts.count { grow() }
    }

    /// Sets the value of a key unless it has one.
    mutating func insertIfAbsent(_ first: UInt64, _ second: UInt32 = 0, _ value: Int32) {
        guard self.value(first, second) == nil else { return }
        add(first, second, value)
    }

    /// The value of a key, or `nil`.
    func value(_ first: UInt64, _ second: UInt32 = 0) -> Int32? {
        let mask = firsts.count - 1
        var slot = NGramTable.hash(first, second) & mask
        while true {
            let stored = firsts[slot]
            if stored == first && seconds[slot] == second { return values[slot] }
            if stored == NGramTable.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds every key of `other` with its value.
    mutating func add(_ other: NGramTable) {
        for slot in other.firsts.indices where other.firsts[slot] != NGramTable.empty {
            add(other.firsts[slot], other.seconds[slot], other.values[slot])
        }
    }

    private mutating func grow() {
        let oldFirsts = firsts, oldSeconds = seconds, oldValues = values
        let size = firsts.count * 2
        firsts = [UInt64](repeating: NGramTable.empty, count: size)
        seconds = [UInt32](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for old in oldFirsts.indices where oldFirsts[old] != NGramTable.empty {
            var slot = NGramTable.hash(oldFirsts[old], oldSeconds[old]) & mask
            while firsts[slot] != NGramTable.empty { slot = (slot + 1) & mask }
            firsts[slot] = oldFirsts[old]
            seconds[slot] = oldSeconds[old]
            values[slot] = oldValues[old]
        }
    }
}
