/// How many findings the redactor replaced, per placeholder name (`email`, `phone`, `card`,
/// `iban`, `ip`, and each custom pattern's name).
public struct RedactionCounts: Sendable, Equatable, CustomStringConvertible {
    /// Findings per placeholder name; names with no finding may be absent.
    public private(set) var byName: [String: Int] = [:]

    /// No findings.
    public init() {}

    /// Findings per name.
    public init(_ byName: [String: Int]) {
        self.byName = byName.filter { $0.value != 0 }
    }

    /// Findings of one name (0 when none).
    public subscript(name: String) -> Int {
        get { byName[name, default: 0] }
        set { byName[name] = newValue == 0 ? nil : newValue }
    }

    /// Findings of a built-in detector.
    public subscript(detector: PIIDetector) -> Int {
        get { self[detector.rawValue] }
        set { self[detector.rawValue] = newValue }
    }

    /// Findings in all.
    public var total: Int { byName.values.reduce(0, +) }

    /// The counts in a stable order: the built-in detectors in their declared order (each, even
    /// at zero), then custom names alphabetically.
    public var ordered: [(name: String, count: Int)] {
        let builtIn = PIIDetector.allCases.map { ($0.rawValue, self[$0]) }
        let custom = byName.keys.filter { PIIDetector(rawValue: $0) == nil }.sorted().map { ($0, byName[$0] ?? 0) }
        return builtIn + custom
    }

    /// Adds another file's counts.
    public static func += (lhs: inout RedactionCounts, rhs: RedactionCounts) {
        for (name, count) in rhs.byName { lhs[name] += count }
    }

    /// `2 email, 1 phone`, or `none`.
    public var description: String {
        let parts = ordered.filter { $0.count > 0 }.map { "\($0.count) \($0.name)" }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
