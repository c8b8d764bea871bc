import Testing
@testable import TextAnalysis

@Suite("CorpusAnalyzer")
struct CorpusAnalyzerTests {
    let analyzer = CorpusAnalyzer(stopwords: Stopwords.library)

    /// The term keys of each text.
    func keys(_ texts: [String], _ analyzer: CorpusAnalyzer? = nil) -> [[String]] {
        let corpus = (analyzer ?? self.analyzer).analyze(texts)
        return corpus.documents.map { $0.map { corpus.terms[Int($0)] } }
    }

    @Test("Three texts give exactly these terms, display forms and documents")
    func exactCorpus() {
        let corpus = analyzer.analyze(["Password reset not working!", "I reset my password twice.",
                                       "Thanks, the passwords work now"])
        #expect(corpus.terms == ["password", "reset", "not_work", "twice", "work"])
        #expect(corpus.displayForms == ["password", "reset", "not working", "twice", "work"])
        #expect(corpus.documents == [[0, 1, 2], [1, 0, 3], [0, 4]])
        #expect(corpus.languages == [.english, .english, .english])
        #expect(corpus.termCount == 5)
    }

    @Test("Negation words mark the next content word", arguments: [
        ("The sync is not working", ["sync", "not_work"]),
        ("It doesn't work", ["not_work"]),
        ("I can't log in", ["not_log"]),
        ("The parcel never arrived", ["parcel", "not_arriv"]),
        ("It no longer syncs", ["not_sync"]),
        ("Not working. Working now", ["not_work", "work"]),
        ("No, the update works", ["updat", "work"]),
    ])
    func negation(text: String, expected: [String]) {
        #expect(keys([text]) == [expected])
    }

    @Test("Without negation marking, negation words are ordinary stopwords")
    func negationOff() {
        var options = TextAnalysisOptions()
        options.markNegation = false
        #expect(keys(["The sync is not working"], CorpusAnalyzer(options: options, stopwords: Stopwords.library)) == [["sync", "work"]])
    }

    @Test("A negated term's display form is the most frequent \"not <word>\"")
    func negatedDisplay() {
        let corpus = analyzer.analyze(["not working", "Not working!", "doesn't work"])
        #expect(corpus.terms == ["not_work"])
        #expect(corpus.displayForms == ["not working"])
    }

    @Test("Display ties go to the lexicographically smallest form")
    func displayTies() {
        let corpus = analyzer.analyze(["passwords", "password"])
        #expect(corpus.displayForms == ["password"])
        let three = analyzer.analyze(["crashes crashed", "crashing"])
        #expect(three.terms == ["crash"])
        #expect(three.displayForms == ["crashed"])
    }

    @Test("Placeholders, stopwords, support words and short words are dropped")
    func dropped() {
        #expect(keys(["Hi team, https://x.io and call 555 123 4567 about order 42 x"]) == [["call", "order"]])
    }

    @Test("Each text uses its own language's stopwords, unstemmed outside English")
    func languages() {
        let corpus = analyzer.analyze(["Die Rechnung ist falsch und der Export bricht ab",
                                       "La factura es incorrecta y no funciona la exportación",
                                       "L'application ne fonctionne pas depuis la mise à jour",
                                       "The invoices are wrong"])
        #expect(corpus.languages == [.german, .spanish, .french, .english])
        let keys = corpus.documents.map { $0.map { corpus.terms[Int($0)] } }
        #expect(keys == [["rechnung", "falsch", "export", "bricht", "ab"],
                         ["factura", "incorrecta", "not_funciona", "exportación"],
                         ["application", "not_fonctionne", "mise", "jour"],
                         ["invoic", "wrong"]])
    }

    @Test("Detection off puts every text in the default language")
    func detectionOff() {
        var options = TextAnalysisOptions()
        options.detectLanguage = false
        options.defaultLanguage = .german
        let corpus = CorpusAnalyzer(options: options, stopwords: Stopwords.library).analyze(["the die rechnung"])
        #expect(corpus.languages == [.german])
        #expect(corpus.terms == ["the", "rechnung"])
    }

    @Test("Term ids and results do not depend on the chunking")
    func chunking() {
        let words = ["login", "fails", "password", "reset", "billing", "refund", "not", "working", "export", "slow",
                     "sync", "crash", "invoice", "café", "müller", "密码重置"]
        var generator = SplitMix(seed: 7)
        let texts = (0..<500).map { _ in
            (0..<(3 + Int(generator.next() % 12))).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                .joined(separator: " ")
        }
        let reference = analyzer.analyze(texts, chunkCount: 1)
        for chunks in [2, 3, 7, 64, 500] {
            #expect(analyzer.analyze(texts, chunkCount: chunks) == reference, "\(chunks) chunks")
        }
        #expect(analyzer.analyze(texts) == reference)
    }

    @Test("Term ids follow the order of first occurrence")
    func firstOccurrence() {
        let corpus = analyzer.analyze(["export slow", "", "refund export", "slow login"], chunkCount: 4)
        #expect(corpus.terms == ["export", "slow", "refund", "login"])
        #expect(corpus.documents == [[0, 1], [], [2, 0], [1, 3]])
    }

    @Test("No texts give an empty corpus")
    func noTexts() {
        #expect(analyzer.analyze([]) == .empty)
    }

    @Test("Options are checked at the edge")
    func validation() {
        var options = TextAnalysisOptions()
        options.minimumTokenLength = 0
        #expect(throws: TextAnalysisError.badOption(option: "minimumTokenLength", value: "0",
                                                     reason: "must be between 1 and 64; the default is 2")) {
            try options.validate()
        }
        #expect(throws: Never.self) { try TextAnalysisOptions().validate() }
    }
}

/// A small seeded generator for test corpora.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
