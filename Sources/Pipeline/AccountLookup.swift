import Foundation
import Signals
import Store
import VerbatimCore

/// `verbatim themes --account ID`: one account, its health and outcome, and its themes with each
/// theme's churn lift, read from what the last analysis stored (no join is computed here).
public struct AccountLookup: Sendable {
    /// One of the account's themes.
    public struct Theme: Sendable {
        /// The theme id.
        public var id: String
        /// Its label.
        public var label: String
        /// The account's items on it.
        public var mentions: Int
        /// The first and last of them (ISO 8601).
        public var firstMention: String?
        /// The last.
        public var lastMention: String?
        /// The theme's stored signal, if the analysis computed one.
        public var signal: ThemeSignalRecord?
    }

    /// What a look-up found.
    public struct Result: Sendable {
        /// The account, nil when the accounts file does not list it.
        public var account: Account?
        /// Its stored (or computed) health and outcome.
        public var health: AccountHealthRecord?
        /// Its themes, most mentioned first.
        public var themes: [Theme]
        /// Its items under the filter.
        public var items: Int
    }

    /// The store to read.
    public var store: Store

    /// A look-up over `store`.
    public init(store: Store) {
        self.store = store
    }

    /// The account `id` and its themes under `filter`.
    /// - Complexity: reads the account's items by index, and one row per theme it raised.
    public func lookup(accountID id: String, filter: ThemeFilter = ThemeFilter()) throws -> Result {
        let account = try store.account(id: id)
        var health = try store.accountHealthRecords(id: id)[id]
        if health == nil, let account {
            let score = try SignalAnalysis.health(store: store, accounts: try store.signalAccounts(), options: SignalOptions())[id]
            health = SignalAnalysis.healthRecord(account, score)
        }
        let (rows, items) = try store.accountThemes(accountID: id, filter: filter)
        let signals = Dictionary(uniqueKeysWithValues: try store.themeSignalRecords(ids: rows.map(\.themeID)).map { ($0.themeID, $0) })
        return Result(account: account, health: health, themes: rows.map {
            Theme(id: $0.themeID, label: $0.label, mentions: $0.mentions, firstMention: $0.first, lastMention: $0.last, signal: signals[$0.themeID])
        }, items: items)
    }
}
