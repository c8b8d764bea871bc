import Foundation

/// Reads a file a chunk at a time, without mapping it: a mapped export of gigabytes would be
/// counted whole in the process's resident memory.
public enum FileChunks {
    /// The size of one read.
    public static let size = 1 << 20

    /// Calls `body` with each chunk of the open `file`, in order, until the end.
    /// - Throws: `IngestError.cannotOpen` naming `path` when a read fails; what `body` throws.
    public static func forEach(in file: FileHandle, path: String, _ body: (Data) throws -> Void) throws {
        while true {
            let chunk: Data
            do {
                guard let c = try file.read(upToCount: size), !c.isEmpty else { return }
                chunk = c
            } catch {
                throw IngestError.cannotOpen(file: path, reason: error.localizedDescription)
            }
            try body(chunk)
        }
    }
}
