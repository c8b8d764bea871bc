/// A customer writing again on the same theme soon after a resolved contact: the first contact
/// did not resolve the issue, so it counts against first-contact resolution.
public struct RepeatContact: Sendable, Equatable {
    /// Index of the account.
    public var account: Int32
    /// Index of the theme.
    public var theme: Int32
    /// The resolved contact.
    public var resolvedItem: Int64
    /// The contact that came back.
    public var repeatItem: Int64
    /// When the first contact was resolved (seconds since 1970).
    public var resolvedAt: Int64
    /// When the customer wrote again.
    public var repeatAt: Int64

    /// A repeat contact.
    public init(account: Int32, theme: Int32, resolvedItem: Int64, repeatItem: Int64, resolvedAt: Int64, repeatAt: Int64) {
        self.account = account
        self.theme = theme
        self.resolvedItem = resolvedItem
        self.repeatItem = repeatItem
        self.resolvedAt = resolvedAt
        self.repeatAt = repeatAt
    }
}
