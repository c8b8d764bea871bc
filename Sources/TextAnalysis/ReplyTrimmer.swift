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
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<bytes.count)
        let texts = lines.map { markerText(bytes, $0) }
        var kept: [Range<Int>] = []
        var sawContent = false
        var changed = false
        lineLoop: for (number, line) in lines.enumerated() {
            let text = texts[number]
            if dropQuotedReplies {
                if text?.hasPrefix(">") == true { changed = true; continue }
                if isReplyHeader(texts, at: number) { changed = true; break lineLoop }
            }
            if dropSignatures, isSignatureStart(texts, lines: lines, at: number, sawContent: sawContent) {
                changed = true
                break lineLoop
            }
            if !(text?.isEmpty ?? false) { sawContent = true }
            kept.append(line)
        }
        guard changed else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (number, line) in kept.enumerated() {
            if number > 0 { out.append(0x0A) }
            out.append(contentsOf: bytes[line])
        }
        while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
        return out
    }

    /// The trimmed line as text when it is short enough to be a marker, else `nil`.
    func markerText(_ bytes: [UInt8], _ line: Range<Int>) -> String? {
        var lower = line.lowerBound, upper = line.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        if upper - lower > ReplyTrimmer.longestMarkerLine {
            return bytes[lower] == 0x3E ? ">" : nil
        }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    static let headerStarts = ["on ", "am ", "le ", "el ", "em "]
    static let headerEnds = ["wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "escreveu:"]

    /// Whether line `number` starts a quoted reply.
    func isReplyHeader(_ texts: [String?], at number: Int) -> Bool {
        guard let text = texts[number], !text.isEmpty else { return false }
        if text.hasPrefix("-----") && text.contains("original message") { return true }
        if text.utf8.first == 0x5F && text.utf8.count >= 10 && text.utf8.allSatisfy({ $0 == 0x5F }) { return true }
        if text.hasPrefix("am ") && text.contains(" schrieb") && text.hasSuffix(":") { return true }
        if ReplyTrimmer.headerStarts.contains(where: { text.hasPrefix($0) }) {
            if ReplyTrimmer.headerEnds.contains(where: { text.hasSuffix($0) }) { return true }
            if number + 1 < texts.count, let next = texts[number + 1],
               ReplyTrimmer.headerEnds.contains(where: { next.hasSuffix($0) }) {
                return true
            }
        }
        if text.hasPrefix("from:") {
            for ahead in (number + 1)..<min(texts.count, number + 5) {
                guard let next = texts[ahead] else { continue }
                if next.hasPrefix("sent:") || next.hasPrefix("date:") || next.hasPrefix("to:") || next.hasPrefix("subject:") {
                    return true
                }
            }
        }
        return false
    }

    static let signOffs: Set<String> = [
        "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes", "best",
        "cheers", "thanks", "thank you", "many thanks", "thanks again", "thanks in advance", "thank you in advance",
        "sincerely", "yours sincerely", "yours truly", "yours", "respectfully", "all the best", "talk soon",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße",
        "liebe grüße", "gruß", "grüße", "danke", "vielen dank", "saludos", "saludos cordiales", "un saludo",
        "atentamente", "gracias", "muchas gracias", "cordialement", "bien cordialement", "bien à vous", "merci",
        "merci beaucoup", "salutations", "cordialmente", "atenciosamente", "obrigado", "obrigada", "abraços",
        "um abraço",
    ]

    /// Whether line `number` starts a signature.
    func isSignatureStart(_ texts: [String?], lines: [Range<Int>], at number: Int, sawContent: Bool) -> Bool {
        guard let text = texts[number], !text.isEmpty else { return false }
        if text == "--" || text == "—" { return true }
        if text.hasPrefix("sent from my ") || text.hasPrefix("get outlook for ") || text.hasPrefix("enviado desde mi ")
            || text.hasPrefix("von meinem ") || text.hasPrefix("envoyé de mon ") || text.hasPrefix("enviado do meu ") {
            return true
        }
        guard sawContent else { return false }
        var core = Substring(text)
        while let last = core.last, last == "," || last == "!" || last == "." || last == " " { core = core.dropLast() }
        guard ReplyTrimmer.signOffs.contains(String(core)) else { return false }
        var following = 0
        for ahead in (number + 1)..<texts.count where !lines[ahead].isEmpty {
            guard let next = texts[ahead] else { return false }
            if next.isEmpty { continue }
            if next.hasPrefix(">") || isReplyHeader(texts, at: ahead) { break }
            following += 1
            if following > ReplyTrimmer.longestSignatureBlock || next.utf8.count > ReplyTrimmer.longestSignatureLine {
                return false
            }
        }
        return true
    }
}
