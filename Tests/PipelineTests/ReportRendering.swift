import Foundation
import TestSupport

/// Headless Chromium and the PNG reader the report's rendering test uses; both are external
/// tools (`.ci/run` installs them), found on PATH.
enum ReportRendering {
    /// `chromium` (or `chromium-browser`, or `$CHROMIUM`), nil when absent.
    static let chromium: URL? = {
        if let env = ProcessInfo.processInfo.environment["CHROMIUM"] { return URL(fileURLWithPath: env) }
        return onPath("chromium") ?? onPath("chromium-browser")
    }()

    /// `python3`, nil when absent.
    static let python: URL? = onPath("python3")

    static func onPath(_ name: String) -> URL? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let found = dirs.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        if found == nil { print("skipped: \(name) is not on PATH; the report rendering test needs it") }
        return found
    }

    /// Runs `tool` with `arguments`, killing it after `timeout` seconds; stdout (and stderr
    /// when asked) go to a file so that a chatty child never blocks.
    static func run(_ tool: URL, _ arguments: [String], timeout: TimeInterval = 120, stderr: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-render-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        defer { try? handle.close(); try? FileManager.default.removeItem(at: out) }
        process.standardOutput = handle
        process.standardError = stderr ? handle : FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate(); process.waitUntilExit(); return (-1, "timed out after \(Int(timeout)) s") }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self))
    }

    /// The flags every headless run takes: no sandbox (containers), no GPU, its own profile.
    static func headless(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
    }

    /// A 1280 × 3000 screenshot of `page`, taken once the page has settled.
    static func screenshot(_ page: URL, to png: URL, profile: URL) throws -> (status: Int32, output: String) {
        try run(chromium!, headless(profile: profile) + [
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000", "--window-size=1280,3000",
            "--screenshot=\(png.path)", page.absoluteString,
        ], stderr: true)
    }

    /// The page's DOM after Chromium parsed it.
    static func dumpDOM(_ page: URL, profile: URL) throws -> (status: Int32, output: String) {
        try run(chromium!, headless(profile: profile) + ["--dump-dom", page.absoluteString])
    }

    /// `png_stats.py`'s facts about a PNG: width, height, colours, non_background.
    static func pngStats(_ png: URL) throws -> [String: Any] {
        let script = TestPaths.fixture("report/png_stats.py")
        let result = try run(python!, [script.path, png.path], timeout: 60, stderr: true)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] else {
            return ["error": result.output]
        }
        return object
    }
}
