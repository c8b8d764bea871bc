import Foundation

/// Finds the `stopwords/` folder the shipped binary reads its lists from, from any working
/// directory.
///
/// In order: the `VERBATIM_STOPWORDS` environment variable; a `stopwords/` folder beside the
/// executable or in any folder above it (a SwiftPM build lives in `.build/<config>/` inside the
/// package, so this finds the package's own lists); `../share/verbatim/stopwords` from the
/// executable (an installed layout); and finally the package this file was compiled from.
public enum StopwordLocator {
    /// The folder, or nil when none holds an `en.txt`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let fm = FileManager.default
        func holdsLists(_ url: URL) -> Bool { fm.fileExists(atPath: url.appendingPathComponent("en.txt").path) }
        if let env = environment["VERBATIM_STOPWORDS"], !env.isEmpty {
            let url = URL(fileURLWithPath: env, isDirectory: true)
            return holdsLists(url) ? url : nil
        }
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var dir = exe.deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("../share/verbatim/stopwords").standardizedFileURL)
            for _ in 0 ..< 8 {
                candidates.append(dir.appendingPathComponent("stopwords", isDirectory: true))
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        let compiledFrom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("stopwords", isDirectory: true)
        candidates.append(compiledFrom)
        return candidates.first(where: holdsLists)
    }
}
