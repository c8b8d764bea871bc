import Foundation
import TextAnalysis

extension IssueTypeRules {
    /// Each corpus term as a rule element code (`stem id << 1 | negated`), or -1 when no rule
    /// uses its stem.
    func codes(for corpus: AnalyzedCorpus) -> [Int32] {
        corpus.terms.map { term in
            let negated = term.hasPrefix("not_")
            guard let id = stems[negated ? String(term.dropFirst(4)) : term] else { return -1 }
            return id << 1 | (negated ? 1 : 0)
        }
    }

    /// The results of analysed texts and (optionally) their analysed subjects, document by document.
    func classify(_ corpus: AnalyzedCorpus, subjects: AnalyzedCorpus?) -> [IssueTypeResult] {
        let textCodes = codes(for: corpus)
        let subjectCodes = subjects.map(codes(for:))
        let empty = IssueTypeResult(type: IssueTypeRules.other, confidence: 1, candidate: nil, candidateConfidence: 0)
        return ParallelSlices.map(count: corpus.documents.count, placeholder: empty) { range, output in
            var scratch = MatchScratch(patternCount: patterns.count, ruleCount: rules.count)
            for index in range {
                count(corpus.documents[index], codes: textCodes, weight: 1, into: &scratch)
                if let subjects, let subjectCodes {
                    count(subjects.documents[index], codes: subjectCodes, weight: IssueTypeRules.subjectWeight, into: &scratch)
                }
                output[index - range.lowerBound] = result(&scratch)
            }
        }
    }

    /// Per-thread counters, reset after each item by walking only what was touched.
    struct MatchScratch {
        var hits: [Double]
        var touchedPatterns: [Int32] = []
        var scores: [Double]
        var touchedRules: [Int] = []

        init(patternCount: Int, ruleCount: Int) {
            hits = [Double](repeating: 0, count: patternCount)
            scores = [Double](repeating: 0, count: ruleCount)
        }
    }

    /// Adds the matches of one document's terms, each worth `weight`.
    func count(_ document: [Int32], codes: [Int32], weight: Double, into scratch: inout MatchScratch) {
        let n = document.count
        for position in 0 ..< n {
            let code = codes[Int(document[position])]
            guard code >= 0 else { continue }
            for patternIndex in patternsByFirstStem[Int(code >> 1)] {
                let elements = patterns[Int(patternIndex)].elements
                if elements[0] & 1 == 1 && code & 1 == 0 { continue }
                var matches = true
                var last = position
                for element in elements.dropFirst() {
                    var found = false
                    var next = last + 1
                    while next < n && next <= last + 1 + IssueTypeRules.phraseGap {
                        let candidate = codes[Int(document[next])]
                        if candidate >= 0 && candidate >> 1 == element >> 1 && (element & 1 == 0 || candidate & 1 == 1) {
                            found = true
                            break
                        }
                        next += 1
                    }
                    guard found else { matches = false; break }
                    last = next
                }
                guard matches else { continue }
                if scratch.hits[Int(patternIndex)] == 0 { scratch.touchedPatterns.append(patternIndex) }
                scratch.hits[Int(patternIndex)] += weight
            }
        }
    }

    /// The result of the counted matches (the formula on `IssueTypeRules`); resets the counters.
    func result(_ scratch: inout MatchScratch) -> IssueTypeResult {
        for patternIndex in scratch.touchedPatterns {
            let pattern = patterns[Int(patternIndex)]
            let count = scratch.hits[Int(patternIndex)]
            scratch.hits[Int(patternIndex)] = 0
            if scratch.scores[pattern.rule] == 0 { scratch.touchedRules.append(pattern.rule) }
            scratch.scores[pattern.rule] += rules[pattern.rule].weight * pattern.value * (1 + log(count))
        }
        scratch.touchedPatterns.removeAll(keepingCapacity: true)
        var best = -1, second = -1
        for rule in scratch.touchedRules {
            if best < 0 || isAhead(rule, of: best, scratch.scores) {
                second = best
                best = rule
            } else if second < 0 || isAhead(rule, of: second, scratch.scores) {
                second = rule
            }
        }
        let top = best >= 0 ? scratch.scores[best] : 0
        let runnerUp = second >= 0 ? scratch.scores[second] : 0
        for rule in scratch.touchedRules { scratch.scores[rule] = 0 }
        scratch.touchedRules.removeAll(keepingCapacity: true)
        guard best >= 0, top > 0 else {
            return IssueTypeResult(type: IssueTypeRules.other, confidence: 1, candidate: nil, candidateConfidence: 0)
        }
        let confidence = (1 - exp(-top)) * top / (top + runnerUp)
        let id = rules[best].id
        if confidence >= threshold {
            return IssueTypeResult(type: id, confidence: confidence, candidate: id, candidateConfidence: confidence)
        }
        return IssueTypeResult(type: IssueTypeRules.other, confidence: 1 - confidence, candidate: id, candidateConfidence: confidence)
    }

    /// Whether rule `a` ranks before rule `b`: a higher score, then the id that sorts first.
    func isAhead(_ a: Int, of b: Int, _ scores: [Double]) -> Bool {
        scores[a] != scores[b] ? scores[a] > scores[b] : ruleRankByID[a] < ruleRankByID[b]
    }
}
