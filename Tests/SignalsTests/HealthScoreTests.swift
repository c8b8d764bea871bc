import Signals
import Testing
import VerbatimCore

@Suite("Health scores")
struct HealthScoreTests {
    @Test("40% usage + 30% support + 30% outcome: 100, 50 and 0 give 55, Yellow")
    func weighted() {
        let h = HealthScore(usage: 100, support: 50, outcome: 0)
        #expect(abs((h.score ?? -1) - 55) < 1e-12)
        #expect(h.tier == .yellow)
        #expect(HealthScore(usage: 90, support: 80, outcome: 75).tier == .green)
    }

    @Test("A missing part is left out and the others reweighted; with no part there is no score")
    func missingParts() {
        let h = HealthScore(usage: nil, support: 50, outcome: 0)
        #expect(abs((h.score ?? -1) - 25) < 1e-12)
        #expect(h.tier == .red)
        #expect(HealthScore(usage: 80, support: nil, outcome: nil).score == 80)
        #expect(HealthScore(usage: nil, support: nil, outcome: nil).score == nil)
        #expect(HealthScore(usage: nil, support: nil, outcome: nil).tier == nil)
    }

    @Test("Outcome: churned 0, flat 75, +20% MRR 100, −20% 50, −60% 0; no MRR means no part")
    func outcome() {
        #expect(HealthScore.outcomePart(churned: true, mrrStart: 100, mrrEnd: 0, expansionMRR: nil, contractionMRR: nil) == 0)
        #expect(HealthScore.outcomePart(churned: false, mrrStart: 100, mrrEnd: 100, expansionMRR: nil, contractionMRR: nil) == 75)
        #expect(HealthScore.outcomePart(churned: false, mrrStart: 100, mrrEnd: 120, expansionMRR: nil, contractionMRR: nil) == 100)
        #expect(HealthScore.outcomePart(churned: false, mrrStart: 100, mrrEnd: 80, expansionMRR: nil, contractionMRR: nil) == 50)
        #expect(HealthScore.outcomePart(churned: false, mrrStart: 100, mrrEnd: 40, expansionMRR: nil, contractionMRR: nil) == 0)
        #expect(HealthScore.outcomePart(churned: false, mrrStart: nil, mrrEnd: nil, expansionMRR: nil, contractionMRR: nil) == nil)
    }

    @Test("Support: the mean of satisfaction and first-contact resolution, over the ones present")
    func support() {
        #expect(SupportFacts(satisfactionSum: 3, scoredAnswers: 4, resolved: 10, firstContact: 5).part == 62.5)
        #expect(SupportFacts(resolved: 4, firstContact: 4).part == 100)
        #expect(SupportFacts().part == nil)
    }

    @Test("Usage ranks accounts by mid-rank percentile; seats are size, not use, and are left out")
    func usage() {
        let accounts = [
            Account(id: "A", mrrStart: 100, mrrEnd: 100, usage: ["logins": 10, "seats": 1]),
            Account(id: "B", mrrStart: 100, mrrEnd: 100, usage: ["logins": 20, "seats": 2]),
            Account(id: "C", mrrStart: 100, mrrEnd: 0, churned: true, usage: ["logins": 30, "seats": 3]),
            Account(id: "D"),
        ]
        let h = HealthScorer().score(accounts: accounts, support: ["D": SupportFacts(resolved: 2, firstContact: 1)])
        #expect(h["A"]?.usage.map { abs($0 - 100.0 / 6) < 1e-9 } == true)
        #expect(h["B"]?.usage == 50)
        #expect(h["C"]?.usage.map { abs($0 - 500.0 / 6) < 1e-9 } == true)
        #expect(h["C"]?.outcome == 0)
        #expect(h["D"]?.usage == nil && h["D"]?.score == 50)
        let seatsOnly = HealthScorer(options: SignalOptions(usageColumns: ["seats"])).score(accounts: accounts, support: [:])
        #expect(seatsOnly["A"]?.usage.map { abs($0 - 100.0 / 6) < 1e-9 } == true)
    }
}
