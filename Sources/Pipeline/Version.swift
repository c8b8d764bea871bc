/// Verbatim's version, stored with every run.
public enum Version {
    /// The release version.
    public static let current = "0.1.0"
}
