import Foundation
import Store
import TextAnalysis
import Themes
import VerbatimCore

extension ThemeAnalysis {
    /// An incremental analysis: the items without an assignment go to the nearest stored theme
    /// when their similarity reaches the floor, and to "unthemed" otherwise.
    /// - Returns: nil when the unthemed share would pass `reclusterUnthemedShare` (or the stored
    ///   themes cannot take new items), so that the caller re-clusters.
    func extend(_ stored: StoredAnalysis, runID: Int64?) throws -> AnalysisReport? {
        var seconds: [String: Double] = [:]
        let records = try store.themeRecords(includeRetired: false)
        let themes = records.filter { $0.level == 0 }
        let dimension = stored.tfidf.terms.count
        guard !themes.isEmpty, themes.allSatisfy({ ($0.centroid?.count ?? 0) == dimension * 4 }) else { return nil }
        let items = try stage("load items", &seconds) { try store.analysisItems(unassignedOnly: true) }
        var corpus = stage("text analysis", &seconds) {
            CorpusAnalyzer(stopwords: stopwords).analyze(items.map(Self.analysisText))
        }
        stored.phrases.apply(to: &corpus)
        removeBlockedTerms(from: &corpus)
        let matrix = stage("vectors", &seconds) { stored.tfidf.transform(documents: corpus.documents, terms: corpus.terms) }
        let centroids = Self.centroids(of: themes, dimension: dimension)
        let (assigned, similarities) = try stage("assigning", &seconds) { () throws -> ([Int32], [Float]) in
            let refiner = try ThemeRefiner(options: ThemeRefinerOptions(similarityFloor: Float(settings.similarityFloor)))
            return refiner.assign(rows: matrix, to: centroids, floor: Float(settings.similarityFloor))
        }
        let coverage = try store.assignmentCoverage()
        let newUnthemed = assigned.filter { $0 < 0 }.count
        let unthemed = coverage.unthemed + newUnthemed
        let total = coverage.assigned + items.count
        if total > 0, Double(unthemed) / Double(total) > settings.reclusterUnthemedShare { return nil }

        var added = [Int](repeating: 0, count: themes.count)
        var assignments: [ThemeAssignment] = []
        assignments.reserveCapacity(items.count)
        for (row, item) in items.enumerated() {
            let theme = assigned[row] >= 0 ? themes[Int(assigned[row])].id : nil
            if assigned[row] >= 0 { added[Int(assigned[row])] += 1 }
            assignments.append(ThemeAssignment(itemID: item.id, themeID: theme, similarity: Double(similarities[row])))
        }
        var updated = records
        var events: [ThemeEvent] = []
        for (t, theme) in themes.enumerated() where added[t] > 0 {
            if let i = updated.firstIndex(where: { $0.id == theme.id }) { updated[i].size += added[t] }
            events.append(ThemeEvent(themeID: theme.id, kind: .grown, detail: "+\(added[t]) new items assigned without re-clustering"))
        }
        let snapshot = ThemeSnapshot(themes: updated, assignments: assignments, events: events, models: [:], replacesAssignments: false)
        try stage("saving", &seconds) { try store.save(snapshot, runID: runID) }
        return AnalysisReport(mode: .incremental, reason: "new items fit the stored themes", items: coverage.items,
                              analysedItems: items.count, requestedK: settings.k.description, clusteredK: nil, kScores: [],
                              themes: themes.count, unthemed: unthemed, terms: dimension, phrases: stored.phrases.phrases.count,
                              events: events, stageSeconds: seconds)
    }

    /// The stored themes' centroids, term-major.
    static func centroids(of themes: [ThemeRecord], dimension: Int) -> Centroids {
        var centroids = Centroids(count: themes.count, dimension: dimension)
        for (c, theme) in themes.enumerated() {
            guard let blob = theme.centroid else { continue }
            let vector = CentroidCoding.decode(blob)
            for t in 0 ..< min(dimension, vector.count) { centroids[c, t] = vector[t] }
        }
        return centroids
    }
}

/// Dense centroids as little-endian Float32 bytes, for the `themes.centroid` column.
enum CentroidCoding {
    /// `vector` as bytes.
    static func encode(_ vector: [Float]) -> Data {
        var data = Data(capacity: vector.count * 4)
        for v in vector {
            var bits = v.bitPattern.littleEndian
            withUnsafeBytes(of: &bits) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The floats of `data`.
    static func decode(_ data: Data) -> [Float] {
        let bytes = [UInt8](data)
        var out = [Float](repeating: 0, count: bytes.count / 4)
        for i in out.indices {
            let b = UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16 | UInt32(bytes[4 * i + 3]) << 24
            out[i] = Float(bitPattern: b)
        }
        return out
    }
}
