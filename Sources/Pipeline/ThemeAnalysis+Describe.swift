import Foundation
import Store
import TextAnalysis
import Themes
import VerbatimCore

extension ThemeAnalysis {
    /// Labels, top terms, quotes and parent groups for the registered themes, as the snapshot
    /// the store saves.
    func describe(_ f: FittedThemes, registry r: RegisteredThemes, phrases: PhraseModel) throws -> ThemeSnapshot {
        let count = r.ids.count
        var displayOf: [String: String] = [:]
        displayOf.reserveCapacity(f.corpus.terms.count)
        for (key, display) in zip(f.corpus.terms, f.corpus.displayForms) { displayOf[key] = display }
        let displays = f.model.terms.map { displayOf[$0] ?? $0 }
        let labeler = try ThemeLabeler(options: ThemeLabelerOptions(blockedTerms: blockedKeys))
        let labels = labeler.label(rows: f.matrix, assignments: r.assignments, themeCount: count,
                                   terms: f.model.terms, displayTerms: displays)
        let texts = f.items.map(\.text)
        let quotes = try QuoteSelector(options: QuoteSelectorOptions(quotesPerTheme: max(settings.quotes, 1)))
            .select(rows: f.matrix, assignments: r.assignments, similarities: r.similarities, themeCount: count, texts: texts)
        let groups = try ParentGrouper().group(centroids: r.centroids, sizes: r.sizes, labels: labels)

        let stored = Dictionary(try store.themeRecords().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var events = r.events
        var records: [ThemeRecord] = []
        var groupID: [Int: String] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (g, group) in groups.parents.enumerated() {
            let number = group.children.compactMap { Int(r.ids[$0].dropFirst()) }.min() ?? (g + 1)
            groupID[g] = "G\(number)"
            let label = group.label.label.isEmpty ? "group \(number)" : group.label.label
            records.append(ThemeRecord(id: "G\(number)", level: 1, label: label, autoLabel: label, position: g, size: group.size,
                                       topTerms: group.label.displayTerms))
        }
        for i in 0 ..< count {
            let id = r.ids[i]
            let auto = labels[i].label.isEmpty ? "theme \(id)" : labels[i].label
            let label = settings.renames[id] ?? r.pinNames[i] ?? auto
            if let rename = settings.renames[id], stored[id]?.label != rename {
                events.append(ThemeEvent(themeID: id, kind: .renamed, detail: "“\(auto)” shown as “\(rename)” by [themes.rename]"))
            }
            let signature = ThemeSignature(centroid: i, of: r.centroids, terms: f.model.terms)
            let signatureJSON = String(decoding: try encoder.encode(signature), as: UTF8.self)
            records.append(ThemeRecord(
                id: id, level: 0, label: label, autoLabel: auto, parentID: groups.parentOfTheme[i].flatMap { groupID[$0] },
                position: i, size: r.sizes[i], topTerms: labels[i].displayTerms,
                quoteItemIDs: Array(quotes[i].prefix(settings.quotes)).map { f.items[$0].id },
                signature: signatureJSON, centroid: CentroidCoding.encode(r.centroids.vector(i)), pinned: r.pinNames[i] != nil))
        }
        var assignments: [ThemeAssignment] = []
        assignments.reserveCapacity(f.items.count)
        for (row, item) in f.items.enumerated() {
            let a = r.assignments[row]
            assignments.append(ThemeAssignment(itemID: item.id, themeID: a >= 0 ? r.ids[Int(a)] : nil,
                                               similarity: Double(r.similarities[row])))
        }
        let models = StoredAnalysis(settingsHash: settings.clusteringHash, phrases: phrases, tfidf: f.model, clusteredItems: f.items.count)
        return ThemeSnapshot(themes: records, assignments: assignments, events: events,
                             models: ["analysis": try models.encoded()], replacesAssignments: true)
    }
}
