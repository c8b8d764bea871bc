import Foundation
import TextAnalysis
import VerbatimCore

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
        let subjectCodes = subjects.map(codes(for:)) ?? []
        return ParallelChunks.map(count: corpus.documents.count, chunkSize: 2048) { range in
            var scratch = MatchScratch(patternCount: patterns.count, ruleCount: rules.count)
            var output: [IssueTypeResult] = []
            output.reserveCapacity(range.count)
            withTables { tables in
                textCodes.withUnsafeBufferPointer { textCodes in
                    subjectCodes.withUnsafeBufferPointer { subjectCodes in
                        for index in range {
                            corpus.documents[index].withUnsafeBufferPointer { document in
                                count(document, codes: textCodes, weight: 1, tables, into: &scratch)
                            }
                            if let subjects {
                                subjects.documents[index].withUnsafeBufferPointer { document in
                                    count(document, codes: subjectCodes, weight: IssueTypeRules.subjectWeight, tables, into: &scratch)
                                }
                            }
                            output.append(result(&scratch, tables))
                        }
                    }
                }
            }
            return output
        }
    }

    /// The flattened pattern tables, borrowed for the duration of `body`.
    struct Tables {
        var elements: UnsafeBufferPointer<Int32>
        var bounds: UnsafeBufferPointer<Int32>
        var rule: UnsafeBufferPointer<Int32>
        var worth: UnsafeBufferPointer<Double>
        var firstBounds: UnsafeBufferPointer<Int32>
        var firstPatterns: UnsafeBufferPointer<Int32>
    }

    func withTables<R>(_ body: (Tables) -> R) -> R {
        elementStore.withUnsafeBufferPointer { elements in
            patternBounds.withUnsafeBufferPointer { bounds in
                patternRule.withUnsafeBufferPointer { rule in
                    patternWorth.withUnsafeBufferPointer { worth in
                        firstBounds.withUnsafeBufferPointer { firstBounds in
                            firstPatterns.withUnsafeBufferPointer { firstPatterns in
                                body(Tables(elements: elements, bounds: bounds, rule: rule, worth: worth,
                                            firstBounds: firstBounds, firstPatterns: firstPatterns))
                            }
                        }
                    }
                }
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
    func count(_ document: UnsafeBufferPointer<Int32>, codes: UnsafeBufferPointer<Int32>, weight: Double,
               _ tables: Tables, into scratch: inout MatchScratch) {
        let n = document.count
        for position in 0 ..< n {
            let code = codes[Int(document[position])]
            guard code >= 0 else { continue }
            let stem = Int(code >> 1)
            for slot in Int(tables.firstBounds[stem]) ..< Int(tables.firstBounds[stem + 1]) {
                let pattern = Int(tables.firstPatterns[slot])
                let lower = Int(tables.bounds[pattern]), upper = Int(tables.bounds[pattern + 1])
                if tables.elements[lower] & 1 == 1 && code & 1 == 0 { continue }
                var matches = true
                var last = position
                for elementIndex in (lower + 1) ..< upper {
                    let element = tables.elements[elementIndex]
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
                if scratch.hits[pattern] == 0 { scratch.touchedPatterns.append(Int32(pattern)) }
                scratch.hits[pattern] += weight
            }
        }
    }

    /// The result of the counted matches (the formula on `IssueTypeRules`); resets the counters.
    func result(_ scratch: inout MatchScratch, _ tables: Tables) -> IssueTypeResult {
        for patternIndex in scratch.touchedPatterns {
            let pattern = Int(patternIndex)
            let rule = Int(tables.rule[pattern])
            let count = scratch.hits[pattern]
            scratch.hits[pattern] = 0
            if scratch.scores[rule] == 0 { scratch.touchedRules.append(rule) }
            scratch.scores[rule] += tables.worth[pattern] * (1 + log(count))
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
