import Foundation
import Patterns
import Testing

@Suite("Issue types by rules")
struct IssueTypeRulesTests {
    let rules: IssueTypeRules

    init() throws {
        rules = try IssueTypeRules()
    }

    @Test("Each default type is recognised on a plainly worded example", arguments: [
        ("bug", "The app crashes with an error message every time I save a file"),
        ("how_to", "How do I change the timezone of my reports?"),
        ("billing", "We were charged twice on our last invoice"),
        ("account_access", "I can't log in since the password reset"),
        ("feature_request", "It would be great if you could add a dark mode. Feature request!"),
        ("performance", "The dashboard is very slow and often times out"),
        ("integration", "The Salesforce integration stopped syncing contacts through the API"),
        ("data_import_export", "The CSV export is missing columns when I download it"),
        ("cancellation", "Please cancel my subscription at the end of the month"),
        ("onboarding", "We are new to the product and need help getting started with the setup"),
        ("praise", "Great job team, I love it, thank you so much"),
    ])
    func recognised(expected: String, text: String) {
        let result = rules.classify(text: text)
        #expect(result.type == expected, "\(text) → \(result)")
        #expect(result.confidence >= rules.threshold && result.confidence <= 1)
    }

    @Test("A question or a compliment about a topic takes the topic's type")
    func topicWins() {
        #expect(rules.classify(text: "How do I get a refund?").type == "billing")
        #expect(rules.classify(text: "Love it, but the invoice is wrong").type == "billing")
        #expect(rules.classify(text: "How do I change my settings?").type == "how_to")
        #expect(rules.classify(text: "The payment failed with an error").type == "billing")
    }

    @Test("Text without any rule's words is other with full confidence")
    func nothingMatches() {
        let result = rules.classify(text: "Hello there, see you on Tuesday")
        #expect(result == IssueTypeResult(type: "other", confidence: 1, candidate: nil, candidateConfidence: 0))
    }

    @Test("Stemming: invoices and invoiced hit the keyword invoice")
    func stemming() throws {
        let custom = try IssueTypeRules(rules: [IssueTypeRule(id: "billing", keywords: ["invoice"])], threshold: 0.1)
        #expect(custom.classify(text: "Where are my invoices").type == "billing")
        #expect(custom.classify(text: "We were invoiced for nothing").type == "billing")
        #expect(custom.classify(text: "We were charged for nothing").type == "other")
    }

    @Test("A negated keyword matches only negated text; a plain one matches both")
    func negation() throws {
        let custom = try IssueTypeRules(rules: [
            IssueTypeRule(id: "bug", keywords: ["not working"]),
            IssueTypeRule(id: "billing", keywords: ["invoice"]),
        ], threshold: 0.1)
        #expect(custom.classify(text: "The sync doesn't work").type == "bug")
        #expect(custom.classify(text: "The sync isn't really working").type == "bug")
        #expect(custom.classify(text: "The sync is working").type == "other")
        #expect(custom.classify(text: "I did not get the invoice").type == "billing")
    }

    @Test("Phrases count more than keywords and must match in order")
    func phrases() throws {
        let custom = try IssueTypeRules(rules: [
            IssueTypeRule(id: "billing", keywords: [], phrases: ["credit card"]),
            IssueTypeRule(id: "bug", keywords: ["card"]),
        ], threshold: 0.1)
        #expect(custom.classify(text: "My credit card was declined").type == "billing")
        #expect(custom.classify(text: "The card has no credit").type == "bug")
    }

    @Test("The subject counts double")
    func subjectCounts() throws {
        let custom = try IssueTypeRules(rules: [
            IssueTypeRule(id: "billing", keywords: ["invoice"]),
            IssueTypeRule(id: "bug", keywords: ["error"]),
        ], threshold: 0.1)
        #expect(custom.classify(text: "There is an error in the invoice", subject: "Invoice").type == "billing")
        #expect(custom.classify(text: "There is an error in the invoice", subject: "Error").type == "bug")
    }

    @Test("Confidence follows the documented formula; below the threshold the item is other")
    func confidenceAndThreshold() throws {
        let one = try IssueTypeRules(rules: [IssueTypeRule(id: "billing", keywords: ["invoice"])], threshold: 0.6)
        let result = one.classify(text: "invoice")
        let expected = 1 - exp(-1.0)
        #expect(abs(result.confidence - expected) < 1e-12)
        #expect(result.type == "billing")
        let strict = try IssueTypeRules(rules: [IssueTypeRule(id: "billing", keywords: ["invoice"])], threshold: 0.7)
        let below = strict.classify(text: "invoice")
        #expect(below.type == "other")
        #expect(below.candidate == "billing")
        #expect(abs(below.confidence - (1 - expected)) < 1e-12)
        #expect(abs(below.candidateConfidence - expected) < 1e-12)
    }

    @Test("A tie goes to the id that sorts first, at half the noisy-OR confidence")
    func ties() throws {
        let tied = try IssueTypeRules(rules: [
            IssueTypeRule(id: "zeta", keywords: ["invoice"]),
            IssueTypeRule(id: "alpha", keywords: ["error"]),
        ], threshold: 0.1)
        let result = tied.classify(text: "error invoice")
        #expect(result.type == "alpha")
        #expect(abs(result.confidence - (1 - exp(-1.0)) / 2) < 1e-12)
    }

    @Test("Batch results equal one-by-one results, run after run")
    func batchIsDeterministic() {
        let base = ["The invoice is wrong", "App crashes", "How do I export to CSV?", "Cancel my account", "hello"]
        let texts = (0 ..< 5_000).map { base[$0 % base.count] }
        let subjects: [String?] = (0 ..< 5_000).map { $0 % 3 == 0 ? "Login problem" : nil }
        let batch = rules.classify(texts: texts, subjects: subjects)
        #expect(batch == rules.classify(texts: texts, subjects: subjects))
        for index in stride(from: 0, to: 5_000, by: 97) {
            #expect(batch[index] == rules.classify(text: texts[index], subject: subjects[index]))
        }
    }

    @Test("Bad rules are named", arguments: [
        (IssueTypeRule(id: "Bad Id", keywords: ["x"]), "Bad Id"),
        (IssueTypeRule(id: "empty", keywords: []), "empty"),
        (IssueTypeRule(id: "numbers", keywords: ["429"]), "numbers"),
        (IssueTypeRule(id: "light", keywords: ["x"], weight: 0), "light"),
        (IssueTypeRule(id: "other", keywords: ["misc"]), "other"),
    ])
    func badRules(rule: IssueTypeRule, named: String) {
        #expect {
            try IssueTypeRules(rules: [rule])
        } throws: { error in
            guard case .badRule(let type, _) = error as? PatternsError else { return false }
            return type == named
        }
    }

    @Test("Duplicate ids and a threshold outside 0...1 are refused")
    func badSettings() {
        #expect(throws: PatternsError.self) {
            try IssueTypeRules(rules: [IssueTypeRule(id: "a", keywords: ["x"]), IssueTypeRule(id: "a", keywords: ["y"])])
        }
        #expect(throws: PatternsError.self) { try IssueTypeRules(threshold: 1.5) }
        #expect(throws: PatternsError.self) { try IssueTypeRules(threshold: -0.1) }
    }

    @Test("The default taxonomy has the twelve documented ids with display names")
    func taxonomy() {
        #expect(IssueTypeRules.defaultTaxonomy.map(\.id) == ["bug", "how_to", "billing", "account_access", "feature_request",
                                                            "performance", "integration", "data_import_export",
                                                            "cancellation", "onboarding", "praise", "other"])
        #expect(rules.name(of: "billing") == "Billing and invoices")
        #expect(rules.name(of: "other") == "Other")
        #expect(rules.rules.count == 11)
    }
}
