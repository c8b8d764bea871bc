/// The options of ``KSelector``: which k to try and how much work to spend on each.
public struct KSelectionOptions: Sendable, Equatable {
    /// The smallest k tried. Default 2.
    public var minimumK: Int = 2
    /// The largest k tried, or `nil` for `min(100, ⌊√(n/2)⌋)` (the rule of thumb of Mardia, Kent
    /// and Bibby, "Multivariate Analysis", 1979, capped at a number of themes a person can read).
    public var maximumK: Int? = nil
    /// How many candidates to try, spaced geometrically from `minimumK` to the maximum. Default 12.
    public var candidateCount: Int = 12
    /// Corpora with more non-empty rows than this are judged on a uniform sample of this many.
    /// Default 20,000.
    public var sampleSize: Int = 20_000
    /// The share of the (sampled) rows each of a pair of subsample clusterings sees. Default 0.7.
    public var subsampleFraction: Double = 0.7
    /// How many pairs of subsample clusterings each candidate gets. Default 3.
    public var repetitions: Int = 3
    /// How many more k's, between the neighbours of the coarse grid's choice, are scored before
    /// choosing again (0 keeps the coarse grid). Default 6.
    public var refinementCount: Int = 6
    /// Threads to use, or `nil` for one per active processor (results do not depend on it).
    public var workers: Int? = nil

    /// The defaults above.
    public init() {}

    /// The largest k tried for `rowCount` non-empty rows.
    /// - Complexity: O(1).
    public func maximumK(rowCount: Int) -> Int {
        let ruleOfThumb = Int((Double(rowCount) / 2).squareRoot())
        return max(minimumK, min(rowCount, maximumK ?? min(100, ruleOfThumb)))
    }

    /// Checks every option once, at the edge.
    /// - Throws: ``ThemesError/invalidOption(option:value:fix:)`` naming the option, value and fix.
    /// - Complexity: O(1).
    public func validate() throws {
        if minimumK < 2 {
            throw ThemesError.invalidOption(option: "minimum k", value: "\(minimumK)", fix: "use 2 or more")
        }
        if let maximumK, maximumK < minimumK {
            throw ThemesError.invalidOption(
                option: "maximum k", value: "\(maximumK)", fix: "use at least the minimum k (\(minimumK)), or leave it unset")
        }
        if candidateCount < 1 {
            throw ThemesError.invalidOption(option: "candidate count", value: "\(candidateCount)", fix: "use 1 or more (12 is the default)")
        }
        if sampleSize < 2 * minimumK {
            throw ThemesError.invalidOption(
                option: "sample size", value: "\(sampleSize)", fix: "use at least \(2 * minimumK) rows (20000 is the default)")
        }
        if !(subsampleFraction > 0 && subsampleFraction < 1) {
            throw ThemesError.invalidOption(
                option: "subsample fraction", value: "\(subsampleFraction)", fix: "use a share above 0 and below 1 (0.7 is the default)")
        }
        if refinementCount < 0 {
            throw ThemesError.invalidOption(option: "refinement count", value: "\(refinementCount)", fix: "use 0 or more (6 is the default)")
        }
        if repetitions < 1 {
            throw ThemesError.invalidOption(option: "repetitions", value: "\(repetitions)", fix: "use 1 or more (3 is the default)")
        }
        if let workers, workers < 1 {
            throw ThemesError.invalidOption(option: "workers", value: "\(workers)", fix: "use 1 or more, or leave it unset")
        }
    }
}
