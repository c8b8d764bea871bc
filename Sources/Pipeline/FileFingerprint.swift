import Foundation

/// A cheap identity for an input file, stored with each run: its size and modification time.
/// Reading every byte to hash a multi-gigabyte export would cost more than ingesting it.
public enum FileFingerprint {
    /// `size:mtime` (seconds since 1970), or `missing`.
    public static func of(_ url: URL) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return "missing" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size):\(Int64(modified))"
    }
}
