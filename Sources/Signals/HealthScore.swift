/// An account's health score on 0–100 and its parts (DESIGN section 7).
///
/// `score = (w_u · usage + w_s · support + w_o · outcome) / (sum of the weights of the parts
/// present)`, each part on 0–100. A missing part (no usage figures, no scored or resolved
/// feedback, no MRR figures) is left out and the others are reweighted; with no part at all
/// there is no score.
public struct HealthScore: Sendable, Equatable {
    /// Usage on 0–100: the mean over the usage figures of the account's mid-rank percentile
    /// among all accounts with that figure, `100 · (below + ½ · equal) / n`.
    public var usage: Double?
    /// Support on 0–100: the mean of satisfaction (its scored answers, each rescaled to 0–1 on
    /// its scale: NPS `s/10`, CSAT and ratings `(s−1)/4`, CES `(s−1)/6`) and first-contact
    /// resolution of its resolved tickets, each × 100, over the ones it has.
    public var support: Double?
    /// Business outcome on 0–100: 0 when churned; otherwise `75 + 125 · r` clamped to 0–100, with
    /// `r = (MRR at end − MRR at start) / MRR at start` (flat → 75, +20% → 100, −20% → 50).
    public var outcome: Double?
    /// The weighted score, nil when every part is missing.
    public var score: Double?

    /// The tier of the score, nil without a score.
    public var tier: HealthTier? { score.map(HealthTier.init(score:)) }

    /// Combines parts by `weights`.
    public init(usage: Double?, support: Double?, outcome: Double?, weights: HealthWeights = HealthWeights()) {
        self.usage = usage
        self.support = support
        self.outcome = outcome
        var sum = 0.0, weight = 0.0
        for (part, w) in [(usage, weights.usage), (support, weights.support), (outcome, weights.outcome)] {
            if let part { sum += w * part; weight += w }
        }
        score = weight > 0 ? sum / weight : nil
    }

    /// The outcome part of an account: 0 when churned, `75 + 125 · r` clamped to 0–100 when it
    /// has an MRR at start above 0; nil otherwise.
    public static func outcomePart(churned: Bool, mrrStart: Double?, mrrEnd: Double?, expansionMRR: Double?, contractionMRR: Double?) -> Double? {
        if churned { return 0 }
        guard let start = mrrStart, start > 0 else { return nil }
        let end = mrrEnd ?? (start + (expansionMRR ?? 0) - (contractionMRR ?? 0))
        return min(100, max(0, 75 + 125 * (end - start) / start))
    }
}
