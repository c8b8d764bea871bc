import Foundation
import Store
import TextAnalysis
import Themes
import VerbatimCore

/// The themes of a full analysis once the registry has given them ids and the config's edits
/// have been applied.
struct RegisteredThemes {
    /// Stable id per theme index.
    var ids: [String]
    /// Each row's theme index, or -1.
    var assignments: [Int32]
    /// Each row's cosine to its theme's centroid (to the nearest theme when unthemed).
    var similarities: [Float]
    /// Final centroids, one per theme index.
    var centroids: Centroids
    /// Items per theme index.
    var sizes: [Int]
    /// The pinned name per theme index, for themes a pin found.
    var pinNames: [Int: String]
    /// Lineage and edit events.
    var events: [ThemeEvent]
}

extension ThemeAnalysis {
    /// Matches the fitted themes to the stored ones (same theme → same id), mints ids for new
    /// ones, and applies the config's merges and pins.
    func register(_ f: FittedThemes) throws -> RegisteredThemes {
        let stored = try store.themeRecords()
        let previous = stored.filter { $0.level == 0 && $0.status == "active" }.compactMap { record -> (id: String, signature: ThemeSignature, size: Int)? in
            guard let data = record.signature.data(using: .utf8),
                  let signature = try? JSONDecoder().decode(ThemeSignature.self, from: data) else { return nil }
            return (record.id, signature, record.size)
        }
        let refined = f.refined
        let current = (0 ..< refined.count).map { i in
            (signature: ThemeSignature(centroid: i, of: refined.centroids, terms: f.model.terms), size: refined.sizes[i])
        }
        let match = try ThemeMatcher().match(previous: previous, current: current)
        // Ids are never reused: a retired theme's id stays its own.
        var next = (stored.filter { $0.level == 0 }.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        var ids = match.ids.map { $0 ?? "" }
        for i in ids.indices where ids[i].isEmpty {
            ids[i] = "T\(next)"
            next += 1
        }
        var events = match.events.map { e -> ThemeEvent in
            let id = e.themeID ?? e.themeIndex.map { ids[$0] } ?? "?"
            return ThemeEvent(themeID: id, kind: ThemeEvent.Kind(rawValue: e.kind.rawValue) ?? .edited, related: e.relatedIDs, similarity: Double(e.similarity),
                              detail: Self.detail(e, size: e.themeIndex.map { refined.sizes[$0] }))
        }

        var result = RegisteredThemes(ids: ids, assignments: refined.assignments, similarities: refined.similarities,
                                      centroids: refined.centroids, sizes: refined.sizes, pinNames: [:], events: [])
        applyMerges(to: &result, matrix: f.matrix, events: &events)
        result.pinNames = pinnedThemes(result, pins: f.pins, names: f.pinNames)
        for (i, name) in result.pinNames.sorted(by: { $0.key < $1.key }) {
            events.append(ThemeEvent(themeID: result.ids[i], kind: .edited, detail: "pinned as “\(name)” by [[themes.pin]]"))
        }
        result.events = events
        return result
    }

    /// Folds the themes each `[themes] merge` list names into its first present id.
    func applyMerges(to r: inout RegisteredThemes, matrix: SparseMatrix, events: inout [ThemeEvent]) {
        var target = Array(0 ..< r.ids.count)
        for group in settings.merges {
            let present = group.compactMap { id in r.ids.firstIndex(of: id) }
            guard present.count >= 2 else { continue }
            let keep = present[0]
            for other in present.dropFirst() { target[other] = keep }
            events.append(ThemeEvent(themeID: r.ids[keep], kind: .edited, related: present.dropFirst().map { r.ids[$0] },
                                     detail: "merged by [themes] merge"))
        }
        guard target.enumerated().contains(where: { $0.offset != $0.element }) else { return }
        let kept = (0 ..< r.ids.count).filter { target[$0] == $0 }
        var newIndex = [Int32](repeating: -1, count: r.ids.count)
        for (n, old) in kept.enumerated() { newIndex[old] = Int32(n) }
        let assignments = r.assignments.map { $0 < 0 ? Int32(-1) : newIndex[target[Int($0)]] }
        let means = Centroids.normalizedMeans(of: matrix, assignments: assignments, count: kept.count, workers: 2)
        var similarities = r.similarities
        for row in 0 ..< matrix.rowCount where assignments[row] >= 0 {
            let c = Int(assignments[row])
            var dot: Float = 0
            for p in matrix.range(ofRow: row) { dot += matrix.values[p] * means.centroids[c, Int(matrix.columns[p])] }
            similarities[row] = dot
        }
        r = RegisteredThemes(ids: kept.map { r.ids[$0] }, assignments: assignments, similarities: similarities,
                             centroids: means.centroids, sizes: means.sizes, pinNames: [:], events: [])
    }

    /// For each pin, the theme whose centroid is nearest its seed terms (a theme takes one pin).
    func pinnedThemes(_ r: RegisteredThemes, pins: SparseMatrix, names: [String]) -> [Int: String] {
        var out: [Int: String] = [:]
        guard r.centroids.count > 0 else { return out }
        var scratch = [Float](repeating: 0, count: r.centroids.count)
        for p in 0 ..< pins.rowCount {
            r.centroids.similarities(ofRow: p, in: pins, into: &scratch)
            let best = (0 ..< scratch.count).filter { out[$0] == nil }.max { scratch[$0] != scratch[$1] ? scratch[$0] < scratch[$1] : $0 > $1 }
            if let best, scratch[best] > 0 { out[best] = names[p] }
        }
        return out
    }

    static func detail(_ e: LineageEvent, size: Int?) -> String {
        let similarity = String(format: "%.2f", e.similarity)
        switch e.kind {
        case .new: return "a new theme of \(size ?? 0) items"
        case .retired: return "no longer found (nearest new theme at cosine \(similarity))"
        case .grown: return "grew to \(size ?? 0) items (cosine \(similarity) to its earlier centroid)"
        case .shrunk: return "shrank to \(size ?? 0) items (cosine \(similarity) to its earlier centroid)"
        case .merged: return "absorbed \(e.relatedIDs.joined(separator: ", ")) (cosine \(similarity))"
        case .split: return "split from \(e.relatedIDs.joined(separator: ", ")) (cosine \(similarity))"
        }
    }
}
