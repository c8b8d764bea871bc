import Testing
import TextAnalysis

@Suite("TextNormalizer")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test("Tags, entities, URLs and e-mail addresses become clean text and placeholders")
    func headline() {
        #expect(normalizer.normalize("Hi,<br>see https://x.io &amp; mail bob@x.com") == "hi,\nsee ⟨url⟩ & mail ⟨email⟩")
    }

    @Test("Block tags break lines, inline tags vanish, scripts and comments go")
    func tags() {
        #expect(normalizer.normalize("<p>Hello</p><p>World</p>") == "hello\n\nworld")
        #expect(normalizer.normalize("<b>Bold</b>text<script>var x = 1;</script><!-- note -->end") == "boldtextend")
        #expect(normalizer.normalize("<td>a</td><td>b</td>") == "a  b")
        #expect(normalizer.normalize("if a < b then") == "if a < b then")
    }

    @Test("Named and numeric entities are decoded; unknown ones stay")
    func entities() {
        #expect(normalizer.normalize("Caf&eacute; &#233; &#x263A; &lt;b&gt; &bogus; &#;") == "café é ☺ <b> &bogus; &#;")
    }

    @Test("NFKC folds ligatures and full-width letters; curly quotes become straight")
    func unicode() {
        #expect(normalizer.normalize("ﬁle Ｃａｆé Müller’s “quote”") == "file café müller's \"quote\"")
    }

    @Test("Cherokee capitals are lower-cased whatever else the text holds")
    func cherokee() {
        // Found by fuzzing: "Ꮸ" (U+13E8) was kept as it is on the fast path, which tests
        // stability under case folding (which keeps Cherokee capitals), and lower-cased to "ꮸ"
        // (U+ABB8) when the text also held a character only Foundation folds.
        #expect(normalizer.normalize("Ꮸ") == "ꮸ")
        #expect(normalizer.normalize("Ꮸ e\u{301}") == "ꮸ é")
        #expect(normalizer.normalize("&#x13e8;") == "ꮸ")
    }

    @Test("Phones, numbers and handles become placeholders; words with digits stay")
    func placeholders() {
        let text = "Call +1 (415) 555-0100 or 415-555-0100, order 12345, pay $3.50 at 10:30, 2fa on iOS17, @acme_help"
        #expect(normalizer.normalize(text)
            == "call ⟨phone⟩ or ⟨phone⟩, order ⟨number⟩, pay $⟨number⟩ at ⟨number⟩, 2fa on ios17, ⟨handle⟩")
        #expect(normalizer.normalize("see www.acme.com/help. or http://a.b/c?d=1)") == "see ⟨url⟩. or ⟨url⟩)")
        #expect(normalizer.normalize("mail a.b+c@mail.acme.co.uk; not@home") == "mail ⟨email⟩; not@home")
    }

    @Test("A quoted reply after \"On … wrote:\" is dropped, also when the header wraps")
    func onWrote() {
        let text = "The export fails.\n\nOn Mon, 3 Mar 2025 at 10:00, Support <help@x.com> wrote:\n> Have you tried again?\n> Thanks"
        #expect(normalizer.normalize(text) == "the export fails.")
        let wrapped = "Still failing\nOn Mon, 3 Mar 2025 at 10:00 Support <help@x.com>\nwrote:\n> old text"
        #expect(normalizer.normalize(wrapped) == "still failing")
        #expect(normalizer.normalize("Still failing\nAm Mo., 3. März 2025 um 10:00 Uhr schrieb Support <s@x.de>:\n> alt") == "still failing")
    }

    @Test("Outlook headers and lines starting with > are dropped")
    func outlook() {
        #expect(normalizer.normalize("Still broken\r\n-----Original Message-----\r\nFrom: Support\r\nOld") == "still broken")
        #expect(normalizer.normalize("Still broken\nFrom: Support Team\nSent: Monday\nTo: Bob\nOld text") == "still broken")
        #expect(normalizer.normalize("> quoted line\nMy answer\n> another") == "my answer")
        #expect(normalizer.normalize("Hi\n________________\nFrom: x") == "hi")
    }

    @Test("Signatures are dropped: --, Sent from my iPhone, and a sign-off with a short block")
    func signatures() {
        #expect(normalizer.normalize("The app crashes on start.\n\nBest regards,\nJane Doe\nAcme Inc.") == "the app crashes on start.")
        #expect(normalizer.normalize("Refund please\n\nSent from my iPhone") == "refund please")
        #expect(normalizer.normalize("It broke again\n-- \nJane\nCTO") == "it broke again")
        #expect(normalizer.normalize("Export is empty.\nThanks!") == "export is empty.")
    }

    @Test("A sign-off followed by long lines, or at the start, is content")
    func signOffKept() {
        let text = "It works now.\nThanks,\nbut the invoice still shows the old plan and the wrong amount for March"
        #expect(normalizer.normalize(text) == "it works now.\nthanks,\nbut the invoice still shows the old plan and the wrong amount for march")
        #expect(normalizer.normalize("Thanks!\nThe sync is broken") == "thanks!\nthe sync is broken")
    }

    @Test("Options turn the steps off")
    func optionsOff() {
        var options = TextAnalysisOptions()
        options.dropQuotedReplies = false
        options.dropSignatures = false
        options.stripHTML = false
        let normalizer = TextNormalizer(options: options)
        #expect(normalizer.normalize("<b>Hi</b>\n> quoted\n-- \nJane") == "<b>hi</b>\n> quoted\n-- \njane")
    }
}
