import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `verbatim run` as cron runs it: JSON log lines, a second run with nothing new, and a
/// workspace held by another command.
@Suite("The nightly run command")
struct NightlyCommandTests {
    /// A sample delivered as two drops, the first moved into the inbox.
    static func drops(items: Int) throws -> URL {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("nightly")
        let sample = try CLI.run(["sample", "--out", dir.path, "--drops", "2", "--items", String(items), "--accounts", "60"])
        #expect(sample.status == 0, "\(sample.stderr)")
        try FileManager.default.moveItem(at: dir.appendingPathComponent("drops/day-01"), to: dir.appendingPathComponent("inbox/day-01"))
        return dir
    }

    @Test("--log-format json writes one object a line per stage; a run with nothing new says so and exits 0")
    func jsonLogAndNothingNew() throws {
        let dir = try Self.drops(items: 600)
        let first = try CLI.run(["run", "-w", dir.path, "--log-format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let events = try first.stderr.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
        }
        let finished = events.filter { $0["event"] as? String == "stage_finished" }
        #expect(finished.compactMap { $0["stage"] as? String } == ["ingest", "accounts", "themes", "patterns", "signals"])
        let ingest = try #require(finished.first?["counts"] as? [String: Int])
        #expect(ingest["files_read"] == 3 && (ingest["items_added"] ?? 0) > 200)
        #expect(finished.allSatisfy { ($0["seconds"] as? Double ?? -1) >= 0 })
        #expect(first.stdout.contains("themes "))

        let second = try CLI.run(["run", "-w", dir.path, "--fail-on-alert"])
        #expect(second.status == 0, "nothing new is not an alert: \(second.stderr)")
        #expect(second.stdout.hasPrefix("nothing new since run 1"), "\(second.stdout)")
        #expect(second.stderr.contains("files_skipped=3"))

        // The next night's drop is read alone.
        try FileManager.default.moveItem(at: dir.appendingPathComponent("drops/day-02"), to: dir.appendingPathComponent("inbox/day-02"))
        let third = try CLI.run(["run", "-w", dir.path, "--no-progress"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("files_read=3, files_skipped=3"), "\(third.stderr)")
    }

    @Test("a second run while one holds the workspace exits 75 naming it; themes and export keep reading")
    func lockedWorkspace() throws {
        let dir = try Self.drops(items: 3000)
        #expect(try CLI.run(["run", "-w", dir.path, "--quiet"]).status == 0)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("drops/day-02"), to: dir.appendingPathComponent("inbox/day-02"))
        let before = try CLI.run(["themes", "-w", dir.path, "--format", "csv"])
        #expect(before.status == 0)

        // Start the second night's run, which re-clusters twice the items, and wait until it holds the lock.
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "-w", dir.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lockPath = dir.appendingPathComponent("verbatim.lock").path
        var held = false
        for _ in 0..<400 where process.isRunning {
            let fd = open(lockPath, O_RDWR)
            if fd >= 0 {
                if flock(fd, LOCK_EX | LOCK_NB) == 0 { flock(fd, LOCK_UN) } else { held = true }
                close(fd)
            }
            if held { break }
            usleep(25_000)
        }
        if held {
            let refused = try CLI.run(["run", "-w", dir.path])
            let readers = try CLI.run(["themes", "-w", dir.path, "--format", "csv"])
            let export = try CLI.run(["export", "-w", dir.path, "--format", "json", "--tables", "themes",
                                      "--out", dir.appendingPathComponent("during.json").path])
            let stillRunning = process.isRunning
            if stillRunning {
                #expect(refused.status == 75, "\(refused.stderr)")
                #expect(refused.stderr.contains("verbatim run (pid \(process.processIdentifier)"), "\(refused.stderr)")
            }
            #expect(readers.status == 0 && readers.stdout.split(separator: "\n").count > 5, "\(readers.stderr)")
            #expect(export.status == 0, "\(export.stderr)")
        } else {
            print("skipped: the run ended before the lock could be observed")
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let after = try CLI.run(["run", "-w", dir.path])
        #expect(after.stdout.hasPrefix("nothing new"))
    }
}
