import Testing
import Themes
import VerbatimCore

@Suite("ThemeRefiner")
struct ThemeRefinerTests {
    private func refiner(_ options: ThemeRefinerOptions) throws -> ThemeRefiner { try ThemeRefiner(options: options) }

    @Test("Two near-identical themes merge into one holding both themes' items")
    func mergesNearIdentical() throws {
        let rows = ThemeFixtures.matrix([
            [1, 0.1, 0, 0], [1, 0.1, 0, 0], [1, 0.1, 0, 0],
            [1, 0.12, 0, 0], [1, 0.12, 0, 0], [1, 0.12, 0, 0],
            [0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1],
        ])
        let input = ThemeFixtures.clustering(rows, groups: [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
        let themes = try refiner(ThemeRefinerOptions(similarityFloor: 0, minimumThemeSize: 1))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(themes.count == 2)
        #expect(themes.assignments == [0, 0, 0, 0, 0, 0, 1, 1, 1])
        #expect(themes.sizes == [6, 3])
        #expect(themes.merges.map { [$0.into, $0.from] } == [[0, 1]])
        #expect(themes.sourceThemes == [[0, 1], [2]])
        #expect(themes.unthemedCount == 0)
        let norm = themes.centroids.vector(0).reduce(0) { $0 + $1 * $1 }
        #expect(abs(norm - 1) < 1e-5)
        #expect(themes.similarities.allSatisfy { $0 > 0.99 })
    }

    @Test("Distinct themes do not merge")
    func distinctStayApart() throws {
        let rows = ThemeFixtures.matrix([[1, 0], [1, 0], [0, 1], [0, 1]])
        let input = ThemeFixtures.clustering(rows, groups: [[0, 1], [2, 3]])
        let themes = try refiner(ThemeRefinerOptions(minimumThemeSize: 1))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(themes.merges.isEmpty)
        #expect(themes.assignments == [0, 0, 1, 1])
    }

    @Test("An item below the similarity floor goes to the unthemed bucket, as does an empty row")
    func floorUnthemesWeakRow() throws {
        let rows = ThemeFixtures.matrix([[1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0], [0.1, 0, 1], [0, 0, 0]])
        var input = ThemeFixtures.clustering(rows, groups: [[0, 1, 2, 3, 4]])
        input.assignments[5] = -1
        let themes = try refiner(ThemeRefinerOptions(similarityFloor: 0.5, minimumThemeSize: 1))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(themes.assignments == [0, 0, 0, 0, -1, -1])
        #expect(themes.similarities[4] == 0)
        #expect(themes.unthemedCount == 2)
        #expect(themes.unthemedShare == 2.0 / 6.0)
        #expect(themes.centroids.vector(0) == [1, 0, 0])
    }

    @Test("Themes are numbered by size, ties by the smallest row they contain")
    func renumbersBySize() throws {
        let e0: [Float] = [1, 0, 0], e1: [Float] = [0, 1, 0], e2: [Float] = [0, 0, 1]
        let rows = ThemeFixtures.matrix([e2, e1, e1, e0, e1, e1, e2, e0])
        let input = ThemeFixtures.clustering(rows, groups: [[3, 7], [1, 2, 4, 5], [0, 6]])
        let themes = try refiner(ThemeRefinerOptions(minimumThemeSize: 1))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(themes.assignments == [1, 0, 0, 2, 0, 0, 1, 2])
        #expect(themes.sizes == [4, 2, 2])
        #expect(themes.sourceThemes == [[1], [2], [0]])
        #expect(themes.centroids.vector(0) == e1 && themes.centroids.vector(1) == e2)
    }

    @Test("A small theme's items move to the nearest surviving theme above the floor, or are unthemed")
    func smallThemesReassign() throws {
        let rows = ThemeFixtures.matrix([[1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0.5, 0], [0, 0, 1]])
        let input = ThemeFixtures.clustering(rows, groups: [[0, 1, 2], [3], [4]])
        let reassigned = try refiner(ThemeRefinerOptions(mergeThreshold: 0.95, similarityFloor: 0.3, minimumThemeSize: 2))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(reassigned.assignments == [0, 0, 0, 0, -1])
        #expect(reassigned.sizes == [4])
        let dissolved = try refiner(ThemeRefinerOptions(mergeThreshold: 0.95, similarityFloor: 0.3, minimumThemeSize: 2, smallThemePolicy: .dissolve))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
        #expect(dissolved.assignments == [0, 0, 0, -1, -1])
        #expect(dissolved.sizes == [3])
        #expect(dissolved.unthemedCount == 2)
    }

    @Test("New rows go to their nearest theme, or to -1 below the floor")
    func assignsNewRows() throws {
        let centroids = ThemeFixtures.centroids([[1, 0, 0], [0, 1, 0]])
        let rows = ThemeFixtures.matrix([[1, 0.2, 0], [0.1, 1, 0], [0, 0.1, 1], [0, 0, 0]])
        let result = try refiner(ThemeRefinerOptions()).assign(rows: rows, to: centroids, floor: 0.5)
        #expect(result.assignments == [0, 1, -1, -1])
        #expect(abs(result.similarities[2] - 0.1 / Float(1.01).squareRoot()) < 1e-6)
        #expect(result.similarities[3] == 0)
    }

    @Test("Parallel assignment of many rows equals a serial nearest-centroid pass")
    func parallelAssignmentIsDeterministic() throws {
        var generator = SeededGenerator(seed: 7)
        let dimension = 40, k = 6
        let dense = (0 ..< 10_000).map { _ in
            (0 ..< dimension).map { _ in Float(generator.next(below: 4) == 0 ? 1 + generator.next(below: 5) : 0) }
        }
        let rows = ThemeFixtures.matrix(dense)
        let centroids = ThemeFixtures.centroids((0 ..< k).map { c in (0 ..< dimension).map { Float(($0 + c) % k == 0 ? 1 : 0) } })
        let refiner = try refiner(ThemeRefinerOptions())
        let result = refiner.assign(rows: rows, to: centroids, floor: 0.2)
        var scratch = [Float](repeating: 0, count: k)
        for r in 0 ..< rows.rowCount {
            guard !rows.range(ofRow: r).isEmpty else { #expect(result.assignments[r] == -1); continue }
            centroids.similarities(ofRow: r, in: rows, into: &scratch)
            let best = scratch.indices.max { scratch[$0] != scratch[$1] ? scratch[$0] < scratch[$1] : $0 > $1 } ?? 0
            #expect(result.similarities[r] == scratch[best])
            #expect(result.assignments[r] == (scratch[best] >= 0.2 ? Int32(best) : -1))
        }
        #expect(refiner.assign(rows: rows, to: centroids, floor: 0.2) == result)
    }

    @Test("Options outside their range are rejected with the option named")
    func validatesOptions() {
        #expect(throws: ThemesError.self) { try ThemeRefiner(options: ThemeRefinerOptions(mergeThreshold: 0)) }
        do {
            _ = try ThemeRefiner(options: ThemeRefinerOptions(minimumThemeSize: 0))
            Issue.record("expected an error")
        } catch let error as ThemesError {
            #expect(error.description.contains("minimumThemeSize 0"))
        } catch { Issue.record("unexpected \(error)") }
    }
}

@Suite("Merging themes by plain and relative cosine")
struct ThemeMergeRuleTests {
    /// Five themes of two rows each over seven terms: term 0 ("help") weighs `generic` in every
    /// row, terms 1–5 are each theme's own word, and themes 0 and 1 also share term 6 with weight
    /// `shared`.
    func refine(generic: Float, shared: Float) throws -> RefinedThemes {
        var vectors: [[Float]] = []
        for theme in 0 ..< 5 {
            var v = [Float](repeating: 0, count: 7)
            v[0] = generic
            v[theme + 1] = 1
            if theme < 2 { v[6] = shared }
            vectors += [v, v]
        }
        let rows = ThemeFixtures.matrix(vectors)
        let input = ThemeFixtures.clustering(rows, groups: (0 ..< 5).map { [2 * $0, 2 * $0 + 1] })
        return try ThemeRefiner(options: ThemeRefinerOptions(mergeThreshold: 0.35, similarityFloor: 0, minimumThemeSize: 1))
            .refine(centroids: input.centroids, assignments: input.assignments, similarities: input.similarities, rows: rows)
    }

    @Test("Themes alike only through a word every theme shares do not merge")
    func sharedWordDoesNotMerge() throws {
        // Every pair has a plain cosine of 0.8, all of it from "help".
        let themes = try refine(generic: 2, shared: 0)
        #expect(themes.merges.isEmpty)
        #expect(themes.count == 5)
    }

    @Test("Two themes that share a word of their own merge; the rest stay apart")
    func ownWordMerges() throws {
        let themes = try refine(generic: 0.2, shared: 1)
        #expect(themes.merges.map { [$0.into, $0.from] } == [[0, 1]])
        #expect(themes.count == 4)
    }

    @Test("A small overlap the other themes lack is not enough without a high plain cosine")
    func smallOverlapDoesNotMerge() throws {
        // Plain cosine 0.2 (< 0.35); relative to the rest the overlap looks large.
        let themes = try refine(generic: 0, shared: 0.5)
        #expect(themes.merges.isEmpty)
    }
}
