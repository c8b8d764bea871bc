/// Precision and recall of the built-in detectors on a labelled list: lines of `text<TAB>expected`,
/// where `expected` lists the findings as `type:value` joined by `|` (empty for none), as
/// `corpora/pii/labelled.tsv` holds them.
///
/// A finding is a true positive when the expected list of its line holds the same type and the
/// same text (each expected finding matches once); other findings are false positives of their
/// detector, and unmatched expected findings false negatives of their type.
public struct PIIEvaluation: Sendable, Equatable {
    /// The counts of one detector.
    public struct Score: Sendable, Equatable {
        /// Findings that were expected.
        public var truePositives = 0
        /// Findings that were not expected.
        public var falsePositives = 0
        /// Expected findings not found.
        public var falseNegatives = 0

        /// TP / (TP + FP); 1 when nothing was found.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// TP / (TP + FN); 1 when nothing was expected.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    /// Scores per detector.
    public var scores: [PIIDetector: Score]
    /// Lines read (without the header).
    public var lines: Int
    /// The lines where a detector went wrong: text, what was expected and what was found.
    public var errors: [(text: String, expected: [String], found: [String])]

    public static func == (lhs: PIIEvaluation, rhs: PIIEvaluation) -> Bool {
        lhs.scores == rhs.scores && lhs.lines == rhs.lines
    }

    /// Evaluates `redactor` on the labelled `list` (the first line is a header).
    public init(list: String, redactor: PIIRedactor) {
        scores = Dictionary(uniqueKeysWithValues: PIIDetector.allCases.map { ($0, Score()) })
        lines = 0
        errors = []
        for line in list.split(separator: "\n", omittingEmptySubsequences: true).dropFirst() {
            let columns = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let text = String(columns[0])
            var expected = columns.count > 1 && !columns[1].isEmpty ? columns[1].split(separator: "|").map(String.init) : []
            let found = redactor.findings(in: text).map { "\($0.detector.rawValue):\($0.text)" }
            lines += 1
            var wrong = false
            for finding in found {
                let detector = PIIDetector(rawValue: String(finding.prefix { $0 != ":" })) ?? .email
                if let i = expected.firstIndex(of: finding) {
                    expected.remove(at: i)
                    scores[detector]?.truePositives += 1
                } else {
                    scores[detector]?.falsePositives += 1
                    wrong = true
                }
            }
            for missed in expected {
                if let detector = PIIDetector(rawValue: String(missed.prefix { $0 != ":" })) { scores[detector]?.falseNegatives += 1 }
                wrong = true
            }
            if wrong { errors.append((text, columns.count > 1 ? columns[1].split(separator: "|").map(String.init) : [], found)) }
        }
    }

    /// The scores as a table: detector, TP, FP, FN, precision, recall.
    public var table: String {
        var out = "detector   TP   FP   FN  precision  recall\n"
        for detector in PIIDetector.allCases {
            let s = scores[detector] ?? Score()
            func pad(_ v: Any, _ n: Int) -> String { let t = "\(v)"; return String(repeating: " ", count: max(0, n - t.count)) + t }
            let p = (s.precision * 1000).rounded() / 1000, r = (s.recall * 1000).rounded() / 1000
            out += detector.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                + pad(s.truePositives, 5) + pad(s.falsePositives, 5) + pad(s.falseNegatives, 5) + pad(p, 11) + pad(r, 8) + "\n"
        }
        return out
    }
}
