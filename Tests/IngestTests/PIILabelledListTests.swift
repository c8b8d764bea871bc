import Foundation
import Testing
@testable import Ingest

/// The detectors' precision and recall on the hand-labelled list `corpora/pii/labelled.tsv`.
@Suite("PII detectors on the labelled list")
struct PIILabelledListTests {
    static let list = TestPaths.packageRoot.appendingPathComponent("corpora/pii/labelled.tsv")

    @Test("Precision and recall of every detector stay above their floors")
    func precisionAndRecall() throws {
        let evaluation = PIIEvaluation(list: try String(contentsOf: Self.list, encoding: .utf8), redactor: .standard)
        print("PII detectors on \(evaluation.lines) labelled lines:\n" + evaluation.table)
        for error in evaluation.errors { print("  miss: \(error.text)  expected \(error.expected)  found \(error.found)") }
        #expect(evaluation.lines >= 300)
        for detector in PIIDetector.allCases {
            let score = try #require(evaluation.scores[detector])
            #expect(score.truePositives >= 30, "\(detector): too few positives in the list")
            #expect(score.precision >= 0.95, "\(detector) precision \(score.precision)")
            #expect(score.recall >= 0.95, "\(detector) recall \(score.recall)")
        }
    }
}
