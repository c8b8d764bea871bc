/// An account at risk, for the report's list.
public struct ReportAccount: Sendable, Equatable {
    /// The account id.
    public var id: String
    /// Its name.
    public var name: String?
    /// Its segment or plan.
    public var segment: String?
    /// Its health score (0–100).
    public var score: Double?
    /// `Red` or `Yellow`.
    public var tier: String
    /// Its MRR (at period end, else at start).
    public var mrr: Double?
    /// Its renewal date (`YYYY-MM-DD`).
    public var renewal: String?
    /// The labels of the themes it raised most, most mentioned first.
    public var topThemes: [String]

    /// An account; see the properties for the meaning of each value.
    public init(id: String, name: String?, segment: String?, score: Double?, tier: String, mrr: Double?, renewal: String?, topThemes: [String]) {
        self.id = id
        self.name = name
        self.segment = segment
        self.score = score
        self.tier = tier
        self.mrr = mrr
        self.renewal = renewal
        self.topThemes = topThemes
    }
}
