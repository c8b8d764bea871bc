import Testing
@testable import TextAnalysis

@Suite("Hostile input")
struct HostileInputTests {
    let analyzer = CorpusAnalyzer(stopwords: Stopwords.library)

    static let oddTexts = [
        "", " ", "\u{0}", "<", "<<<<>>>>", "&", "&#xFFFFFFFF;", "&#0;", "&#;", "&amp", "@", "@@", "+(", "(((((",
        "' ' '", "n't", "'s", "''s'", "l'", "qu'", "⟨", "⟩", "⟨url", "⟨⟩", "-- ", ">", "On wrote:", "\r\r\n\n",
        "é\u{301}\u{301}\u{301}", "👩‍👩‍👧‍👦🏳️‍🌈", "مرحبا بالعالم", "שלום", "ｆｕｌｌ ｗｉｄｔｈ", "x@y", "a@b.c", "http://",
        "www.", "9999999999999999999999", "+1 (", "1.2.3.4.5.6.7.8.9.0", "<script>never closed",
        String(repeating: "a", count: 100_000), String(repeating: "密", count: 1_000), String(repeating: "not ", count: 1_000),
        String(repeating: "<b>", count: 1_000), String(repeating: "&amp;", count: 1_000),
    ]

    @Test("Odd texts are analysed without trapping, one document each")
    func oddTexts() {
        let corpus = analyzer.analyze(HostileInputTests.oddTexts)
        #expect(corpus.documents.count == HostileInputTests.oddTexts.count)
        #expect(corpus.languages.count == HostileInputTests.oddTexts.count)
        #expect(corpus.displayForms.count == corpus.terms.count)
        #expect(corpus.documents.allSatisfy { $0.allSatisfy { $0 >= 0 && Int($0) < corpus.termCount } })
        #expect(analyzer.analyze(HostileInputTests.oddTexts) == corpus)
    }

    @Test("Random Unicode text is analysed deterministically")
    func randomUnicode() {
        var generator = SplitMix(seed: 42)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x590...0x6FF, 0x3040...0x30FF,
                                             0x4E00...0x4FFF, 0x1F300...0x1F6FF, 0x27E8...0x27E9, 0xFE00...0xFE0F]
        let texts = (0..<300).map { _ in
            String(String.UnicodeScalarView((0..<Int(generator.next() % 80)).compactMap { _ in
                let range = ranges[Int(generator.next() % UInt64(ranges.count))]
                return Unicode.Scalar(range.lowerBound + UInt32(generator.next() % UInt64(range.count)))
            }))
        }
        let corpus = analyzer.analyze(texts)
        #expect(corpus.documents.count == texts.count)
        #expect(analyzer.analyze(texts) == corpus)
        let normalizer = TextNormalizer()
        for text in texts { _ = normalizer.normalize(text) }
        #expect(PhraseDetector().fit(corpus) == PhraseDetector().fit(corpus))
    }
}

@Suite("Unicode folding")
struct FoldingTests {
    @Test("The fast fold equals Foundation's NFKC and lower-casing on mixed scripts")
    func fastFoldMatchesFoundation() {
        var generator = SplitMix(seed: 9)
        let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF,
                                             0x300...0x36F, 0x1E00...0x1EFF, 0x2100...0x218F, 0x3040...0x30FF,
                                             0xFF01...0xFF5E, 0xFB00...0xFB06, 0x1F300...0x1F64F, 0x200B...0x200F,
                                             0xFE00...0xFE0F, 0x1100...0x11FF, 0xAC00...0xAC40]
        for _ in 0..<2_000 {
            let scalars = (0..<Int(1 + generator.next() % 12)).compactMap { _ -> Unicode.Scalar? in
                let range = ranges[Int(generator.next() % UInt64(ranges.count))]
                return Unicode.Scalar(range.lowerBound + UInt32(generator.next() % UInt64(range.count)))
            }
            let bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
            #expect(TextNormalizer.fold(bytes) == TextNormalizer.foldWithFoundation(bytes),
                    "\(scalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Every Latin, Greek and Cyrillic letter, and every letter-like symbol, folds as Foundation does")
    func everyLetter() {
        for value in Array(0xA0...0x52F) + Array(0x1E00...0x1FFF) + Array(0x2100...0x218F) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let bytes = Array(("A" + String(Character(scalar)) + "b").utf8)
            #expect(TextNormalizer.fold(bytes) == TextNormalizer.foldWithFoundation(bytes), "U+\(String(value, radix: 16))")
        }
    }
}
