import Foundation
import Themes

/// A corpus tokenised the simple way (lower-case ASCII letters and digits, runs of two or more,
/// a small English stopword list), so the clustering tests need no text-analysis stage.
struct SimpleCorpus {
    var documents: [[Int32]] = []
    var terms: [String] = []
    var labels: [Int] = []

    static let stopwords: Set<String> = Set("""
        a about above after again against all am an and any are as at be because been before being \
        below between both but by can could did do does doing down during each few for from further \
        had has have having he her here hers him his how i if in into is it its itself just me more \
        most my myself no nor not now of off on once only or other our ours out over own same she \
        should so some such than that the their theirs them then there these they this those through \
        to too under until up very was we were what when where which while who whom why will with \
        would you your yours
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Tokenises `texts`, labelled `labels` (any names).
    init(texts: [String], labels labelNames: [String]) {
        var ids: [String: Int32] = [:]
        var labelIDs: [String: Int] = [:]
        for text in texts {
            var document: [Int32] = []
            var word: [UInt8] = []
            func flush() {
                defer { word.removeAll(keepingCapacity: true) }
                guard word.count >= 2 else { return }
                let key = String(decoding: word, as: UTF8.self)
                guard !Self.stopwords.contains(key) else { return }
                if let id = ids[key] { document.append(id); return }
                ids[key] = Int32(terms.count)
                document.append(Int32(terms.count))
                terms.append(key)
            }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "0") ... UInt8(ascii: "9"), 128...: word.append(byte)
                case UInt8(ascii: "A") ... UInt8(ascii: "Z"): word.append(byte + 32)
                default: flush()
                }
            }
            flush()
            documents.append(document)
        }
        labels = labelNames.map { name in
            if let id = labelIDs[name] { return id }
            labelIDs[name] = labelIDs.count
            return labelIDs.count - 1
        }
    }

    /// The TF-IDF rows of the corpus with default options.
    func matrix() throws -> SparseMatrix {
        let model = try TFIDFVectorizer().fit(documents: documents, terms: terms)
        return model.transform(documents: documents, terms: terms)
    }

    /// StackOverflow titles with their 20 tags.
    static func stackOverflow(_ titles: URL, _ labels: URL) throws -> SimpleCorpus {
        let labelLines = try String(contentsOf: labels, encoding: .utf8).split(separator: "\n").map(String.init)
        let titleLines = try String(contentsOf: titles, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(labelLines.count).map(String.init)
        return SimpleCorpus(texts: titleLines, labels: labelLines)
    }
}
