/// Removes HTML from text: tags go (block tags such as `<br>`, `<p>`, `<div>`, `<li>` become a line
/// break, cells a space, inline tags nothing), `<script>`/`<style>` bodies and comments go, and
/// entities (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`) are decoded. A `<` that does not open a tag
/// and an `&` that does not start a known entity are kept as they are.
enum HTMLStripper {
    static let lessThan: UInt8 = 0x3C, greaterThan: UInt8 = 0x3E, ampersand: UInt8 = 0x26

    /// Whether the bytes may hold HTML at all (a `<` or an `&`).
    static func mayContainHTML(_ bytes: [UInt8]) -> Bool {
        bytes.contains(lessThan) || bytes.contains(ampersand)
    }

    /// The text without tags and with entities decoded.
    /// - Complexity: O(n) in the number of bytes.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var index = 0
        while index < n {
            let byte = bytes[index]
            if byte == lessThan, let end = tagEnd(bytes, from: index) {
                let name = tagName(bytes, from: index + 1)
                if name == "script" || name == "style" {
                    index = closingTagEnd(bytes, name: name, from: end) ?? n
                    continue
                }
                if blockTags.contains(name) { out.append(0x0A) } else if cellTags.contains(name) { out.append(0x20) }
                index = end
            } else if byte == ampersand, let (decoded, end) = entity(bytes, from: index) {
                out.append(contentsOf: decoded)
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    static let blockTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "blockquote", "pre", "section", "article", "header", "footer",
    ]
    static let cellTags: Set<String> = ["td", "th"]

    /// The position after the `>` closing a tag that opens at `start`, or `nil` when the `<` opens
    /// no tag (not followed by a letter, `/`, `!` or `?`, or no `>` within 2,000 bytes).
    static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        let opensTag = isASCIILetter(next) || next == 0x2F || next == 0x21 || next == 0x3F
        guard opensTag else { return nil }
        if next == 0x21, start + 3 < bytes.count, bytes[start + 2] == 0x2D, bytes[start + 3] == 0x2D {
            // <!-- comment -->
            var index = start + 4
            while index + 2 < bytes.count {
                if bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == greaterThan { return index + 3 }
                index += 1
            }
            return bytes.count
        }
        let limit = min(bytes.count, start + 2_000)
        var index = start + 1
        while index < limit {
            if bytes[index] == greaterThan { return index + 1 }
            if bytes[index] == lessThan { return nil }
            index += 1
        }
        return nil
    }

    /// The lower-cased name of the tag whose `<` is just before `start` (without a leading `/`).
    static func tagName(_ bytes: [UInt8], from start: Int) -> String {
        var index = start
        if index < bytes.count && bytes[index] == 0x2F { index += 1 }
        var name: [UInt8] = []
        while index < bytes.count, isASCIILetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) {
            name.append(bytes[index] | 0x20)
            index += 1
            if name.count > 12 { break }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// The position after `</name>` at or after `start`.
    static func closingTagEnd(_ bytes: [UInt8], name: String, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == lessThan && bytes[index + 1] == 0x2F && tagName(bytes, from: index + 1) == name {
                return tagEnd(bytes, from: index) ?? bytes.count
            }
            index += 1
        }
        return nil
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The UTF-8 bytes of the entity starting at `start` and the position after its `;`.
    static func entity(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var index = start + 1
        var body: [UInt8] = []
        while index < bytes.count, body.count <= 10, bytes[index] != 0x3B {
            body.append(bytes[index])
            index += 1
        }
        guard index < bytes.count, bytes[index] == 0x3B, !body.isEmpty else { return nil }
        let end = index + 1
        if body[0] == 0x23 {
            // &#233; or &#xE9;
            var value: UInt32 = 0
            let hex = body.count > 1 && (body[1] | 0x20) == 0x78
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty else { return nil }
            for digit in digits {
                guard let d = digitValue(digit, hex: hex) else { return nil }
                value = value &* (hex ? 16 : 10) &+ d
                if value > 0x10FFFF { return nil }
            }
            guard let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (Array(String(Character(scalar)).utf8), end)
        }
        guard let decoded = namedEntities[String(decoding: body, as: UTF8.self)] else { return nil }
        return (Array(decoded.utf8), end)
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 { return UInt32((byte | 0x20) - 0x61 + 10) }
        return nil
    }

    /// The named entities decoded: markup, spaces, quotes and the Latin letters of the five languages.
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "middot": "·", "bull": "•", "iexcl": "¡",
        "iquest": "¿", "szlig": "ß", "aacute": "á", "agrave": "à", "acirc": "â", "atilde": "ã", "auml": "ä",
        "aring": "å", "aelig": "æ", "ccedil": "ç", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ograve": "ò",
        "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "oelig": "œ", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ", "Aacute": "Á", "Agrave": "À", "Acirc": "Â",
        "Atilde": "Ã", "Auml": "Ä", "Ccedil": "Ç", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Iacute": "Í",
        "Ntilde": "Ñ", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Uacute": "Ú", "Uuml": "Ü",
        "OElig": "Œ",
    ]
}
