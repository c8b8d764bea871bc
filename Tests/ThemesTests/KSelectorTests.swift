import Testing
import Themes
import VerbatimCore

@Suite("KSelector")
struct KSelectorTests {
    @Test("Candidates are spaced geometrically and distinct")
    func candidates() {
        #expect(KSelector().candidates(maximum: 70) == [2, 3, 4, 5, 7, 10, 14, 19, 27, 37, 51, 70])
        var options = KSelectionOptions()
        options.minimumK = 3
        #expect(KSelector(options: options).candidates(maximum: 5) == [3, 4, 5])
        #expect(KSelectionOptions().maximumK(rowCount: 10_000) == 70)
        #expect(KSelectionOptions().maximumK(rowCount: 1_000_000) == 100)
    }

    @Test("Four planted groups give k = 4, the same for the same seed whatever the workers")
    func plantedGroups() throws {
        let words = [["refund", "invoice", "charge", "billing", "card", "amount"],
                     ["password", "login", "reset", "email", "locked", "account"],
                     ["slow", "crash", "freeze", "loading", "screen", "app"],
                     ["delivery", "courier", "parcel", "late", "tracking", "address"]]
        var generator = SeededGenerator(seed: 11)
        var texts: [String] = []
        for i in 0 ..< 400 {
            let group = words[i % 4]
            texts.append((0 ..< 3).map { _ in group[generator.int(below: 6)] }.joined(separator: " "))
        }
        let matrix = try SimpleCorpus(texts: texts, labels: []).matrix()
        var options = KSelectionOptions()
        options.maximumK = 12
        let selection = KSelector(options: options).selectK(matrix, seed: 5)
        #expect(selection.k == 4)
        #expect(selection.scores.map(\.k) == KSelector(options: options).candidates(maximum: 12))
        #expect(KSelector(options: options).selectK(matrix, seed: 5) == selection)
        options.workers = 1
        let serial = KSelector(options: options).selectK(matrix, seed: 5)
        options.workers = 3
        #expect(KSelector(options: options).selectK(matrix, seed: 5) == serial)
        #expect(serial == selection)
    }

    @Test("Invalid options are refused with a fix")
    func validation() {
        var options = KSelectionOptions()
        options.subsampleFraction = 1
        #expect(throws: ThemesError.self) { try options.validate() }
        #expect(throws: Never.self) { try KSelectionOptions().validate() }
    }
}
