/// What `verbatim sample` generates: how many items, over how many accounts, from which seed.
public struct SampleOptions: Sendable, Equatable {
    /// Total feedback items across tickets (about 55%), chats (25%) and surveys (20%). At least 10.
    public var items: Int = 5_000
    /// Number of customer accounts in `accounts.csv`. At least 5.
    public var accounts: Int = 300
    /// The seed every random draw derives from; the same options give byte-identical files.
    public var seed: UInt64 = 42

    /// Creates options; the defaults give a 5,000-item corpus over 300 accounts from seed 42.
    /// - Parameters:
    ///   - items: total feedback items, at least 10.
    ///   - accounts: number of accounts, at least 5.
    ///   - seed: the seed of every random draw.
    public init(items: Int = 5_000, accounts: Int = 300, seed: UInt64 = 42) {
        self.items = items
        self.accounts = accounts
        self.seed = seed
    }

    /// Checks the options once, at the edge.
    /// - Throws: ``SampleCorpusError/invalidOption(name:value:reason:)`` naming the option and a fix.
    public func validate() throws {
        if items < 10 {
            throw SampleCorpusError.invalidOption(
                name: "items", value: String(items), reason: "a corpus needs at least 10 items; try --items 5000")
        }
        if accounts < 5 {
            throw SampleCorpusError.invalidOption(
                name: "accounts", value: String(accounts), reason: "a corpus needs at least 5 accounts; try --accounts 300")
        }
        if items > 50_000_000 {
            throw SampleCorpusError.invalidOption(
                name: "items", value: String(items), reason: "at most 50,000,000 items are supported")
        }
        if accounts > 10_000_000 {
            throw SampleCorpusError.invalidOption(
                name: "accounts", value: String(accounts), reason: "at most 10,000,000 accounts are supported")
        }
    }
}
