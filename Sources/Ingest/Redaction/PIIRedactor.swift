import Foundation
import VerbatimCore

/// Replaces personal data in text by typed placeholders before anything is stored: e-mail
/// addresses by `[email]`, phone numbers by `[phone]`, payment card numbers by `[card]`, IBANs by
/// `[iban]`, IPv4 and IPv6 addresses by `[ip]`, and matches of a custom pattern named NAME by
/// `[NAME]`.
///
/// Order: the custom patterns first (the user's own, most specific rules), in config order, then
/// the built-in detectors in ``PIIDetector/precedence`` order over what is left (see
/// `PIIScanner`). The placeholders hold no digit and no `@`, so no later rule finds anything in
/// an earlier one's placeholder.
///
/// The built-in detectors work on UTF-8 bytes in one pass; a text with no `@`, fewer than four
/// digits and fewer than two colons is returned after a single scan of its bytes.
public struct PIIRedactor: Sendable {
    /// The options in force.
    public let options: RedactionOptions
    private let patterns: [CompiledPattern]
    private let placeholders: [PIIDetector: [UInt8]]

    /// A redactor.
    /// - Throws: `IngestError.badOption` naming a custom pattern whose name is not letters,
    ///   digits and `_`, or whose regular expression does not compile.
    public init(options: RedactionOptions = RedactionOptions()) throws {
        self.options = options
        patterns = try options.patterns.map(CompiledPattern.init)
        placeholders = Dictionary(uniqueKeysWithValues: PIIDetector.allCases.map { ($0, Array($0.placeholder.utf8)) })
    }

    /// A redactor with every built-in detector and no custom pattern.
    public static let standard: PIIRedactor = {
        do { return try PIIRedactor() } catch { preconditionFailure("the built-in options are valid: \(error)") }
    }()

    /// The text with each finding replaced by its placeholder; `counts` gets one per finding.
    /// - Complexity: O(n) in the text's bytes for the built-in detectors; custom patterns cost
    ///   what their regular expressions cost.
    public func redact(_ text: String, into counts: inout RedactionCounts) -> String {
        var text = text
        for pattern in patterns { text = pattern.replace(in: text, counts: &counts) }
        guard !options.detectors.isEmpty, !text.isEmpty else { return text }
        let redacted: [UInt8]? = text.withUTF8 { buffer in
            guard PIIScanner.mayContain(buffer) else { return nil }
            let spans = PIIScanner(bytes: buffer, detectors: options.detectors).findings()
            guard !spans.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count)
            var last = 0
            for span in spans {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[last..<span.start]))
                out.append(contentsOf: placeholders[span.detector] ?? [])
                counts[span.detector] += 1
                last = span.end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[last...]))
            return out
        }
        return redacted.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The text with each finding replaced by its placeholder.
    public func redact(_ text: String) -> String {
        var counts = RedactionCounts()
        return redact(text, into: &counts)
    }

    /// One finding of a built-in detector.
    public struct Finding: Sendable, Equatable {
        /// What it is.
        public var detector: PIIDetector
        /// Its bytes in the text's UTF-8.
        public var utf8Range: Range<Int>
        /// Its text.
        public var text: String
    }

    /// The built-in detectors' findings in `text`, in order (custom patterns are not applied).
    public func findings(in text: String) -> [Finding] {
        var text = text
        return text.withUTF8 { buffer in
            PIIScanner(bytes: buffer, detectors: options.detectors).findings().map {
                Finding(detector: $0.detector, utf8Range: $0.start..<$0.end,
                        text: String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]), as: UTF8.self))
            }
        }
    }
}

/// A custom pattern compiled once. `NSRegularExpression` is immutable and safe to share across
/// threads once made.
private final class CompiledPattern: @unchecked Sendable {
    let name: String
    let regex: NSRegularExpression
    let template: String

    init(_ pattern: RedactionOptions.Pattern) throws {
        let label = "[[redaction.pattern]] '\(pattern.name)'"
        guard !pattern.name.isEmpty, pattern.name.utf8.allSatisfy({ PIIScanner.isASCIIAlphanumeric($0) || $0 == 0x5F }) else {
            throw IngestError.badOption(option: label, value: pattern.name,
                                        reason: "a pattern's name is its placeholder: use letters, digits and _ (e.g. ticket_ref)")
        }
        guard !pattern.regex.isEmpty else {
            throw IngestError.badOption(option: label, value: "regex = \"\"", reason: "the regular expression is empty")
        }
        do {
            regex = try NSRegularExpression(pattern: pattern.regex)
        } catch {
            throw IngestError.badOption(option: label, value: "regex = \"\(pattern.regex)\"",
                                        reason: "the regular expression does not compile (ICU syntax, as NSRegularExpression reads it)")
        }
        name = pattern.name
        template = NSRegularExpression.escapedTemplate(for: "[\(pattern.name)]")
    }

    /// The text with every non-empty match replaced by `[name]`.
    func replace(in text: String, counts: inout RedactionCounts) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        let matches = regex.matches(in: text, range: whole).filter { $0.range.length > 0 }
        guard !matches.isEmpty else { return text }
        var out = ""
        var last = text.startIndex
        for match in matches {
            guard let range = Range(match.range, in: text) else { continue }
            out += text[last..<range.lowerBound]
            out += "[\(name)]"
            last = range.upperBound
        }
        out += text[last...]
        counts[name] += matches.count
        return out
    }
}
