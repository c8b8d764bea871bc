/// How often one account raised one theme on one day: the unit the join counts.
public struct ThemeMention: Sendable, Equatable {
    /// The account.
    public var accountID: String
    /// The theme.
    public var themeID: String
    /// Days since 1970-01-01 (UTC) of the items.
    public var day: Int
    /// Items of the account on the theme that day.
    public var count: Int

    /// A mention count.
    public init(accountID: String, themeID: String, day: Int, count: Int) {
        self.accountID = accountID
        self.themeID = themeID
        self.day = day
        self.count = count
    }
}
