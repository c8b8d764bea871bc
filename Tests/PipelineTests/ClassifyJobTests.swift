import Foundation
import Patterns
import Pipeline
import Store
import Testing

@Suite("Training and evaluating the issue classifier on files")
struct ClassifyJobTests {
    static let csv = """
        id,Description,Type
        1,I want a refund for the double charge,billing
        2,refund the charge on my card please,billing
        3,"please refund my money, the charge is wrong",billing
        4,,billing
        5,charged twice and I need a refund,billing
        6,"I cannot log in, the password reset fails",login
        7,password reset email never arrives,login
        8,locked out after a password reset,login
        9,my password does not work after the reset,
        10,my login password does not work after the reset,login

        """

    func file(_ text: String = csv, name: String = "labelled.csv") throws -> URL {
        let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("The text column defaults to the preset's; rows with an empty text or label are skipped and counted")
    func reading() throws {
        let data = try LabelledFile.read(try file(), label: "type", text: nil)
        #expect(data.textColumn == "Description" && data.labelColumn == "Type")
        #expect(data.texts.count == 8 && data.skipped == 2)
        #expect(data.labels.filter { $0 == "login" }.count == 4)
    }

    @Test("A missing column is named with the file and the columns it has")
    func missingColumn() throws {
        let url = try file()
        #expect {
            try LabelledFile.read(url, label: "intent", text: nil)
        } throws: { error in
            let text = String(describing: error)
            return text.contains(url.path) && text.contains("'intent'") && text.contains("id, Description, Type")
        }
    }

    @Test("Training stores the model in the workspace; training again replaces it")
    func storedModel() throws {
        let workspace = Workspace(path: try TestPaths.temporaryDirectory().appendingPathComponent("ws").path)
        var options = ClassifierOptions()
        options.minimumDocumentFrequency = 1
        let report = try ClassifyJob.train(file: try file(), label: "Type", text: nil, options: options, workspace: workspace)
        #expect(report.model.labels == ["billing", "login"] && report.model.trainingItems == 8)
        let store = try workspace.store(create: false)
        let stored = try #require(try ClassifyJob.storedClassifier(store: store))
        #expect(stored == report.model)
        #expect(stored.predict(texts: ["refund my charge", "password reset"]).map(\.label) == ["billing", "login"])

        let relabelled = Self.csv.replacingOccurrences(of: ",login", with: ",access")
        _ = try ClassifyJob.train(file: try file(relabelled), label: "Type", text: nil, options: options, workspace: workspace)
        let replaced = try #require(try ClassifyJob.storedClassifier(store: try workspace.store(create: false)))
        #expect(replaced.labels == ["access", "billing"])
    }

    @Test("A workspace without a trained classifier has none")
    func noModel() throws {
        let workspace = Workspace(path: try TestPaths.temporaryDirectory().appendingPathComponent("ws").path)
        try workspace.initialise()
        #expect(try ClassifyJob.storedClassifier(store: try workspace.store(create: false)) == nil)
    }
}
