import Testing
import Themes

@Suite("ParentGrouper")
struct ParentGrouperTests {
    private static func label(_ terms: [String], _ weights: [Double]) -> ThemeLabel {
        ThemeLabel(label: terms.joined(separator: " · "), labelTerms: terms, terms: terms, displayTerms: terms, weights: weights)
    }

    @Test("Two close themes share a parent and a distant one stays alone")
    func joinsCloseThemes() throws {
        let centroids = ThemeFixtures.centroids([[1, 0.3, 0, 0], [1, 0.4, 0, 0], [0, 0, 1, 0], [0, 0, 0.1, 1]])
        let labels = [
            Self.label(["password reset", "login"], [0.5, 0.3]),
            Self.label(["password reset", "sso"], [0.4, 0.35]),
            Self.label(["crash"], [0.9]),
            Self.label(["invoice"], [0.8]),
        ]
        let groups = try ParentGrouper().group(centroids: centroids, sizes: [10, 10, 5, 4], labels: labels)
        #expect(groups.parentOfTheme == [0, 0, nil, nil])
        #expect(groups.parents.count == 1)
        #expect(groups.parents[0].children == [0, 1])
        #expect(groups.parents[0].size == 20)
        #expect(groups.parents[0].label.terms == ["password reset", "sso", "login"])
        #expect(groups.parents[0].label.label == "password reset · sso")
    }

    @Test("Joining stops at about √n groups even when every pair is close")
    func stopsAtSquareRoot() throws {
        let centroids = ThemeFixtures.centroids([[1, 0.1, 0], [1, 0.12, 0], [1, 0, 0.5], [1, 0, 0.55]])
        let labels = (0 ..< 4).map { Self.label(["t\($0)"], [1]) }
        let groups = try ParentGrouper().group(centroids: centroids, sizes: [4, 3, 2, 1], labels: labels)
        #expect(groups.parentOfTheme == [0, 0, 1, 1])
        let unbounded = try ParentGrouper(options: ParentGrouperOptions(target: .unbounded))
            .group(centroids: centroids, sizes: [4, 3, 2, 1], labels: labels)
        #expect(unbounded.parentOfTheme == [0, 0, 0, 0])
    }
}
