import Foundation
import Patterns
import TestSupport
import Testing

@Suite("Sentiment on real data")
struct SentimentDatasetTests {
    /// The area under the ROC curve of `scores` separating `positives` from the rest (ties count
    /// half): the chance that a random positive scores above a random negative.
    static func auc(_ scores: [Double], positives: [Bool]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var ranks = [Double](repeating: 0, count: scores.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
            for k in start ... end { ranks[order[k]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        let p = Double(positives.filter { $0 }.count), n = Double(positives.count) - p
        let rankSum = zip(ranks, positives).filter { $0.1 }.reduce(0) { $0 + $1.0 }
        return (rankSum - p * (p + 1) / 2) / (p * n)
    }

    // Measured: mean 5-star +0.596, 1–2-star −0.290; AUC 4–5 against 1–2 stars 0.935 (VADER on
    // the same reviews 0.845); sign right on 0.966 of the non-zero 4–5-star scores and 0.812 of
    // the 1–2-star ones. The floors sit a little under.
    @Test("amazon-alexa-reviews: 5-star reviews score well above 1–2-star ones",
          .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
    func amazonAlexa() throws {
        let file = try DelimitedFile(contentsOf: TestPaths.dataset("amazon-alexa-reviews/amazon_alexa.tsv"),
                                     delimiter: UInt8(ascii: "\t"))
        let ratings = file.column("rating").compactMap(Int.init)
        let texts = file.column("verified_reviews")
        #expect(ratings.count == 3_150 && texts.count == 3_150)
        let scorer = try SentimentScorer()
        let scores = scorer.scores(texts)
        func mean(_ stars: ClosedRange<Int>) -> Double {
            let picked = zip(scores, ratings).filter { stars.contains($0.1) }.map(\.0)
            return picked.reduce(0, +) / Double(picked.count)
        }
        let five = mean(5 ... 5), low = mean(1 ... 2)
        let polar = zip(scores, ratings).filter { $0.1 != 3 }
        let auc = Self.auc(polar.map(\.0), positives: polar.map { $0.1 >= 4 })
        let signed = polar.filter { $0.0 != 0 }
        let positive = signed.filter { $0.1 >= 4 }, negative = signed.filter { $0.1 <= 2 }
        let positiveSign = Double(positive.filter { $0.0 > 0 }.count) / Double(positive.count)
        let negativeSign = Double(negative.filter { $0.0 < 0 }.count) / Double(negative.count)
        print("amazon-alexa: mean 5-star \(five), 1–2-star \(low), AUC \(auc), sign right on 4–5 stars \(positiveSign), "
              + "on 1–2 stars \(negativeSign), \(polar.count - signed.count) of \(polar.count) at 0")
        #expect(five - low > 0.75, "5-star \(five), 1–2-star \(low)")
        #expect(auc > 0.9, "AUC \(auc)")
        #expect((positiveSign + negativeSign) / 2 > 0.8, "sign \(positiveSign) / \(negativeSign)")
    }
}
