import VerbatimCore

/// What happened to an account's revenue in the period.
public enum AccountOutcome: String, Sendable, CaseIterable {
    /// It left (the churn flag of record).
    case churned
    /// It stayed and its MRR grew.
    case expanded
    /// It stayed and its MRR shrank.
    case contracted
    /// It stayed at the same MRR, or its figures are unknown.
    case steady

    /// The outcome of `account`: churned by its flag; otherwise expansion against contraction
    /// MRR, or, when the file gives neither, MRR at end against MRR at start.
    public init(_ account: Account) {
        if account.churned { self = .churned; return }
        var up = account.expansionMRR ?? 0, down = account.contractionMRR ?? 0
        if up == 0, down == 0, let start = account.mrrStart, let end = account.mrrEnd {
            up = max(0, end - start)
            down = max(0, start - end)
        }
        self = up > down ? .expanded : down > up ? .contracted : .steady
    }
}
