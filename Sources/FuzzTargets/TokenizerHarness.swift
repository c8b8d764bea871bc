import TextAnalysis

/// Normalisation then tokenising of arbitrary text. Tokens are non-empty, in order, do not
/// overlap, lie within the text on character boundaries, hold no white space, and word tokens
/// are lower case; tokenising is deterministic.
enum TokenizerHarness {
    private static let normalizer = TextNormalizer()

    static func run(_ data: UnsafeRawBufferPointer) throws(FuzzViolation) {
        let harness = FuzzHarness.tokenizer
        let normalized = normalizer.normalize(String(decoding: data, as: UTF8.self))
        let spans = TokenSpan.spans(in: normalized)
        if let problem = problem(in: spans, of: normalized) { throw harness.violation(problem) }
        if TokenSpan.spans(in: normalized) != spans { throw harness.violation("tokenising twice gave different tokens") }
    }

    /// The first broken tokenizer invariant in `spans` of `text`, or nil.
    static func problem(in spans: [TokenSpan], of text: String) -> String? {
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for span in spans {
            let r = span.range
            if r.isEmpty { return "an empty \(span.kind.rawValue) token at \(r)" }
            if r.lowerBound < previousEnd { return "token \(r) overlaps or precedes the one before (ending at \(previousEnd))" }
            if r.upperBound > bytes.count { return "token \(r) ends past the text's \(bytes.count) bytes" }
            if !isBoundary(bytes, r.lowerBound) || !isBoundary(bytes, r.upperBound) {
                return "token \(r) cuts a character"
            }
            // CJK bigrams overlap by one character; the next token may start inside this one.
            previousEnd = span.kind == .cjk ? r.lowerBound + 1 : r.upperBound
            if span.kind == .boundary { continue }
            let token = String(decoding: bytes[r], as: UTF8.self)
            if token.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                return "token \(token.debugDescription) holds white space"
            }
            if span.kind == .word, token.lowercased() != token {
                return "word token \(token.debugDescription) is not lower case"
            }
        }
        return nil
    }

    private static func isBoundary(_ bytes: [UInt8], _ index: Int) -> Bool {
        index == bytes.count || bytes[index] & 0xC0 != 0x80
    }
}
