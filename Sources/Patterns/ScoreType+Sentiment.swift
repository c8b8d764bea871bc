import VerbatimCore

extension ScoreType {
    /// An item's own score placed on the sentiment scale (−1…+1), so that the two can be compared
    /// side by side; both are kept, neither replaces the other.
    ///
    /// The mapping is linear from the scale's lowest to its highest value:
    /// `2 · (score − min) / (max − min) − 1`. NPS 0–10: 0 → −1, 5 → 0, 10 → +1 (a detractor's
    /// 6 is +0.2: the mapping places the answer on the scale, it does not classify it).
    /// CSAT 1–5 and star ratings 1–5: 1 → −1, 3 → 0, 5 → +1. CES 1–7: 1 → −1, 4 → 0, 7 → +1,
    /// read as agreement with "the company made it easy for me" (CES 2.0), so higher is better.
    /// - Parameter score: the item's score on this scale.
    /// - Returns: the score on −1…+1, or nil when it lies off the scale or is not a number.
    public func sentiment(of score: Double) -> Double? {
        let range = self.range
        guard score.isFinite, range.contains(score) else { return nil }
        return 2 * (score - range.lowerBound) / (range.upperBound - range.lowerBound) - 1
    }
}
