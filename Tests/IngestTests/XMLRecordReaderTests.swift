import Testing
import Foundation
import Ingest
import VerbatimCore

@Suite("XML record reader")
struct XMLRecordReaderTests {
    @Test("Reads the demo corpus's survey export cleanly")
    func readsSurveyExport() throws {
        let result = readXML(TestPaths.fixture("xml/survey.xml"))
        #expect(result.error == nil)
        #expect(result.warnings.isEmpty)
        #expect(result.rejects.isEmpty)
        try #require(result.records.count == 2)
        #expect(result.records[0].names == ["@id", "@type", "account", "submitted", "score", "comment"])
        #expect(result.records[0].values == [
            "r0000001", "nps", "ACC-00042", "2026-09-14T10:22:05Z", "7",
            "Setup was fine but the SSO login keeps failing & support was slow.",
        ])
        #expect(result.records[0].location == RecordLocation(line: 3, index: 0, path: "/responses/response[1]"))
        #expect(result.records[1].location == RecordLocation(line: 9, index: 1, path: "/responses/response[2]"))
        #expect(result.records[1]["comment"] == "Love the new dashboards.")
        #expect(result.records[1].turns.isEmpty)
    }

    @Test("Names nested children by path, attributes with @, joins repeats, keeps CDATA and mixed text")
    func flattensNestedRecords() throws {
        let result = readXML(TestPaths.fixture("xml/tickets.xml"), .init(recordElement: "export/tickets/ticket"))
        #expect(result.error == nil)
        try #require(result.records.count == 2)
        #expect(result.fields(0) == [
            ["@id", "T-1"], ["@priority", "high"],
            ["subject", "Refund <urgent> été"],
            ["customer/@id", "C-9"], ["customer/name", "Ana"], ["customer/email", "ana@example.com"],
            ["tags/tag", "billing, refund, vip"],
            ["description", "I was charged <twice> & nobody answers."],
            ["note", "Call before noon, please."],
            ["closed", ""],
        ])
        #expect(result.fields(1) == [["@id", "T-2"], ["subject", "Login"]])
        #expect(result.records[0].location == RecordLocation(line: 5, index: 0, path: "/export/tickets/ticket[1]"))
        #expect(result.records[1].location == RecordLocation(line: 16, index: 1, path: "/export/tickets/ticket[2]"))
    }

    @Test("Finds a record element by name at any depth, and by a path with a leading slash")
    func findsRecordsByNameOrPath() {
        let byName = readXML(TestPaths.fixture("xml/tickets.xml"), .init(recordElement: "ticket"))
        let byPath = readXML(TestPaths.fixture("xml/tickets.xml"), .init(recordElement: "/export/tickets/ticket"))
        #expect(byName.records.map { $0["@id"] } == ["T-1", "T-2"])
        #expect(byPath.records.map { $0["@id"] } == ["T-1", "T-2"])
        #expect(byName.error == nil && byPath.error == nil)
    }

    @Test("Without a record element, reads the root's first child and warns about the other names")
    func detectsRecordElement() throws {
        let result = readXML(TestPaths.fixture("xml/tickets.xml"))
        #expect(result.error == nil)
        try #require(result.records.count == 1)
        #expect(result.fields(0) == [["count", "2"]])
        #expect(result.records[0].location == RecordLocation(line: 3, index: 0, path: "/export/meta[1]"))
        #expect(result.warnings == [
            "the root <export> holds elements of several names (meta, tickets): reading the <meta> elements "
                + "as records and skipping the others; choose another with the record element option",
        ])
    }

    @Test("A record element that never occurs is not this format, naming the root's children")
    func missingRecordElement() {
        let result = readXML(TestPaths.fixture("xml/tickets.xml"), .init(recordElement: "tickets/ticket"))
        #expect(result.records.isEmpty)
        #expect(result.error == .notFormat(
            file: TestPaths.fixture("xml/tickets.xml").path, format: "XML",
            reason: "no <tickets/ticket> record element; the root <export> holds these child elements: meta, tickets"))
    }

    @Test("Turns with speaker attributes or speaker children become turns, not fields")
    func readsConversationTurns() throws {
        let result = readXML(TestPaths.fixture("xml/chats.xml"))
        #expect(result.error == nil)
        try #require(result.records.count == 2)
        #expect(result.fields(0) == [
            ["@id", "c1"], ["@channel", "chat"], ["started", "2026-09-01T08:00:00Z"],
            ["turn/@role", "narrator"], ["turn", "not a speaker"],
        ])
        #expect(result.records[0].turns == [
            ConversationTurn(role: .customer, text: "My invoice is wrong.", timestamp: "08:00"),
            ConversationTurn(role: .agent, text: "Sorry! Let me check.", timestamp: "08:01"),
            ConversationTurn(role: .agent, text: "Rate us?"),
        ])
        #expect(result.fields(1) == [["@id", "c2"]])
        #expect(result.records[1].turns == [
            ConversationTurn(role: .customer, text: "Hello?", timestamp: "09:00"),
            ConversationTurn(role: .agent, text: "Hi, how can we help?", timestamp: "09:02"),
        ])
    }

    @Test("Honours an ISO-8859-1 declaration: byte E9 reads as é")
    func honoursDeclaredEncoding() throws {
        let result = readXML(TestPaths.fixture("xml/latin1.xml"))
        #expect(result.error == nil)
        #expect(result.records.map { $0["city"] } == ["Café de Paris"])
    }

    @Test("A record's own text (no child elements) is named text")
    func recordOwnText() throws {
        let url = try temporaryXML("<reviews><review id=\"1\" stars=\"4\">  Great app  </review><review id=\"2\"/></reviews>")
        let result = readXML(url)
        #expect(result.error == nil)
        try #require(result.records.count == 2)
        #expect(result.fields(0) == [["@id", "1"], ["@stars", "4"], ["text", "Great app"]])
        #expect(result.fields(1) == [["@id", "2"]])
        #expect(result.records[1].location == RecordLocation(line: 1, index: 1, path: "/reviews/review[2]"))
    }

    @Test("Line numbers stay exact past 65,535 lines")
    func bigLineNumbers() throws {
        var text = "<rs>\n"
        for i in 1...70_000 { text += "<r><n>\(i)</n></r>\n" }
        text += "</rs>\n"
        let result = readXML(try temporaryXML(text))
        #expect(result.error == nil)
        try #require(result.records.count == 70_000)
        #expect(result.records[69_999].location.line == 70_001)
        #expect(result.records[69_999]["n"] == "70000")
        #expect(result.records[65_535].location.line == 65_537)
    }

    @Test("An empty root gives no records and a warning")
    func emptyRoot() throws {
        let result = readXML(try temporaryXML("<?xml version=\"1.0\"?>\n<responses survey=\"x\"></responses>\n"))
        #expect(result.error == nil)
        #expect(result.records.isEmpty)
        #expect(result.warnings == ["the root <responses> holds no records (no child elements)"])
    }

    @Test("Namespaced names keep their prefix; namespace declarations are not fields")
    func namespacedNames() throws {
        let url = try temporaryXML(
            "<rs xmlns=\"urn:x\" xmlns:a=\"urn:a\"><r a:id=\"1\" xmlns:b=\"urn:b\"><a:c>x</a:c><b:d>y</b:d></r></rs>")
        let result = readXML(url, .init(recordElement: "rs/r"))
        #expect(result.error == nil)
        try #require(result.records.count == 1)
        #expect(result.fields(0) == [["@a:id", "1"], ["a:c", "x"], ["b:d", "y"]])
    }
}
