import Testing
import Themes

@Suite("ThemeMatcher")
struct ThemeMatcherTests {
    private static let login = ThemeSignature(weights: ["login": 1, "sso": 0.5])
    private static let billing = ThemeSignature(weights: ["invoice": 1, "refund": 0.5])
    private static let crash = ThemeSignature(weights: ["crash": 1, "freeze": 0.5])

    private func match(
        _ previous: [(id: String, signature: ThemeSignature, size: Int)],
        _ current: [(signature: ThemeSignature, size: Int)]
    ) throws -> ThemeMatch {
        try ThemeMatcher().match(previous: previous, current: current)
    }

    @Test("Identical themes keep their ids, whatever their order, with no events")
    func identicalKeepIDs() throws {
        let result = try match([("T1", Self.login, 10), ("T2", Self.billing, 8)], [(Self.billing, 8), (Self.login, 10)])
        #expect(result.ids == ["T2", "T1"])
        #expect(result.events.isEmpty)
        let again = try match([("T1", Self.login, 10), ("T2", Self.billing, 8)], [(Self.billing, 8), (Self.login, 10)])
        #expect(again == result)
    }

    @Test("A theme with no predecessor gets no id and a new event")
    func newTheme() throws {
        let result = try match([("T1", Self.login, 10)], [(Self.login, 10), (Self.crash, 4)])
        #expect(result.ids == ["T1", nil])
        #expect(result.events == [LineageEvent(kind: .new, themeIndex: 1, themeID: nil, relatedIDs: [], similarity: 0)])
    }

    @Test("A previous theme that nothing resembles is retired")
    func retiredTheme() throws {
        let result = try match([("T1", Self.login, 10), ("T2", Self.crash, 3)], [(Self.login, 10)])
        #expect(result.ids == ["T1"])
        #expect(result.events == [LineageEvent(kind: .retired, themeIndex: nil, themeID: "T2", relatedIDs: [], similarity: 0)])
    }

    @Test("Two previous themes close to one new theme merge into it")
    func merged() throws {
        let both = ThemeSignature(weights: ["login": 1, "invoice": 1])
        let a = ThemeSignature(weights: ["login": 1]), b = ThemeSignature(weights: ["invoice": 1])
        let result = try match([("B", b, 10), ("A", a, 10)], [(both, 20)])
        #expect(result.ids == ["A"])
        let s = Float(0.5).squareRoot()
        #expect(result.events.map(\.kind) == [.merged, .grown])
        #expect(result.events[0].themeID == "A" && result.events[0].relatedIDs == ["B"])
        #expect(abs(result.events[0].similarity - s) < 1e-6)
        #expect(result.events[1] .themeIndex == 0)
    }

    @Test("One previous theme close to two new themes splits: the nearer keeps the id")
    func split() throws {
        let both = ThemeSignature(weights: ["login": 1, "invoice": 1])
        let login = ThemeSignature(weights: ["login": 1, "invoice": 0.2]), invoice = ThemeSignature(weights: ["invoice": 1])
        let result = try match([("A", both, 20)], [(invoice, 8), (login, 12)])
        #expect(result.ids == [nil, "A"])
        #expect(result.events.map(\.kind) == [.split, .shrunk])
        #expect(result.events[0] == LineageEvent(kind: .split, themeIndex: 0, themeID: nil, relatedIDs: ["A"],
                                                 similarity: result.events[0].similarity))
        #expect(result.events[1].themeID == "A" && result.events[1].themeIndex == 1)
    }

    @Test("A match threshold of 0 is rejected")
    func validatesOptions() {
        #expect(throws: ThemesError.self) { try ThemeMatcher(options: ThemeMatcherOptions(matchThreshold: 0)) }
    }
}
