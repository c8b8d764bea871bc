import Foundation
import VerbatimCore

/// Writes `chats.json` in the shape of an Intercom conversation export, one conversation per line.
enum ChatWriter {
    /// Streams every planned chat and its truth row.
    static func write(to url: URL, context: WriteContext) throws {
        let sink = try ByteSink(url: url)
        sink.write("{\"type\": \"conversation.list\", \"conversations\": [\n")
        var rng = context.generator(stream: 2)
        var text: [UInt8] = []
        text.reserveCapacity(4096)
        let source = Array("chats".utf8)
        let count = context.plan.chats.count
        var kept = 0
        for (index, planned) in context.plan.chats.enumerated() {
            let theme = Int(planned.theme)
            let account = context.plan.accounts[Int(planned.account)]
            let created = planned.epoch
            var id: [UInt8] = [0x63]
            ByteSink.appendPadded(index + 1, width: 7, to: &id)
            let open = CorpusCalendar.windowEnd - created < 2 * 86_400 ? rng.int(below: 2) == 0 : rng.int(below: 100) < 3

            sink.markRecord()
            if kept > 0 { sink.write(",\n") }
            sink.write("{\"id\": \""); sink.write(id)
            sink.write("\", \"created_at\": "); sink.write(int: created)
            sink.write(open ? ", \"state\": \"open\"" : ", \"state\": \"closed\"")
            sink.write(", \"custom_attributes\": {\"account_id\": \""); sink.write(account.id)
            sink.write("\"}, \"tags\": [")
            if theme >= 0 {
                let tags = context.themes[theme].tags
                sink.write(byte: 0x22); sink.write(tags[0]); sink.write(byte: 0x22)
                if tags.count > 1 && rng.int(below: 2) == 0 {
                    sink.write(", \""); sink.write(tags[1]); sink.write(byte: 0x22)
                }
            }
            sink.write(byte: 0x5D)
            if !open && rng.int(below: 100) < 40 {
                sink.write(", \"conversation_rating\": {\"rating\": ")
                let stars = rating(theme: theme, context: context, using: &rng)
                context.kpis.chatRating(stars)
                sink.write(int: stars)
                sink.write(byte: 0x7D)
            }
            let contact = People.contact(account: Int(planned.account), slot: rng.int(below: 4))
            sink.write(", \"source\": {\"type\": \"conversation\", \"body\": \"")
            text.removeAll(keepingCapacity: true)
            text.append(contentsOf: paragraphOpen)
            context.composer.message(theme: theme, paragraphBreak: paragraphBreak, into: &text, using: &rng)
            text.append(contentsOf: paragraphClose)
            sink.writeJSONEscaped(htmlEscaped(text))
            sink.write("\", \"author\": {\"type\": \"user\", \"email\": \"")
            text.removeAll(keepingCapacity: true)
            TicketWriter.appendEmail(contact: contact, account: account, into: &text)
            sink.write(text)
            sink.write("\"}}, \"conversation_parts\": {\"conversation_parts\": [")
            let parts = 2 + rng.int(below: 5)
            let agent = People.agents[rng.int(below: People.agents.count)]
            var at = created
            for part in 0..<parts {
                at += 60 + rng.int(below: 20 * 60)
                if part > 0 { sink.write(", ") }
                text.removeAll(keepingCapacity: true)
                text.append(contentsOf: paragraphOpen)
                if part % 2 == 0 {
                    context.composer.agentReply(into: &text, using: &rng)
                } else {
                    context.composer.followUp(theme: theme, into: &text, using: &rng)
                }
                text.append(contentsOf: paragraphClose)
                sink.write("{\"part_type\": \"comment\", \"body\": \"")
                sink.writeJSONEscaped(htmlEscaped(text))
                if part % 2 == 0 {
                    sink.write("\", \"author\": {\"type\": \"admin\", \"name\": \""); sink.write(agent)
                } else {
                    sink.write("\", \"author\": {\"type\": \"user\", \"name\": \"")
                    sink.write(People.firstNames[contact.first].0); sink.write(byte: 0x20)
                    sink.writeJSONEscaped(Array(People.lastNames[contact.last].0.utf8))
                }
                sink.write("\"}, \"created_at\": "); sink.write(int: at); sink.write(byte: 0x7D)
            }
            sink.write("]}}")
            if context.keeps(created) { kept += 1 } else { sink.dropRecord() }

            context.recordTruth(source: source, externalID: id, theme: theme)
            try sink.flushIfNeeded()
            try context.truthItems.flushIfNeeded()
            if index & 1023 == 1023 { context.report(1024) }
        }
        context.report(count & 1023)
        sink.write(kept > 0 ? "\n]}\n" : "]}\n")
        try sink.close()
    }

    /// Escapes `&`, `<` and `>` in the text between the `<p>` tags, as Intercom's HTML bodies do.
    private static func htmlEscaped(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 16)
        var i = 0
        while i < text.count {
            if matches(paragraphOpen, at: i, in: text) { out.append(contentsOf: paragraphOpen); i += 3; continue }
            if matches(paragraphClose, at: i, in: text) { out.append(contentsOf: paragraphClose); i += 4; continue }
            switch text[i] {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            default: out.append(text[i])
            }
            i += 1
        }
        return out
    }

    private static func matches(_ pattern: [UInt8], at i: Int, in text: [UInt8]) -> Bool {
        guard i + pattern.count <= text.count else { return false }
        for j in 0..<pattern.count where text[i + j] != pattern[j] { return false }
        return true
    }

    private static func rating(theme: Int, context: WriteContext, using rng: inout SeededGenerator) -> Int {
        guard theme >= 0 else { return 4 + rng.int(below: 2) }
        switch context.themes[theme].effect {
        case .churn, .lowNPS: return 1 + rng.int(below: 3)
        default: return 2 + rng.int(below: 4)
        }
    }

    private static let paragraphOpen: [UInt8] = Array("<p>".utf8)
    private static let paragraphClose: [UInt8] = Array("</p>".utf8)
    private static let paragraphBreak: [UInt8] = Array("</p><p>".utf8)
}
