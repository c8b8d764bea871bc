import Foundation
import Testing
import TextAnalysis

@Suite("StopwordLibrary")
struct StopwordLibraryTests {
    @Test("The repository's lists load and match lower-cased surface words")
    func repositoryLists() {
        let library = Stopwords.library
        #expect(library.isStopword("the", language: .english))
        #expect(library.isStopword("don't", language: .english))
        #expect(!library.isStopword("the", language: .german))
        #expect(library.isStopword("und", language: .german))
        #expect(library.isStopword("pero", language: .spanish))
        #expect(library.isStopword("avec", language: .french))
        #expect(library.isStopword("você", language: .portuguese))
    }

    @Test("The support list applies to every language and holds no theme words")
    func supportList() {
        let library = Stopwords.library
        for language in Language.allCases {
            #expect(library.isStopword("thanks", language: language))
            #expect(library.isStopword("regards", language: language))
            for word in ["password", "billing", "refund", "login", "invoice", "crash"] {
                #expect(!library.isStopword(word, language: language), "\(word)")
            }
        }
    }

    @Test("Every list is lower-case, one word a line")
    func listFormat() throws {
        for name in Language.allCases.map(\.stopwordFileName) + ["support.txt"] {
            let text = try String(contentsOf: Stopwords.directory.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                #expect(line == line.lowercased() && !line.contains(" "), "\(name): \(line)")
            }
        }
    }

    @Test("Comments and blank lines are ignored")
    func comments() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in Language.allCases.map(\.stopwordFileName) + ["support.txt"] {
            try "# header\n\nAlpha  # trailing comment\nbeta\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let library = try StopwordLibrary.load(from: folder)
        #expect(library.isStopword("alpha", language: .french))
        #expect(library.isStopword("beta", language: .english))
        #expect(!library.isStopword("# header", language: .english))
        #expect(!library.isStopword("header", language: .english))
    }

    @Test("A missing file is an error naming the file")
    func missingFile() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "the\n".write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("de.txt").path
        #expect(throws: TextAnalysisError.cannotReadStopwords(file: path, reason: "no such file")) {
            try StopwordLibrary.load(from: folder)
        }
        let message = TextAnalysisError.cannotReadStopwords(file: path, reason: "no such file").description
        #expect(message.hasPrefix("\(path): cannot read the stopword list: no such file"))
    }

    @Test("The empty library has no stopwords")
    func empty() {
        #expect(!StopwordLibrary.empty.isStopword("the", language: .english))
    }
}
