import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `verbatim run` killed with SIGKILL in its stages, on a full disk and on a read-only workspace:
/// the store stays sound and as it was, and a rerun ends where an uninterrupted run does.
/// (Tests/Quality/kill_trials.py runs twenty such kills on the demo corpus in release.)
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    /// A small sample corpus at `dir/pristine`, never run.
    static func corpus(_ dir: URL) throws -> URL {
        let pristine = dir.appendingPathComponent("pristine")
        let sample = try CLI.run(["sample", "--out", pristine.path, "--items", "400", "--accounts", "30"])
        #expect(sample.status == 0, "\(sample.stderr)")
        return pristine
    }

    /// `pristine` copied afresh to `ws` (always the same path: paths are kept in the store).
    static func fresh(_ pristine: URL, _ ws: URL) throws {
        try? FileManager.default.removeItem(at: ws)
        try FileManager.default.copyItem(at: pristine, to: ws)
    }

    /// The bytes of the csv and json exports of `ws`, by file name.
    static func exports(_ ws: URL, into dir: URL) throws -> [String: Data] {
        try? FileManager.default.removeItem(at: dir)
        let csv = try CLI.run(["export", "-w", ws.path, "--format", "csv", "--out", dir.appendingPathComponent("csv").path])
        let json = try CLI.run(["export", "-w", ws.path, "--format", "json", "--out", dir.appendingPathComponent("all.json").path])
        #expect(csv.status == 0 && json.status == 0, "\(csv.stderr) \(json.stderr)")
        var files: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted() {
            let url = dir.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path), !((try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false) {
                files[name] = data
            }
        }
        return files
    }

    /// `PRAGMA integrity_check` and `foreign_key_check` on a copy of the store (the store itself is
    /// left as the kill left it, log and all, for the rerun); nil when both are clean.
    static func storeProblem(_ ws: URL, scratch: URL) throws -> String? {
        let store = ws.appendingPathComponent("verbatim.sqlite")
        guard FileManager.default.fileExists(atPath: store.path) else { return nil }
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store.path + suffix) {
            try FileManager.default.copyItem(atPath: store.path + suffix, toPath: scratch.appendingPathComponent("verbatim.sqlite" + suffix).path)
        }
        let queue = try DatabaseQueue(path: scratch.appendingPathComponent("verbatim.sqlite").path)
        return try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { return "integrity_check: \(integrity.prefix(3).joined(separator: "; "))" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return keys.isEmpty ? nil : "foreign_key_check: \(keys.count) rows"
        }
    }

    /// Row counts of the tables a run writes, and runs per status.
    static func counts(_ ws: URL) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: ws.appendingPathComponent("verbatim.sqlite").path)
        return try queue.read { db in
            var out: [String: Int] = [:]
            for table in ["items", "accounts", "rejects", "themes", "assignments", "item_patterns", "patterns", "theme_signals", "account_health"] {
                out[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1
            }
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM runs GROUP BY status") {
                out["runs " + (row["status"] as String)] = row["n"]
            }
            return out
        }
    }

    /// Starts `verbatim run` on `ws`, waits for `stage` to start (its JSON log line) and `delay`
    /// seconds more, and kills it with SIGKILL. Returns whether it was killed (false when it ended first).
    static func killRun(_ ws: URL, in stage: String, after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "-w", ws.path, "--log-format", "json", "--no-progress"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let marker = "\"event\":\"stage_started\",\"stage\":\"\(stage)\""
        while !seen.contains(marker) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        if seen.contains(marker) {
            if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
            kill(process.processIdentifier, SIGKILL)
        }
        // Drain the pipe so the process never blocks on it, then reap it.
        while !errors.fileHandleForReading.availableData.isEmpty {}
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    @Test("killed in each stage, the store is sound, the dead run's lock and row do not block the rerun, and its exports are those of an uninterrupted run")
    func killedInEveryStage() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pristine = try Self.corpus(dir)
        let ws = dir.appendingPathComponent("ws"), scratch = dir.appendingPathComponent("check")
        try Self.fresh(pristine, ws)
        let uninterrupted = try CLI.run(["run", "-w", ws.path, "--quiet"])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let reference = try Self.exports(ws, into: dir.appendingPathComponent("reference"))
        #expect(reference.count == 8, "\(reference.keys.sorted())")

        for (stage, delay) in [("ingest", 0.05), ("themes", 0.3), ("patterns", 0.0), ("signals", 0.0)] {
            try Self.fresh(pristine, ws)
            let killed = try Self.killRun(ws, in: stage, after: delay)
            #expect(killed, "the run ended before the kill in \(stage)")
            #expect(try Self.storeProblem(ws, scratch: scratch) == nil, "after a kill in \(stage)")
            let rerun = try CLI.run(["run", "-w", ws.path, "--quiet"])
            #expect(rerun.status == 0, "rerun after a kill in \(stage): \(rerun.stderr)")
            #expect(try Self.storeProblem(ws, scratch: scratch) == nil, "after the rerun (killed in \(stage))")
            let counts = try Self.counts(ws)
            #expect(counts["runs running"] == nil && counts["runs failed"] == 1 && counts["runs ok"] == 1,
                    "the killed run is marked failed by the next (killed in \(stage)): \(counts)")
            let files = try Self.exports(ws, into: dir.appendingPathComponent("trial"))
            let differing = Set(reference.keys).union(files.keys).sorted().filter { reference[$0] != files[$0] }
            #expect(differing.isEmpty, "killed in \(stage), the rerun's exports differ: \(differing)")
        }
    }

    /// A workspace analysed once from its first drop, with the second drop waiting in the inbox.
    static func nightly(_ dir: URL) throws -> URL {
        let ws = dir.appendingPathComponent("nightly")
        #expect(try CLI.run(["sample", "--out", ws.path, "--drops", "2", "--items", "400", "--accounts", "30"]).status == 0)
        try FileManager.default.moveItem(at: ws.appendingPathComponent("drops/day-01"), to: ws.appendingPathComponent("inbox/day-01"))
        #expect(try CLI.run(["run", "-w", ws.path, "--quiet"]).status == 0)
        try FileManager.default.moveItem(at: ws.appendingPathComponent("drops/day-02"), to: ws.appendingPathComponent("inbox/day-02"))
        return ws
    }

    /// Runs `verbatim arguments` through `/bin/sh` with `prefix` before it (e.g. `ulimit -f 64; exec`).
    static func shell(_ prefix: String, _ arguments: [String]) throws -> CLI.Result {
        let quoted = ([CLI.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try CLI.run(["-c", prefix + " " + quoted.joined(separator: " ")], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Checks that a run that found no room failed clearly and left the store as it was.
    static func expectUntouched(_ ws: URL, by result: CLI.Result, before: [String: Data], counts: [String: Int], dir: URL) throws {
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("no space left to write the store") && result.stderr.contains(ws.appendingPathComponent("verbatim.sqlite").path)
                && result.stderr.contains("rolled back"), "\(result.stderr)")
        #expect(try Self.storeProblem(ws, scratch: dir.appendingPathComponent("check")) == nil)
        var after = try Self.counts(ws)
        #expect(after.removeValue(forKey: "runs failed") == 1, "the run is recorded as failed: \(after)")
        #expect(after == counts)
        #expect(try Self.exports(ws, into: dir.appendingPathComponent("after")) == before)
    }

    @Test("past the file size limit (ulimit -f) a run exits 1 naming the limit, and the store is as it was")
    func fileSizeLimit() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ws = try Self.nightly(dir)
        let before = try Self.exports(ws, into: dir.appendingPathComponent("before")), counts = try Self.counts(ws)
        // 64 KiB a file: the run's first row fits in the write-ahead log, the first file's items do not.
        let result = try Self.shell("trap '' XFSZ; ulimit -f 64; exec", ["run", "-w", ws.path, "--no-progress"])
        #expect(result.stderr.contains("file size limit"), "\(result.stderr)")
        try Self.expectUntouched(ws, by: result, before: before, counts: counts, dir: dir)
        // With room again the run completes.
        #expect(try CLI.run(["run", "-w", ws.path, "--quiet"]).status == 0)
    }

    @Test("on a full disk (a small tmpfs, when this user may mount one) a run exits 1 saying so, and the store is as it was")
    func fullDisk() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let mount = dir.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = try CLI.run(["-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.path], executable: URL(fileURLWithPath: "/bin/mount"))
        guard mounted.status == 0 else {
            print("skipped: cannot mount a tmpfs here (\(mounted.stderr.trimmingCharacters(in: .whitespacesAndNewlines))); the file size limit test covers the error")
            return
        }
        defer { _ = try? CLI.run([mount.path], executable: URL(fileURLWithPath: "/bin/umount")) }
        let ws = try Self.nightly(mount)
        let before = try Self.exports(ws, into: dir.appendingPathComponent("before")), counts = try Self.counts(ws)
        // Fill the disk but for 100 KiB.
        var fs = statvfs()
        #expect(statvfs(mount.path, &fs) == 0)
        let free = Int64(fs.f_bavail) * Int64(fs.f_frsize)
        let filler = mount.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        let block = Data(count: 1 << 16)
        for _ in 0 ..< max(0, (free - 100 << 10) / Int64(block.count)) { try handle.write(contentsOf: block) }
        try handle.close()
        let result = try CLI.run(["run", "-w", ws.path, "--no-progress"])
        #expect(result.stderr.contains("the disk is full") || result.stderr.contains("no space left on the device"), "\(result.stderr)")
        try Self.expectUntouched(ws, by: result, before: before, counts: counts, dir: dir)
        try FileManager.default.removeItem(at: filler)
        #expect(try CLI.run(["run", "-w", ws.path, "--quiet"]).status == 0)
    }

    @Test("on a workspace this user cannot write, a run exits 1 saying the workspace is read-only and changes nothing; themes and export still read it")
    func readOnlyWorkspace() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            print("skipped: needs root and setpriv to run as another user (root writes through file modes)")
            return
        }
        let dir = try CLI.temporaryDirectory()
        defer {
            _ = try? CLI.run(["-R", "u+w", dir.path], executable: URL(fileURLWithPath: "/bin/chmod"))
            try? FileManager.default.removeItem(at: dir)
        }
        let ws = try Self.nightly(dir)
        let before = try Self.exports(ws, into: dir.appendingPathComponent("before")), counts = try Self.counts(ws)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // The workspace owned by root, read-only for everyone; the output folder writable by all.
        #expect(try CLI.run(["-R", "a-w", ws.path], executable: URL(fileURLWithPath: "/bin/chmod")).status == 0)
        #expect(try CLI.run(["a+rx", dir.path], executable: URL(fileURLWithPath: "/bin/chmod")).status == 0)
        #expect(try CLI.run(["a+rwx", out.path], executable: URL(fileURLWithPath: "/bin/chmod")).status == 0)
        let nobody = "exec setpriv --reuid=65534 --regid=65534 --clear-groups"
        let run = try Self.shell(nobody, ["run", "-w", ws.path, "--no-progress"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the workspace \(ws.path) is read-only") && run.stderr.contains("nothing was changed"), "\(run.stderr)")
        let themes = try Self.shell(nobody, ["themes", "-w", ws.path, "--format", "csv"])
        #expect(themes.status == 0 && themes.stdout.split(separator: "\n").count > 3, "\(themes.stderr)")
        let export = try Self.shell(nobody, ["export", "-w", ws.path, "--format", "json", "--out", out.appendingPathComponent("all.json").path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("all.json").path) == before["all.json"])
        #expect(try Self.counts(ws) == counts)
        #expect(try Self.exports(ws, into: dir.appendingPathComponent("after")) == before)
    }
}
