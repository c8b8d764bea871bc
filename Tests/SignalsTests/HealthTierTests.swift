import Signals
import Testing

@Suite struct HealthTierTests {
    @Test(arguments: [(100.0, HealthTier.green), (80, .green), (79.99, .yellow), (50, .yellow), (49.9, .red), (0, .red)])
    func tiersFollowTheDocumentedBands(score: Double, tier: HealthTier) {
        #expect(HealthTier(score: score) == tier)
    }

    @Test func namesAreCapitalised() {
        #expect(HealthTier.green.name == "Green" && HealthTier.red < HealthTier.yellow)
    }
}
