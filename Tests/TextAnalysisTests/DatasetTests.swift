import Foundation
import Testing
import TextAnalysis

@Suite("Text analysis on real data")
struct DatasetTests {
    /// The text column of banking77's training file (the first field before the last comma).
    func bankingTexts() throws -> [String] {
        let text = try String(contentsOf: TestPaths.dataset("banking77/train.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().prefix(3000).map { line in
            var line = String(line)
            if let comma = line.lastIndex(of: ",") { line = String(line[..<comma]) }
            return line
        }
    }

    @Test("banking77 questions analyse deterministically and yield banking phrases",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func banking77() throws {
        let texts = try bankingTexts()
        let analyzer = CorpusAnalyzer(stopwords: Stopwords.library)
        let corpus = analyzer.analyze(texts)
        #expect(corpus.documents.count == texts.count)
        #expect(analyzer.analyze(texts) == corpus)
        #expect(corpus.languages.filter { $0 == .english }.count > texts.count * 9 / 10)
        #expect(corpus.terms.contains("card"))
        #expect(!corpus.terms.contains("the"))
        let model = PhraseDetector().fit(corpus)
        #expect(!model.phrases.isEmpty)
    }
}
