import Foundation
import Testing

@Suite("The KPI and account commands")
struct SignalCommandTests {
    @Test("kpis, accounts --at-risk and themes --account read an analysed demo workspace")
    func commands() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("demo")
        let demo = try CLI.run(["demo", "--out", dir.path, "--items", "800", "--accounts", "60"])
        #expect(demo.status == 0, "\(demo.stderr)")

        let kpis = try CLI.run(["kpis", "-w", dir.path, "--format", "csv"])
        #expect(kpis.status == 0, "\(kpis.stderr)")
        let lines = kpis.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "period,segment,metric,value,numerator,denominator")
        let churn = try #require(lines.first { $0.hasPrefix("all,all,customer_churn,") }).split(separator: ",")
        let truth = try String(contentsOf: dir.appendingPathComponent("truth/kpis.csv"), encoding: .utf8)
        let truthChurn = try #require(truth.split(separator: "\n").first { $0.hasPrefix("customer_churn,") }).split(separator: ",")
        #expect(churn[4] == truthChurn[1] && churn[5] == truthChurn[2])
        let monthly = try CLI.run(["kpis", "-w", dir.path, "--period", "month", "--segment", "segment", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(monthly.stdout.utf8)) as? [[String: String]])
        #expect(Set(rows.compactMap { $0["period"] }).isSuperset(of: ["2026-04", "2026-09"]))
        #expect(Set(rows.compactMap { $0["segment"] }) == ["all", "SMB", "Mid-Market", "Enterprise"])
        let bad = try CLI.run(["kpis", "-w", dir.path, "--segment", "galaxy"])
        #expect(bad.status == 2 && bad.stderr.contains("--segment galaxy"), "a field no account has is a usage error")
        #expect(try CLI.run(["kpis", "--period", "week", "-w", dir.path]).status == 2)

        let all = try CLI.run(["accounts", "-w", dir.path, "--format", "csv"])
        let risk = try CLI.run(["accounts", "--at-risk", "-w", dir.path, "--format", "csv"])
        #expect(risk.status == 0, "\(risk.stderr)")
        let riskRows = risk.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(riskRows.allSatisfy { $0[5] == "false" && $0[11] == "Red" })
        #expect(riskRows.count < all.stdout.split(separator: "\n").count - 1)
        let scores = riskRows.compactMap { Double($0[10]) }
        #expect(scores == scores.sorted() && scores.allSatisfy { $0 < 50 })

        let accountRows = all.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let churned = try #require(accountRows.first { $0[5] == "true" })
        let look = try CLI.run(["themes", "--account", String(churned[0]), "-w", dir.path])
        #expect(look.status == 0, "\(look.stderr)")
        #expect(look.stdout.hasPrefix(String(churned[0]) + "  "))
        #expect(look.stdout.contains("churned on "))
        #expect(look.stdout.contains("health Red"))
        #expect(look.stdout.contains("churn lift"))
        #expect(look.stdout.contains("insufficient") || look.stdout.range(of: #"\d\.\d\d–\d"#, options: .regularExpression) != nil)
        let missing = try CLI.run(["themes", "--account", "NOPE", "-w", dir.path])
        #expect(missing.status == 1 && missing.stderr.contains("no account NOPE"))

        let help = try CLI.run(["kpis", "--help"])
        #expect(help.stdout.contains("net_revenue_retention") && help.stdout.contains("promoters"))
        let themesHelp = try CLI.run(["themes", "--help"])
        #expect(themesHelp.stdout.contains("insufficient"))
    }
}
