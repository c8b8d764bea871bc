/// The effect a planted theme has on the accounts and answers that mention it.
enum ThemeEffect: String, Sendable {
    /// No planted effect.
    case none
    /// Accounts raising it churn at about three times the base rate.
    case churn
    /// Accounts raising it expand far more often.
    case expansion
    /// Survey answers about it score much lower.
    case lowNPS = "low_nps"
    /// Its volume jumps in the last two weeks of the window.
    case spike
}

/// One planted theme: its truth record and the phrase pools its texts are composed from.
///
/// Templates hold `{slot}` references, resolved first against the theme's own `slots` and then
/// against the shared pools in ``SharedPhrases``; `{theme}` is the theme's name.
struct ThemeSpec: Sendable {
    /// Stable identifier written to the truth files (`sso-login`).
    var slug: String
    /// Two or three plain words that appear in the texts (`sso login`).
    var name: String
    /// One sentence describing what customers report.
    var description: String
    /// The planted effect.
    var effect: ThemeEffect
    /// Zendesk ticket types this theme's tickets take, most likely first.
    var ticketTypes: [String]
    /// Lowercase tags an agent would add.
    var tags: [String]
    /// Ticket subject templates.
    var subjects: [String]
    /// Problem statements: the first sentence of the customer's message (at least 10).
    var problems: [String]
    /// Supporting details (what was tried, error text, scope).
    var details: [String]
    /// What the customer asks for.
    var asks: [String]
    /// Theme-specific slot pools, by slot name.
    var slots: [(String, [String])]
}
