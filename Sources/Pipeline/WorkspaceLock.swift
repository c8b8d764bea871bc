import Foundation
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

    /// Takes the lock without waiting.
    /// - Throws: `PipelineError.locked` when another process holds it.
    public init(workspace: Workspace) throws {
        try? FileManager.default.createDirectory(at: workspace.directory, withIntermediateDirectories: true)
        let path = workspace.directory.appendingPathComponent("verbatim.lock").path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError.noWorkspace(path: path, reason: "cannot create the lock file: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw PipelineError.locked(workspace: workspace.directory.path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
