/// A hash table of the distinct surface words of one chunk, keyed by their UTF-8 bytes, so that
/// a word seen before is found without building a `String` (FNV-1a hash, open addressing with
/// linear probing; the bytes live in one contiguous arena).
struct SurfaceTable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt32] = []
    /// Entry index + 1 per slot; 0 is empty. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// The number of distinct words.
    var count: Int { starts.count }

    /// The index of the word in `buffer[start..<end]`, adding it when new.
    /// - Returns: the index and whether the word was new.
    mutating func index(of buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (index: Int32, isNew: Bool) {
        var hash: UInt32 = 2_166_136_261
        for position in start..<end { hash = (hash ^ UInt32(buffer[position])) &* 16_777_619 }
        let length = end - start
        var mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash && Int(lengths[entry - 1]) == length && matches(entry - 1, buffer, start, length) {
                return (Int32(entry - 1), false)
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(starts.count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(length))
        hashes.append(hash)
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        slots[slot] = index + 1
        if starts.count * 2 > slots.count {
            grow()
            mask = slots.count - 1
        }
        return (index, true)
    }

    private func matches(_ entry: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Bool {
        let offset = Int(starts[entry])
        return arena.withUnsafeBufferPointer { stored in
            for k in 0..<length where stored[offset + k] != buffer[start + k] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in hashes.indices {
            var slot = Int(hashes[entry]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry + 1)
        }
        slots = bigger
    }
}
