import Testing
import Themes
import TestSupport

@Suite("Themes on real data")
struct ThemesDatasetTests {
    // Measured with these options: NMI 0.672–0.697 over seeds 0–2 (scikit-learn's TfidfVectorizer
    // + KMeans on the same titles: 0.60–0.65). The floor sits a little under the lowest.
    @Test("StackOverflow titles cluster into their 20 tags with NMI above 0.65",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func stackOverflow() throws {
        let corpus = try SimpleCorpus.stackOverflow(
            TestPaths.dataset("stackoverflow-stc/title_StackOverflow.txt"),
            TestPaths.dataset("stackoverflow-stc/label_StackOverflow.txt"))
        let matrix = try corpus.matrix()
        #expect(matrix.rowCount == 20_000)
        let clustering = SphericalKMeans(options: KMeansOptions(k: 20, seed: 1)).fit(matrix)
        let nmi = ClusteringAgreement.normalizedMutualInformation(corpus.labels, clustering.assignments.map { Int($0) })
        #expect(nmi > 0.65, "NMI \(nmi)")
    }
}
