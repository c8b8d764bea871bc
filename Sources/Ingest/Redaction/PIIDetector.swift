/// A built-in kind of personal data the redactor finds, and the placeholder that replaces it.
public enum PIIDetector: String, Sendable, CaseIterable, Hashable {
    /// An e-mail address: `local@domain.tld`.
    case email
    /// A telephone number in international (`+44 20 7946 0958`, `0044 …`) or national
    /// (`(202) 555-0143`, `020 7946 0958`, `06 12 34 56 78`, `030/1234567`) format.
    case phone
    /// A payment card number: 13–19 digits, Luhn-valid, with a card network's prefix.
    case card
    /// An IBAN: country code, check digits and the country's BBAN length, mod-97 valid.
    case iban
    /// An IPv4 or IPv6 address.
    case ip

    /// The text that replaces a finding: `[email]`, `[phone]`, `[card]`, `[iban]`, `[ip]`.
    public var placeholder: String { "[\(rawValue)]" }

    /// The order in which the detectors claim text, most specific first, so that one never eats
    /// part of another's finding: an e-mail address's digits are not a phone number, an IBAN's
    /// digits are not a card or a phone, an IPv6 address's embedded IPv4 is not a second address,
    /// and a card number is not read as a phone number.
    public static let precedence: [PIIDetector] = [.email, .iban, .ip, .card, .phone]
}
