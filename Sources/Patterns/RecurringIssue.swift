/// One account raising one theme or issue type again and again: at least
/// ``PatternOptions/recurringCount`` contacts within ``PatternOptions/recurringDays`` days.
public struct RecurringIssue: Sendable, Equatable {
    /// What recurs.
    public enum Subject: Sendable, Equatable, Hashable {
        /// A theme, by index.
        case theme(Int32)
        /// An issue type, by index.
        case issueType(Int32)
    }

    /// Index of the account.
    public var account: Int32
    /// The theme or issue type it keeps raising.
    public var subject: Subject
    /// The contacts of the episode, oldest first.
    public var items: [Int64]
    /// Time of the first contact of the episode (seconds since 1970).
    public var first: Int64
    /// Time of the last contact of the episode.
    public var last: Int64
    /// When it became a recurring issue: the contact that first completed `count` contacts
    /// within the window.
    public var onset: Int64

    /// An episode.
    public init(account: Int32, subject: Subject, items: [Int64], first: Int64, last: Int64, onset: Int64) {
        self.account = account
        self.subject = subject
        self.items = items
        self.first = first
        self.last = last
        self.onset = onset
    }
}
