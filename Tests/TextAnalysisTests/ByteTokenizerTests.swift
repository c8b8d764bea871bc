import Testing
@testable import TextAnalysis

@Suite("ByteTokenizer")
struct ByteTokenizerTests {
    /// The tokens of normalised text, as strings; placeholders and boundaries shown as such.
    func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        return bytes.withUnsafeBufferPointer { buffer in
            ByteTokenizer().tokenize(buffer, into: &tokens)
            return tokens.map { token in
                switch token.kind {
                case .boundary: return "|"
                case .placeholder: return "<" + String(decoding: buffer[Int(token.start)..<Int(token.end)], as: UTF8.self) + ">"
                case .word, .cjk:
                    let word = String(decoding: buffer[Int(token.start)..<Int(token.end)], as: UTF8.self)
                    return token.elidedNegation ? "n'" + word : word
                }
            }
        }
    }

    @Test("ASCII words, digits and clause punctuation")
    func ascii() {
        #expect(tokens("login fails, 2fa too! ok") == ["login", "fails", "|", "2fa", "too", "|", "ok"])
        #expect(tokens("log-in e_mail (beta)") == ["log", "in", "e", "mail", "beta"])
        #expect(tokens("a.. b?! c") == ["a", "|", "b", "|", "c"])
    }

    @Test("A clause break covers its whole character, never part of one")
    func boundaryRanges() {
        // Found by fuzzing: "¡" (2 bytes) and "…" (3 bytes) made 1-byte boundary tokens.
        let bytes = Array("٣¡ ok… x.".utf8)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { ByteTokenizer().tokenize($0, into: &tokens) }
        let breaks = tokens.filter { $0.kind == .boundary }.map { Int($0.start)..<Int($0.end) }
        #expect(breaks == [2..<4, 7..<10, 12..<13])
    }

    @Test("Accented words stay one token")
    func accents() {
        #expect(tokens("café müller naïve ação señor") == ["café", "müller", "naïve", "ação", "señor"])
    }

    @Test("Apostrophes: possessives lose 's, n't words stay, elisions lose their article")
    func apostrophes() {
        #expect(tokens("customer's don't can't i'm users' rock'n'roll") == ["customer", "don't", "can't", "i'm", "users", "rock'n'roll"])
        #expect(tokens("l'application qu'il d'accord n'arrive") == ["application", "il", "accord", "n'arrive"])
    }

    @Test("CJK runs become overlapping bigrams; a lone character is its own token")
    func cjk() {
        #expect(tokens("密码重置失败") == ["密码", "码重", "重置", "置失", "失败"])
        #expect(tokens("ログイン abc 字") == ["ログ", "グイ", "イン", "abc", "字"])
    }

    @Test("Emoji and symbols are dropped; placeholders are recognised")
    func symbols() {
        #expect(tokens("love it 😍🔥 works ★ ⟨url⟩ ⟨nope") == ["love", "it", "works", "<⟨url⟩>", "nope"])
    }
}
