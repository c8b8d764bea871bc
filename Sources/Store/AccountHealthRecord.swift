/// One stored row of `account_health`: an account's health score, its parts and its outcome.
public struct AccountHealthRecord: Sendable, Equatable {
    /// The account.
    public var accountID: String
    /// The score on 0–100, nil when every part is missing.
    public var score: Double?
    /// `green`, `yellow` or `red`.
    public var tier: String?
    /// The usage part.
    public var usage: Double?
    /// The support part.
    public var support: Double?
    /// The business-outcome part.
    public var outcome: Double?
    /// `churned`, `expanded`, `contracted` or `steady`.
    public var status: String

    /// A record.
    public init(accountID: String, score: Double?, tier: String?, usage: Double?, support: Double?, outcome: Double?, status: String) {
        self.accountID = accountID
        self.score = score
        self.tier = tier
        self.usage = usage
        self.support = support
        self.outcome = outcome
        self.status = status
    }
}
