import Foundation
import Testing
import Ingest
import Store
import VerbatimCore
@testable import Pipeline

@Suite("Ingesting a file again")
struct ReingestTests {
    let header = "Id,Subject,Description,Status,Priority,Ticket type,Via,Tags,Requester,Requester email,Organization,Created at,Updated at,Solved at,First reply time in minutes,Full resolution time in minutes,Reopens,Replies\n"

    func rows(changing changed: Int? = nil) -> String {
        (1...200).map { i in
            let text = i == changed ? "\"The export now fails, again\"" : "\"Export number \(i) fails,\nplease help\""
            return "\(i),Export \(i),\(text),open,normal,problem,email,export csv,Ann,ann@example.com,ACC-\(i % 7),2026-09-\(String(format: "%02d", i % 28 + 1)) 10:00:00,,,,,0,1"
        }.joined(separator: "\n") + "\n"
    }

    @Test("Re-ingesting adds zero records, and a changed row updates exactly one")
    func reingest() throws {
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent("tickets.csv")
        let store = try Store(path: dir.appendingPathComponent("v.sqlite").path)
        let ingester = Ingester(store: store)
        let options = MappingOptions(source: "tickets")
        try Data((header + rows()).utf8).write(to: url)
        let first = try ingester.ingest(url, options: options, runID: nil)
        #expect(first.preset == "zendesk")
        #expect(first.counts == IngestCounts(added: 200))
        let second = try ingester.ingest(url, options: options, runID: nil)
        #expect(second.counts == IngestCounts(unchanged: 200))
        try Data((header + rows(changing: 57)).utf8).write(to: url)
        let third = try ingester.ingest(url, options: options, runID: nil)
        #expect(third.counts == IngestCounts(updated: 1, unchanged: 199))
        #expect(try store.item(source: "tickets", externalID: "57")?["text"] == "The export now fails, again")
        #expect(try store.status().items == 200)
    }

    @Test("A bad row is kept in rejects with file, line and reason while the good rows are stored")
    func badRow() throws {
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent("t.csv")
        try Data("id,text,score\n1,fine,5\n2,\"multi\nline\",4\n3,short\n4,\"nps off scale\",12\n".utf8).write(to: url)
        let store = try Store(path: dir.appendingPathComponent("v.sqlite").path)
        let report = try Ingester(store: store).ingest(url, options: MappingOptions(source: "t", scoreType: .csat), runID: nil)
        #expect(report.counts == IngestCounts(added: 2, rejected: 2))
        let rejects = try store.rejects(file: url.path)
        #expect(rejects.map(\.line) == [5, 6])
        #expect(rejects.map(\.reason) == ["expected 3 fields, found 2", "score 12 is outside 1–5 for csat"])
    }
}
