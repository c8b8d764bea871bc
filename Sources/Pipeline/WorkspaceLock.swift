import Foundation
import VerbatimCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a workspace (`verbatim.lock`, `flock(2)`), held by commands that write,
/// so that a nightly run and a manual ingest never interleave. The kernel drops it when the
/// process ends, so a crashed run never leaves a stale lock.
public final class WorkspaceLock {
    private let descriptor: Int32

    /// Takes the lock without waiting and writes who holds it (`holder`, the process id and the
    /// time) into the lock file, so that a second run can name it.
    /// - Throws: `PipelineError.locked` naming the holder when another process holds it.
    public init(workspace: Workspace, holder: String = "verbatim " + (CommandLine.arguments.dropFirst().first ?? "")) throws {
        try? FileManager.default.createDirectory(at: workspace.directory, withIntermediateDirectories: true)
        let path = workspace.directory.appendingPathComponent("verbatim.lock").path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            let code = errno, reason = String(cString: strerror(code))
            if [EACCES, EPERM, EROFS].contains(code) {
                throw PipelineError.readOnlyWorkspace(path: workspace.directory.path, reason: "cannot write verbatim.lock: \(reason)")
            }
            throw PipelineError.noWorkspace(path: path, reason: "cannot create the lock file: \(reason)")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.readHolder(descriptor)
            close(descriptor)
            throw PipelineError.locked(workspace: workspace.directory.path, holder: holder)
        }
        let line = "\(holder.trimmingCharacters(in: .whitespaces)) (pid \(getpid()), since \(UTCDate.iso(Date())))\n"
        _ = ftruncate(descriptor, 0)
        _ = line.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// What the holder wrote into the lock file, or nil.
    private static func readHolder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
