import Testing
import VerbatimCore

@Suite("Trimming white space")
struct TrimmingTests {
    @Test("Leading and trailing white space of every kind goes, inner white space stays", arguments: [
        ("  a b  ", "a b"), ("\n\tx\r\n", "x"), ("\u{00A0}café\u{2003}", "café"), ("plain", "plain"),
        ("", ""), ("   ", ""), ("é ", "é"), (" 漢字", "漢字"),
    ])
    func trims(input: String, expected: String) {
        #expect(input.trimmedWhitespace == expected)
    }
}
