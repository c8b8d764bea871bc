import Foundation
import Testing
import VerbatimCore
@testable import Ingest

/// Each detector on positives from many formats and on the support-text numbers it must leave alone.
@Suite("PII redaction")
struct PIIRedactorTests {
    let redactor = PIIRedactor.standard

    func redacted(_ text: String) -> String { redactor.redact(text) }

    @Test("E-mail addresses become [email]; handles, hosts without a dot and one-letter TLDs do not",
          arguments: [
              ("write to jane.doe@example.com please", "write to [email] please"),
              ("<First_Last+tag@mail.example.co.uk>", "<[email]>"),
              ("mailto:o'brien@example.ie.", "mailto:[email]."),
              ("JOSÉ.GARCÍA@correo.es y josé@ejemplo.es", "[email] y [email]"),
              ("(ops-team@help.example.org)", "([email])"),
          ])
    func emails(_ input: String, _ expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Not e-mail addresses", arguments: [
        "@TeamYouTube hi", "root@localhost failed", "meet @ 5pm", "a@b.c", "foo@bar", "user@-bad.com-",
    ])
    func notEmails(_ input: String) {
        #expect(redactor.findings(in: input).filter { $0.detector == .email }.isEmpty, "\(input)")
    }

    @Test("Phone numbers in international and national formats become [phone]", arguments: [
        "+44 20 7946 0958", "+1-202-555-0143", "0044 20 7946 0958", "(202) 555-0143", "020 7946 0958",
        "06 12 34 56 78", "030/1234567", "+49 30 1234567", "+33 6 12 34 56 78", "+44 (0)20 7946 0958",
        "+1 (202) 555-0143", "202.555.0143", "1-800-555-0199", "+81-3-1234-5678", "+91 98765 43210",
        "+55 11 91234-5678", "0171 1234567", "07700 900123", "912 345 678", "+442079460958",
    ])
    func phones(_ number: String) {
        #expect(redacted("call me on \(number) today") == "call me on [phone] today", "\(number)")
    }

    @Test("Dates, times, prices, versions, ids, ISBNs and tracking numbers are not phones", arguments: [
        "2024-03-15", "15.03.2024", "03/15/2024", "2024-03-15 10:30:00", "10:30", "$1,299.00", "€ 49,99",
        "version 10.2.3", "order 0123456789", "#0123456789", "ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2",
        "1Z999AA10123456784", "SKU-4411-22", "ACC-000123", "12345678901", "ticket 4567890", "1 299 000",
        "20240315103000", "0001234567", "03-15-2024 10", "order number: 0171 1234567",
    ])
    func notPhones(_ text: String) {
        #expect(redactor.findings(in: "see \(text) here").isEmpty, "\(text)")
    }

    @Test("Card numbers pass Luhn and a network prefix, with or without separators")
    func cards() {
        #expect(redacted("card 4111 1111 1111 1111 exp 12/27") == "card [card] exp 12/27")
        #expect(redacted("4111-1111-1111-1111") == "[card]")
        #expect(redacted("amex 378282246310005.") == "amex [card].")
        #expect(redacted("mc 5555 5555 5555 4444") == "mc [card]")
        #expect(redacted("discover 6011111111111117") == "discover [card]")
        // One digit off: Luhn fails.
        #expect(redacted("card 4111 1111 1111 1112") == "card 4111 1111 1111 1112")
        // Luhn-valid but no network starts with 1 or 9.
        #expect(PIIScanner.luhn([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 2][...]))
        #expect(redacted("ref 1234567890123452") == "ref 1234567890123452")
        #expect(redacted("tracking 9400 1000 0000 0000 0000 00") == "tracking 9400 1000 0000 0000 0000 00")
    }

    @Test("IBANs need the country's length and mod-97; grouped or not")
    func ibans() {
        #expect(redacted("IBAN DE89 3704 0044 0532 0130 00, thanks") == "IBAN [iban], thanks")
        #expect(redacted("GB29NWBK60161331926819") == "[iban]")
        #expect(redacted("fr14 2004 1010 0505 0001 3m02 606") == "[iban]")
        #expect(redacted("NL91ABNA0417164300.") == "[iban].")
        // Check digits off by one, and a digit short.
        #expect(redacted("DE88 3704 0044 0532 0130 00").contains("DE88"))
        #expect(redacted("GB29NWBK6016133192681").contains("GB29"))
    }

    @Test("IPv4 and IPv6 addresses become [ip]; versions and times do not")
    func ips() {
        #expect(redacted("from 192.168.1.10:8080 and 8.8.8.8.") == "from [ip]:8080 and [ip].")
        #expect(redacted("2001:db8::1 and 2001:0db8:85a3:0000:0000:8a2e:0370:7334") == "[ip] and [ip]")
        #expect(redacted("[fe80::1ff:fe23:4567:890a] ::1 ::ffff:192.0.2.128") == "[[ip]] [ip] [ip]")
        for text in ["1.2.3.4.5", "version 1.2.3.4", "256.1.1.1", "10:30:00", "std::vector", "dead::beef", "192.168.1",
                     "00:1A:2B:3C:4D:5E", "01.02.03.04"] {
            #expect(redactor.findings(in: text).isEmpty, "\(text)")
        }
    }

    @Test("The detectors do not eat each other's findings")
    func precedence() {
        // The IBAN's digit groups would make a phone; the e-mail's digits a card.
        #expect(redacted("DE89 3704 0044 0532 0130 00") == "[iban]")
        #expect(redacted("4111111111111111@example.com") == "[email]")
        #expect(redacted("::ffff:192.0.2.128") == "[ip]")
    }

    @Test("Counts per type; text without candidates comes back unchanged")
    func counts() throws {
        var counts = RedactionCounts()
        let text = redactor.redact("a@example.com, b@example.org, +44 20 7946 0958, 10.0.0.1", into: &counts)
        #expect(text == "[email], [email], [phone], [ip]")
        #expect(counts == RedactionCounts(["email": 2, "phone": 1, "ip": 1]))
        #expect(counts.description == "2 email, 1 phone, 1 ip")
        #expect(redactor.redact("the app crashes on login") == "the app crashes on login")
    }

    @Test("Only the configured detectors run; custom patterns run first and name their placeholder")
    func options() throws {
        let custom = try PIIRedactor(options: RedactionOptions(detectors: [.email],
                                                               patterns: [.init(name: "ticket_ref", regex: "CUST-[0-9]{6}")]))
        var counts = RedactionCounts()
        #expect(custom.redact("CUST-123456 from a@example.com at +44 20 7946 0958", into: &counts)
                == "[ticket_ref] from [email] at +44 20 7946 0958")
        #expect(counts == RedactionCounts(["ticket_ref": 1, "email": 1]))
    }

    @Test("A pattern that does not compile, or a bad name, is an error naming it")
    func badPatterns() {
        #expect(throws: IngestError.self) { try PIIRedactor(options: .init(patterns: [.init(name: "ref", regex: "CUST-[0-9")])) }
        do {
            _ = try PIIRedactor(options: .init(patterns: [.init(name: "ref", regex: "CUST-[0-9")]))
        } catch {
            #expect(String(describing: error).contains("'ref'"))
            #expect(String(describing: error).contains("does not compile"))
        }
        #expect(throws: IngestError.self) { try PIIRedactor(options: .init(patterns: [.init(name: "a b", regex: "x")])) }
    }

    @Test("An item's free text, tags and extra values are redacted; ids that are personal data get a stable pseudonym")
    func items() {
        var item = FeedbackItem(source: "s", externalID: "T-1", kind: .ticket, text: "mail me: a@example.com",
                                accountID: "bob@example.com", subject: "call +1-202-555-0143", agentText: "sent to a@example.com",
                                tags: ["vip", "10.0.0.1"], extra: ["Customer Email": "bob@example.com", "Plan": "pro"])
        var counts = RedactionCounts()
        redactor.redact(&item, into: &counts)
        #expect(item.text == "mail me: [email]")
        #expect(item.subject == "call [phone]")
        #expect(item.agentText == "sent to [email]")
        #expect(item.tags == ["vip", "[ip]"])
        #expect(item.extra == ["Customer Email": "[email]", "Plan": "pro"])
        #expect(item.externalID == "T-1")
        let pseudonym = item.accountID ?? ""
        #expect(pseudonym.hasPrefix("email-") && pseudonym.count == 22 && !pseudonym.contains("bob"))
        var again = RedactionCounts()
        #expect(redactor.pseudonym(for: "bob@example.com", into: &again) == pseudonym)
        #expect(redactor.pseudonym(for: "4111111111111111", into: &again) == "4111111111111111")
        #expect(counts[.email] == 4)
    }

    @Test("Rejects' excerpts are redacted")
    func rejects() {
        var reject = RecordReject(location: RecordLocation(index: 0), reason: "score 'x' is not a number", excerpt: "email=a@example.com; score=x")
        var counts = RedactionCounts()
        redactor.redact(&reject, into: &counts)
        #expect(reject.excerpt == "email=[email]; score=x")
    }

    @Test("The settings key changes with the options")
    func settingsKey() throws {
        let all = RedactionOptions.settingsKey(RedactionOptions())
        #expect(all != RedactionOptions.settingsKey(nil))
        #expect(all != RedactionOptions.settingsKey(RedactionOptions(detectors: [.email])))
        #expect(all != RedactionOptions.settingsKey(RedactionOptions(patterns: [.init(name: "a", regex: "b")])))
        #expect(all == RedactionOptions.settingsKey(RedactionOptions(detectors: [.ip, .iban, .card, .phone, .email])))
    }
}
