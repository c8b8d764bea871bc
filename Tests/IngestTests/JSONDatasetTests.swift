import Foundation
import Testing
@testable import Ingest
import VerbatimCore

@Suite("JSON reader: real datasets")
struct JSONDatasetTests {
    @Test("twitter-care-ibm dev.json: 525 conversations, 686 turns of which 61 agent",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func ibmDev() throws {
        let result = JSONTestHelpers.read(url: TestPaths.dataset("twitter-care-ibm/dev.json"))
        #expect(result.error == nil)
        #expect(result.rejects.isEmpty)
        #expect(result.warnings.isEmpty)
        #expect(result.records.count == 525)
        #expect(result.records.allSatisfy { !$0.turns.isEmpty })
        #expect(result.records.reduce(0) { $0 + $1.turns.count } == 686)
        #expect(result.records.reduce(0) { $0 + $1.turns.filter { $0.role == .agent }.count } == 61)
        #expect(result.records.filter { $0.turns.contains { $0.role == .agent } }.count == 43)
        let first = try #require(result.records.first)
        #expect(first.turns.first?.role == .customer)
        #expect(first.turns.first?.text.hasPrefix("@TeamYouTube Hello dear youtube officers") == true)
        #expect(first.turns.first?.timestamp == "2020-04-01T17:31:32.000Z")
        #expect(first["dialogHeader.company"] == "TeamYouTube")
        #expect(first["agentURL.doc_id"] == "1770")
        #expect(first["dialogContent"] == nil)
        #expect(first.location == RecordLocation(line: 2, index: 0, path: "$[0]"))
    }

    @Test("twitter-care-ibm test.json: 500 conversations, 639 turns of which 53 agent",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func ibmTest() throws {
        let result = JSONTestHelpers.read(url: TestPaths.dataset("twitter-care-ibm/test.json"))
        #expect(result.error == nil)
        #expect(result.records.count == 500)
        #expect(result.records.allSatisfy { !$0.turns.isEmpty })
        #expect(result.records.reduce(0) { $0 + $1.turns.count } == 639)
        #expect(result.records.reduce(0) { $0 + $1.turns.filter { $0.role == .agent }.count } == 53)
    }

    @Test("abcd-sample: 3 dialogs whose [speaker, text] pairs under original are the turns, actions left out",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func abcd() throws {
        let result = JSONTestHelpers.read(url: TestPaths.dataset("abcd-sample/abcd_sample.json"))
        #expect(result.error == nil)
        #expect(result.records.count == 3)
        #expect(result.records.map(\.turns.count) == [25, 19, 19])
        #expect(result.records.map { $0.turns.filter { $0.role == .customer }.count } == [13, 10, 8])
        let first = try #require(result.records.first)
        #expect(first.turns.first == ConversationTurn(role: .agent, text: "Hi!"))
        #expect(first["convo_id"] == "3592")
        #expect(first["scenario.personal.customer_name"] == "crystal minh")
        #expect(first["scenario.product.names"] == "michael_kors jeans")
        #expect(first["scenario.flow"] == "product_defect")
        #expect(first["original"] == nil)
        #expect(first["delexed"]?.hasPrefix(#"[{"speaker":"agent","text":"hi!","turn_count":1,"#) == true)
    }
}
