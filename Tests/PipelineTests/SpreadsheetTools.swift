import Foundation
import TestSupport

/// The outside tools the workbook round trip reads back with: LibreOffice and a python3 that
/// imports openpyxl. Either may be missing on a developer's machine; CI installs both.
enum SpreadsheetTools {
    /// The LibreOffice binary, when installed.
    static let libreOffice: URL? = ["/usr/bin/libreoffice", "/usr/local/bin/libreoffice", "/usr/bin/soffice",
                                    "/opt/homebrew/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))

    /// A python3 that imports openpyxl, when there is one: the one on PATH first.
    static let python: URL? = {
        var candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        candidates += ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        return candidates.filter { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
            .first { (try? run($0, ["-c", "import openpyxl"], timeout: 60))?.status == 0 }
    }()

    /// The script that dumps a workbook as JSON through openpyxl.
    static let dumpScript = TestPaths.packageRoot.appendingPathComponent("Tests/Quality/xlsx_dump.py")

    /// The skip notes.
    static let noLibreOffice = "libreoffice is not installed (apt-get install libreoffice-calc-nogui): workbook round trip through LibreOffice skipped"
    static let noOpenpyxl = "no python3 with openpyxl (pip install openpyxl): workbook check through openpyxl skipped"

    /// What a run printed and how it ended.
    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs `tool` with `arguments`, killing it after `timeout` seconds.
    static func run(_ tool: URL, _ arguments: [String], timeout: TimeInterval) throws -> Outcome {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            return Outcome(status: -1, stdout: Data(), stderr: "timed out after \(Int(timeout)) s")
        }
        return Outcome(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Converts every sheet of `workbook` to `<name>-<sheet>.csv` in `folder` (UTF-8, comma,
    /// double quotes), in a LibreOffice profile of its own so that parallel runs do not collide.
    static func convertToCSV(_ workbook: URL, into folder: URL) throws -> Outcome {
        guard let libreOffice else { throw CocoaError(.fileNoSuchFile) }
        let profile = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        return try run(libreOffice, [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", folder.path, workbook.path,
        ], timeout: 300)
    }

    /// The rows of RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
