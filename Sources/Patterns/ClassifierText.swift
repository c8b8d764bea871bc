import TextAnalysis

/// How the classifier turns a text into words: Verbatim's text analysis (HTML, quoted replies
/// and signatures dropped, NFKC, lower case, placeholders for URLs, e-mails and numbers, words
/// of two or more letters, negation marked as `not_<word>`), every text read as English, with
/// optional Porter2 stemming and an optional stopword list kept with the model.
struct ClassifierText: Sendable, Equatable {
    /// Whether words are stemmed.
    var stem: Bool
    /// The words dropped before counting, sorted; empty when none are.
    var stopwords: [String]

    /// The analyzer these settings make.
    var analyzer: CorpusAnalyzer {
        var options = TextAnalysisOptions()
        options.stem = stem
        options.detectLanguage = false
        options.defaultLanguage = .english
        let library = stopwords.isEmpty ? StopwordLibrary.empty : StopwordLibrary(lists: [:], support: Set(stopwords))
        return CorpusAnalyzer(options: options, stopwords: library)
    }

    /// The analysed texts: term ids per text and the term table.
    /// - Complexity: O(total length), in parallel chunks.
    func analyze(_ texts: [String]) -> AnalyzedCorpus {
        analyzer.analyze(texts)
    }
}
