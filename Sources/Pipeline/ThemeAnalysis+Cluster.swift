import Foundation
import Store
import TextAnalysis
import Themes
import VerbatimCore

extension ThemeAnalysis {
    /// A full analysis: every item with text is clustered afresh, then matched to the stored
    /// themes so that themes that still exist keep their ids.
    func cluster(reason: String, runID: Int64?) throws -> AnalysisReport {
        var seconds: [String: Double] = [:]
        let items = try stage("load items", &seconds) { try store.analysisItems() }
        guard !items.isEmpty else {
            throw PipelineError.nothingToAnalyse(reason: "the store has no items with customer text. Ingest some first: `verbatim ingest FILE`")
        }
        var corpus = stage("text analysis", &seconds) {
            CorpusAnalyzer(stopwords: stopwords).analyze(items.map(Self.analysisText))
        }
        let phrases = stage("phrases", &seconds) { PhraseDetector().fit(corpus) }
        stage("phrases", &seconds) { phrases.apply(to: &corpus) }
        removeBlockedTerms(from: &corpus)

        var tfidfOptions = TFIDFOptions()
        tfidfOptions.minimumDocumentFrequency = settings.minimumDocumentFrequency
        tfidfOptions.maximumDocumentFraction = settings.maximumDocumentFraction
        let (model, matrix) = try stage("vectors", &seconds) { () throws -> (TFIDFModel, SparseMatrix) in
            let model: TFIDFModel
            do {
                model = try TFIDFVectorizer(options: tfidfOptions).fit(documents: corpus.documents, terms: corpus.terms)
            } catch let error as ThemesError {
                throw PipelineError.nothingToAnalyse(reason: error.description)
            }
            return (model, model.transform(documents: corpus.documents, terms: corpus.terms))
        }
        // The tokens are in the matrix now; only the term table and display forms are read later.
        corpus.documents = []
        let filledRows = (0 ..< matrix.rowCount).filter { !matrix.range(ofRow: $0).isEmpty }.count
        guard filledRows >= 2 else {
            throw PipelineError.nothingToAnalyse(reason: "only \(filledRows) item(s) keep any term after pruning; themes need more items or a lower [themes] min_df")
        }

        let (seeds, pinNames) = pinnedSeeds(model: model)
        var kScores: [(k: Int, score: Double)] = []
        let k: Int
        switch settings.k {
        case .fixed(let n):
            k = min(n, filledRows)
        case .auto:
            var selectionOptions = KSelectionOptions()
            selectionOptions.minimumK = Self.minimumAutoK(items: filledRows)
            let selection = stage("choosing k", &seconds) { KSelector(options: selectionOptions).selectK(matrix, seed: settings.seed) }
            k = min(max(selection.k, seeds.rowCount), filledRows)
            kScores = selection.scores.map { ($0.k, $0.score) }
        }
        var kmeansOptions = KMeansOptions(k: max(k, seeds.rowCount), seed: settings.seed)
        kmeansOptions.restarts = settings.restarts
        let clustering = stage("clustering", &seconds) {
            SphericalKMeans(options: kmeansOptions).fit(matrix, seeds: seeds.rowCount > 0 ? seeds : nil)
        }
        let refined = try stage("refining", &seconds) { () throws -> RefinedThemes in
            let refiner = try ThemeRefiner(options: ThemeRefinerOptions(
                mergeThreshold: Float(settings.mergeThreshold), similarityFloor: Float(settings.similarityFloor),
                minimumThemeSize: settings.minimumThemeSize))
            return refiner.refine(centroids: clustering.centroids, assignments: clustering.assignments,
                                  similarities: clustering.similarities, rows: matrix)
        }
        let fitted = FittedThemes(items: items, corpus: corpus, model: model, matrix: matrix, refined: refined, pins: seeds, pinNames: pinNames)
        let registry = try stage("registry", &seconds) { try register(fitted) }
        let snapshot = try stage("labels and quotes", &seconds) { try describe(fitted, registry: registry, phrases: phrases) }
        try stage("saving", &seconds) { try store.save(snapshot, runID: runID) }
        let themes = snapshot.themes.filter { $0.level == 0 }.count
        return AnalysisReport(mode: .full, reason: reason, items: items.count, analysedItems: items.count,
                              requestedK: settings.k.description, clusteredK: kmeansOptions.k, kScores: kScores,
                              themes: themes, unthemed: snapshot.assignments.filter { $0.themeID == nil }.count,
                              terms: model.terms.count, phrases: phrases.phrases.count, events: snapshot.events,
                              stageSeconds: seconds)
    }

    /// The fewest themes `k = auto` may choose for `items` items: `min(8, ⌈√items / 3⌉)`, at
    /// least 2. Stability favours the coarsest split on feedback without strong clusters (two
    /// themes, "help" and "thanks"), which tells an analyst nothing; this floor keeps a few themes
    /// to read while leaving larger k's to the data.
    static func minimumAutoK(items: Int) -> Int {
        max(2, min(8, Int((Double(items).squareRoot() / 3).rounded(.up))))
    }

    /// Drops the user's blocked terms from every document: a blocked word or phrase matches its
    /// own key, its stemmed key, and any longer phrase that contains it.
    func removeBlockedTerms(from corpus: inout AnalyzedCorpus) {
        let blocked = blockedKeys
        guard !blocked.isEmpty else { return }
        var drop = [Bool](repeating: false, count: corpus.terms.count)
        let padded = blocked.map { " \($0) " }
        for (id, key) in corpus.terms.enumerated() {
            let term = " \(key) "
            drop[id] = blocked.contains(key) || padded.contains { term.contains($0) }
        }
        for d in corpus.documents.indices where corpus.documents[d].contains(where: { drop[Int($0)] }) {
            corpus.documents[d].removeAll { drop[Int($0)] }
        }
    }

    /// The term keys the blocked words give: each word as written (lower-cased) and as the
    /// analyser turns it into terms.
    static func blockedKeys(of words: [String]) -> Set<String> {
        var keys = Set<String>()
        for word in words {
            keys.insert(word.lowercased())
            let analysed = CorpusAnalyzer(stopwords: .empty).analyze([word])
            let document = analysed.documents.first ?? []
            if document.count == 1 { keys.insert(analysed.terms[Int(document[0])]) }
            else if !document.isEmpty { keys.insert(document.map { analysed.terms[Int($0)] }.joined(separator: " ")) }
        }
        return keys
    }

    /// One unit seed row per pinned theme: its terms, analysed as item text is, over the
    /// model's columns.
    func pinnedSeeds(model: TFIDFModel) -> (rows: SparseMatrix, names: [String]) {
        var seeds = SparseMatrix(columnCount: model.terms.count)
        var names: [String] = []
        for pin in settings.pins {
            let analysed = CorpusAnalyzer(stopwords: .empty).analyze(pin.terms)
            var columns = Set<Int32>()
            for document in analysed.documents {
                for id in document {
                    if let c = model.column(of: analysed.terms[Int(id)]) { columns.insert(Int32(c)) }
                }
            }
            let sorted = columns.sorted()
            guard !sorted.isEmpty else { continue }
            let weights = sorted.map { model.idf[Int($0)] }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            seeds.appendRow(columns: sorted, values: weights.map { $0 / norm })
            names.append(pin.name)
        }
        return (seeds, names)
    }
}

/// Everything a full analysis fitted, passed to the registry and labelling steps.
struct FittedThemes {
    /// The items, in row order.
    var items: [AnalysisItem]
    /// Their analysed text.
    var corpus: AnalyzedCorpus
    /// The vocabulary and idf.
    var model: TFIDFModel
    /// One row per item.
    var matrix: SparseMatrix
    /// Themes after merging, the floor and renumbering.
    var refined: RefinedThemes
    /// The pinned seed rows, in `settings.pins` order (pins whose terms are all unknown are skipped).
    var pins: SparseMatrix
    /// The name of each pinned seed row.
    var pinNames: [String]
}
