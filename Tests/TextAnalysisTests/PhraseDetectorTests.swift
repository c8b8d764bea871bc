import Testing
import TextAnalysis

@Suite("PhraseDetector")
struct PhraseDetectorTests {
    /// An analyzer that keeps every word as it is, so that counts are easy to follow.
    static let plain: CorpusAnalyzer = {
        var options = TextAnalysisOptions()
        options.stem = false
        options.detectLanguage = false
        options.markNegation = false
        return CorpusAnalyzer(options: options, stopwords: .empty)
    }()

    /// "password reset" occurs 6 times and only together; "error account" occurs 5 times, but
    /// both words are everywhere, so the pair is chance (NPMI ≈ 0.13).
    static let texts = ["password reset fails", "password reset fails", "password reset fails",
                        "password reset email late", "password reset email late", "password reset email late",
                        "account error", "error account", "account login error", "error sync account",
                        "account error billing", "export error account", "account error", "error account",
                        "account error", "sync error", "login account", "billing error account", "error export",
                        "account sync", "account export", "error login", "account billing error", "error account"]

    @Test("\"password reset\" is found and a frequent chance pair is not")
    func passwordReset() {
        let model = PhraseDetector().fit(PhraseDetectorTests.plain.analyze(PhraseDetectorTests.texts))
        #expect(model.phrases == [["password", "reset"]])
    }

    @Test("Trigrams are found when frequent and tight, and can be turned off")
    func trigrams() {
        var options = PhraseOptions()
        options.minimumCount = 3
        let corpus = PhraseDetectorTests.plain.analyze(PhraseDetectorTests.texts)
        let model = PhraseDetector(options: options).fit(corpus)
        #expect(model.phrases == [["password", "reset"], ["email", "late"], ["password", "reset", "email"],
                                  ["password", "reset", "fails"], ["reset", "email"], ["reset", "email", "late"],
                                  ["reset", "fails"]])
        options.trigrams = false
        #expect(PhraseDetector(options: options).fit(corpus).phrases
            == [["password", "reset"], ["email", "late"], ["reset", "email"], ["reset", "fails"]])
        options.maximumPhrases = 1
        #expect(PhraseDetector(options: options).fit(corpus).phrases == [["password", "reset"]])
    }

    @Test("Pairs across dropped stopwords are adjacent")
    func acrossStopwords() {
        let analyzer = CorpusAnalyzer(stopwords: Stopwords.library)
        let texts = Array(repeating: "Please reset my password", count: 5) + ["the export is slow", "billing is wrong"]
        #expect(PhraseDetector().fit(analyzer.analyze(texts)).phrases == [["reset", "password"]])
    }

    @Test("Options are checked at the edge")
    func validation() {
        var options = PhraseOptions()
        options.minimumNPMI = 1.5
        #expect(throws: TextAnalysisError.badOption(option: "phrases.minimumNPMI", value: "1.5",
                                                     reason: "must be between -1 and 1; the default is 0.35")) {
            try options.validate()
        }
        #expect(throws: Never.self) { try PhraseOptions().validate() }
    }
}
