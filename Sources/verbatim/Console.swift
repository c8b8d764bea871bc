import Foundation
import VerbatimCore

/// Writes data to stdout and diagnostics to stderr, as text or JSON lines.
struct Console {
    let quiet: Bool
    let verbose: Bool
    let progress: Bool
    let format: LogFormat

    /// Data the user asked for, on stdout.
    func data(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A progress note on stderr, overwriting the line; only on a terminal.
    func progress(_ text: String) {
        guard progress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    /// Ends a progress line.
    func endProgress() {
        guard progress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// A note on stderr, hidden by --quiet.
    func info(_ text: String) {
        guard !quiet else { return }
        diagnostic("info", text)
    }

    /// A warning on stderr, hidden by --quiet.
    func warning(_ text: String) {
        guard !quiet else { return }
        diagnostic("warning", text)
    }

    /// Detail shown with --verbose.
    func debug(_ text: String) {
        guard verbose else { return }
        diagnostic("debug", text)
    }

    /// An error on stderr, always shown.
    func error(_ text: String) {
        diagnostic("error", text)
    }

    private func diagnostic(_ level: String, _ text: String) {
        endProgress()
        let line: String
        switch format {
        case .text: line = (level == "info" ? "" : level + ": ") + text
        case .json: line = "{\"level\":\(JSONText.string(level)),\"message\":\(JSONText.string(text))}"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
