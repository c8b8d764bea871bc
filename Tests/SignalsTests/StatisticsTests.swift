import Signals
import Testing

@Suite("Fisher's exact test and risk-ratio intervals")
struct StatisticsTests {
    @Test("Fisher's tea-tasting table [[3, 1], [1, 3]] gives p = 0.4857 two-sided")
    func teaTasting() {
        #expect(abs(FisherExact.twoSided(a: 3, b: 1, c: 1, d: 3) - 0.485_714_285_7) < 1e-9)
    }

    @Test("[[1, 9], [11, 3]] gives p = 0.002759 (hand-checked with exact binomials)")
    func strongAssociation() {
        #expect(abs(FisherExact.twoSided(a: 1, b: 9, c: 11, d: 3) - 0.002_759_456) < 1e-8)
        #expect(abs(FisherExact.twoSided(a: 10, b: 40, c: 5, d: 45) - 0.262_339_457) < 1e-8)
    }

    @Test("A table without association has p = 1; the test is symmetric in rows")
    func noAssociation() {
        #expect(abs(FisherExact.twoSided(a: 5, b: 5, c: 5, d: 5) - 1) < 1e-9)
        #expect(abs(FisherExact.twoSided(a: 1, b: 9, c: 11, d: 3) - FisherExact.twoSided(a: 11, b: 3, c: 1, d: 9)) < 1e-12)
    }

    @Test("Katz interval of 10/50 against 5/50: RR 2, 95% CI 0.7362 to 5.4332")
    func katz() throws {
        let rr = try #require(RiskRatio(a: 10, b: 40, c: 5, d: 45))
        #expect(abs(rr.ratio - 2) < 1e-12)
        #expect(abs(rr.low - 0.736_208_2) < 1e-6)
        #expect(abs(rr.high - 5.433_245_4) < 1e-6)
        #expect(!rr.corrected)
    }

    @Test("A zero cell adds 0.5 to every cell (Haldane–Anscombe): 0/10 against 5/10 gives 0.5/11 over 5.5/11")
    func zeroCell() throws {
        let rr = try #require(RiskRatio(a: 0, b: 10, c: 5, d: 5))
        #expect(rr.corrected)
        #expect(abs(rr.ratio - 0.5 / 5.5) < 1e-12)
        #expect(rr.low > 0 && rr.high.isFinite && rr.low < rr.ratio && rr.ratio < rr.high)
        #expect(RiskRatio(a: 0, b: 0, c: 1, d: 1) == nil)
    }
}
