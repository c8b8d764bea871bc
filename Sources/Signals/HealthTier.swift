/// The tier of a health score on the 0–100 scale: Green at 80 and up, Yellow from 50 to 79,
/// Red below 50 (DESIGN section 7).
public enum HealthTier: String, Sendable, CaseIterable, Comparable {
    case red, yellow, green

    /// The tier of `score`.
    public init(score: Double) {
        if score >= 80 { self = .green } else if score >= 50 { self = .yellow } else { self = .red }
    }

    /// The name tables show (`Green`).
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// Red before Yellow before Green.
    public static func < (a: HealthTier, b: HealthTier) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .red: 0
        case .yellow: 1
        case .green: 2
        }
    }
}
