import Foundation
import Testing
import Themes

@Suite("ThemeLabeler")
struct ThemeLabelerTests {
    /// Theme 0 is about password resets and logins, theme 1 about crashes, the app and bills.
    private static let keys = ["password", "password reset", "reset", "login", "crash", "app", "bill"]
    private static let displays = ["password", "password reset", "reset", "login", "crash", "app", "billing"]
    private static let rows = ThemeFixtures.matrix([
        [1, 1, 1, 0, 0, 0, 0],
        [1, 1, 1, 0, 0, 0, 0],
        [1, 0, 0, 1, 0, 0, 0],
        [1, 0, 0, 1, 0, 0, 0],
        [0, 0, 0, 0, 1, 1, 0],
        [0, 0, 0, 0, 1, 0, 1],
        [0, 0, 0, 0, 1, 1, 0],
    ])
    private static let assignments: [Int32] = [0, 0, 0, 0, 1, 1, 1]

    private func labels(_ options: ThemeLabelerOptions = ThemeLabelerOptions()) throws -> [ThemeLabel] {
        try ThemeLabeler(options: options).label(
            rows: Self.rows, assignments: Self.assignments, themeCount: 2, terms: Self.keys, displayTerms: Self.displays)
    }

    @Test("A term frequent in one theme outweighs a term frequent everywhere")
    func distinctiveBeatsCommon() throws {
        let rows = ThemeFixtures.matrix([[1, 1, 0], [1, 1, 0], [1, 1, 0], [1, 0, 1], [1, 0, 1], [1, 0, 1]])
        let labels = try ThemeLabeler().label(
            rows: rows, assignments: [0, 0, 0, 1, 1, 1], themeCount: 2,
            terms: ["app", "invoice", "crash"], displayTerms: ["app", "invoice", "crash"])
        #expect(labels[0].terms == ["invoice", "app"])
        #expect(labels[1].terms == ["crash", "app"])
        // tf 3 of 6 in the theme; A = 6 terms per theme; f(invoice) = 3, f(app) = 6.
        #expect(abs(labels[0].weights[0] - 0.5 * log(3)) < 1e-12)
        #expect(abs(labels[0].weights[1] - 0.5 * log(2)) < 1e-12)
        #expect(labels[0].label == "invoice · app")
    }

    @Test("Phrases come first and a word inside a chosen phrase is not repeated")
    func phrasesFirst() throws {
        let labels = try labels()
        #expect(labels[0].terms == ["password", "login", "password reset", "reset"])
        #expect(labels[0].label == "password reset · login")
        #expect(labels[0].labelTerms == ["password reset", "login"])
    }

    @Test("Labels show display forms, up to the weight ratio")
    func displayForms() throws {
        let labels = try labels()
        #expect(labels[1].label == "crash · app · billing")
        #expect(labels[1].displayTerms == ["crash", "app", "billing"])
        #expect(labels[1].terms == ["crash", "app", "bill"])
    }

    @Test("Blocked terms never appear, in labels or top terms")
    func blockedTerms() throws {
        let labels = try labels(ThemeLabelerOptions(blockedTerms: ["crash", "password reset"]))
        #expect(labels[1].label == "app · billing")
        #expect(!labels[1].terms.contains("crash"))
        #expect(!labels[0].terms.contains("password reset"))
        #expect(labels[0].label == "password · login · reset")
    }

    @Test("Top terms stop at the configured count, and a theme without items gets an empty label")
    func topTermsAndEmptyThemes() throws {
        let labels = try ThemeLabeler(options: ThemeLabelerOptions(topTermCount: 2, maximumLabelTerms: 2)).label(
            rows: Self.rows, assignments: Self.assignments, themeCount: 3, terms: Self.keys, displayTerms: Self.displays)
        #expect(labels[0].terms.count == 2)
        #expect(labels[2] == ThemeLabel(label: "", labelTerms: [], terms: [], displayTerms: [], weights: []))
    }

    @Test("A longer phrase that contains a chosen phrase is skipped")
    func nestedPhrases() throws {
        let composed = ThemeLabeler.composeLabel(
            keys: ["password reset", "password reset link", "sso login"],
            displays: ["password reset", "password reset link", "sso login"],
            weights: [3, 2, 2], options: ThemeLabelerOptions())
        #expect(composed.label == "password reset · sso login")
    }

    @Test("A label longer than the top terms is rejected")
    func validatesOptions() {
        #expect(throws: ThemesError.self) {
            try ThemeLabeler(options: ThemeLabelerOptions(topTermCount: 3, maximumLabelTerms: 4))
        }
    }
}
