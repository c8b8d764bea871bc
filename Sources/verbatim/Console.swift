import Foundation
import Pipeline
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

    /// A stage of a long job: a progress bar while it runs on a terminal, then one line when it
    /// ends (a plain line, or a JSON object with `--log-format json`); hidden by --quiet.
    func stage(_ event: StageEvent) {
        guard !quiet else { return }
        switch (event.phase, format) {
        case (.started, .json):
            emit(["{\"level\":\"info\",\"event\":\"stage_started\"", "\"stage\":\(JSONText.string(event.stage))",
                  "\"index\":\(event.index)", "\"of\":\(event.of)", "\"message\":\(JSONText.string(event.note))}"])
        case (.finished, .json):
            let counts = event.counts.map { "\(JSONText.string($0.name)):\($0.value)" }.joined(separator: ",")
            emit(["{\"level\":\"info\",\"event\":\"stage_finished\"", "\"stage\":\(JSONText.string(event.stage))",
                  "\"index\":\(event.index)", "\"of\":\(event.of)",
                  "\"seconds\":\(String(format: "%.3f", event.seconds ?? 0))",
                  "\"counts\":{\(counts)}", "\"message\":\(JSONText.string(event.note))}"])
        case (.progress, .json):
            break
        case (.started, .text), (.progress, .text):
            progress(Self.bar(event))
        case (.finished, .text):
            endProgress()
            let counts = event.counts.filter { $0.value != 0 }.map { "\($0.name)=\($0.value)" }
            let detail = ([event.note].filter { !$0.isEmpty } + counts).joined(separator: ", ")
            let stage = event.stage.padding(toLength: 9, withPad: " ", startingAt: 0)
            let line = "[\(event.index)/\(event.of)] \(stage)" + String(format: "%7.2f s", event.seconds ?? 0) + (detail.isEmpty ? "" : "  " + detail)
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// A progress line: the job's stages as a bar, then the stage and what it is doing.
    static func bar(_ event: StageEvent) -> String {
        let width = 20
        let within = event.total.map { $0 > 0 ? Double(event.done ?? 0) / Double($0) : 0 } ?? 0
        let fraction = (Double(event.index - 1) + within) / Double(max(event.of, 1))
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let step = event.total.map { " (\((event.done ?? 0) + 1)/\($0))" } ?? ""
        return "[\(event.index)/\(event.of)] \(bar) \(event.stage): \(event.note)\(step)"
    }

    private func emit(_ parts: [String]) {
        endProgress()
        FileHandle.standardError.write(Data((parts.joined(separator: ",") + "\n").utf8))
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
