import Foundation
import Testing
import TextAnalysis

@Suite("PhraseModel")
struct PhraseModelTests {
    let analyzer = CorpusAnalyzer(stopwords: Stopwords.library)

    @Test("Phrase ids follow the unigrams, one per occurrence, with a display form")
    func apply() {
        var corpus = analyzer.analyze(["Password reset failed", "reset the password", "password reset, password reset"])
        let model = PhraseModel(phrases: [["password", "reset"], ["password", "reset", "fail"]])
        model.apply(to: &corpus)
        #expect(corpus.terms == ["password", "reset", "fail", "password reset", "password reset fail"])
        #expect(corpus.displayForms == ["password", "reset", "failed", "password reset", "password reset failed"])
        #expect(corpus.documents == [[0, 1, 2, 3, 4], [1, 0], [0, 1, 0, 1, 3, 3]])
    }

    @Test("Applying twice changes nothing")
    func idempotent() {
        var corpus = analyzer.analyze(["password reset failed"])
        let model = PhraseModel(phrases: [["password", "reset"]])
        model.apply(to: &corpus)
        let once = corpus
        model.apply(to: &corpus)
        #expect(corpus == once)
    }

    @Test("A model fitted on one corpus applies to a later one by term key")
    func incremental() {
        let model = PhraseModel(phrases: [["password", "reset"], ["refund", "request"]])
        var later = analyzer.analyze(["Refund request pending", "Export is slow"])
        model.apply(to: &later)
        #expect(later.terms == ["refund", "request", "pend", "export", "slow", "refund request"])
        #expect(later.documents == [[0, 1, 2, 5], [3, 4]])
    }

    @Test("The empty model leaves a corpus as it is, and models round-trip through JSON")
    func emptyAndCodable() throws {
        var corpus = analyzer.analyze(["password reset"])
        let before = corpus
        PhraseModel.empty.apply(to: &corpus)
        #expect(corpus == before)
        let model = PhraseModel(phrases: [["password", "reset"]])
        let decoded = try JSONDecoder().decode(PhraseModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
    }
}
