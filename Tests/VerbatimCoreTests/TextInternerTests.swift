import Foundation
import Testing
import VerbatimCore

@Suite("Interning stored texts") struct TextInternerTests {
    func intern(_ texts: [String], into interner: inout TextInterner) -> [Int32] {
        texts.map { text in
            var copy = text
            return copy.withUTF8 { interner.index($0) }
        }
    }

    @Test("Texts get indices in order of first appearance, the same text the same index")
    func firstAppearance() {
        var interner = TextInterner()
        #expect(intern(["ACC-2", "ACC-1", "ACC-2", "", "ACC-1", "ACC-3"], into: &interner) == [0, 1, 0, 2, 1, 3])
        #expect(interner.texts == ["ACC-2", "ACC-1", "", "ACC-3"])
    }

    @Test("Canonically equivalent spellings share an index, as String keys do, and keep their own bytes")
    func canonicalEquivalence() {
        var interner = TextInterner()
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        #expect(intern([composed, decomposed, "Cafe"], into: &interner) == [0, 0, 1])
        var bytes = decomposed
        let (index, text) = bytes.withUTF8 { interner.intern($0) }
        #expect(index == 0 && Array(text.utf8) == Array(decomposed.utf8))
        #expect(interner.texts == [composed, "Cafe"])
    }

    @Test("Thousands of texts survive the table's growth")
    func growth() {
        var interner = TextInterner()
        let texts = (0..<5000).map { "account-\($0 * 7919 % 5000)" }
        let first = intern(texts, into: &interner)
        #expect(first == (0..<5000).map { Int32($0) })
        #expect(intern(texts.reversed(), into: &interner) == first.reversed())
        #expect(interner.count == 5000)
    }

    @Test("Stored dates are formatted and read back as ISO 8601 formats them")
    func isoDates() {
        let formatter = ISO8601DateFormatter()
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let seconds = Int64(rng.int(below: 4_000_000_000)) - 1_000_000_000
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = UTCDate.iso(date)
            #expect(text == formatter.string(from: date))
            #expect(UTCDate.seconds(fromISO: text) == seconds)
        }
    }

    @Test("Item ids are written as JSON arrays of numbers or of their strings")
    func numberArrays() {
        let ids: [Int64] = [0, 7, -12, 1_234_567_890_123, .max, .min]
        #expect(JSONText.numbers(ids, quoted: true) == JSONText.array(ids.map(String.init)))
        #expect(JSONText.numbers(ids) == "[" + ids.map(String.init).joined(separator: ",") + "]")
        #expect(JSONText.numbers([]) == "[]")
    }
}
