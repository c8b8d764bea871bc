@testable import FuzzTargets
import PropertyBased
import Testing
@testable import TextAnalysis

/// Invariants of normalising and tokenising that hold for any text.
@Suite("Tokenizer invariants")
struct TokenizerPropertyTests {
    /// Words, punctuation, apostrophes, CJK, accents, emoji, HTML, placeholders and odd spaces.
    static let pieces: [String] = [
        "login", "Fails", "2FA", "don't", "customer's", "l'appli", "n'arrive", "'", "-", "_", ".", ",", "!", "?", "…",
        "café", "MÜLLER", "İ", "ß", "ﬁ", "Ａ", "e\u{301}", "密码", "重置", "ログイン", "😀", "★", "⟨url⟩", "⟨", "⟩",
        "<b>", "&amp;", "&#233;", "https://x.io/a", "bob@x.com", "@handle", "+1-555-0129", "12.5", " ", "  ", "\t", "\n",
        "\r\n", "\u{A0}", "\u{2028}", "> quoted", "--", "\u{0}", "\u{FEFF}",
    ]
    static let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...14)
        .map { $0.joined(separator: "") }

    static func tokens(_ text: String) -> [TokenSpan] { TokenSpan.spans(in: text) }

    @Test("Tokens are non-empty, ordered, within the text, on character boundaries, with no white space")
    func wellFormed() async {
        await propertyCheck(count: 400, input: Self.text) { raw in
            let normalized = TextNormalizer().normalize(raw)
            #expect(TokenizerHarness.problem(in: Self.tokens(normalized), of: normalized) == nil)
        }
    }

    @Test("Normalising and tokenising are deterministic")
    func deterministic() async {
        await propertyCheck(count: 200, input: Self.text) { raw in
            let normalized = TextNormalizer().normalize(raw)
            #expect(TextNormalizer().normalize(raw) == normalized)
            #expect(Self.tokens(normalized) == Self.tokens(normalized))
        }
    }

    @Test("Tokens of a + space + b are a's tokens then b's (adjacent clause breaks merged into one)")
    func concatenation() async {
        await propertyCheck(count: 400, input: Self.text, Self.text) { a, b in
            let shift = a.utf8.count + 1
            var expected = Self.tokens(a)
            for var span in Self.tokens(b) {
                span.range = (span.range.lowerBound + shift)..<(span.range.upperBound + shift)
                if span.kind == .boundary, expected.last?.kind == .boundary { continue }
                expected.append(span)
            }
            #expect(Self.tokens(a + " " + b) == expected)
        }
    }

    @Test("Normalised text is lower case and has no space, tab or line end at either end")
    func normalizedShape() async {
        // Only ASCII white space is trimmed: a U+2028 line separator or other Unicode space at
        // an end stays (the tokenizer skips it).
        let ends: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        await propertyCheck(count: 300, input: Self.text) { raw in
            let normalized = TextNormalizer().normalize(raw)
            #expect(normalized.lowercased() == normalized)
            #expect(normalized.utf8.first.map { !ends.contains($0) } ?? true)
            #expect(normalized.utf8.last.map { !ends.contains($0) } ?? true)
        }
    }

    @Test("Folding (NFKC, lower case, straight quotes, LF line ends) twice gives what folding once gave")
    func foldIdempotent() async {
        // The whole normalisation is not idempotent: HTML entities decode once per pass
        // (`&amp;lt;` → `&lt;` → `<`), and masking one placeholder can make another match
        // (`bob@x.com12.5` → `bob@x.com12.⟨number⟩` → `⟨email⟩.⟨number⟩`). Folding is.
        await propertyCheck(count: 300, input: Self.text) { raw in
            let once = TextNormalizer.fold(Array(raw.utf8))
            #expect(TextNormalizer.fold(once) == once)
        }
    }
}
