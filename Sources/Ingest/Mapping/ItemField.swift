/// The item fields a column can be mapped to with `--map FIELD=COLUMN` or `[source.map]`.
public enum ItemField: String, Sendable, CaseIterable, Hashable {
    /// The record's id in the exporting system.
    case id
    /// The CRM account id.
    case account
    /// When the customer wrote it.
    case createdAt = "created_at"
    /// The customer's words.
    case text
    /// A ticket's subject.
    case subject
    /// The channel it came on.
    case channel
    /// A numeric score.
    case score
    /// The score's scale (`nps`, `csat`, `ces`, `rating`), as a column.
    case scoreType = "score_type"
    /// Status.
    case status
    /// Priority.
    case priority
    /// When an agent first answered.
    case firstResponseAt = "first_response_at"
    /// When it was resolved.
    case resolvedAt = "resolved_at"
    /// Tags, separated by commas or spaces.
    case tags
    /// The agent's words, kept apart from the customer's.
    case agentText = "agent_text"
    /// Minutes to first response.
    case firstResponseMinutes = "first_response_minutes"
    /// Minutes to resolution.
    case resolutionMinutes = "resolution_minutes"
    /// Hours to resolution.
    case resolutionHours = "resolution_hours"
    /// How many contacts the issue took.
    case contactCount = "contact_count"
    /// Whether (or how often) the ticket was reopened.
    case reopened
    /// Whether the customer wrote the record (`true`) or the company did (`false`), as in tweet
    /// exports where both sides are rows.
    case inbound

    /// The field names, for help texts and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
