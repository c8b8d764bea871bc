import Dispatch
import Foundation

/// Analyses many texts: normalises, tokenises, detects each text's language, drops stopwords,
/// marks negation and stems, and numbers the terms.
public struct CorpusAnalyzer: Sendable {
    /// The options in force.
    public let options: TextAnalysisOptions
    /// The stopword lists.
    public let stopwords: StopwordLibrary

    /// An analyzer.
    /// - Parameters:
    ///   - options: see `TextAnalysisOptions`; check them with `validate()` first.
    ///   - stopwords: the lists, usually `StopwordLibrary.load(from:)` of `stopwords/`.
    public init(options: TextAnalysisOptions = .init(), stopwords: StopwordLibrary) {
        self.options = options
        self.stopwords = stopwords
    }

    /// Analyses every text.
    ///
    /// Texts are split into contiguous chunks analysed in parallel
    /// (`DispatchQueue.concurrentPerform`); each chunk numbers its terms by first occurrence, and
    /// the chunks are then merged in order. So term ids follow the order of first occurrence in
    /// document order whatever the chunking, and the same input always gives an equal result.
    /// Display forms are counted over all texts: the most frequent lower-cased surface form
    /// wins, ties going to the lexicographically smallest.
    /// - Parameter texts: raw feedback texts.
    /// - Returns: one document and one language per text, and the term table.
    /// - Complexity: O(n) in the total length of the texts.
    public func analyze(_ texts: [String]) -> AnalyzedCorpus {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return analyze(texts, chunkCount: min(cores * 8, texts.count / 64))
    }

    /// Analyses every text in `chunkCount` chunks (at least one, at most one per text), as many
    /// side by side as there are cores; the result is the same for any chunk count (one chunk
    /// runs on one thread).
    public func analyze(_ texts: [String], chunkCount requested: Int) -> AnalyzedCorpus {
        guard !texts.isEmpty else { return .empty }
        let chunkCount = min(texts.count, max(1, requested))
        let chunkSize = (texts.count + chunkCount - 1) / chunkCount
        let results = ChunkResults(count: chunkCount)
        let options = self.options, stopwords = self.stopwords
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let lower = chunk * chunkSize
            let upper = min(texts.count, lower + chunkSize)
            var analysis = ChunkAnalysis(options: options, stopwords: stopwords)
            if lower < upper {
                for index in lower..<upper { analysis.add(texts[index]) }
            }
            results.store(analysis, at: chunk)
        }
        return CorpusAnalyzer.merge(results.all())
    }

    /// Joins chunk analyses, in order, into one corpus.
    static func merge(_ chunks: [ChunkAnalysis]) -> AnalyzedCorpus {
        var chunks = chunks
        var terms: [String] = []
        var termIndex: [String: Int32] = [:]
        var documents: [[Int32]] = []
        documents.reserveCapacity(chunks.reduce(0) { $0 + $1.documents.count })
        var languages: [Language] = []
        languages.reserveCapacity(documents.capacity)
        var forms: [[String: Int]] = []
        for index in chunks.indices {
            var chunkDocuments: [[Int32]] = []
            swap(&chunkDocuments, &chunks[index].documents)
            let chunk = chunks[index]
            var local = [Int32](repeating: 0, count: chunk.keys.count)
            for (localID, key) in chunk.keys.enumerated() {
                if let id = termIndex[key] {
                    local[localID] = id
                } else {
                    let id = Int32(terms.count)
                    terms.append(key)
                    termIndex[key] = id
                    forms.append([:])
                    local[localID] = id
                }
            }
            local.withUnsafeBufferPointer { local in
                for position in chunkDocuments.indices {
                    var document: [Int32] = []
                    swap(&document, &chunkDocuments[position])
                    document.withUnsafeMutableBufferPointer { terms in
                        for slot in terms.indices { terms[slot] = local[Int(terms[slot])] }
                    }
                    documents.append(document)
                }
            }
            languages.append(contentsOf: chunk.languages)
            for candidate in chunk.displayCandidates() {
                forms[Int(local[Int(candidate.term)])][candidate.form, default: 0] += candidate.count
            }
        }
        let displayForms = forms.map(CorpusAnalyzer.mostFrequent)
        return AnalyzedCorpus(terms: terms, displayForms: displayForms, documents: documents, languages: languages)
    }

    /// The most frequent form; ties go to the lexicographically smallest.
    static func mostFrequent(_ counts: [String: Int]) -> String {
        var best = ""
        var bestCount = -1
        for (form, count) in counts where count > bestCount || (count == bestCount && form < best) {
            best = form
            bestCount = count
        }
        return best
    }
}

/// The chunk analyses written by the worker threads, one slot each.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ChunkAnalysis?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ analysis: ChunkAnalysis, at index: Int) {
        lock.lock()
        slots[index] = analysis
        lock.unlock()
    }

    func all() -> [ChunkAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
