/// The Porter2 stemmer: the Snowball English stemming algorithm (M. F. Porter, "The English
/// (Porter2) stemming algorithm", https://snowballstem.org/algorithms/english/stemmer.html),
/// written from the published algorithm as it stands in Snowball 3.
///
/// The steps, in order: the exceptional forms (`skies` → `sky`, `news` → `news`, `early` →
/// `earli`, …); the prelude (an initial apostrophe removed; an initial `y`, or a `y` after a
/// vowel, marked `Y` so that it counts as a consonant); the regions R1 and R2 (R1 starts after
/// the prefixes `gener`, `commun`, `arsen`, `emerg`, `inter`, `later`, `organ`, `past` and
/// `univers` when the word begins with one); then Step 0 (`'s'`, `'s`, `'`), Step 1a (`sses`,
/// `ied`/`ies`, `s`), Step 1b (`eed`, `ed`, `ing`, … with the `succeed`/`proceed`/`exceed`,
/// `inning`/`outing`/`canning`/`herring`/`earring`/`evening` and `dying`/`lying`/`tying`
/// special cases), Step 1c (`y` → `i`), Steps 2–4 (derivational suffixes in R1 or R2), Step 5
/// (`e`, `ll`) and the postlude (`Y` back to `y`).
///
/// The stemmer expects a lower-case word. Words holding anything other than ASCII letters and
/// apostrophes are returned unchanged, as are words shorter than three letters.
public struct Porter2Stemmer: Sendable {
    /// A stemmer; it holds no state.
    public init() {}

    /// The stem of a lower-case English word.
    ///
    /// - Parameter word: one lower-case word, e.g. `"generously"`.
    /// - Returns: its stem, e.g. `"generous"`.
    /// - Complexity: O(n) in the length of the word.
    public func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard Porter2Stemmer.isStemmable(bytes) else { return word }
        return String(decoding: stem(bytes: bytes), as: UTF8.self)
    }

    /// The stem of a lower-case ASCII word given as bytes.
    func stem(bytes: [UInt8]) -> [UInt8] {
        if let exception = Porter2Stemmer.exceptionalForms[bytes] { return exception }
        if bytes.count < 3 { return bytes }
        var word = Porter2Word(bytes)
        word.prelude()
        word.markRegions()
        word.step0()
        word.step1a()
        word.step1b()
        word.step1c()
        word.step2()
        word.step3()
        word.step4()
        word.step5()
        word.postlude()
        return word.letters
    }

    /// Whether every byte is a lower-case ASCII letter or an apostrophe.
    static func isStemmable(_ bytes: [UInt8]) -> Bool {
        for byte in bytes where !((byte >= 0x61 && byte <= 0x7A) || byte == 0x27) { return false }
        return true
    }

    /// Words with a fixed stem (or left as they are), checked before any step.
    static let exceptionalForms: [[UInt8]: [UInt8]] = {
        let pairs: [(String, String)] = [
            ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
            ("early", "earli"), ("only", "onli"), ("singly", "singl"),
            ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"),
            ("bias", "bias"), ("andes", "andes"),
        ]
        var table: [[UInt8]: [UInt8]] = [:]
        for (word, stem) in pairs { table[Array(word.utf8)] = Array(stem.utf8) }
        return table
    }()
}
