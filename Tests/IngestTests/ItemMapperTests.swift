import Foundation
import Testing
import VerbatimCore
@testable import Ingest

@Suite("Mapping records to items")
struct ItemMapperTests {
    func record(_ pairs: [(String, String)], turns: [ConversationTurn] = [], line: Int = 2) -> RawRecord {
        RawRecord(names: pairs.map(\.0), values: pairs.map(\.1), turns: turns, location: RecordLocation(line: line, index: line - 2))
    }

    func item(_ outcome: ItemMapper.Outcome) throws -> FeedbackItem {
        guard case .item(let item) = outcome else { Issue.record("expected an item, got \(outcome)"); throw CancellationError() }
        return item
    }

    func reject(_ outcome: ItemMapper.Outcome) throws -> RecordReject {
        guard case .reject(let r) = outcome else { Issue.record("expected a reject, got \(outcome)"); throw CancellationError() }
        return r
    }

    @Test("A Zendesk-style header is recognised and every mapped column lands in its field")
    func zendesk() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "tickets"))
        let r = record([("Id", "1042"), ("Subject", "SSO broken"), ("Description", "Hi team,\nSSO fails."), ("Status", "solved"),
                        ("Priority", "high"), ("Via", "email"), ("Tags", "sso login"), ("Organization", "ACC-00042"),
                        ("Created at", "2026-09-14 10:00:00"), ("Solved at", "2026-09-14 16:30:00"),
                        ("First reply time in minutes", "90"), ("Full resolution time in minutes", "390"), ("Reopens", "1"),
                        ("Requester", "Ann")])
        let i = try item(try mapper.map(r))
        #expect(mapper.preset?.name == "zendesk")
        #expect(i.externalID == "1042")
        #expect(i.kind == .ticket)
        #expect(i.subject == "SSO broken")
        #expect(i.text == "Hi team,\nSSO fails.")
        #expect(i.accountID == "ACC-00042")
        #expect(i.channel == "email")
        #expect(i.tags == ["sso", "login"])
        #expect(i.createdAt.map(UTCDate.iso) == "2026-09-14T10:00:00Z")
        #expect(i.resolvedAt.map(UTCDate.iso) == "2026-09-14T16:30:00Z")
        #expect(i.firstResponseHours == 1.5)
        #expect(i.resolutionHours == 6.5)
        #expect(i.reopened == true)
        #expect(i.extra == ["Requester": "Ann"])
    }

    @Test("Conversation turns give the customer's text with the agent's kept apart")
    func turns() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "chats"))
        let r = record([("id", "c1"), ("created_at", "1700000000"), ("custom_attributes.account_id", "ACC-1"), ("conversation_rating.rating", "4")],
                       turns: [ConversationTurn(role: .customer, text: "export is broken"), ConversationTurn(role: .agent, text: "looking"),
                               ConversationTurn(role: .customer, text: "thanks")])
        let i = try item(try mapper.map(r))
        #expect(mapper.preset?.name == "intercom")
        #expect(i.kind == .chat)
        #expect(i.text == "export is broken\nthanks")
        #expect(i.agentText == "looking")
        #expect(i.accountID == "ACC-1")
        #expect(i.score == 4)
        #expect(i.scoreType == .csat)
        #expect(i.createdAt.map(UTCDate.iso) == "2023-11-14T22:13:20Z")
    }

    @Test("Survey scale comes from the type column, and a score off the scale is rejected with its line")
    func surveyScale() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "surveys"))
        let nps = try item(try mapper.map(record([("@id", "r1"), ("@type", "nps"), ("account", "A"), ("submitted", "2026-09-01T00:00:00Z"), ("score", "9"), ("comment", "great")])))
        #expect(mapper.preset?.name == "survey")
        #expect(nps.kind == .survey)
        #expect(nps.scoreType == .nps)
        #expect(nps.score == 9)
        let ces = try item(try mapper.map(record([("@id", "r2"), ("@type", "ces"), ("account", "A"), ("submitted", ""), ("score", "6"), ("comment", "")])))
        #expect(ces.scoreType == .ces)
        #expect(ces.text == "")
        let bad = try reject(try mapper.map(record([("@id", "r3"), ("@type", "nps"), ("account", "A"), ("submitted", ""), ("score", "11"), ("comment", "x")], line: 9)))
        #expect(bad.location.line == 9)
        #expect(bad.reason == "score 11 is outside 0–10 for nps")
    }

    @Test("A record with neither text nor score is rejected, never dropped")
    func emptyText() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "x", mapping: FieldMapping([.text: "body"])))
        let r = try reject(try mapper.map(record([("id", "1"), ("body", "   ")], line: 7)))
        #expect(r.reason == "no text: the 'body' column is empty and there is no score")
        #expect(r.location.line == 7)
    }

    @Test("Records without an id get content-hash ids, and true duplicates all keep distinct ids")
    func contentIDs() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "banking"))
        let a = try item(try mapper.map(record([("text", "card not arrived"), ("category", "card_arrival")])))
        let b = try item(try mapper.map(record([("text", "card not arrived"), ("category", "card_arrival")])))
        let c = try item(try mapper.map(record([("text", "other"), ("category", "x")])))
        #expect(mapper.preset?.name == "banking77")
        #expect(a.externalID.count == 32)
        #expect(b.externalID == a.externalID + "-2")
        #expect(c.externalID != a.externalID)
        let again = try ItemMapper(options: MappingOptions(source: "banking"))
        #expect(try item(try again.map(record([("text", "card not arrived"), ("category", "card_arrival")]))).externalID == a.externalID)
    }

    @Test("--map overrides the preset, and a missing column is a clear error naming the columns")
    func overrides() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "x", mapping: FieldMapping([.text: "Subject"])))
        let i = try item(try mapper.map(record([("Id", "1"), ("Subject", "only subject"), ("Description", "desc"), ("Created at", "")])))
        #expect(i.text == "only subject")
        let broken = try ItemMapper(options: MappingOptions(source: "x", mapping: FieldMapping([.account: "org"])))
        let error = #expect(throws: IngestError.missingColumn(field: "account", column: "org", reason: "no column 'org' in this file; columns are id, text")) {
            try broken.map(record([("id", "1"), ("text", "t")]))
        }
        #expect(error?.description == "--map account=org: no column 'org' in this file; columns are id, text")
        #expect(error?.isBadOption == true)
    }

    @Test("Tweets written by the company keep their words out of the customer's text")
    func inbound() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "twcs"))
        let names = ["", "tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"]
        let company = try item(try mapper.map(RawRecord(names: names, values: ["0", "1", "sprintcare", "False", "Tue Oct 31 22:10:47 +0000 2017", "@115712 I understand.", "2", "3.0"], location: RecordLocation(line: 2, index: 0))))
        let customer = try item(try mapper.map(RawRecord(names: names, values: ["1", "2", "115712", "True", "Tue Oct 31 22:11:45 +0000 2017", "@sprintcare and how", "", "1.0"], location: RecordLocation(line: 3, index: 1))))
        #expect(mapper.preset?.name == "twcs")
        #expect(company.text == "")
        #expect(company.agentText == "@115712 I understand.")
        #expect(customer.text == "@sprintcare and how")
        #expect(customer.createdAt.map(UTCDate.iso) == "2017-10-31T22:11:45Z")
    }

    @Test("An unreadable date keeps the item and is counted with its column and line")
    func unreadDate() throws {
        let mapper = try ItemMapper(options: MappingOptions(source: "x"))
        let i = try item(try mapper.map(record([("id", "1"), ("text", "t"), ("created_at", "next tuesday")], line: 5)))
        #expect(i.createdAt == nil)
        #expect(i.extra["created_at (unread)"] == "next tuesday")
        #expect(mapper.unreadDates == 1)
        #expect(mapper.firstUnreadDate?.location.line == 5)
    }

    @Test("Tags split on commas, semicolons or spaces, and Intercom's tag objects give their names")
    func tagLists() {
        #expect(ItemMapper.tags("billing, invoice") == ["billing", "invoice"])
        #expect(ItemMapper.tags("sso login  2fa") == ["sso", "login", "2fa"])
        #expect(ItemMapper.tags("a;b; ;c") == ["a", "b", "c"])
        #expect(ItemMapper.tags(#"[{"type":"tag","name":"login"},{"name":"sso"}]"#) == ["login", "sso"])
    }

    @Test("--map parses FIELD=COLUMN and names the known fields when the field is unknown")
    func mapParsing() throws {
        #expect(try FieldMapping(pairs: ["text=Body", "account = Org Id"]).columns == [.text: "Body", .account: "Org Id"])
        #expect(throws: IngestError.self) { try FieldMapping(pairs: ["texte=Body"]) }
        #expect(throws: IngestError.self) { try FieldMapping(pairs: ["text"]) }
    }
}
