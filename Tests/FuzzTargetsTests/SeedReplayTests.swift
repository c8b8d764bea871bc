import Foundation
@testable import FuzzTargets
import Testing
import TextAnalysis
import TestSupport
import VerbatimCore

/// Every seed and every regression in `corpora/fuzz/<harness>/` runs through its harness
/// without a trap and without a broken invariant. A crash the fuzzer finds is saved under
/// `regressions/` and replayed here from then on.
@Suite("Fuzz seeds and regressions replay")
struct SeedReplayTests {
    /// `corpora/fuzz/<harness>` and its `regressions` folder.
    static func inputs(_ harness: FuzzHarness) throws -> [URL] {
        let folder = TestPaths.packageRoot.appendingPathComponent("corpora/fuzz/\(harness.rawValue)")
        var files: [URL] = []
        for dir in [folder, folder.appendingPathComponent("regressions")] {
            guard FileManager.default.fileExists(atPath: dir.path) else { continue }
            for url in try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) {
                if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("Each harness's seeds and regressions hold its invariants", arguments: FuzzHarness.allCases)
    func replay(harness: FuzzHarness) throws {
        let files = try Self.inputs(harness)
        #expect(files.count >= 8, "corpora/fuzz/\(harness.rawValue) should hold seeds")
        for url in files {
            let bytes = [UInt8](try Data(contentsOf: url))
            #expect(throws: Never.self, "\(url.lastPathComponent)") { try harness.run(bytes) }
        }
    }

    @Test("The seed corpora stay small: a few dozen files each, under 1 MB in all")
    func seedsAreSmall() throws {
        var total = 0
        for harness in FuzzHarness.allCases {
            let files = try Self.inputs(harness)
            #expect(files.count <= 80, "\(harness.rawValue) has \(files.count) seeds")
            for url in files { total += try Data(contentsOf: url).count }
        }
        #expect(total < 1_000_000)
    }

    @Test("The harness checks catch broken invariants")
    func checksCatchBrokenInvariants() {
        let text = "abc déf"
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 0..<3, kind: .word), TokenSpan(range: 4..<8, kind: .word)], of: text) == nil)
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 3..<3, kind: .word)], of: text) != nil)
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 4..<6, kind: .word)], of: text) != nil, "cuts é")
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 2..<5, kind: .word)], of: text) != nil, "holds a space")
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 4..<9, kind: .word)], of: text) != nil, "past the end")
        #expect(TokenizerHarness.problem(in: [TokenSpan(range: 0..<1, kind: .word)], of: "Abc") != nil, "upper case")
        let item = FeedbackItem(source: "s", externalID: "1", kind: .ticket, text: "")
        #expect(ReaderHarnesses.itemProblem(item) != nil, "no text and no score")
        #expect(FuzzViolation(harness: .tokenizer, message: "x").description == "tokenizer: x")
    }
}
