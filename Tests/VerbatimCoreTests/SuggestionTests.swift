import Testing
import VerbatimCore

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("Distance counts edits, a swap of neighbours as one, and ignores case")
    func distance() {
        #expect(Suggestion.distance("seed", "seed") == 0)
        #expect(Suggestion.distance("seeds", "seed") == 1)
        #expect(Suggestion.distance("recluster_growht", "recluster_growth") == 1)
        #expect(Suggestion.distance("Organisation", "organization") == 1)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting", limit: 2) == nil)
        #expect(Suggestion.distance("a", "abcdef", limit: 2) == nil)
    }

    @Test("The nearest name within the tolerance is suggested; a far one is not")
    func nearest() {
        let keys = ["k", "seed", "restarts", "recluster_growth", "recluster_unthemed_share"]
        #expect(Suggestion.nearest(to: "seeds", among: keys) == "seed")
        #expect(Suggestion.nearest(to: "recluster_growht", among: keys) == "recluster_growth")
        #expect(Suggestion.nearest(to: "RESTARTS", among: keys) == "restarts")
        #expect(Suggestion.nearest(to: "colour", among: keys) == nil)
        #expect(Suggestion.nearest(to: "ab", among: ["ac", "ad"]) == "ac")
    }

    @Test("didYouMean gives a ready clause or nothing")
    func clause() {
        #expect(Suggestion.didYouMean("Organisation", among: ["id", "Organization"]) == "; did you mean 'Organization'?")
        #expect(Suggestion.didYouMean("zzz", among: ["id", "Organization"]) == "")
    }

    @Test("Counts are grouped by three")
    func grouped() {
        #expect(ByteCount.grouped(0) == "0")
        #expect(ByteCount.grouped(999) == "999")
        #expect(ByteCount.grouped(16_777_216) == "16,777,216")
        #expect(ByteCount.grouped(20_000_123) == "20,000,123")
        #expect(ByteCount.grouped(-1234) == "-1,234")
    }
}
