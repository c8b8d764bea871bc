/// The `verbatim.toml` written next to the demo corpus.
enum WorkspaceTemplate {
    /// The exact file text.
    static let toml = """
        # Verbatim workspace for the demo corpus written by `verbatim sample`.
        [[source]]
        name = "tickets"
        path = "tickets.csv"
        kind = "ticket"
        preset = "zendesk"

        [[source]]
        name = "chats"
        path = "chats.json"
        kind = "chat"
        preset = "intercom"

        [[source]]
        name = "surveys"
        path = "surveys.xml"
        kind = "survey"
        preset = "survey"
        record = "response"

        [accounts]
        path = "accounts.csv"

        [themes]
        k = "auto"
        seed = 42

        """
}
