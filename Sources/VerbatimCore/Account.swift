import Foundation

/// A customer account from the CRM export, with the figures the churn and expansion joins need.
public struct Account: Sendable, Equatable {
    /// The CRM's account id; items refer to it.
    public var id: String
    /// The account's display name.
    public var name: String?
    /// Segment or plan tier.
    public var segment: String?
    /// Monthly recurring revenue at the start of the period.
    public var mrrStart: Double?
    /// Monthly recurring revenue at the end of the period.
    public var mrrEnd: Double?
    /// Whether the account churned in the period.
    public var churned: Bool
    /// When it churned, in UTC.
    public var churnDate: Date?
    /// MRR lost to downgrades in the period.
    public var contractionMRR: Double?
    /// MRR gained from upgrades and seats in the period.
    public var expansionMRR: Double?
    /// The next renewal date.
    public var renewalDate: Date?
    /// Optional usage figures (logins, seats, events), by column name.
    public var usage: [String: Double]
    /// Every other column of the export, by its name.
    public var extra: [String: String]

    /// Creates an account; every optional figure defaults to absent.
    public init(
        id: String, name: String? = nil, segment: String? = nil, mrrStart: Double? = nil,
        mrrEnd: Double? = nil, churned: Bool = false, churnDate: Date? = nil,
        contractionMRR: Double? = nil, expansionMRR: Double? = nil, renewalDate: Date? = nil,
        usage: [String: Double] = [:], extra: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.segment = segment
        self.mrrStart = mrrStart
        self.mrrEnd = mrrEnd
        self.churned = churned
        self.churnDate = churnDate
        self.contractionMRR = contractionMRR
        self.expansionMRR = expansionMRR
        self.renewalDate = renewalDate
        self.usage = usage
        self.extra = extra
    }
}
