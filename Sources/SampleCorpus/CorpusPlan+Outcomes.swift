import VerbatimCore

extension CorpusPlan {
    /// Churn rate, per mille, of accounts that mention a churn-driver theme.
    static let driverChurnPerMille = 180
    /// Churn rate, per mille, of the other accounts: a third of the drivers' rate.
    static let baseChurnPerMille = 60
    /// Expansion rate, per mille, of retained accounts that mention the expansion theme.
    static let expansionThemePerMille = 500
    /// Expansion rate, per mille, of the other retained accounts.
    static let baseExpansionPerMille = 120
    /// Contraction rate, per mille, of retained accounts that did not expand.
    static let contractionPerMille = 80

    /// Plants churn and expansion from the themes each account actually mentions.
    ///
    /// Rates are applied by stratified sampling: in each group exactly `round(rate × size)`
    /// accounts, chosen by a seeded shuffle, get the outcome, so the planted ratios hold in
    /// every corpus and not only on average.
    mutating func assignOutcomes(themes: [ThemeSpec], using rng: inout SeededGenerator) {
        var driverMask: UInt32 = 0
        var expansionMask: UInt32 = 0
        for (index, theme) in themes.enumerated() {
            if theme.effect == .churn { driverMask |= 1 << UInt32(index) }
            if theme.effect == .expansion { expansionMask |= 1 << UInt32(index) }
        }
        let all = Array(accounts.indices)
        let drivers = all.filter { accounts[$0].mentionMask & driverMask != 0 }
        let others = all.filter { accounts[$0].mentionMask & driverMask == 0 }
        for index in Self.stratified(drivers, perMille: Self.driverChurnPerMille, using: &rng) {
            accounts[index].churned = true
        }
        for index in Self.stratified(others, perMille: Self.baseChurnPerMille, using: &rng) {
            accounts[index].churned = true
        }
        let retained = all.filter { !accounts[$0].churned }
        let growing = retained.filter { accounts[$0].mentionMask & expansionMask != 0 }
        let steady = retained.filter { accounts[$0].mentionMask & expansionMask == 0 }
        for index in Self.stratified(growing, perMille: Self.expansionThemePerMille, using: &rng) {
            accounts[index].expanded = true
        }
        for index in Self.stratified(steady, perMille: Self.baseExpansionPerMille, using: &rng) {
            accounts[index].expanded = true
        }
        for index in retained where !accounts[index].expanded && rng.int(below: 1000) < Self.contractionPerMille {
            accounts[index].contracted = true
        }
    }

    /// The first `round(perMille × count / 1000)` of `indices` after a seeded Fisher–Yates shuffle.
    static func stratified(_ indices: [Int], perMille: Int, using rng: inout SeededGenerator) -> ArraySlice<Int> {
        var shuffled = indices
        var i = shuffled.count - 1
        while i > 0 {
            shuffled.swapAt(i, rng.int(below: i + 1))
            i -= 1
        }
        return shuffled.prefix((shuffled.count * perMille + 500) / 1000)
    }
}
