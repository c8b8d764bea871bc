/// Finds spikes and emerging themes from weekly volumes, as Thematic and Chattermill alert.
///
/// Weeks are counted back from the as-of time (the latest item, unless the caller names
/// another): week 0 is `(asOf - 7 days, asOf]`, week 1 the seven days before, and so on, so
/// the latest week is always whole however the data ends. A week is compared with its trailing
/// `spikeWeeks` weeks, which must all lie after the first item (a partly covered week would
/// understate the baseline), by a robust z-score:
///
///     z = (count - median) / max(1.4826 · MAD, √median, 1)
///
/// where `median` is the median weekly count of the trailing weeks and MAD their median absolute
/// deviation from it; 1.4826 · MAD estimates the standard deviation of normal data (Rousseeuw &
/// Croux 1993), and unlike the sample standard deviation it is not inflated by one unusual week
/// in the history: with a mean and standard deviation, the second week of a spike is measured
/// against a baseline that already holds the first and hardly stands out (Iglewicz & Hoaglin
/// 1993 on robust z-scores). The floor `√median` is the Poisson spread of a count with that
/// mean, so a theme whose history happens to be flat does not spike on a handful of extra items;
/// the floor 1 guards an empty history. A week spikes when `z >= spikeZ` and
/// `count >= spikeMinCount`.
///
/// An emerging theme has at least `emergingMinItems` items in the latest week and at least half
/// of all its items there: a topic that was not being raised before.
public struct SpikeDetector: Sendable {
    /// The thresholds.
    public var options: PatternOptions

    /// A detector with `options`.
    public init(options: PatternOptions = PatternOptions()) {
        self.options = options
    }

    /// Seven days in seconds.
    public static let week: Int64 = 7 * 86_400

    /// Every spike in the history of every theme, latest weeks first, then by theme.
    /// - Parameters:
    ///   - items: the items; unthemed ones are ignored.
    ///   - themeCount: the number of themes (indices are `0..<themeCount`).
    ///   - asOf: the end of the latest week; nil takes the latest item's time.
    /// - Complexity: O(n + themes × weeks × spikeWeeks).
    public func spikes(_ items: [PatternItem], themeCount: Int, asOf: Int64? = nil) -> [Spike] {
        guard let (counts, weeks, end) = Self.weeklyCounts(items, themeCount: themeCount, asOf: asOf) else { return [] }
        let trailing = options.spikeWeeks
        var found: [Spike] = []
        // Week w needs weeks w+1 ... w+trailing whole; week `weeks - 1` may be partial.
        guard weeks - 1 > trailing else { return [] }
        for w in 0..<(weeks - 1 - trailing) {
            for theme in 0..<themeCount {
                let row = counts[theme]
                let count = row[w]
                guard count >= options.spikeMinCount else { continue }
                let history = row[(w + 1)...(w + trailing)].map(Double.init)
                let median = Self.median(history)
                let mad = Self.median(history.map { abs($0 - median) })
                let spread = max(1.4826 * mad, median.squareRoot(), 1)
                let z = (Double(count) - median) / spread
                if z >= options.spikeZ {
                    found.append(Spike(theme: Int32(theme), weekEnd: end - Int64(w) * Self.week, weeksAgo: w, count: count,
                                       baseline: median, spread: spread, z: z))
                }
            }
        }
        return found
    }

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The themes emerging in the latest week, by theme index.
    public func emerging(_ items: [PatternItem], themeCount: Int, asOf: Int64? = nil) -> [EmergingTheme] {
        guard let (counts, _, _) = Self.weeklyCounts(items, themeCount: themeCount, asOf: asOf) else { return [] }
        var totals = [Int](repeating: 0, count: themeCount)
        for item in items where item.theme >= 0 && Int(item.theme) < themeCount { totals[Int(item.theme)] += 1 }
        var found: [EmergingTheme] = []
        for theme in 0..<themeCount {
            let last = counts[theme][0]
            if last >= options.emergingMinItems && 2 * last >= totals[theme] {
                found.append(EmergingTheme(theme: Int32(theme), lastWeek: last, total: totals[theme]))
            }
        }
        return found
    }

    /// Counts per theme per week back from the as-of time (`counts[theme][w]`, week 0 the latest,
    /// see the type's notes; the oldest week may be partly covered), the number of weeks, and the
    /// as-of time; nil without themes or items.
    /// - Complexity: O(n + themes × weeks).
    public static func weeklyCounts(_ items: [PatternItem], themeCount: Int, asOf: Int64?) -> ([[Int]], Int, Int64)? {
        guard themeCount > 0, let latest = items.lazy.map(\.time).max(), let earliest = items.lazy.map(\.time).min() else { return nil }
        let end = asOf ?? latest
        let weeks = Int((end - earliest) / Self.week) + 1
        var counts = [[Int]](repeating: [Int](repeating: 0, count: weeks), count: themeCount)
        for item in items where item.theme >= 0 && Int(item.theme) < themeCount && item.time <= end && item.time >= earliest {
            // Week 0 is (end - week, end]; an item exactly at `end` is in week 0.
            let w = Int((end - item.time) / Self.week)
            if w < weeks { counts[Int(item.theme)][w] += 1 }
        }
        return (counts, weeks, end)
    }
}
