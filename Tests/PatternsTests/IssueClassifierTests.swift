import Patterns
import Testing

/// A tiny corpus of three issue types that share no content word.
enum TinyCorpus {
    static let texts = [
        "I want a refund for the double charge", "refund the charge on my card please",
        "please refund my money, the charge is wrong", "charged twice, I need a refund",
        "I cannot log in, the password reset fails", "password reset email never arrives",
        "locked out after a password reset", "my login password does not work after the reset",
        "the app crashes when I open the report", "report page crashes on open",
        "crashes every time the report loads", "the report crashes the app",
    ]
    static let labels = ["billing", "billing", "billing", "billing", "login", "login", "login", "login",
                         "bug", "bug", "bug", "bug"]

    static func options(_ method: ClassifierMethod) -> ClassifierOptions {
        var o = ClassifierOptions()
        o.method = method
        o.minimumDocumentFrequency = 1
        return o
    }
}

@Suite("The issue-type classifier")
struct IssueClassifierTests {
    @Test("Separable issue types are learned exactly by every method", arguments: ClassifierMethod.allCases)
    func separable(method: ClassifierMethod) throws {
        let model = try IssueClassifierTrainer(options: TinyCorpus.options(method)).fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels)
        #expect(model.labels == ["billing", "bug", "login"])
        #expect(model.withThreshold(0).predict(texts: TinyCorpus.texts).map(\.label) == TinyCorpus.labels)
        let unseen = model.withThreshold(0).predict(texts: ["where is my refund", "reset my password", "it crashes"])
        #expect(unseen.map(\.label) == ["billing", "login", "bug"])
        for p in unseen { #expect(p.confidence > 0 && p.confidence <= 1) }
    }

    @Test("The same data and seed give a byte-identical model", arguments: ClassifierMethod.allCases)
    func deterministic(method: ClassifierMethod) throws {
        let trainer = IssueClassifierTrainer(options: TinyCorpus.options(method))
        let a = try trainer.fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels).encoded()
        let b = try trainer.fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels).encoded()
        #expect(a == b)
        #expect(a.count > 100)
    }

    @Test("A model decodes from its bytes to an equal model with equal predictions")
    func roundTrip() throws {
        var options = TinyCorpus.options(.linearSVM)
        options.threshold = 0.45
        let model = try IssueClassifierTrainer(options: options).fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels)
        let decoded = try IssueClassifier(encoded: model.encoded())
        #expect(decoded == model)
        #expect(decoded.threshold == 0.45 && decoded.method == .linearSVM && decoded.trainingItems == 12)
        let probe = ["refund please", "password", "crash report", ""]
        #expect(decoded.predict(texts: probe).map(\.label) == model.predict(texts: probe).map(\.label))
        #expect(decoded.predict(texts: probe).map(\.confidence) == model.predict(texts: probe).map(\.confidence))
        #expect(decoded.encoded() == model.encoded())
    }

    @Test("Bytes that are cut short or not a model are refused")
    func corrupt() throws {
        let bytes = try IssueClassifierTrainer(options: TinyCorpus.options(.naiveBayes))
            .fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels).encoded()
        #expect(throws: ClassifierError.self) { try IssueClassifier(encoded: Array(bytes.prefix(bytes.count - 3))) }
        #expect(throws: ClassifierError.self) { try IssueClassifier(encoded: Array("not a model".utf8)) }
        #expect(throws: ClassifierError.self) { try IssueClassifier(encoded: bytes + [0]) }
    }

    @Test("Below the threshold the type is other, with the confidence kept")
    func threshold() throws {
        let model = try IssueClassifierTrainer(options: TinyCorpus.options(.linearSVM)).fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels)
        let texts = ["refund the charge", "nothing in common here"]
        let open = model.withThreshold(0).predict(texts: texts)
        #expect(open[0].label == "billing")
        let strict = model.withThreshold(1).predict(texts: texts)
        #expect(strict.map(\.label) == ["other", "other"])
        #expect(strict.map(\.confidence) == open.map(\.confidence))
        // A text with no known word scores by the intercepts alone, far less sure than a clear one.
        #expect(open[1].confidence < open[0].confidence)
        let between = model.withThreshold((open[0].confidence + open[1].confidence) / 2).predict(texts: texts)
        #expect(between.map(\.label) == ["billing", "other"])
    }

    @Test("One label, mismatched counts and unusable options are refused with their reason")
    func refusals() throws {
        #expect(throws: ClassifierError.tooFewLabels(found: 1)) {
            try IssueClassifierTrainer().fit(texts: ["a b", "c d"], labels: ["x", "x"])
        }
        #expect(throws: ClassifierError.mismatchedCounts(texts: 2, labels: 1)) {
            try IssueClassifierTrainer().fit(texts: ["a b", "c d"], labels: ["x"])
        }
        #expect(throws: ClassifierError.noFeatures(items: 2, minimumDocumentFrequency: 2)) {
            try IssueClassifierTrainer().fit(texts: ["refund money", "password reset"], labels: ["x", "y"])
        }
        var o = ClassifierOptions()
        o.threshold = 1.5
        #expect(throws: ClassifierError.self) { try o.validate() }
        o = ClassifierOptions()
        o.minimumDocumentFrequency = 0
        #expect((try? o.validate()) == nil)
        #expect(throws: Never.self) { try ClassifierOptions().validate() }
    }

    @Test("Stopword removal drops the listed words before counting")
    func stopwords() throws {
        var options = TinyCorpus.options(.naiveBayes)
        options.removeStopwords = true
        let withList = try IssueClassifierTrainer(options: options, stopwords: ["the", "my", "i"])
            .fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels)
        let without = try IssueClassifierTrainer(options: TinyCorpus.options(.naiveBayes))
            .fit(texts: TinyCorpus.texts, labels: TinyCorpus.labels)
        #expect(withList.featureCount < without.featureCount)
    }
}
