import Foundation
import Testing
@testable import Ingest
import VerbatimCore

@Suite("JSON reader: conversations")
struct JSONConversationTests {
    @Test("Turns keyed by role name (client, client1, agent) become ordered turns, not fields")
    func keyNameRoles() throws {
        let text = #"[{"dialogHeader": {"company": "Acme"}, "dialogContent": [{"client": "ann", "datetime": "2020-04-01T17:31:32.000Z", "message": "My order <b>is</b> late"}, {"agent": "Acme", "message": "Sorry!"}, {"client1": "bob", "message": "Me too"}]}]"#
        let result = try JSONTestHelpers.read(text)
        let record = try #require(result.records.first)
        #expect(record.turns == [
            ConversationTurn(role: .customer, text: "My order <b>is</b> late", timestamp: "2020-04-01T17:31:32.000Z"),
            ConversationTurn(role: .agent, text: "Sorry!"),
            ConversationTurn(role: .customer, text: "Me too"),
        ])
        #expect(record.names == ["dialogHeader.company"])
    }

    @Test("Intercom nesting: the source message comes first, empty parts are skipped, other fields flatten")
    func intercom() throws {
        let result = JSONTestHelpers.read(url: TestPaths.fixture("json/intercom.json"))
        #expect(result.error == nil)
        let record = try #require(result.records.first)
        #expect(record.turns == [
            ConversationTurn(role: .customer, text: "<p>I cannot log in</p>", timestamp: "1699990000"),
            ConversationTurn(role: .agent, text: "<p>Try resetting</p>", timestamp: "1700000000"),
            ConversationTurn(role: .customer, text: "<p>It worked</p>", timestamp: "1700000100"),
            ConversationTurn(role: .agent, text: "<p>Great</p>", timestamp: "1700000200"),
        ])
        #expect(record["id"] == "123")
        #expect(record["source.author.email"] == "u@example.com")
        #expect(record["source.body"] == nil, "the source message is a turn, not also a field")
        #expect(record["conversation_parts.total_count"] == "5")
        #expect(record["conversation_parts.conversation_parts"] == nil)
        #expect(record["tags.tags"] == #"[{"name":"login"}]"#)
        #expect(result.warnings == ["\(TestPaths.fixture("json/intercom.json").path): using the records at $.conversations; pass --record to choose another"])
    }

    @Test("Role-like key values decide the role; unknown speakers are skipped")
    func roleKeys() throws {
        let text = #"[{"messages": [{"role": "user", "content": "hi"}, {"speaker": "action", "text": "system did x"}, {"role": "Assistant", "content": "hello", "created_at": "2024-01-02"}]}]"#
        let record = try #require(try JSONTestHelpers.read(text).records.first)
        #expect(record.turns == [
            ConversationTurn(role: .customer, text: "hi"),
            ConversationTurn(role: .agent, text: "hello", timestamp: "2024-01-02"),
        ])
        #expect(record.names.isEmpty)
    }

    @Test("Arrays of objects without roles stay fields as compact JSON")
    func notTurns() throws {
        let text = #"[{"comments": [{"author_id": 5, "body": "hello"}], "events": [{"type": "Comment", "body": "x"}]}]"#
        let record = try #require(try JSONTestHelpers.read(text).records.first)
        #expect(record.turns.isEmpty)
        #expect(record["comments"] == #"[{"author_id":5,"body":"hello"}]"#)
        #expect(record["events"] == #"[{"type":"Comment","body":"x"}]"#)
    }

    @Test("[speaker, text] pairs are turns; only the first conversation array gives turns")
    func pairs() throws {
        let text = #"[{"original": [["agent", "Hi!"], ["action", "pulled up"], ["customer", "Return please"]], "delexed": [{"speaker": "agent", "text": "hi!"}]}]"#
        let record = try #require(try JSONTestHelpers.read(text).records.first)
        #expect(record.turns == [ConversationTurn(role: .agent, text: "Hi!"), ConversationTurn(role: .customer, text: "Return please")])
        #expect(record["delexed"] == #"[{"speaker":"agent","text":"hi!"}]"#)
    }

    @Test("Role names map as documented")
    func roleNames() {
        #expect(JSONConversation.role(named: "end-user") == .customer)
        #expect(JSONConversation.role(named: "Client2") == .customer)
        #expect(JSONConversation.role(named: "requester") == .customer)
        #expect(JSONConversation.role(named: "teammate") == .agent)
        #expect(JSONConversation.role(named: "bot") == .agent)
        #expect(JSONConversation.role(named: "action") == nil)
    }
}
