import Foundation
import VerbatimCore

/// Turns raw feedback text into clean, lower-cased text.
///
/// In order: HTML tags removed and entities decoded (`stripHTML`); Unicode NFKC (compatibility
/// composition, so `ﬁ` → `fi` and full-width `Ａ` → `A`) and lower-casing; curly quotes to
/// straight ones; CR and CRLF line ends to LF; quoted e-mail replies (`dropQuotedReplies`) and
/// signatures (`dropSignatures`) dropped (see `ReplyTrimmer`); URLs, e-mail addresses, @handles,
/// phone numbers and numbers replaced by the placeholders `⟨url⟩`, `⟨email⟩`, `⟨handle⟩`,
/// `⟨phone⟩` and `⟨number⟩` (see `PlaceholderMasker`); white space trimmed at both ends. The
/// placeholders use the mathematical angle brackets U+27E8/U+27E9 so that they cannot collide
/// with words customers type; the tokenizer recognises them and `CorpusAnalyzer` drops them.
///
/// Example: `"Hi,<br>see https://x.io &amp; mail bob@x.com"` → `"hi,\nsee ⟨url⟩ & mail ⟨email⟩"`.
public struct TextNormalizer: Sendable {
    /// The options in force.
    public let options: TextAnalysisOptions

    /// A normalizer.
    /// - Parameter options: which steps run; see `TextAnalysisOptions`.
    public init(options: TextAnalysisOptions = .init()) {
        self.options = options
    }

    /// The clean text.
    /// - Parameter text: raw feedback text.
    /// - Returns: the normalised text.
    /// - Complexity: O(n) in the length of the text; ASCII text skips the Unicode normalisation.
    public func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// The clean text as UTF-8 bytes.
    func normalizedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var facts = ByteFacts(bytes)
        if options.stripHTML && facts.mayContainHTML {
            bytes = HTMLStripper.strip(bytes)
            facts = ByteFacts(bytes)
        }
        if facts.isPlainASCII {
            TextNormalizer.lowercaseASCII(&bytes)
        } else {
            bytes = TextNormalizer.fold(bytes)
        }
        if options.dropQuotedReplies || options.dropSignatures {
            bytes = ReplyTrimmer(dropQuotedReplies: options.dropQuotedReplies, dropSignatures: options.dropSignatures)
                .trim(bytes)
        }
        return TextNormalizer.trimmed(PlaceholderMasker.mask(bytes))
    }

    /// The bytes without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        var lower = 0, upper = bytes.count
        while lower < upper, PlaceholderMasker.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, PlaceholderMasker.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower == 0 && upper == bytes.count ? bytes : Array(bytes[lower..<upper])
    }

    /// Lower-cases ASCII letters in place: all `fold` does to ASCII text without carriage returns.
    static func lowercaseASCII(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices {
                let byte = buffer[index]
                buffer[index] = byte | (byte &- 0x41 < 26 ? 0x20 : 0)
            }
        }
    }

    /// What one pass over the bytes tells the normalizer.
    struct ByteFacts {
        /// Whether the bytes are ASCII without a carriage return.
        var isPlainASCII: Bool
        /// Whether they hold a `<` or an `&`.
        var mayContainHTML: Bool

        init(_ bytes: [UInt8]) {
            var high: UInt8 = 0, carriageReturns: UInt8 = 0, markup: UInt8 = 0
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer {
                    high |= byte
                    carriageReturns |= byte == 0x0D ? 1 : 0
                    markup |= byte == 0x3C || byte == 0x26 ? 1 : 0
                }
            }
            isPlainASCII = high < 0x80 && carriageReturns == 0
            mayContainHTML = markup != 0
        }
    }

    /// NFKC, lower case, straight quotes and LF line ends.
    ///
    /// ASCII is lower-cased byte by byte. Other characters that NFKC and lower-casing leave alone
    /// (most accented letters, CJK, emoji) are copied, and upper-case letters whose lower case is
    /// such a character are mapped one by one; only a text holding anything else (a combining
    /// mark, a ligature, a full-width letter, …) goes through Foundation's NFKC as a whole.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let done = bytes.withUnsafeBufferPointer { buffer -> Bool in
            let n = buffer.count
            var index = 0
            while index < n {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A {
                        out.append(byte | 0x20)
                    } else if byte == 0x0D {
                        out.append(0x0A)
                        if index + 1 < n && buffer[index + 1] == 0x0A { index += 1 }
                    } else {
                        out.append(byte)
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(buffer, at: index)
                switch scalar.value {
                case 0x2018, 0x2019: out.append(0x27)
                case 0x201C, 0x201D: out.append(0x22)
                default:
                    if TextNormalizer.isStable(scalar) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<(index + length)]))
                    } else if let lower = TextNormalizer.stableLowercase(scalar) {
                        out.append(contentsOf: String(Character(lower)).utf8)
                    } else {
                        return false
                    }
                }
                index += length
            }
            return true
        }
        return done ? out : foldWithFoundation(bytes)
    }

    /// Whether NFKC and lower-casing leave the scalar as it is, whatever surrounds it.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: break
        }
        if (0x1100...0x11FF).contains(scalar.value) || scalar.value == 0xFFFD { return false }
        if properties.isDefaultIgnorableCodePoint { return true }
        // ß and final sigma change only under case folding, not under lower-casing.
        if scalar.value == 0xDF || scalar.value == 0x3C2 { return true }
        // Case folding keeps Cherokee capitals (it folds the small letters to them), lower-casing
        // does not: both must leave the scalar alone, or `Ꮸ` would stay upper case here and be
        // lower-cased by the Foundation path when the text holds anything else unstable.
        return !properties.changesWhenNFKCCaseFolded && !properties.changesWhenLowercased
    }

    /// The lower case of an upper-case letter when it is one stable scalar.
    static func stableLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.properties.changesWhenLowercased else { return nil }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first, isStable(lower) else { return nil }
        return lower
    }

    /// `fold` through Foundation's NFKC and the standard library's lower-casing.
    static func foldWithFoundation(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self).precomposedStringWithCompatibilityMapping.lowercased()
        let source = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        let n = source.count
        var index = 0
        while index < n {
            let byte = source[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < n && source[index + 1] == 0x0A { index += 1 }
            } else if byte == 0xE2 && index + 2 < n && source[index + 1] == 0x80 {
                // U+2018/U+2019 (‘ ’) → ', U+201C/U+201D (“ ”) → "
                switch source[index + 2] {
                case 0x98, 0x99: out.append(0x27); index += 2
                case 0x9C, 0x9D: out.append(0x22); index += 2
                default: out.append(byte)
                }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
