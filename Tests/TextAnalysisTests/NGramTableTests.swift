import Testing
@testable import TextAnalysis

@Suite("NGramTable")
struct NGramTableTests {
    @Test("Keys are counted exactly, also after the table grows")
    func counts() {
        var table = NGramTable(capacity: 4)
        for a in 0..<300 {
            for b in 0..<(a % 7 + 1) {
                table.add(PhraseDetector.pairKey(Int32(a), Int32(b)), UInt32(a % 3))
                table.add(PhraseDetector.pairKey(Int32(a), Int32(b)), UInt32(a % 3))
            }
        }
        #expect(table.count == (0..<300).reduce(0) { $0 + $1 % 7 + 1 })
        #expect(table.value(PhraseDetector.pairKey(13, 5), 1) == 2)
        #expect(table.value(PhraseDetector.pairKey(13, 5), 0) == nil)
        #expect(table.value(PhraseDetector.pairKey(13, 6)) == nil)
    }

    @Test("The first value set for a key stays")
    func insertIfAbsent() {
        var table = NGramTable()
        table.insertIfAbsent(PhraseDetector.pairKey(1, 2), 0, 7)
        table.insertIfAbsent(PhraseDetector.pairKey(1, 2), 0, 9)
        #expect(table.value(PhraseDetector.pairKey(1, 2)) == 7)
    }

    @Test("Counts of two halves of a corpus add up to the counts of the whole")
    func halves() {
        var generator = SplitMix(seed: 3)
        let documents = (0..<400).map { _ in (0..<(2 + Int(generator.next() % 9))).map { _ in Int32(generator.next() % 40) } }
        let isPhrase = [Bool](repeating: false, count: 40)
        let detector = PhraseDetector()
        let whole = detector.count(documents[...], isPhrase: isPhrase)
        var halves = detector.count(documents[..<150], isPhrase: isPhrase)
        halves.add(detector.count(documents[150...], isPhrase: isPhrase))
        #expect(halves.unigrams == whole.unigrams)
        #expect(halves.occurrences == whole.occurrences)
        #expect(halves.bigrams.count == whole.bigrams.count)
        #expect(halves.trigrams.count == whole.trigrams.count)
        for a in 0..<40 {
            for b in 0..<40 {
                let key = PhraseDetector.pairKey(Int32(a), Int32(b))
                #expect(halves.bigrams.value(key) == whole.bigrams.value(key))
                #expect(halves.trigrams.value(key, 7) == whole.trigrams.value(key, 7))
            }
        }
    }
}
