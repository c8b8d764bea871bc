/// How `SentimentScorer` weighs what it finds. Every option has a documented default; check
/// them once with `validate()`.
public struct SentimentOptions: Sendable, Equatable {
    /// How many words before a sentiment word a negator or booster reaches, within its clause.
    /// Default 3 (VADER's); allowed 1–6.
    public var negationScope = 3
    /// α of the normalisation `x / √(x² + α)` that maps a text's summed valence to −1…+1.
    /// Default 15 (VADER's): a sum of ±2 gives ±0.46, ±4 gives ±0.72. Allowed above 0.
    public var normalizationAlpha = 15.0

    /// The defaults listed above.
    public init() {}

    /// Checks the options.
    /// - Throws: `PatternsError.badOption` naming the option, its value and a fix.
    public func validate() throws {
        guard (1 ... 6).contains(negationScope) else {
            throw PatternsError.badOption(option: "negationScope", value: String(negationScope),
                                          reason: "use 1 to 6 words; the default is 3")
        }
        guard normalizationAlpha > 0, normalizationAlpha.isFinite else {
            throw PatternsError.badOption(option: "normalizationAlpha", value: String(normalizationAlpha),
                                          reason: "use a number above 0; the default is 15")
        }
    }
}
