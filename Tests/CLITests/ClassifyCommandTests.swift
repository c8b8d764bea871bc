import Foundation
import Testing

@Suite("The classify commands")
struct ClassifyCommandTests {
    /// Twelve labelled requests, three issue types, with one row that has no label.
    func labelled() throws -> URL {
        var rows = ["text,category"]
        for (i, t) in ["refund the double charge", "I want a refund for this charge", "refund my card charge",
                       "charge refund please"].enumerated() { rows.append("\"\(t) \(i)\",billing") }
        for (i, t) in ["password reset fails", "cannot log in after password reset", "reset password email missing",
                       "login password reset"].enumerated() { rows.append("\"\(t) \(i)\",login") }
        for (i, t) in ["the app crashes on the report", "report crashes the app", "app crashes when report opens",
                       "crash in the report app"].enumerated() { rows.append("\"\(t) \(i)\",bug") }
        rows.append("\"no label here\",")
        let url = try CLI.temporaryDirectory().appendingPathComponent("labelled.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("train stores the classifier in the workspace and counts the skipped row")
    func train() throws {
        let file = try labelled()
        let ws = try CLI.temporaryDirectory().appendingPathComponent("ws")
        let r = try CLI.run(["classify", "train", file.path, "--label", "category", "-w", ws.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("on 12 items: 3 labels") && r.stdout.contains("stored as issue_classifier"), "\(r.stdout)")
        #expect(r.stderr.contains("1 rows skipped"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent("verbatim.sqlite").path))
        let again = try CLI.run(["classify", "train", file.path, "--label", "category", "-w", ws.path, "--method", "nb"])
        #expect(again.status == 0 && again.stdout.contains("trained nb"), "\(again.stderr)")
    }

    @Test("eval --format json gives accuracy, macro_f1 and the full confusion matrix with its labels, the same on every run")
    func evalJSON() throws {
        let file = try labelled()
        let args = ["classify", "eval", file.path, "--label", "category", "--folds", "2", "--format", "json", "--min-df", "1"]
        let r = try CLI.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let accuracy = try #require(object["accuracy"] as? Double)
        #expect(accuracy >= 0 && accuracy <= 1)
        #expect(object["macro_f1"] is Double)
        let confusion = try #require(object["confusion"] as? [String: Any])
        #expect(confusion["labels"] as? [String] == ["billing", "bug", "login"])
        let matrix = try #require(confusion["matrix"] as? [[Int]])
        #expect(matrix.count == 3 && matrix.reduce(0) { $0 + $1.reduce(0, +) } == 12)
        #expect(try CLI.run(args).stdout == r.stdout)

        let table = try CLI.run(["classify", "eval", file.path, "--label", "category", "--folds", "2", "--min-df", "1"])
        #expect(table.status == 0 && table.stdout.contains("accuracy") && table.stdout.contains("macro-F1")
                && table.stdout.contains("confusion"), "\(table.stdout)")
    }

    @Test("a missing label column is an error naming the file and its columns, exit 2")
    func missingColumn() throws {
        let file = try labelled()
        let r = try CLI.run(["classify", "eval", file.path, "--label", "intent"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(file.path) && r.stderr.contains("'intent'") && r.stderr.contains("text, category"), "\(r.stderr)")
        let threshold = try CLI.run(["classify", "train", file.path, "--label", "category", "--threshold", "2"])
        #expect(threshold.status == 2 && threshold.stderr.contains("threshold"), "\(threshold.stderr)")
    }
}
