/// Steps 0 to 5 of the Snowball English (Porter2) algorithm,
/// https://snowballstem.org/algorithms/english/stemmer.html.
extension Porter2Word {
    private static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Step 0: removes the longest of `'s'`, `'s`, `'`.
    mutating func step0() {
        for suffix in [Porter2Word.ascii("'s'"), Porter2Word.ascii("'s"), Porter2Word.ascii("'")] where ends(with: suffix) {
            letters.removeLast(suffix.count)
            return
        }
    }

    /// Step 1a: `sses` → `ss`; `ied`, `ies` → `i` after two or more letters, else `ie`; `us`, `ss`
    /// stay; `s` goes when a vowel occurs before the letter preceding it.
    mutating func step1a() {
        let n = count
        if ends(with: Porter2Word.ascii("sses")) {
            letters.removeLast(2)
        } else if ends(with: Porter2Word.ascii("ied")) || ends(with: Porter2Word.ascii("ies")) {
            replaceSuffix(length: 3, with: n - 3 >= 2 ? [Porter2Word.i] : [Porter2Word.i, Porter2Word.e])
        } else if ends(with: Porter2Word.ascii("ss")) || ends(with: Porter2Word.ascii("us")) {
            return
        } else if ends(with: [Porter2Word.s]) {
            if n >= 2 && hasVowel(before: n - 2) { letters.removeLast() }
        }
    }

    private static let step1bSuffixes: [[UInt8]] = ["eedly", "ingly", "edly", "eed", "ing", "ed"].map(ascii)
    private static let eedStems: [[UInt8]] = ["succ", "proc", "exc"].map(ascii)
    private static let ingStems: [[UInt8]] = ["even", "cann", "inn", "earr", "herr", "out"].map(ascii)
    private static let addE: [[UInt8]] = ["at", "bl", "iz"].map(ascii)
    private static let doubles: [[UInt8]] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].map(ascii)

    /// Step 1b: `eed`, `eedly` → `ee` in R1 (not in `succeed`, `proceed`, `exceed`); `ed`, `edly`,
    /// `ing`, `ingly` go when a vowel precedes them, then `at`/`bl`/`iz` gain an `e`, a double
    /// letter loses one (not in `add`, `egg`, `odd`, …), and a short word gains an `e`. `ying` after
    /// a lone first consonant becomes `ie` (`dying` → `die`); `inning`, `outing`, `canning`,
    /// `herring`, `earring` and `evening` stay.
    mutating func step1b() {
        guard let suffix = Porter2Word.step1bSuffixes.first(where: { ends(with: $0) }) else { return }
        let start = count - suffix.count
        if suffix.first == Porter2Word.e && suffix.count >= 3 && suffix[1] == Porter2Word.e {
            // eed, eedly
            guard start >= r1 else { return }
            if Porter2Word.eedStems.contains(where: { isExactly($0, before: start) }) { return }
            replaceSuffix(length: suffix.count, with: [Porter2Word.e, Porter2Word.e])
            return
        }
        if suffix.count == 3 && suffix[0] == Porter2Word.i {
            // ing
            if start == 2 && letters[1] == Porter2Word.y && !Porter2Word.isVowel(letters[0]) {
                replaceSuffix(length: 4, with: [Porter2Word.i, Porter2Word.e])
                return
            }
            if Porter2Word.ingStems.contains(where: { isExactly($0, before: start) }) { return }
        }
        guard hasVowel(before: start) else { return }
        letters.removeLast(suffix.count)
        if Porter2Word.addE.contains(where: { ends(with: $0) }) {
            letters.append(Porter2Word.e)
        } else if Porter2Word.doubles.contains(where: { ends(with: $0) }) {
            let n = count
            if n == 3 && (letters[0] == Porter2Word.a || letters[0] == Porter2Word.e || letters[0] == Porter2Word.o) { return }
            letters.removeLast()
        } else if count == r1 && endsInShortSyllable(count) {
            letters.append(Porter2Word.e)
        }
    }

    /// Step 1c: a final `y` or `Y` after a non-vowel that is not the first letter becomes `i`.
    mutating func step1c() {
        let n = count
        guard n >= 3, letters[n - 1] == Porter2Word.y || letters[n - 1] == Porter2Word.bigY,
              !Porter2Word.isVowel(letters[n - 2]) else { return }
        letters[n - 1] = Porter2Word.i
    }

    /// Step 2 suffixes (longest first) and their replacements, applied in R1.
    private static let step2Rules: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"),
        ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ].map { (ascii($0.0), ascii($0.1)) }

    /// Step 2: derivational suffixes in R1 (`ational` → `ate`, `iveness` → `ive`, …); `ogi` → `og`
    /// only after `l`; `li` goes only after one of `c d e g h k m n r t`.
    mutating func step2() {
        guard let (suffix, replacement) = Porter2Word.step2Rules.first(where: { ends(with: $0.0) }) else { return }
        let start = count - suffix.count
        guard start >= r1 else { return }
        if suffix == Porter2Word.ascii("ogi") {
            guard start >= 1, letters[start - 1] == Porter2Word.l else { return }
        } else if suffix == Porter2Word.ascii("li") {
            guard start >= 1, Porter2Word.validLiEnding(letters[start - 1]) else { return }
        }
        replaceSuffix(length: suffix.count, with: replacement)
    }

    /// `c d e g h k m n r t`, the letters before which Step 2 removes `li`.
    static func validLiEnding(_ c: UInt8) -> Bool {
        switch c {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
        default: return false
        }
    }

    /// Step 3 suffixes (longest first) and their replacements, applied in R1 (`ative` in R2).
    private static let step3Rules: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ].map { (ascii($0.0), ascii($0.1)) }

    /// Step 3: `ational` → `ate`, `alize` → `al`, `icate`/`iciti`/`ical` → `ic`, `ful`/`ness` go,
    /// all in R1; `ative` goes in R2.
    mutating func step3() {
        guard let (suffix, replacement) = Porter2Word.step3Rules.first(where: { ends(with: $0.0) }) else { return }
        let start = count - suffix.count
        guard start >= r1 else { return }
        if suffix == Porter2Word.ascii("ative") && start < r2 { return }
        replaceSuffix(length: suffix.count, with: replacement)
    }

    /// Step 4 suffixes, longest first.
    private static let step4Suffixes: [[UInt8]] = [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ].map(ascii)

    /// Step 4: `al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize` go in R2;
    /// `ion` goes in R2 after `s` or `t`.
    mutating func step4() {
        guard let suffix = Porter2Word.step4Suffixes.first(where: { ends(with: $0) }) else { return }
        let start = count - suffix.count
        guard start >= r2 else { return }
        if suffix == Porter2Word.ascii("ion") {
            guard start >= 1, letters[start - 1] == Porter2Word.s || letters[start - 1] == Porter2Word.t else { return }
        }
        letters.removeLast(suffix.count)
    }

    /// Step 5: a final `e` goes in R2, or in R1 when not after a short syllable; a final `l` goes
    /// in R2 after another `l`.
    mutating func step5() {
        guard let last = letters.last else { return }
        let start = count - 1
        if last == Porter2Word.e {
            if start >= r2 || (start >= r1 && !endsInShortSyllable(start)) { letters.removeLast() }
        } else if last == Porter2Word.l {
            if start >= r2 && start >= 1 && letters[start - 1] == Porter2Word.l { letters.removeLast() }
        }
    }
}
