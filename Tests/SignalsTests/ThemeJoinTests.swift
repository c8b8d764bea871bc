import Foundation
import Signals
import Testing
import VerbatimCore

@Suite("The theme × account join")
struct ThemeJoinTests {
    static let end = CivilDate.days(year: 2026, month: 9, day: 30)

    static func date(_ day: Int) -> Date { Date(timeIntervalSince1970: Double(day) * 86_400 + 3600) }

    /// 20 accounts: A0–A9 mention T1 (4 of them churn), B0–B9 do not (1 churns).
    static func accounts() -> [Account] {
        (0 ..< 10).map { i in
            Account(id: "A\(i)", mrrStart: 100, mrrEnd: i < 4 ? 0 : 100, churned: i < 4, churnDate: i < 4 ? date(end - 10) : nil)
        } + (0 ..< 10).map { i in
            Account(id: "B\(i)", mrrStart: 200, mrrEnd: i == 0 ? 0 : (i < 4 ? 300 : 200), churned: i == 0,
                    churnDate: i == 0 ? date(end - 10) : nil, expansionMRR: i > 0 && i < 4 ? 100 : 0)
        }
    }

    @Test("Churn rate, baseline, lift, its interval and Fisher's p come from the 2 × 2 table")
    func table() throws {
        let mentions = (0 ..< 10).map { ThemeMention(accountID: "A\($0)", themeID: "T1", day: Self.end - 20, count: 2) }
        let s = try #require(ThemeJoin().signals(themes: ["T1"], accounts: Self.accounts(), mentions: mentions,
                                                 feedback: [:], overall: ThemeFeedback(), periodEndDay: Self.end).first)
        #expect(s.accountsMentioning == 10 && s.churnedAccounts == 4)
        #expect(s.churnRate == 0.4 && s.baselineChurnRate == 0.1)
        #expect(abs((s.churnLift ?? 0) - 4) < 1e-12)
        let rr = try #require(RiskRatio(a: 4, b: 6, c: 1, d: 9))
        #expect(s.liftLow == rr.low && s.liftHigh == rr.high)
        #expect(s.pValue == FisherExact.twoSided(a: 4, b: 6, c: 1, d: 9))
        #expect(s.churnedMRR == 400)
        #expect(s.expansionAccounts == 0 && s.baselineExpansionRate == 3.0 / 9)
        #expect(s.accountsSufficient)
    }

    @Test("Mentions after the churn date, or older than the window, do not count")
    func window() throws {
        let join = ThemeJoin(options: SignalOptions(windowDays: 90))
        let churnDay = Self.end - 10
        let mentions = [
            ThemeMention(accountID: "A0", themeID: "T1", day: churnDay + 1, count: 1),   // after churn
            ThemeMention(accountID: "A1", themeID: "T1", day: churnDay - 90, count: 1),  // 90 days before: outside
            ThemeMention(accountID: "A2", themeID: "T1", day: churnDay - 89, count: 1),  // inside
            ThemeMention(accountID: "A3", themeID: "T1", day: churnDay, count: 1),       // the churn day itself
            ThemeMention(accountID: "B5", themeID: "T1", day: Self.end, count: 1),       // active: up to the period end
            ThemeMention(accountID: "B6", themeID: "T1", day: Self.end + 1, count: 1),   // after the period end
        ]
        let s = try #require(join.signals(themes: ["T1"], accounts: Self.accounts(), mentions: mentions, feedback: [:],
                                          overall: ThemeFeedback(), periodEndDay: Self.end).first)
        #expect(s.accountsMentioning == 3)
        #expect(s.churnedAccounts == 2)
        #expect(!s.accountsSufficient, "3 accounts is below the default minimum support of 5")
        #expect(join.cutoffDay(for: Self.accounts()[0], periodEndDay: Self.end) == churnDay)
    }

    @Test("NPS impact is overall NPS minus NPS without the theme's answers")
    func npsImpact() throws {
        var theme = ThemeFeedback()
        theme.promoters = 0; theme.detractors = 8; theme.npsResponses = 10
        var overall = ThemeFeedback()
        overall.promoters = 50; overall.detractors = 28; overall.npsResponses = 100
        let s = try #require(ThemeJoin().signals(themes: ["T1"], accounts: [], mentions: [], feedback: ["T1": theme],
                                                 overall: overall, periodEndDay: Self.end).first)
        #expect(s.npsMentioning == -80)
        // Overall 22; without the theme (50 − 20) / 90 = 33.33; impact −11.33.
        #expect(abs((s.npsImpact ?? 0) - (22 - 3000.0 / 90)) < 1e-9)
        #expect(s.npsResponses == 10 && s.sufficient(s.npsResponses))
    }

    @Test("Expansion: retained mentioning accounts whose MRR grew, against the other retained accounts")
    func expansion() throws {
        let mentions = ["B1", "B2", "B3", "B4", "B5"].map { ThemeMention(accountID: $0, themeID: "T2", day: Self.end - 1, count: 1) }
        let s = try #require(ThemeJoin().signals(themes: ["T2"], accounts: Self.accounts(), mentions: mentions, feedback: [:],
                                                 overall: ThemeFeedback(), periodEndDay: Self.end).first)
        #expect(s.expansionAccounts == 3 && s.expansionMRR == 300 && s.retainedMentioning == 5)
        #expect(s.expansionRate == 0.6 && s.baselineExpansionRate == 0)
        #expect(s.expansionLift.map { $0 > 1 } == true)
    }

    @Test("An account's outcome follows its flag, then expansion against contraction, then MRR end against start")
    func outcomes() {
        #expect(AccountOutcome(Account(id: "a", churned: true, expansionMRR: 50)) == .churned)
        #expect(AccountOutcome(Account(id: "a", contractionMRR: 5, expansionMRR: 50)) == .expanded)
        #expect(AccountOutcome(Account(id: "a", mrrStart: 100, mrrEnd: 90)) == .contracted)
        #expect(AccountOutcome(Account(id: "a")) == .steady)
    }
}
