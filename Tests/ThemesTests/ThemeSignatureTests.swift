import Foundation
import Testing
import Themes

@Suite("ThemeSignature")
struct ThemeSignatureTests {
    @Test("A signature survives a new vocabulary: the same terms in another column order match fully")
    func vocabularyIndependent() {
        let first = ThemeSignature(centroid: 0, of: ThemeFixtures.centroids([[3, 4, 0]]), terms: ["login", "sso", "crash"])
        let second = ThemeSignature(centroid: 1, of: ThemeFixtures.centroids([[1, 0, 0, 0], [0, 0, 4, 3]]),
                                    terms: ["bill", "crash", "sso", "login"])
        #expect(first.terms == ["login", "sso"])
        #expect(first == second)
        #expect(abs(first.cosine(with: second) - 1) < 1e-6)
    }

    @Test("Only the heaviest terms are kept, re-normalised")
    func keepsTopTerms() {
        let signature = ThemeSignature(weights: ["a": 3, "b": 4, "c": 1, "d": 0], maximumTerms: 2)
        #expect(signature.terms == ["a", "b"])
        #expect(signature.weights == [0.6, 0.8])
    }

    @Test("The cosine is the dot product over shared keys")
    func partialOverlap() {
        let a = ThemeSignature(weights: ["x": 1, "y": 1])
        let b = ThemeSignature(weights: ["y": 1, "z": 1])
        #expect(abs(a.cosine(with: b) - 0.5) < 1e-6)
        #expect(a.cosine(with: ThemeSignature(weights: [:])) == 0)
    }

    @Test("A signature round-trips through JSON")
    func codable() throws {
        let signature = ThemeSignature(weights: ["password reset": 2, "login": 1])
        let data = try JSONEncoder().encode(signature)
        #expect(try JSONDecoder().decode(ThemeSignature.self, from: data) == signature)
        let broken = Data(#"{"terms":["a","b"],"weights":[1]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ThemeSignature.self, from: broken) }
    }
}
