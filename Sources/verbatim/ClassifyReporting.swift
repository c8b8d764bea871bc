import Foundation
import Patterns
import Pipeline
import VerbatimCore

/// How `classify train` and `classify eval` print what they read and measured.
enum ClassifyReporting {
    /// Labels up to which the table shows the whole confusion matrix; above, the most confused pairs.
    static let gridLimit = 12

    /// Notes on stderr: what was read, skipped and rejected.
    static func describe(_ file: LabelledFile, console: Console) {
        console.info("\(file.url.path): \(file.texts.count) examples (text '\(file.textColumn)', label '\(file.labelColumn)')")
        if file.skipped > 0 { console.warning("\(file.url.path): \(file.skipped) rows skipped: empty text or label") }
        for r in file.rejects.prefix(5) { console.warning("\(file.url.path): \(r.location): \(r.reason)") }
        if file.rejects.count > 5 { console.warning("\(file.url.path): \(file.rejects.count) rows could not be read in all") }
        for w in file.warnings { console.warning(w) }
    }

    /// The evaluation as a table, CSV or JSON.
    static func render(_ e: ClassifyJob.Evaluation, format: OutputFormat) -> String {
        let m = e.metrics
        let header = ["label", "precision", "recall", "f1", "support"]
        let rows = m.labels.indices.map { c in
            [m.labels[c], fixed(m.precision(c)), fixed(m.recall(c)), fixed(m.f1(c)), String(m.support(c))]
        }
        switch format {
        case .csv:
            return OutputFormat.csv.render(header: header, rows: rows)
        case .json:
            return json(e)
        case .table:
            var out: [String] = []
            let how = e.folds.map { "\($0)-fold cross-validation" } ?? "train → test"
            out.append("\(how): \(m.items) items, \(m.labels.count) labels")
            out.append("accuracy  \(fixed(m.accuracy))")
            out.append("macro-F1  \(fixed(m.macroF1))")
            if !e.foldAccuracies.isEmpty { out.append("folds     " + e.foldAccuracies.map(fixed).joined(separator: " ")) }
            out.append("")
            out.append(OutputFormat.table.render(header: header, rows: rows))
            out.append("")
            if m.labels.count <= gridLimit {
                out.append("confusion (rows: true label, columns: predicted, in the order above)")
                out.append(OutputFormat.table.render(header: ["true \\ predicted"] + m.labels.indices.map { String($0 + 1) },
                                                     rows: m.labels.indices.map { t in ["\(t + 1) \(m.labels[t])"] + m.confusion[t].map(String.init) }))
            } else {
                out.append("most confused (true → predicted)")
                out.append(OutputFormat.table.render(header: ["true", "predicted", "items"],
                                                     rows: m.mostConfused(limit: 15).map { [$0.truth, $0.predicted, String($0.count)] }))
            }
            return out.joined(separator: "\n")
        }
    }

    /// `{"accuracy":…, "macro_f1":…, "items":…, "labels":[…], "per_label":[…], "confusion":{"labels":[…], "matrix":[[…]]}, …}`.
    static func json(_ e: ClassifyJob.Evaluation) -> String {
        let m = e.metrics
        let labels = "[" + m.labels.map(JSONText.string).joined(separator: ",") + "]"
        let perLabel = m.labels.indices.map { c in
            "{\"label\":\(JSONText.string(m.labels[c])),\"precision\":\(m.precision(c)),\"recall\":\(m.recall(c)),\"f1\":\(m.f1(c)),\"support\":\(m.support(c))}"
        }
        let matrix = "[" + m.confusion.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        var fields = [
            "\"mode\":" + JSONText.string(e.folds == nil ? "train_test" : "cross_validation"),
            "\"accuracy\":\(m.accuracy)",
            "\"macro_f1\":\(m.macroF1)",
            "\"items\":\(m.items)",
            "\"train_items\":\(e.file.texts.count)",
            "\"skipped\":\(e.file.skipped + (e.test?.skipped ?? 0))",
            "\"labels\":" + labels,
            "\"per_label\":[" + perLabel.joined(separator: ",") + "]",
            "\"confusion\":{\"labels\":\(labels),\"matrix\":\(matrix)}",
        ]
        if let folds = e.folds {
            fields.append("\"folds\":\(folds)")
            fields.append("\"fold_accuracy\":[" + e.foldAccuracies.map { "\($0)" }.joined(separator: ",") + "]")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A figure with four decimals.
    static func fixed(_ x: Double) -> String { String(format: "%.4f", x) }
}
