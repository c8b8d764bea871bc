// Release-mode benchmark of the theme steps on a workspace's stored items, each step timed on one
// thread and on every core in the same run, with the results of the two compared:
//
//   verbatim-bench themes STORE.sqlite [--k 50] [--seed 42] [--restarts 4] [--sample ROWS] [--probe STEPS]
//
// Steps: text analysis (CorpusAnalyzer), phrases (PhraseDetector fit + apply), vectors (TF-IDF fit
// and transform), clustering (SphericalKMeans), each with items/s and MB/s of text. "same" says
// whether the parallel run gave a result equal to the one-thread run (it must: chunk boundaries
// never depend on the thread count).
import Foundation
import Pipeline
import Store
import TextAnalysis
import Themes
import VerbatimCore

/// Runs `verbatim-bench themes …`; returns false for other commands.
func runThemesBench(_ arguments: [String]) throws -> Bool {
    guard arguments.first == "themes", arguments.count >= 2 else { return false }
    func option(_ name: String, _ fallback: Int) -> Int {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
        return v
    }
    let k = option("--k", 50), seed = option("--seed", 42), restarts = option("--restarts", 4)
    guard let stopwordFolder = StopwordLocator.directory() else {
        FileHandle.standardError.write(Data("verbatim-bench themes: no stopwords/ folder found; set VERBATIM_STOPWORDS\n".utf8))
        exit(2)
    }
    let stopwords = try StopwordLibrary.load(from: stopwordFolder)
    let store = try Store.openExisting(path: arguments[1], readOnly: true)
    var items: [AnalysisItem] = []
    let load = try seconds { items = try store.analysisItems() }
    let texts = items.map { item -> String in
        guard let subject = item.subject, !subject.isEmpty, !item.text.hasPrefix(subject) else { return item.text }
        return subject + "\n" + item.text
    }
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
    let cores = ParallelChunks.defaultWorkers
    print("items \(texts.count), text \(String(format: "%.1f", megabytes)) MB, k \(k), restarts \(restarts), \(cores) cores")
    print("load items (store read): \(String(format: "%.2f", load)) s")
    print("step\t1 thread s\t\(cores) threads s\tspeed-up\titems/s (\(cores))\tMB/s (\(cores))\tsame")
    func row(_ name: String, _ one: Double, _ many: Double, same: Bool) {
        print("\(name)\t\(String(format: "%.3f", one))\t\(String(format: "%.3f", many))\t\(String(format: "%.2fx", one / many))\t"
              + "\(Int(Double(texts.count) / many))\t\(String(format: "%.0f", megabytes / many))\t\(same ? "yes" : "NO")")
    }

    let analyzer = CorpusAnalyzer(stopwords: stopwords)
    var corpusOne = AnalyzedCorpus.empty, corpus = AnalyzedCorpus.empty
    let analyseOne = seconds { corpusOne = analyzer.analyze(texts, chunkCount: 1) }
    let analyseMany = seconds { corpus = analyzer.analyze(texts) }
    row("text analysis", analyseOne, analyseMany, same: corpusOne == corpus)

    var phrasesOne = PhraseModel.empty, phrases = PhraseModel.empty
    let phraseOne = seconds { phrasesOne = PhraseDetector().fit(corpus, parts: 1) }
    let phraseMany = seconds { phrases = PhraseDetector().fit(corpus) }
    let apply = seconds { phrases.apply(to: &corpus) }
    row("phrases", phraseOne + apply, phraseMany + apply, same: phrasesOne == phrases)

    var model: TFIDFModel?, matrix = SparseMatrix(columnCount: 0)
    let vectors = try seconds {
        let fitted = try TFIDFVectorizer().fit(documents: corpus.documents, terms: corpus.terms)
        model = fitted
        matrix = fitted.transform(documents: corpus.documents, terms: corpus.terms)
    }
    row("vectors", vectors, vectors, same: true)
    print("  (\(model?.terms.count ?? 0) terms, \(matrix.values.count) non-zeros)")

    var options = KMeansOptions(k: min(k, matrix.rowCount), seed: UInt64(seed))
    options.restarts = restarts
    options.sampleSize = option("--sample", options.sampleSize)
    if let probe = arguments.firstIndex(of: "--probe").flatMap({ $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }) {
        options.probeIterations = probe
    }
    options.workers = 1
    var one: Clustering?, many: Clustering?
    let clusterOne = seconds { one = SphericalKMeans(options: options).fit(matrix) }
    options.workers = nil
    let clusterMany = seconds { many = SphericalKMeans(options: options).fit(matrix) }
    row("clustering", clusterOne, clusterMany, same: one == many)
    print("  (objective \(String(format: "%.1f", many?.objective ?? 0)), \(many?.iterations ?? 0) iterations of the final run)")
    return true
}
