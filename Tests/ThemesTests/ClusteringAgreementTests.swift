import Testing
import Themes

@Suite("ClusteringAgreement")
struct ClusteringAgreementTests {
    @Test("Identical labelings score 1 whatever the label names")
    func identical() {
        #expect(ClusteringAgreement.normalizedMutualInformation([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]) == 1)
        #expect(ClusteringAgreement.adjustedRandIndex([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]) == 1)
    }

    @Test("A refinement has NMI 0.8, worked by hand")
    func refinement() {
        // H(a) = ln 2, H(b) = 1.5 ln 2, I = ln 2 → NMI = ln 2 / (1.25 ln 2) = 0.8.
        let nmi = ClusteringAgreement.normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])
        #expect(abs(nmi - 0.8) < 1e-12)
    }

    @Test("ARI of scikit-learn's documented example is 4/7")
    func ariExample() {
        // Σ C(nij,2) = 1, Σ C(ai,2) = 1, Σ C(bj,2) = 2, C(4,2) = 6: (1 − 1/3) / (1.5 − 1/3) = 4/7.
        let ari = ClusteringAgreement.adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])
        #expect(abs(ari - 4.0 / 7.0) < 1e-12)
    }

    @Test("Independent labelings have NMI 0 and ARI −0.5 on four items")
    func independent() {
        #expect(ClusteringAgreement.normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]) == 0)
        #expect(abs(ClusteringAgreement.adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]) + 0.5) < 1e-12)
    }

    @Test("Two single-group labelings agree fully; one against a split does not")
    func trivial() {
        #expect(ClusteringAgreement.normalizedMutualInformation([1, 1, 1], [2, 2, 2]) == 1)
        #expect(ClusteringAgreement.adjustedRandIndex([1, 1, 1], [2, 2, 2]) == 1)
        #expect(ClusteringAgreement.normalizedMutualInformation([1, 1, 1, 1], [0, 0, 1, 1]) == 0)
    }
}
