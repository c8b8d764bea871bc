import Testing
import Foundation

/// Paths the tests read: the package root, the shared real datasets beside the repository, and
/// each test target's fixtures.
public enum TestPaths {
    /// The repository root (the folder holding Package.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/datasets` beside the repository, or `VERBATIM_DATASETS` when set.
    public static let datasets: URL = {
        if let env = ProcessInfo.processInfo.environment["VERBATIM_DATASETS"] {
            return URL(fileURLWithPath: env)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    }()

    /// Whether the shared datasets are present; tests that need them are skipped otherwise.
    public static let datasetsAvailable: Bool = FileManager.default.fileExists(atPath: datasets.path)

    /// The message a skipped dataset test shows.
    public static let datasetsMissing: Comment = "../shared/datasets is absent: real-dataset test skipped"

    /// A file in `../shared/datasets`.
    public static func dataset(_ relativePath: String) -> URL {
        datasets.appendingPathComponent(relativePath)
    }

    /// A file in the calling test target's `Fixtures` folder (found from the caller's path).
    public static func fixture(_ relativePath: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
