import Foundation
import Testing
import Themes

@Suite("TFIDFVectorizer")
struct TFIDFVectorizerTests {
    // apple banana apple | banana cherry | cherry date
    let terms = ["banana", "apple", "date", "cherry"]
    let documents: [[Int32]] = [[1, 0, 1], [0, 3], [3, 2]]

    var keepAll: TFIDFOptions {
        var options = TFIDFOptions()
        options.minimumDocumentFrequency = 1
        options.maximumDocumentFraction = 1
        return options
    }

    @Test("Idf and weights match the smooth-idf, sublinear-tf formulas worked by hand")
    func handComputed() throws {
        let model = try TFIDFVectorizer(options: keepAll).fit(documents: documents, terms: terms)
        #expect(model.terms == ["apple", "banana", "cherry", "date"])
        #expect(model.documentFrequency == [1, 2, 2, 1])
        #expect(model.documentCount == 3)
        // idf = ln((1 + 3) / (1 + df)) + 1: ln 2 + 1 for df 1, ln(4/3) + 1 for df 2.
        let rare = Float(log(2.0) + 1), common = Float(log(4.0 / 3.0) + 1)
        #expect(model.idf == [rare, common, common, rare])
        let rows = model.transform(documents: documents, terms: terms)
        #expect(rows.rowStarts == [0, 2, 4, 6])
        #expect(rows.columns == [0, 1, 1, 2, 2, 3])
        // Document 0: apple tf 2 → (1 + ln 2) · idf, banana tf 1 → idf; then L2-normalised.
        // scikit-learn gives [0.91219..., 0.40974...] for this row.
        let apple = (1 + log(2.0)) * (log(2.0) + 1), banana = log(4.0 / 3.0) + 1
        let norm = (apple * apple + banana * banana).squareRoot()
        #expect(abs(Double(rows.values[0]) - apple / norm) < 1e-6)
        #expect(abs(Double(rows.values[1]) - banana / norm) < 1e-6)
        #expect(abs(rows.values[0] - 0.912_198) < 1e-5 && abs(rows.values[1] - 0.409_740) < 1e-5)
        // Document 1: banana and cherry share an idf, so each weighs 1/√2.
        #expect(abs(rows.values[2] - Float(0.5).squareRoot()) < 1e-6)
        #expect(abs(rows.values[3] - Float(0.5).squareRoot()) < 1e-6)
    }

    @Test("Raw tf is used when sublinear tf is off")
    func rawTF() throws {
        var options = keepAll
        options.sublinearTF = false
        let model = try TFIDFVectorizer(options: options).fit(documents: documents, terms: terms)
        let row = model.transform(documents: [[1, 0, 1]], terms: terms)
        let apple = 2 * (log(2.0) + 1), banana = log(4.0 / 3.0) + 1
        #expect(abs(Double(row.values[0]) - apple / (apple * apple + banana * banana).squareRoot()) < 1e-6)
    }

    @Test("Minimum and maximum document frequency prune rare and common terms")
    func pruning() throws {
        var options = TFIDFOptions()
        options.minimumDocumentFrequency = 2
        options.maximumDocumentFraction = 1
        #expect(try TFIDFVectorizer(options: options).fit(documents: documents, terms: terms).terms == ["banana", "cherry"])
        // "banana" is in 3 of 4 documents (0.75 > 0.6) and goes; "apple" (1 document) stays.
        let four: [[Int32]] = documents + [[0]]
        options.minimumDocumentFrequency = 1
        options.maximumDocumentFraction = 0.6
        #expect(try TFIDFVectorizer(options: options).fit(documents: four, terms: terms).terms == ["apple", "cherry", "date"])
    }

    @Test("Maximum terms keeps the most frequent, ties by term key")
    func maximumTerms() throws {
        var options = keepAll
        options.maximumTerms = 2
        // Counts: apple 2, banana 2, cherry 2, date 1 → apple and banana by key.
        #expect(try TFIDFVectorizer(options: options).fit(documents: documents, terms: terms).terms == ["apple", "banana"])
    }

    @Test("Pruning every term throws an error that proposes a fix")
    func nothingRemains() {
        var options = TFIDFOptions()
        options.minimumDocumentFrequency = 5
        #expect(throws: ThemesError.self) { try TFIDFVectorizer(options: options).fit(documents: documents, terms: terms) }
        do {
            _ = try TFIDFVectorizer(options: options).fit(documents: documents, terms: terms)
        } catch {
            #expect("\(error)".hasPrefix("After pruning, no terms remain"))
            #expect("\(error)".contains("Try a lower minimum document frequency"))
        }
    }

    @Test("Invalid options name the option, the value and a fix")
    func validation() {
        var options = TFIDFOptions()
        options.maximumDocumentFraction = 1.5
        #expect(throws: ThemesError.invalidOption(
            option: "maximum document fraction", value: "1.5",
            fix: "it is a share of the documents, so use a value above 0 and at most 1 (0.5 is the default)")) {
            try options.validate()
        }
        options = TFIDFOptions()
        options.minimumDocumentFrequency = 0
        #expect(throws: ThemesError.self) { try options.validate() }
        #expect(throws: Never.self) { try TFIDFOptions().validate() }
    }

    @Test("A later corpus maps onto the model's columns by key; unknown terms and empty documents give empty rows")
    func transformOtherCorpus() throws {
        let model = try TFIDFVectorizer(options: keepAll).fit(documents: documents, terms: terms)
        let rows = model.transform(documents: [[0, 1], [], [1]], terms: ["cherry", "kiwi"])
        #expect(rows.rowStarts == [0, 1, 1, 1])
        #expect(rows.columns == [2] && rows.values == [1])
        #expect(model.column(of: "date") == 3 && model.column(of: "kiwi") == nil)
    }

    @Test("The model survives a JSON round trip")
    func codable() throws {
        let model = try TFIDFVectorizer(options: keepAll).fit(documents: documents, terms: terms)
        let decoded = try JSONDecoder().decode(TFIDFModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
    }
}
