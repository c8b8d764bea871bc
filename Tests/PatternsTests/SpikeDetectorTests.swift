import Patterns
import Testing

@Suite("Spikes and emerging themes") struct SpikeDetectorTests {
    let week = SpikeDetector.week

    /// `perWeek[w]` items of `theme` in week w counted back from `end` (w = 0 is the latest).
    func items(theme: Int32, perWeek: [Int], end: Int64, firstID: Int64 = 1) -> [PatternItem] {
        var out: [PatternItem] = []
        var id = firstID
        for (w, count) in perWeek.enumerated() {
            for i in 0..<count {
                out.append(PatternItem(id: id, account: 0, time: end - Int64(w) * week - Int64(i % 5) * 3600 - 60, theme: theme))
                id += 1
            }
        }
        return out
    }

    @Test("A week far above its trailing eight weeks alerts; ordinary weeks do not")
    func aJumpAboveTheBaselineSpikes() {
        let end: Int64 = 400 * 86_400
        let steady = [10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 5]
        let data = items(theme: 0, perWeek: [30] + steady, end: end) + items(theme: 1, perWeek: [11] + steady, end: end, firstID: 1000)
        let spikes = SpikeDetector().spikes(data, themeCount: 2, asOf: end)
        #expect(spikes.map(\.theme) == [0])
        #expect(spikes.first?.weeksAgo == 0 && spikes.first?.count == 30)
        #expect(spikes.first?.baseline == 10, "the median of the trailing weeks")
    }

    @Test("The second week of a spike still stands out: one unusual week does not inflate the spread")
    func secondWeekOfASpike() {
        let end: Int64 = 400 * 86_400
        let data = items(theme: 0, perWeek: [40, 42, 10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 5], end: end)
        let spikes = SpikeDetector().spikes(data, themeCount: 1, asOf: end)
        #expect(spikes.map(\.weeksAgo) == [0, 1])
        #expect((spikes.first?.z ?? 0) > 5)
    }

    @Test("Small counts never alert, however steep the rise")
    func smallCountsDoNotAlert() {
        let end: Int64 = 400 * 86_400
        let data = items(theme: 0, perWeek: [6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], end: end)
        #expect(SpikeDetector().spikes(data, themeCount: 1, asOf: end).isEmpty)
        let lower = SpikeDetector(options: PatternOptions(spikeMinCount: 5)).spikes(data, themeCount: 1, asOf: end)
        #expect(lower.count == 1 && lower[0].spread == 1)
    }

    @Test("Without eight whole trailing weeks there is no baseline and no spike")
    func shortHistoriesDoNotSpike() {
        let end: Int64 = 400 * 86_400
        let data = items(theme: 0, perWeek: [40, 1, 1, 1], end: end)
        #expect(SpikeDetector().spikes(data, themeCount: 1, asOf: end).isEmpty)
    }

    @Test("A theme with most of its items in the latest week is emerging")
    func newThemesEmerge() {
        let end: Int64 = 400 * 86_400
        let data = items(theme: 0, perWeek: [12, 2, 1], end: end) + items(theme: 1, perWeek: [12, 10, 10], end: end, firstID: 500)
        #expect(SpikeDetector().emerging(data, themeCount: 2, asOf: end) == [EmergingTheme(theme: 0, lastWeek: 12, total: 15)])
    }
}
