import Foundation

/// What ``SampleCorpus/write(to:options:progress:)`` wrote.
public struct SampleSummary: Sendable, Equatable {
    /// Rows in `tickets.csv`.
    public var tickets: Int
    /// Conversations in `chats.json`.
    public var chats: Int
    /// Responses in `surveys.xml`.
    public var surveys: Int
    /// Rows in `accounts.csv`.
    public var accounts: Int
    /// Number of planted themes in `truth/themes.json`.
    public var themes: Int
    /// Every file written, in the order written.
    public var files: [URL]

    /// Creates a summary.
    public init(tickets: Int, chats: Int, surveys: Int, accounts: Int, themes: Int, files: [URL]) {
        self.tickets = tickets
        self.chats = chats
        self.surveys = surveys
        self.accounts = accounts
        self.themes = themes
        self.files = files
    }
}
