import Foundation
import Testing
@testable import SampleCorpus

/// The planted effects, measured from the written files of a 20,000-item, 1,000-account corpus.
@Suite("Planted effects")
struct PlantedEffectsTests {
    static let corpus: CorpusReader = {
        let (dir, _) = try! writeCorpus(items: 20_000, accounts: 1000)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try! CorpusReader(directory: dir)
    }()

    static func slugs(_ effect: ThemeEffect) -> Set<String> {
        Set(ThemeCatalog.all.filter { $0.effect == effect }.map(\.slug))
    }

    static func mentions(of themes: Set<String>) -> Set<String> {
        Set(corpus.items.filter { themes.contains($0.theme) }.map(\.account))
    }

    @Test("Accounts mentioning a churn driver churn 2.3 to 4 times as often as the others")
    func churnLift() {
        let mentioning = Self.mentions(of: Self.slugs(.churn))
        let churned = Set(Self.corpus.accounts.filter { $0[5] == "true" }.map { $0[0] })
        let all = Set(Self.corpus.accounts.map { $0[0] })
        let others = all.subtracting(mentioning)
        let rateIn = Double(churned.intersection(mentioning).count) / Double(mentioning.count)
        let rateOut = Double(churned.intersection(others).count) / Double(others.count)
        #expect(mentioning.count > 100 && others.count > 100)
        #expect(rateIn / rateOut >= 2.3 && rateIn / rateOut <= 4, "lift \(rateIn / rateOut)")
        let overall = Double(churned.count) / Double(all.count)
        #expect(overall > 0.07 && overall < 0.14, "overall churn \(overall)")
        // Churned accounts end at 0 MRR with a churn date; the others have neither.
        #expect(Self.corpus.accounts.allSatisfy { ($0[5] == "true") == ($0[4] == "0.00" && !$0[6].isEmpty) })
    }

    @Test("Accounts mentioning the expansion theme expand at least twice as often")
    func expansion() {
        let mentioning = Self.mentions(of: Self.slugs(.expansion))
        let retained = Self.corpus.accounts.filter { $0[5] == "false" }
        let expandedIn = retained.filter { mentioning.contains($0[0]) }
        let expandedOut = retained.filter { !mentioning.contains($0[0]) }
        let rate = { (rows: [[String]]) in Double(rows.filter { $0[8] != "0.00" }.count) / Double(rows.count) }
        #expect(rate(expandedIn) >= 2 * rate(expandedOut), "\(rate(expandedIn)) vs \(rate(expandedOut))")
        // MRR arithmetic is consistent: end = start + expansion - contraction.
        for row in Self.corpus.accounts where row[5] == "false" {
            let cents = { (s: String) in Int(s.replacingOccurrences(of: ".", with: ""))! }
            #expect(cents(row[4]) == cents(row[3]) + cents(row[8]) - cents(row[7]))
        }
    }

    @Test("NPS on low-NPS themes is at least 2 points below the other answers")
    func npsGap() {
        let low = Self.slugs(.lowNPS)
        let nps = Self.corpus.items.filter { $0.scoreType == "nps" }
        let lowScores = nps.filter { low.contains($0.theme) }.compactMap(\.score)
        let otherScores = nps.filter { !low.contains($0.theme) }.compactMap(\.score)
        let mean = { (s: [Int]) in Double(s.reduce(0, +)) / Double(s.count) }
        #expect(lowScores.count > 100)
        #expect(mean(otherScores) - mean(lowScores) >= 2, "\(mean(lowScores)) vs \(mean(otherScores))")
    }

    @Test("The spike theme's weekly volume in the last two weeks is at least 3x its earlier mean")
    func spike() {
        let spike = Self.slugs(.spike)
        let lastTwoWeeks = CorpusCalendar.windowStart + 168 * 86_400
        let items = Self.corpus.items.filter { spike.contains($0.theme) }
        let late = items.filter { $0.epoch >= lastTwoWeeks }.count
        let early = items.count - late
        #expect(Double(late) / 2 >= 3 * Double(early) / 24, "late \(late), early \(early)")
        // No other theme spikes.
        for theme in Set(ThemeCatalog.all.map(\.slug)).subtracting(spike) {
            let its = Self.corpus.items.filter { $0.theme == theme }
            let lateOther = its.filter { $0.epoch >= lastTwoWeeks }.count
            #expect(Double(lateOther) / 2 < 2 * Double(its.count - lateOther) / 24, "\(theme)")
        }
        #expect(Self.corpus.items.allSatisfy {
            $0.epoch >= CorpusCalendar.windowStart && $0.epoch <= CorpusCalendar.windowEnd })
    }
}
