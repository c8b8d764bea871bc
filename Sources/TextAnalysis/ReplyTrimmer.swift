/// Drops quoted e-mail replies and signatures from lower-cased text with `\n` line ends.
///
/// Quoted replies: lines starting with `>` go; everything from a reply header on goes. Headers
/// are "on … wrote:" (also wrapped over two lines, and "am … schrieb …:", "le … a écrit :",
/// "el … escribió:", "em … escreveu:"), "-----original message-----", a line of underscores
/// (Outlook's separator) and a "from: …" line followed within four lines by "sent:", "date:",
/// "to:" or "subject:".
///
/// Signatures: everything from a `--` line, a "sent from my …" / "get outlook for …" line, or a
/// sign-off line ("best regards,", "thanks!", "mit freundlichen grüßen", …) that follows some
/// content and is followed by at most six short lines (a name, a title, a company, an e-mail
/// address, a phone number, a web site) before the end or a quoted reply.
///
/// Lines are compared as UTF-8 bytes, which is exact for the composed (NFC) text that
/// `TextNormalizer` produces; no `String` is made per line.
struct ReplyTrimmer {
    var dropQuotedReplies: Bool
    var dropSignatures: Bool

    /// Lines longer than this are content, never a header or a sign-off.
    static let longestMarkerLine = 200
    /// Lines after a sign-off longer than this are content, not a signature block.
    static let longestSignatureLine = 60
    /// At most this many lines after a sign-off make a signature block (name, title, company,
    /// e-mail, phone, web site).
    static let longestSignatureBlock = 6

    /// The text without quoted replies and signatures.
    /// - Complexity: O(n) in the number of bytes.
    func trim(_ bytes: [UInt8]) -> [UInt8] {
        guard dropQuotedReplies || dropSignatures else { return bytes }
        return bytes.withUnsafeBufferPointer { buffer in trim(buffer) } ?? bytes
    }

    /// The kept bytes, or `nil` when nothing is dropped.
    private func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<bytes.count)
        let texts = Lines(bytes: bytes, markers: lines.map { ReplyTrimmer.markerText(bytes, $0) })
        var keptCount = 0
        var sawContent = false
        var changed = false
        var skipped: [Int] = []
        lineLoop: for number in lines.indices {
            if dropQuotedReplies {
                if texts.hasPrefix(number, ReplyTrimmer.quote) { changed = true; skipped.append(number); continue }
                if isReplyHeader(texts, at: number) { changed = true; break lineLoop }
            }
            if dropSignatures, isSignatureStart(texts, lines: lines, at: number, sawContent: sawContent) {
                changed = true
                break lineLoop
            }
            if !texts.isEmpty(number) { sawContent = true }
            keptCount = number + 1
        }
        guard changed else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var skip = skipped.makeIterator(), nextSkipped = skip.next()
        var first = true
        for number in 0..<keptCount {
            if number == nextSkipped { nextSkipped = skip.next(); continue }
            if !first { out.append(0x0A) }
            first = false
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lines[number]]))
        }
        while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
        return out
    }

    /// The trimmed line when it is short enough to be a marker; a long line is `nil`, or just
    /// its `>` when it starts with one.
    static func markerText(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int>? {
        var lower = line.lowerBound, upper = line.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        if upper - lower > ReplyTrimmer.longestMarkerLine {
            return bytes[lower] == 0x3E ? lower..<(lower + 1) : nil
        }
        return lower..<upper
    }

    static let quote = bytes(">")
    static let dashes = bytes("-----"), originalMessage = bytes("original message")
    static let german = bytes("am "), schrieb = bytes(" schrieb"), colon = bytes(":")
    static let headerStarts = ["on ", "am ", "le ", "el ", "em "].map(bytes)
    static let headerEnds = ["wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "escreveu:"].map(bytes)
    static let from = bytes("from:")
    static let fromFollowers = ["sent:", "date:", "to:", "subject:"].map(bytes)
    static let signatureLines = ["--", "—"].map(bytes)
    static let signatureStarts = ["sent from my ", "get outlook for ", "enviado desde mi ", "von meinem ", "envoyé de mon ",
                                  "enviado do meu "].map(bytes)

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Whether line `number` starts a quoted reply.
    func isReplyHeader(_ texts: Lines, at number: Int) -> Bool {
        guard let text = texts.markers[number], !text.isEmpty else { return false }
        switch texts.bytes[text.lowerBound] {
        case 0x2D, 0x5F, 0x61, 0x65, 0x66, 0x6C, 0x6F: break   // - _ a e f l o: the first bytes of headers
        default: return false
        }
        if texts.hasPrefix(number, ReplyTrimmer.dashes) && texts.contains(number, ReplyTrimmer.originalMessage) { return true }
        if text.count >= 10 && texts.bytes[text].allSatisfy({ $0 == 0x5F }) { return true }
        if texts.hasPrefix(number, ReplyTrimmer.german) && texts.contains(number, ReplyTrimmer.schrieb)
            && texts.hasSuffix(number, ReplyTrimmer.colon) {
            return true
        }
        if ReplyTrimmer.headerStarts.contains(where: { texts.hasPrefix(number, $0) }) {
            if ReplyTrimmer.headerEnds.contains(where: { texts.hasSuffix(number, $0) }) { return true }
            if number + 1 < texts.markers.count,
               ReplyTrimmer.headerEnds.contains(where: { texts.hasSuffix(number + 1, $0) }) {
                return true
            }
        }
        if texts.hasPrefix(number, ReplyTrimmer.from) {
            for ahead in (number + 1)..<min(texts.markers.count, number + 5)
            where ReplyTrimmer.fromFollowers.contains(where: { texts.hasPrefix(ahead, $0) }) {
                return true
            }
        }
        return false
    }

    static let signOffs: Set<[UInt8]> = Set([
        "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes", "best",
        "cheers", "thanks", "thank you", "many thanks", "thanks again", "thanks in advance", "thank you in advance",
        "sincerely", "yours sincerely", "yours truly", "yours", "respectfully", "all the best", "talk soon",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße",
        "liebe grüße", "gruß", "grüße", "danke", "vielen dank", "saludos", "saludos cordiales", "un saludo",
        "atentamente", "gracias", "muchas gracias", "cordialement", "bien cordialement", "bien à vous", "merci",
        "merci beaucoup", "salutations", "cordialmente", "atenciosamente", "obrigado", "obrigada", "abraços",
        "um abraço",
    ].map(bytes))
    /// The length in bytes of the longest sign-off.
    static let longestSignOff = signOffs.map(\.count).max() ?? 0

    /// Per byte value: whether a sign-off starts with it.
    static let signOffFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for signOff in signOffs { if let first = signOff.first { table[Int(first)] = true } }
        return table
    }()

    /// Whether line `number` starts a signature.
    func isSignatureStart(_ texts: Lines, lines: [Range<Int>], at number: Int, sawContent: Bool) -> Bool {
        guard let text = texts.markers[number], !text.isEmpty else { return false }
        switch texts.bytes[text.lowerBound] {
        case 0x2D, 0xE2:   // - and the first byte of —
            if ReplyTrimmer.signatureLines.contains(where: { texts.equals(number, $0) }) { return true }
        case 0x65, 0x67, 0x73, 0x76:   // e g s v: the first bytes of "sent from my …" and the like
            if ReplyTrimmer.signatureStarts.contains(where: { texts.hasPrefix(number, $0) }) { return true }
        default:
            break
        }
        guard sawContent else { return false }
        var end = text.upperBound
        while end > text.lowerBound {
            let last = texts.bytes[end - 1]
            guard last == 0x2C || last == 0x21 || last == 0x2E || last == 0x20 else { break }
            end -= 1
        }
        guard end - text.lowerBound <= ReplyTrimmer.longestSignOff, end > text.lowerBound,
              ReplyTrimmer.signOffFirstBytes[Int(texts.bytes[text.lowerBound])],
              ReplyTrimmer.signOffs.contains(Array(texts.bytes[text.lowerBound..<end])) else { return false }
        var following = 0
        for ahead in (number + 1)..<texts.markers.count where !lines[ahead].isEmpty {
            guard let next = texts.markers[ahead] else { return false }
            if next.isEmpty { continue }
            if texts.hasPrefix(ahead, ReplyTrimmer.quote) || isReplyHeader(texts, at: ahead) { break }
            following += 1
            if following > ReplyTrimmer.longestSignatureBlock || next.count > ReplyTrimmer.longestSignatureLine {
                return false
            }
        }
        return true
    }

    /// The marker text of each line, as byte ranges of the text.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Per line: its trimmed bytes, or `nil` for a long content line (see `markerText`).
        let markers: [Range<Int>?]

        /// Whether line `number` is empty once trimmed (a long line is not).
        func isEmpty(_ number: Int) -> Bool { markers[number]?.isEmpty ?? false }

        func hasPrefix(_ number: Int, _ prefix: [UInt8]) -> Bool {
            guard let range = markers[number], range.count >= prefix.count else { return false }
            for k in prefix.indices where bytes[range.lowerBound + k] != prefix[k] { return false }
            return true
        }

        func hasSuffix(_ number: Int, _ suffix: [UInt8]) -> Bool {
            guard let range = markers[number], range.count >= suffix.count else { return false }
            let start = range.upperBound - suffix.count
            for k in suffix.indices where bytes[start + k] != suffix[k] { return false }
            return true
        }

        func equals(_ number: Int, _ other: [UInt8]) -> Bool {
            guard let range = markers[number], range.count == other.count else { return false }
            return hasPrefix(number, other)
        }

        func contains(_ number: Int, _ needle: [UInt8]) -> Bool {
            guard let range = markers[number], range.count >= needle.count else { return false }
            var start = range.lowerBound
            while start + needle.count <= range.upperBound {
                var match = true
                for k in needle.indices where bytes[start + k] != needle[k] { match = false; break }
                if match { return true }
                start += 1
            }
            return false
        }
    }
}
