import VerbatimCore

extension Preset {
    /// Every built-in preset, most specific first; `generic` last.
    public static let all: [Preset] = [
        Preset(name: "zendesk", summary: "Zendesk-style ticket CSV (Id, Subject, Description, Created at, Organization, Via, Tags, …)",
               kind: .ticket, scoreType: .csat,
               columns: [.id: ["Id"], .subject: ["Subject"], .text: ["Description"], .status: ["Status"],
                         .priority: ["Priority"], .channel: ["Via"], .tags: ["Tags"],
                         .account: ["Organization id", "Organization"], .createdAt: ["Created at"],
                         .resolvedAt: ["Solved at"], .firstResponseMinutes: ["First reply time in minutes"],
                         .resolutionMinutes: ["Full resolution time in minutes"], .reopened: ["Reopens"],
                         .score: ["Satisfaction Score", "Satisfaction rating"]],
               signature: ["id", "subject", "description", "created at"], needsTurns: false),
        Preset(name: "intercom", summary: "Intercom-style conversation JSON (conversation_parts with author types, source.body)",
               kind: .chat, scoreType: .csat,
               columns: [.id: ["id"], .createdAt: ["created_at"],
                         .account: ["custom_attributes.account_id", "company.id", "contacts.contacts.external_id", "source.author.email"],
                         .status: ["state"], .tags: ["tags", "tags.tags"], .score: ["conversation_rating.rating"],
                         .subject: ["source.subject", "title"]],
               signature: ["id", "created_at"], needsTurns: true, recordPath: "conversations"),
        Preset(name: "twitter-care", summary: "Customer-care dialogs (dialogHeader, dialogContent[] with client and agent turns)",
               kind: .chat, scoreType: nil,
               columns: [.id: ["dialogHeader.sessionID"], .createdAt: ["dialogHeader.conversationDateTime"],
                         .tags: ["dialogHeader.company"]],
               signature: ["dialogheader.sessionid"], needsTurns: true),
        Preset(name: "kaggle-tickets", summary: "Helpdesk ticket CSV (Ticket ID, Ticket Subject, Ticket Description, Customer Satisfaction Rating, …)",
               kind: .ticket, scoreType: .csat,
               columns: [.id: ["Ticket ID"], .account: ["Customer Email"], .text: ["Ticket Description"],
                         .subject: ["Ticket Subject"], .status: ["Ticket Status"], .priority: ["Ticket Priority"],
                         .channel: ["Ticket Channel"], .firstResponseAt: ["First Response Time"],
                         .resolvedAt: ["Time to Resolution"], .score: ["Customer Satisfaction Rating"],
                         .tags: ["Ticket Type"]],
               signature: ["ticket id", "ticket subject", "ticket description"], needsTurns: false),
        Preset(name: "twcs", summary: "Tweets between customers and support accounts (tweet_id, author_id, inbound, created_at, text)",
               kind: .chat, scoreType: nil,
               columns: [.id: ["tweet_id"], .account: ["author_id"], .createdAt: ["created_at"], .text: ["text"],
                         .inbound: ["inbound"]],
               signature: ["tweet_id", "author_id", "inbound", "text"], needsTurns: false),
        Preset(name: "bitext", summary: "Customer-service requests with agent answers (instruction, intent, category, response)",
               kind: .chat, scoreType: nil,
               columns: [.text: ["instruction"], .agentText: ["response"], .tags: ["intent"]],
               signature: ["instruction", "intent", "response"], needsTurns: false),
        Preset(name: "amazon-reviews", summary: "Product reviews with star ratings (rating, date, variation, verified_reviews)",
               kind: .review, scoreType: .rating,
               columns: [.text: ["verified_reviews"], .score: ["rating"], .createdAt: ["date"]],
               signature: ["rating", "verified_reviews"], needsTurns: false),
        Preset(name: "banking77", summary: "Labelled customer requests (text, category)",
               kind: .ticket, scoreType: nil,
               columns: [.text: ["text"], .tags: ["category"]],
               signature: ["text", "category"], needsTurns: false),
        Preset(name: "survey", summary: "Survey export: a score and a comment per response; NPS, CSAT or CES from --score-type, a type column or the score column's name",
               kind: .survey, scoreType: nil,
               columns: [.id: ["@id", "id", "response_id", "response id", "respondent_id"],
                         .scoreType: ["@type", "type", "score_type", "survey_type"],
                         .account: ["account", "account_id", "account id", "company_id", "organization"],
                         .createdAt: ["submitted", "submitted_at", "submitted at", "date", "created_at", "timestamp"],
                         .score: ["score", "nps", "nps_score", "csat", "csat_score", "ces", "ces_score", "rating",
                                  "likelihood to recommend", "how likely are you to recommend us"],
                         .text: ["comment", "comments", "feedback", "verbatim", "answer", "reason", "why"]],
               signature: [], needsTurns: false),
        Preset(name: "generic", summary: "Any export: columns found by common names (text, description, message, comment; id; created_at; account_id; …)",
               kind: .ticket, scoreType: nil,
               columns: [.id: ["id", "ticket_id", "ticket id", "conversation_id", "message_id", "review_id", "@id", "uuid", "key", "number"],
                         .account: ["account_id", "account id", "account", "organization_id", "organization", "company_id", "customer_id", "org_id"],
                         .createdAt: ["created_at", "created at", "created", "date", "timestamp", "submitted_at", "datetime", "time", "created_date"],
                         .text: ["text", "body", "description", "message", "comment", "comments", "content", "feedback", "review",
                                 "review_text", "answer", "verbatim", "utterance", "question", "title", "column1"],
                         .subject: ["subject", "summary"],
                         .score: ["score", "rating", "stars", "nps", "csat", "ces"],
                         .status: ["status", "state"], .priority: ["priority"], .channel: ["channel", "via", "source"],
                         .tags: ["tags", "labels", "category"]],
               signature: [], needsTurns: false),
    ]

    /// The preset called `name`, if any.
    public static func named(_ name: String) -> Preset? {
        all.first { $0.name == name.lowercased() }
    }

    /// The preset that fits a record with these column names: the first whose signature matches,
    /// then `survey` when there is both a score-like and a comment-like column, else `generic`.
    public static func detect(names: [String], hasTurns: Bool) -> Preset {
        let keys = Set(names.map(FieldMapping.key))
        if let p = all.first(where: { $0.matches(names: keys, hasTurns: hasTurns) }) { return p }
        if let survey = named("survey"),
           survey.columns[.score, default: []].contains(where: { keys.contains(FieldMapping.key($0)) }),
           survey.columns[.text, default: []].contains(where: { keys.contains(FieldMapping.key($0)) }) {
            return survey
        }
        return all[all.count - 1]
    }
}
