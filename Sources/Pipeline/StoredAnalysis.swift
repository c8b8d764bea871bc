import Foundation
import Store
import TextAnalysis
import Themes

/// The fitted models an analysis stores for the next run: phrases, the TF-IDF vocabulary and
/// the settings they were fitted under.
struct StoredAnalysis: Codable {
    /// `AnalysisSettings.clusteringHash` at fit time.
    var settingsHash: String
    /// The phrase model.
    var phrases: PhraseModel
    /// The TF-IDF model.
    var tfidf: TFIDFModel
    /// Items with text when the themes were last clustered (nil in models written before this was kept).
    var clusteredItems: Int?

    /// The models of the last analysis, or nil when there is none (or it is unreadable, which
    /// makes the next analysis a full one).
    static func load(from store: Store) throws -> StoredAnalysis? {
        guard let body = try store.model(named: "analysis") else { return nil }
        return try? JSONDecoder().decode(StoredAnalysis.self, from: Data(body))
    }

    /// The models as JSON, keys sorted so that the same models give the same bytes.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return [UInt8](try encoder.encode(self))
    }
}
