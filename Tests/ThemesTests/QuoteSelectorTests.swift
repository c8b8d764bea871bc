import Testing
import Themes

@Suite("QuoteSelector")
struct QuoteSelectorTests {
    private static let rows = ThemeFixtures.matrix([[1, 0.2, 0], [1, 0.2, 0], [1, 1, 0], [0.2, 0, 1], [0, 1, 1]])
    private static let assignments: [Int32] = [0, 0, 0, 0, 0]
    private static let similarities: [Float] = [0.9, 0.9, 0.8, 0.7, 0.6]

    @Test("Quotes are the nearest items, skipping a near-duplicate")
    func skipsDuplicate() throws {
        let quotes = try QuoteSelector().select(
            rows: Self.rows, assignments: Self.assignments, similarities: Self.similarities, themeCount: 1)
        #expect(quotes == [[0, 2, 3]])
    }

    @Test("Equal texts after normalising are duplicates")
    func equalTexts() throws {
        let texts = ["Reset fails!", "reset fails", "RESET  fails.", "cannot log in", "sso is down"]
        let quotes = try QuoteSelector(options: QuoteSelectorOptions(minimumLength: 0)).select(
            rows: Self.rows, assignments: Self.assignments, similarities: Self.similarities, themeCount: 1, texts: texts)
        #expect(quotes == [[0, 3, 4]])
    }

    @Test("Texts outside the preferred lengths are quoted only when nothing else remains")
    func preferredLengths() throws {
        let selector = try QuoteSelector()
        let quotes = selector.select(
            rows: Self.rows, assignments: Self.assignments, similarities: Self.similarities, themeCount: 1,
            textLengths: [5, 50, 50, 50, 50])
        #expect(quotes == [[1, 2, 3]])
        let short = selector.select(
            rows: Self.rows, assignments: Self.assignments, similarities: Self.similarities, themeCount: 1,
            textLengths: [5, 5, 5, 50, 5])
        #expect(short == [[3, 0, 2]])
    }

    @Test("Unthemed rows are never quoted and each theme gets its own quotes")
    func perTheme() throws {
        let quotes = try QuoteSelector(options: QuoteSelectorOptions(quotesPerTheme: 1)).select(
            rows: Self.rows, assignments: [1, -1, 0, 0, 1], similarities: Self.similarities, themeCount: 3)
        #expect(quotes == [[2], [0], []])
    }
}
