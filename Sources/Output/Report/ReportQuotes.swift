/// A theme's representative quotes (customer text, shown escaped), nearest the centroid first.
public struct ReportQuotes: Sendable, Equatable {
    /// One quote.
    public struct Quote: Sendable, Equatable {
        /// What the customer wrote, as one readable line.
        public var text: String
        /// The account, when known.
        public var account: String?
        /// The item's date (`YYYY-MM-DD`).
        public var day: String?

        /// A quote.
        public init(text: String, account: String?, day: String?) {
            self.text = text
            self.account = account
            self.day = day
        }
    }

    /// The theme id.
    public var themeID: String
    /// Its label.
    public var label: String
    /// Its items.
    public var items: Int
    /// The quotes.
    public var quotes: [Quote]

    /// A theme's quotes.
    public init(themeID: String, label: String, items: Int, quotes: [Quote]) {
        self.themeID = themeID
        self.label = label
        self.items = items
        self.quotes = quotes
    }
}
