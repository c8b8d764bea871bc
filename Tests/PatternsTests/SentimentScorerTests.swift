import Patterns
import Testing
import VerbatimCore

@Suite("Sentiment scorer")
struct SentimentScorerTests {
    let scorer: SentimentScorer

    init() throws {
        scorer = try SentimentScorer()
    }

    @Test("A text without sentiment words scores exactly 0")
    func neutral() {
        #expect(scorer.score("The invoice for March is attached.") == 0)
        #expect(scorer.score("") == 0)
    }

    @Test("Positive and negative words give scores of their sign")
    func signs() {
        #expect(scorer.score("I love the new dashboard, it is great") > 0.5)
        #expect(scorer.score("The export is broken and the app crashes") < -0.5)
    }

    @Test("Negation flips and dampens: 'not good' is negative and weaker than 'good'")
    func negationFlips() {
        let good = scorer.score("The report is good")
        let notGood = scorer.score("The report is not good")
        #expect(good > 0)
        #expect(notGood < 0)
        #expect(abs(notGood) < abs(good))
        #expect(scorer.score("The report isn't good") == notGood)
        #expect(scorer.score("The report isn’t good") == notGood)
    }

    @Test("A negated function verb is a complaint: 'not working', 'no response'")
    func negatedFunctionVerbs() {
        #expect(scorer.score("It works") > 0)
        #expect(scorer.score("It is not working") < -0.3)
        #expect(scorer.score("Sync doesn't even work") < -0.3)
        #expect(scorer.score("Still no response from your team") < -0.3)
        #expect(scorer.score("No problems since the update") > 0)
    }

    @Test("Negation stops at a clause break")
    func negationScope() {
        #expect(scorer.score("Not sure, but great") > 0)
        #expect(scorer.score("No, it is great") > 0)
    }

    @Test("Boosters raise the magnitude, diminishers lower it")
    func intensifiers() {
        let plain = scorer.score("The app is slow")
        #expect(scorer.score("The app is very slow") < plain)
        #expect(scorer.score("The app is extremely slow") < plain)
        #expect(scorer.score("The app is slightly slow") > plain)
        #expect(scorer.score("The app is slightly slow") < 0)
        #expect(scorer.score("The app is kind of slow") > plain)
        #expect(scorer.score("Support was really helpful") > scorer.score("Support was helpful"))
    }

    @Test("After 'but' the clause weighs more")
    func contrast() {
        #expect(scorer.score("The app is great but the sync is terrible") < 0)
        #expect(scorer.score("The sync is terrible but the app is great") > 0)
    }

    @Test("Exclamation marks and capitals add emphasis")
    func emphasis() {
        let plain = scorer.score("This is bad")
        #expect(scorer.score("This is bad!!!") < plain)
        #expect(scorer.score("This is BAD") < plain)
        #expect(scorer.score("Great!") > scorer.score("Great"))
    }

    @Test("Support phrases: 'still waiting' is negative, 'finally works' positive, thanks weak")
    func supportPhrases() {
        #expect(scorer.score("Still waiting for the refund") < -0.4)
        #expect(scorer.score("It finally works") > 0.3)
        let thanks = scorer.score("Thanks")
        #expect(thanks > 0 && thanks < 0.2)
        #expect(scorer.score("It stopped working yesterday") < -0.4)
    }

    @Test("Emoticons and emoji count")
    func emoticons() {
        #expect(scorer.score("the update :)") > 0)
        #expect(scorer.score("the update :(") < 0)
        #expect(scorer.score("the update 👍") > 0)
        #expect(scorer.score("the update 😡") < 0)
        #expect(scorer.score("see https://example.com/x at 10:30") == 0)
    }

    @Test("Sign-off lines and quoted replies carry no sentiment")
    func signOffs() {
        #expect(scorer.score("The invoice is attached.\n\nBest regards,\nAnna") == 0)
        #expect(scorer.score("The invoice is attached.\n> We are happy to help, great!") == 0)
    }

    @Test("Scores stay strictly inside -1...1 however much sentiment there is")
    func bounds() {
        let rant = String(repeating: "TERRIBLE awful broken useless!!! ", count: 500)
        let praise = String(repeating: "AMAZING wonderful great perfect!!! ", count: 500)
        let low = scorer.score(rant), high = scorer.score(praise)
        #expect(low > -1 && low < -0.99)
        #expect(high < 1 && high > 0.99)
    }

    @Test("Batch scores equal one-by-one scores, in order, run after run")
    func batchIsDeterministic() {
        let base = ["I love it", "It is broken", "The invoice", "Not great, not terrible", "Very very slow!!"]
        let texts = (0 ..< 5_000).map { base[$0 % base.count] + " \($0 % 7)" }
        let batch = scorer.scores(texts)
        #expect(batch == texts.map(scorer.score))
        #expect(batch == scorer.scores(texts))
    }

    @Test("Options out of range are named")
    func badOptions() {
        var options = SentimentOptions()
        options.negationScope = 0
        #expect(throws: PatternsError.self) { try SentimentScorer(options: options) }
        options = SentimentOptions()
        options.normalizationAlpha = 0
        #expect(throws: PatternsError.self) { try SentimentScorer(options: options) }
    }

    @Test("A malformed lexicon item is named")
    func badLexicon() {
        #expect(throws: PatternsError.badLexicon(item: "good", reason: "write word:valence")) {
            try SentimentLexicon(entries: "good", boosters: "", diminishers: "", negators: "", contrasts: [],
                                 signOffs: "", emoticons: [], emoji: [])
        }
        #expect(throws: PatternsError.self) {
            try SentimentLexicon(entries: "good:9", boosters: "", diminishers: "", negators: "", contrasts: [],
                                 signOffs: "", emoticons: [], emoji: [])
        }
    }

    @Test("Stems match their inflections; exact words win over stems")
    func stems() {
        #expect(SentimentLexicon.english.valence(of: "frustrating") == SentimentLexicon.english.valence(of: "frustrated"))
        #expect(SentimentLexicon.english.valence(of: "frustrating") ?? 0 < 0)
        #expect(SentimentLexicon.english.valence(of: "invoice") == nil)
        #expect(SentimentLexicon.english.valenceEntryCount > 600)
    }

    @Test("An item's own score maps linearly onto -1...1")
    func scoreScale() {
        #expect(ScoreType.nps.sentiment(of: 0) == -1)
        #expect(ScoreType.nps.sentiment(of: 5) == 0)
        #expect(ScoreType.nps.sentiment(of: 10) == 1)
        #expect(ScoreType.csat.sentiment(of: 4) == 0.5)
        #expect(ScoreType.ces.sentiment(of: 7) == 1)
        #expect(ScoreType.ces.sentiment(of: 1) == -1)
        #expect(ScoreType.rating.sentiment(of: 3) == 0)
        #expect(ScoreType.rating.sentiment(of: 6) == nil)
        #expect(ScoreType.nps.sentiment(of: .nan) == nil)
    }
}
