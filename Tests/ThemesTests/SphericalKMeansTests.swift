import Testing
import Themes

@Suite("SphericalKMeans")
struct SphericalKMeansTests {
    /// Two obvious groups (billing and login) with a few shared words, and one empty document.
    static let texts = [
        "refund invoice charged twice", "invoice refund please", "charged twice refund card",
        "billing invoice wrong amount", "refund billing card charged",
        "", "password reset login fails", "cannot login password", "login reset email password",
        "account locked login", "password email reset account",
    ]

    static func matrix() throws -> SparseMatrix {
        let corpus = SimpleCorpus(texts: texts, labels: texts.map { _ in "" })
        var options = TFIDFOptions()
        options.maximumDocumentFraction = 1
        let model = try TFIDFVectorizer(options: options).fit(documents: corpus.documents, terms: corpus.terms)
        return model.transform(documents: corpus.documents, terms: corpus.terms)
    }

    @Test("Two obvious groups are separated exactly and the empty row gets -1")
    func twoGroups() throws {
        let clustering = SphericalKMeans(options: KMeansOptions(k: 2, seed: 7)).fit(try Self.matrix())
        let a = clustering.assignments
        #expect(a[5] == -1 && clustering.similarities[5] == 0)
        #expect(Set(a[0 ..< 5]).count == 1 && Set(a[6...]).count == 1 && a[0] != a[6])
        #expect(clustering.sizes.sorted() == [5, 5])
        #expect(abs(clustering.objective - clustering.similarities.reduce(0.0) { $0 + Double($1) }) < 1e-9)
    }

    @Test("The same seed gives an identical clustering, whatever the number of workers")
    func deterministic() throws {
        let corpus = SimpleCorpus(texts: (0 ..< 3000).map { i in
            "topic\(i % 7) word\(i % 13) term\((i * 7) % 29) extra\(i % 5)"
        }, labels: [])
        let matrix = try corpus.matrix()
        var options = KMeansOptions(k: 6, seed: 3)
        options.workers = 1
        let serial = SphericalKMeans(options: options).fit(matrix)
        options.workers = 2
        let two = SphericalKMeans(options: options).fit(matrix)
        options.workers = 5
        let five = SphericalKMeans(options: options).fit(matrix)
        options.workers = 2
        let again = SphericalKMeans(options: options).fit(matrix)
        #expect(serial == two && two == five && two == again)
        options.sampleSize = 500   // the sample-then-refine path is deterministic too
        options.workers = 1
        let sampledSerial = SphericalKMeans(options: options).fit(matrix)
        options.workers = 3
        #expect(SphericalKMeans(options: options).fit(matrix) == sampledSerial)
        options.restarts = 3   // restarts side by side give the same winner as one after another
        options.workers = 1
        let restartsSerial = SphericalKMeans(options: options).fit(matrix)
        options.workers = 2
        #expect(SphericalKMeans(options: options).fit(matrix) == restartsSerial)
    }

    @Test("On a sample, probing the restarts for a few steps finds as good a clustering as running each to the end")
    func probedRestarts() throws {
        // Seven planted topics over 3,000 rows, clustered through a 600-row sample.
        let corpus = SimpleCorpus(texts: (0 ..< 3000).map { i in
            "topic\(i % 7) word\(i % 7)x\(i % 3) term\((i * 7) % 29) extra\(i % 5)"
        }, labels: (0 ..< 3000).map { "\($0 % 7)" })
        let matrix = try corpus.matrix()
        var options = KMeansOptions(k: 7, seed: 11)
        options.sampleSize = 600
        options.restarts = 4
        options.probeIterations = nil
        let full = SphericalKMeans(options: options).fit(matrix)
        options.probeIterations = 2
        let probed = SphericalKMeans(options: options).fit(matrix)
        #expect(probed.objective >= full.objective * 0.99, "probed \(probed.objective), full \(full.objective)")
        let gold = (0 ..< 3000).map { $0 % 7 }
        #expect(ClusteringAgreement.normalizedMutualInformation(gold, probed.assignments.map(Int.init)) > 0.95)
        options.workers = 1
        #expect(SphericalKMeans(options: options).fit(matrix) == probed)
        options.probeIterations = 0
        #expect(throws: ThemesError.self) { try options.validate(rowCount: 3000) }
    }

    @Test("A pinned seed becomes the first centroid and keeps its group")
    func seedsHonoured() throws {
        let matrix = try Self.matrix()
        for seedRow in [0, 8] {
            let seeds = matrix.selecting(rows: [seedRow])
            for seed in [1, 2, 3] as [UInt64] {
                let clustering = SphericalKMeans(options: KMeansOptions(k: 2, seed: seed)).fit(matrix, seeds: seeds)
                #expect(clustering.assignments[seedRow] == 0)
            }
        }
        // With one restart and no iterations beyond the first assignment, centroid 0 is the seed.
        var options = KMeansOptions(k: 1, seed: 1)
        options.restarts = 1
        let pinned = matrix.selecting(rows: [3])
        let single = SphericalKMeans(options: options).fit(matrix, seeds: pinned)
        #expect(single.assignments.filter { $0 == 0 }.count == 10)
    }

    @Test("k larger than the non-empty rows, or no restarts, is refused with a fix")
    func validation() {
        #expect(throws: ThemesError.tooFewDocuments(k: 20, documents: 10)) {
            try KMeansOptions(k: 20).validate(rowCount: 10)
        }
        var options = KMeansOptions(k: 2)
        options.restarts = 0
        #expect(throws: ThemesError.self) { try options.validate(rowCount: 10) }
        options = KMeansOptions(k: 2)
        options.movedFraction = 1
        #expect(throws: ThemesError.self) { try options.validate(rowCount: 10) }
        #expect(throws: ThemesError.self) { try KMeansOptions(k: 2).validate(rowCount: 10, seedCount: 3) }
        #expect(throws: Never.self) { try KMeansOptions(k: 2).validate(rowCount: 10) }
        #expect("\(ThemesError.tooFewDocuments(k: 20, documents: 10))".contains("Try a smaller k"))
    }

    @Test("The silhouette of two tight, distant groups is high")
    func silhouette() throws {
        let matrix = try Self.matrix()
        let clustering = SphericalKMeans(options: KMeansOptions(k: 2, seed: 7)).fit(matrix)
        let values = clustering.silhouettes(of: matrix)
        #expect(values[5] == nil)
        #expect(values.compactMap { $0 }.allSatisfy { $0 > 0 })
    }
}
