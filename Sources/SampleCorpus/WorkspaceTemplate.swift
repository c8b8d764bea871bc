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

    /// The `verbatim.toml` of a corpus written as nightly drops: the same sources, read from
    /// every folder of `inbox/`.
    static var dropsTOML: String {
        toml.replacingOccurrences(of: "for the demo corpus written by `verbatim sample`.",
                                  with: "for the demo corpus delivered as nightly drops (`verbatim sample --drops N`):\n# move drops/day-NN/ into inbox/ and run `verbatim run`.")
            .replacingOccurrences(of: "path = \"tickets.csv\"", with: "path = \"inbox/*/tickets.csv\"")
            .replacingOccurrences(of: "path = \"chats.json\"", with: "path = \"inbox/*/chats.json\"")
            .replacingOccurrences(of: "path = \"surveys.xml\"", with: "path = \"inbox/*/surveys.xml\"")
    }
}
