/// A byte trie over lower-case ASCII words (letters and the apostrophe), mapping a word to the
/// entry of the longest match: the word itself, or else the longest `stem*` entry it starts
/// with. Nodes hold 27 child slots in one contiguous array, so a look-up is one array read per
/// letter, with no hashing and no `String`.
struct WordTrie: Sendable {
    /// The apostrophe's child slot; letters take slots 0–25.
    static let apostrophe = 26
    static let width = 27

    /// `children[node * width + slot]`: the child node, or 0 (the root is never a child).
    private(set) var children: [Int32] = [Int32](repeating: 0, count: WordTrie.width)
    /// The entry of the word ending at each node, or -1.
    private(set) var exact: [Int32] = [-1]
    /// The entry of the `stem*` ending at each node, or -1.
    private(set) var prefix: [Int32] = [-1]

    /// The slot of a byte: a letter (either case) or an apostrophe; nil for anything else.
    @inline(__always)
    static func slot(_ byte: UInt8) -> Int? {
        let lower = byte | 0x20
        if lower &- 0x61 < 26 { return Int(lower &- 0x61) }
        return byte == 0x27 ? apostrophe : nil
    }

    /// Adds a word (or a stem, when `isPrefix`) for `entry`; returns false when the word holds
    /// anything but letters and apostrophes, or is already there.
    mutating func insert(_ word: String, entry: Int32, isPrefix: Bool) -> Bool {
        var node = 0
        for byte in word.utf8 {
            guard let slot = WordTrie.slot(byte) else { return false }
            let index = node * WordTrie.width + slot
            if children[index] == 0 {
                children[index] = Int32(exact.count)
                children.append(contentsOf: repeatElement(0, count: WordTrie.width))
                exact.append(-1)
                prefix.append(-1)
            }
            node = Int(children[index])
        }
        guard node != 0 else { return false }
        if isPrefix {
            guard prefix[node] < 0 else { return false }
            prefix[node] = entry
        } else {
            guard exact[node] < 0 else { return false }
            exact[node] = entry
        }
        return true
    }

    /// The entry of a whole lower-case word, or -1.
    func lookUp(_ word: String) -> Int32 {
        var node = 0, stem: Int32 = -1
        for byte in word.utf8 {
            guard let slot = WordTrie.slot(byte) else { return -1 }
            node = Int(children[node * WordTrie.width + slot])
            if node == 0 { return stem }
            if prefix[node] >= 0 { stem = prefix[node] }
        }
        return exact[node] >= 0 ? exact[node] : stem
    }

    /// The number of nodes.
    var nodeCount: Int { exact.count }
}
