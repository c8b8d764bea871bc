import Testing
import TextAnalysis

@Suite("LanguageDetector")
struct LanguageDetectorTests {
    let detector = LanguageDetector(stopwords: Stopwords.library)

    @Test("English sentences are English")
    func english() {
        #expect(detector.detect("I can't log in to my account since the last update.") == .english)
        #expect(detector.detect("The invoice was charged twice and I would like a refund.") == .english)
        #expect(detector.detect("Why is the export so slow when there are many rows?") == .english)
    }

    @Test("German sentences are German")
    func german() {
        #expect(detector.detect("Ich kann mich seit dem Update nicht mehr anmelden.") == .german)
        #expect(detector.detect("Die Rechnung wurde doppelt abgebucht, bitte um Erstattung.") == .german)
        #expect(detector.detect("Der Export ist sehr langsam und bricht ab.") == .german)
    }

    @Test("Spanish sentences are Spanish")
    func spanish() {
        #expect(detector.detect("No puedo iniciar sesión en mi cuenta desde la actualización.") == .spanish)
        #expect(detector.detect("Me cobraron dos veces la factura y quiero un reembolso.") == .spanish)
        #expect(detector.detect("¿Por qué la exportación es tan lenta?") == .spanish)
    }

    @Test("French sentences are French")
    func french() {
        #expect(detector.detect("Je ne peux plus me connecter à mon compte depuis la mise à jour.") == .french)
        #expect(detector.detect("La facture a été débitée deux fois, je voudrais un remboursement.") == .french)
        #expect(detector.detect("L'export est très lent et il s'arrête.") == .french)
    }

    @Test("Portuguese sentences are Portuguese")
    func portuguese() {
        #expect(detector.detect("Não consigo entrar na minha conta desde a atualização.") == .portuguese)
        #expect(detector.detect("A fatura foi cobrada duas vezes e eu quero o reembolso.") == .portuguese)
        #expect(detector.detect("Por que a exportação está tão lenta?") == .portuguese)
    }

    @Test("Short or unclear texts fall back to English, or to the fallback given")
    func fallback() {
        #expect(detector.detect("") == .english)
        #expect(detector.detect("Login broken") == .english)
        #expect(LanguageDetector(stopwords: Stopwords.library, fallback: .german).detect("Login kaputt") == .german)
    }
}
