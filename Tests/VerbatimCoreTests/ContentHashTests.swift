import Testing
import VerbatimCore

@Suite("Content hash")
struct ContentHashTests {
    @Test("Part boundaries and nil change the hash")
    func boundaries() {
        #expect(ContentHash.hex(of: ["ab", "c"]) != ContentHash.hex(of: ["a", "bc"]))
        #expect(ContentHash.hex(of: [nil]) != ContentHash.hex(of: [""]))
        #expect(ContentHash.hex(of: ["x", "y"]) == ContentHash.hex(of: ["x", "y"]))
        #expect(ContentHash.hex(of: ["x"]).count == 32)
    }

    @Test("Ten thousand distinct short texts give ten thousand distinct hashes")
    func noCollisions() {
        let hashes = Set((0..<10_000).map { ContentHash.hex(of: ["ticket \($0)"]) })
        #expect(hashes.count == 10_000)
    }

    @Test("Excerpts clip and show control characters")
    func excerpt() {
        #expect(Excerpt.clip("a\u{0}b", limit: 10) == "a\\u{0}b")
        #expect(Excerpt.clip("abcdef", limit: 3) == "abc…")
        #expect(Excerpt.clip("line\nnext", limit: 20) == "line\nnext")
    }
}
