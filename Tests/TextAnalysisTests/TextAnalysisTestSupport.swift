import Foundation
import TextAnalysis

/// The repository's stopword lists, loaded once for the tests.
enum Stopwords {
    static let directory = TestPaths.packageRoot.appendingPathComponent("stopwords")

    static let library: StopwordLibrary = {
        do {
            return try StopwordLibrary.load(from: directory)
        } catch {
            fatalError("stopwords/ must load: \(error)")
        }
    }()
}
