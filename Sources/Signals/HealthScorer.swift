import VerbatimCore

/// Scores every account's health from its usage figures, its support facts and its revenue.
public struct HealthScorer: Sendable {
    /// The options (weights, usage columns).
    public var options: SignalOptions

    /// A scorer.
    public init(options: SignalOptions = SignalOptions()) {
        self.options = options
    }

    /// The health of each account, by account id.
    ///
    /// The usage part ranks each account among all accounts with the same usage figure
    /// (mid-rank percentile) and averages over its figures; see ``HealthScore``.
    /// - Complexity: O(a · u · log a) for a accounts and u usage figures.
    public func score(accounts: [Account], support: [String: SupportFacts]) -> [String: HealthScore] {
        var columns = Set<String>()
        for a in accounts { columns.formUnion(a.usage.keys) }
        let used = options.usageColumns.map(Set.init) ?? columns.subtracting(SignalOptions.sizeColumns)
        var ranks: [String: [String: Double]] = [:]   // account → column → percentile
        for column in used.sorted() {
            let values = accounts.compactMap { a in a.usage[column].map { (a.id, $0) } }
            guard !values.isEmpty else { continue }
            let sorted = values.map(\.1).sorted()
            let n = Double(sorted.count)
            for (id, v) in values {
                let below = Double(lowerBound(sorted, v)), equal = Double(upperBound(sorted, v)) - below
                ranks[id, default: [:]][column] = 100 * (below + 0.5 * equal) / n
            }
        }
        var out: [String: HealthScore] = [:]
        for a in accounts {
            let r = ranks[a.id] ?? [:]
            let usage = r.isEmpty ? nil : r.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value } / Double(r.count)
            let outcome = HealthScore.outcomePart(churned: a.churned, mrrStart: a.mrrStart, mrrEnd: a.mrrEnd,
                                                  expansionMRR: a.expansionMRR, contractionMRR: a.contractionMRR)
            out[a.id] = HealthScore(usage: usage, support: support[a.id]?.part, outcome: outcome, weights: options.healthWeights)
        }
        return out
    }

    private func lowerBound(_ a: [Double], _ v: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < v { lo = m + 1 } else { hi = m } }
        return lo
    }

    private func upperBound(_ a: [Double], _ v: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] <= v { lo = m + 1 } else { hi = m } }
        return lo
    }
}
