// Release-mode benchmark of the sentiment scorer and the issue-type rules, with two baselines
// measured in the same run: a plain byte loop counting words (the least any scorer must do) and
// the themes' text analysis (`CorpusAnalyzer`, which every analysis runs anyway).
//
//   verbatim-bench patterns ITEMS.json [--items N]   timings, ITEMS repeated up to N items
//   verbatim-bench patterns-score ITEMS.json        one sentiment score per text, for scripts
//
// ITEMS.json is `{"texts": [...], "subjects": [...]}` (subjects optional, null where absent);
// `Tests/Quality/compare_sentiment.py` writes it.
import Foundation
import Patterns
import TextAnalysis

struct BenchItems: Decodable {
    var texts: [String]
    var subjects: [String?]?
}

func loadBenchItems(_ path: String) throws -> BenchItems {
    try JSONDecoder().decode(BenchItems.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Words in all texts, by a plain byte loop: the baseline.
func countWords(_ texts: [String]) -> Int {
    var words = 0
    for var text in texts {
        text.withUTF8 { bytes in
            var inWord = false
            for byte in bytes {
                let isLetter = (byte | 0x20) &- 0x61 < 26 || byte >= 0x80
                if isLetter && !inWord { words += 1 }
                inWord = isLetter
            }
        }
    }
    return words
}

/// Runs `verbatim-bench patterns …` or `patterns-score …`; returns false for other commands.
func runPatternsBench(_ arguments: [String]) throws -> Bool {
    guard let command = arguments.first, command == "patterns" || command == "patterns-score", arguments.count >= 2 else {
        return false
    }
    let items = try loadBenchItems(arguments[1])
    let scorer = try SentimentScorer()
    if command == "patterns-score" {
        var out = ""
        for score in scorer.scores(items.texts) { out += String(format: "%.6f\n", score) }
        FileHandle.standardOutput.write(Data(out.utf8))
        return true
    }
    var target = items.texts.count
    if let flag = arguments.firstIndex(of: "--items"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) { target = n }
    var texts: [String] = [], subjects: [String?] = []
    texts.reserveCapacity(target)
    while texts.count < target {
        for (index, text) in items.texts.enumerated() where texts.count < target {
            texts.append(text)
            subjects.append(items.subjects?[index] ?? nil)
        }
    }
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
    let rules = try IssueTypeRules()
    var sink = 0.0
    let words = best(of: 3) { sink += Double(countWords(texts)) }
    let analysis = best(of: 3) {
        var options = TextAnalysisOptions()
        options.minimumTokenLength = 1
        options.detectLanguage = false
        sink += Double(CorpusAnalyzer(options: options, stopwords: .empty).analyze(texts).documents.count)
    }
    let sentiment = best(of: 3) { sink += scorer.scores(texts).reduce(0, +) }
    let typing = best(of: 3) { sink += Double(rules.classify(texts: texts, subjects: subjects).filter { $0.type != "other" }.count) }
    print("items\tMB\tcores\tword loop s\ttext analysis s\tsentiment s\tsentiment items/s\tsentiment/word loop\tissue types s\tissue types items/s\tissue types/text analysis")
    print(String(format: "%d\t%.1f\t%d\t%.3f\t%.3f\t%.3f\t%.0f\t%.2fx\t%.3f\t%.0f\t%.2fx", texts.count, megabytes,
                 ProcessInfo.processInfo.activeProcessorCount, words, analysis, sentiment, Double(texts.count) / sentiment,
                 sentiment / words, typing, Double(texts.count) / typing, typing / analysis))
    print(String(format: "peak memory: %.0f MB (checksum %.1f)", peakMemoryMB(), sink))
    return true
}
