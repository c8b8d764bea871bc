import Foundation
import Patterns
import Pipeline
import Testing

@Suite("Issue-type configuration")
struct IssueTypeSettingsTests {
    func settings(_ toml: String) throws -> IssueTypeSettings {
        let config = try Config(text: toml, file: "/w/verbatim.toml")
        return try IssueTypeSettings(config: config.issueTypes, file: "/w/verbatim.toml")
    }

    /// The reason of the config error `toml` gives, or nil when it gives none.
    func reason(_ toml: String) -> String? {
        do {
            _ = try settings(toml)
            return nil
        } catch let PipelineError.config(file, reason) {
            #expect(file == "/w/verbatim.toml")
            return reason
        } catch {
            return "unexpected: \(error)"
        }
    }

    @Test("Without an [issue_types] section the built-in taxonomy and threshold apply")
    func defaults() throws {
        let plain = try settings("")
        #expect(plain.taxonomy == IssueTypeRules.defaultTaxonomy)
        #expect(plain.threshold == 0.35)
        #expect(try plain.makeRules().classify(text: "Please refund the invoice").type == "billing")
    }

    @Test("A built-in name replaces that type's words and keeps its display name")
    func replace() throws {
        let s = try settings("""
            [issue_types]
            threshold = 0.4
            [[issue_types.type]]
            name = "billing"
            keywords = ["kaching"]
            """)
        #expect(s.threshold == 0.4)
        let billing = s.taxonomy.first { $0.id == "billing" }
        #expect(billing?.keywords == ["kaching"])
        #expect(billing?.phrases == [])
        #expect(billing?.name == "Billing and invoices")
        let rules = try s.makeRules()
        #expect(rules.classify(text: "kaching kaching").type == "billing")
        #expect(rules.classify(text: "the invoice").type == "other")
        #expect(s.taxonomy.count == IssueTypeRules.defaultTaxonomy.count)
    }

    @Test("A new name adds a type beside the built-in ones")
    func extend() throws {
        let s = try settings("""
            [[issue_types.type]]
            name = "shipping"
            label = "Shipping and delivery"
            keywords = ["parcel", "courier"]
            phrases = ["tracking number"]
            """)
        let rules = try s.makeRules()
        #expect(rules.classify(text: "Where is my parcel? The courier never came").type == "shipping")
        #expect(rules.classify(text: "The app crashes on launch").type == "bug")
        #expect(rules.name(of: "shipping") == "Shipping and delivery")
        #expect(s.taxonomy.last?.id == "other")
    }

    @Test("defaults = false keeps only the configured types")
    func onlyConfigured() throws {
        let s = try settings("""
            [issue_types]
            defaults = false
            [[issue_types.type]]
            name = "shipping"
            keywords = ["parcel"]
            """)
        #expect(s.taxonomy.map(\.id) == ["shipping", "other"])
        #expect(try s.makeRules().classify(text: "The app crashes on launch").type == "other")
    }

    @Test("A label or weight alone keeps the built-in words")
    func relabel() throws {
        let s = try settings("""
            [[issue_types.type]]
            name = "bug"
            label = "Defect"
            weight = 1
            [[issue_types.type]]
            name = "other"
            label = "Unsorted"
            """)
        let bug = s.taxonomy.first { $0.id == "bug" }
        #expect(bug?.name == "Defect" && bug?.weight == 1)
        #expect(bug?.keywords == IssueTypeRules.defaultTaxonomy.first { $0.id == "bug" }?.keywords)
        #expect(try s.makeRules().name(of: "other") == "Unsorted")
    }

    @Test("The rules hash changes with the words and the threshold")
    func hash() throws {
        let a = try settings(""), b = try settings("[issue_types]\nthreshold = 0.5")
        let c = try settings("[[issue_types.type]]\nname = \"billing\"\nkeywords = [\"x\"]")
        #expect(a.rulesHash == (try settings("")).rulesHash)
        #expect(a.rulesHash != b.rulesHash && a.rulesHash != c.rulesHash)
    }

    @Test("Bad values give errors naming the setting, the value and a fix", arguments: [
        ("[issue_types]\nthreshold = 1.5", "threshold = 1.5"),
        ("[issue_types]\nthreshold = -1", "threshold = -1"),
        ("[issue_types]\ndefaults = false", "defaults = false"),
        ("[[issue_types.type]]\nname = \"Bad Name\"\nkeywords = [\"x\"]", "name = \"Bad Name\""),
        ("[[issue_types.type]]\nname = \"refunds\"", "\"refunds\" has no keywords"),
        ("[[issue_types.type]]\nname = \"x\"\nkeywords = [\"a\"]\n[[issue_types.type]]\nname = \"x\"\nkeywords = [\"b\"]", "appears twice"),
        ("[[issue_types.type]]\nname = \"x\"\nkeywords = [\"a\"]\nweight = 0", "weight = 0"),
        ("[[issue_types.type]]\nname = \"x\"\nkeywords = [\"\"]", "keywords has an empty entry"),
        ("[[issue_types.type]]\nname = \"other\"\nkeywords = [\"misc\"]", "fallback type"),
        ("[[issue_types.type]]\nname = \"codes\"\nkeywords = [\"429\"]", "'429' keeps no word"),
    ])
    func badValues(toml: String, expected: String) {
        let message = reason(toml)
        #expect(message?.contains(expected) == true, "\(message ?? "no error")")
    }

    @Test("A value of the wrong type names its key")
    func wrongType() {
        let message = reason("[issue_types]\nthreshold = \"high\"")
        #expect(message?.contains("line 2: [issue_types] threshold = \"high\": should be a number") == true, "\(message ?? "no error")")
    }
}
