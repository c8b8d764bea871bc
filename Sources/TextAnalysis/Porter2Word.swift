/// A word being stemmed by `Porter2Stemmer`: its letters and the starts of the regions R1 and R2.
///
/// Each `step` method is one step of the Snowball English algorithm
/// (https://snowballstem.org/algorithms/english/stemmer.html). Letters are lower-case ASCII,
/// with `Y` for a `y` that counts as a consonant.
struct Porter2Word {
    var letters: [UInt8]
    /// The start of R1: after the first non-vowel that follows a vowel (or after a listed prefix).
    var r1: Int
    /// The start of R2: R1's own R1.
    var r2: Int
    var foundY = false

    init(_ letters: [UInt8]) {
        self.letters = letters
        r1 = letters.count
        r2 = letters.count
    }

    static let a: UInt8 = 0x61, e: UInt8 = 0x65, i: UInt8 = 0x69, l: UInt8 = 0x6C, o: UInt8 = 0x6F
    static let s: UInt8 = 0x73, t: UInt8 = 0x74, u: UInt8 = 0x75, w: UInt8 = 0x77, x: UInt8 = 0x78
    static let y: UInt8 = 0x79, bigY: UInt8 = 0x59, apostrophe: UInt8 = 0x27

    /// `a e i o u y` (a marked `Y` is not a vowel).
    static func isVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u || c == y
    }

    /// The prefixes after which R1 starts, whatever their letters.
    static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen", "emerg", "inter", "later", "organ", "past", "univers"]
        .map { Array($0.utf8) }

    var count: Int { letters.count }

    /// Whether the word ends with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        let n = letters.count, k = suffix.count
        guard k <= n else { return false }
        var index = 0
        while index < k {
            if letters[n - k + index] != suffix[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether the letters before `end` are exactly `prefix`.
    func isExactly(_ prefix: [UInt8], before end: Int) -> Bool {
        guard end == prefix.count else { return false }
        for index in 0..<end where letters[index] != prefix[index] { return false }
        return true
    }

    /// Whether a vowel occurs in `letters[0..<end]`.
    func hasVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if Porter2Word.isVowel(letters[index]) { return true }
            index += 1
        }
        return false
    }

    /// Replaces the last `length` letters by `replacement`.
    mutating func replaceSuffix(length: Int, with replacement: [UInt8]) {
        letters.removeLast(length)
        letters.append(contentsOf: replacement)
    }

    /// Whether the letters before `end` end in a short syllable: a non-vowel other than `w`, `x`
    /// or `Y` after a vowel after a non-vowel; or a vowel then a non-vowel at the start of the
    /// word; or `past`.
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 {
            let last = letters[end - 1]
            if !Porter2Word.isVowel(last) && last != Porter2Word.w && last != Porter2Word.x && last != Porter2Word.bigY
                && Porter2Word.isVowel(letters[end - 2]) && !Porter2Word.isVowel(letters[end - 3]) {
                return true
            }
        }
        if end == 2 && !Porter2Word.isVowel(letters[1]) && Porter2Word.isVowel(letters[0]) { return true }
        if end >= 4 && letters[end - 4] == 0x70 && letters[end - 3] == Porter2Word.a
            && letters[end - 2] == Porter2Word.s && letters[end - 1] == Porter2Word.t {
            return true
        }
        return false
    }

    /// Removes an initial apostrophe and marks consonant `y`s as `Y`.
    mutating func prelude() {
        if letters.first == Porter2Word.apostrophe { letters.removeFirst() }
        guard !letters.isEmpty else { return }
        if letters[0] == Porter2Word.y { letters[0] = Porter2Word.bigY; foundY = true }
        var index = 1
        while index < letters.count {
            if letters[index] == Porter2Word.y && Porter2Word.isVowel(letters[index - 1]) {
                letters[index] = Porter2Word.bigY
                foundY = true
            }
            index += 1
        }
        r1 = letters.count
        r2 = letters.count
    }

    /// Sets R1 and R2.
    mutating func markRegions() {
        let n = letters.count
        r1 = n
        r2 = n
        var start = -1
        for prefix in Porter2Word.regionPrefixes where prefix.count <= n && Array(letters[0..<prefix.count]) == prefix {
            start = prefix.count
            break
        }
        if start < 0 {
            guard let after = regionStart(from: 0) else { return }
            start = after
        }
        r1 = start
        if let after = regionStart(from: start) { r2 = after }
    }

    /// The position after the first non-vowel that follows a vowel, searching from `from`.
    func regionStart(from: Int) -> Int? {
        var index = from
        let n = letters.count
        while index < n && !Porter2Word.isVowel(letters[index]) { index += 1 }
        while index < n && Porter2Word.isVowel(letters[index]) { index += 1 }
        return index < n ? index + 1 : nil
    }

    /// Restores the `y`s marked as consonants.
    mutating func postlude() {
        guard foundY else { return }
        for index in letters.indices where letters[index] == Porter2Word.bigY { letters[index] = Porter2Word.y }
    }
}
