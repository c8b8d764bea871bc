import Foundation
import Testing
import Ingest
import Store
import VerbatimCore
@testable import Pipeline

@Suite("Importing accounts")
struct AccountImportTests {
    @Test("A plain accounts file maps its columns by common names")
    func plain() throws {
        let dir = try TestPaths.temporaryDirectory()
        let url = dir.appendingPathComponent("accounts.csv")
        try Data("""
            account_id,name,segment,mrr_start,mrr_end,churned,churn_date,contraction_mrr,expansion_mrr,renewal_date,seats,region
            ACC-1,Acme,SMB,100,0,true,2026-08-01,0,0,2026-12-01,5,EU
            ACC-2,Globex,Enterprise,"5,000",5500,false,,0,500,2027-01-15,120,US
            ,Nameless,SMB,1,1,false,,,,,,
            ACC-3,Bad,SMB,lots,1,false,,,,,,

            """.utf8).write(to: url)
        let result = try AccountImporter().read([url])
        #expect(result.accounts.map(\.id) == ["ACC-1", "ACC-2"])
        let acme = result.accounts[0]
        #expect(acme.churned && acme.churnDate.map(UTCDate.day) == "2026-08-01")
        #expect(acme.usage == ["seats": 5])
        #expect(acme.extra == ["region": "EU"])
        #expect(result.accounts[1].mrrStart == 5000)
        #expect(result.accounts[1].expansionMRR == 500)
        #expect(result.rejects[url.path]?.map(\.reason) == ["no account id", "mrr_start 'lots' is not a number"])
        #expect(result.rejects[url.path]?.map(\.location.line) == [4, 5])
    }

    @Test("ravenstack-saas loads: 500 accounts, the accounts table's 110 churn flags win, events date 66 of them",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func ravenstack() throws {
        let files = ["ravenstack_accounts.csv", "ravenstack_subscriptions.csv", "ravenstack_churn_events.csv"]
            .map { TestPaths.dataset("ravenstack-saas/\($0)") }
        let store = try Store(path: try TestPaths.temporaryDirectory().appendingPathComponent("v.sqlite").path)
        let (counts, result) = try AccountImporter().importAccounts(files, into: store, runID: nil)
        #expect(counts == IngestCounts(added: 500))
        #expect(result.roles.values.sorted() == ["accounts", "churn events", "subscriptions"])
        #expect(result.accounts.filter(\.churned).count == 110)
        #expect(result.accounts.filter { $0.churnDate != nil }.count == 66)
        let first = try #require(result.accounts.first { $0.id == "A-2e4581" })
        #expect(first.name == "Company_0")
        #expect(first.segment == "Basic")
        #expect(first.mrrStart == 441)
        #expect(first.mrrEnd == 12_603)
        #expect(first.expansionMRR == 0)
        #expect(first.usage["seats"] == 9)
        #expect(first.usage["subscriptions"] == 10)
        #expect(try store.status().churnedAccounts == 110)
        let again = try AccountImporter().importAccounts(files, into: store, runID: nil).counts
        #expect(again == IngestCounts(unchanged: 500))
    }
}
