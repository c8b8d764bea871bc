import Foundation
import VerbatimCore

/// Writes `tickets.csv` in the shape of a Zendesk ticket export.
///
/// Resolution and first-reply times come from skewed bucket tables (integer arithmetic only):
/// most tickets are answered within two hours and resolved within a day, a tail takes days.
/// Tickets whose resolution would fall after the window end stay unsolved.
enum TicketWriter {
    static let header = "Id,Subject,Description,Status,Priority,Ticket type,Via,Tags,Requester,Requester email,"
        + "Organization,Created at,Updated at,Solved at,First reply time in minutes,"
        + "Full resolution time in minutes,Reopens,Replies\n"

    /// First ticket id.
    static let firstID = 10_001

    /// (minimum minutes, maximum minutes, weight per mille).
    static let firstReplyBuckets = [(1, 30, 300), (30, 120, 350), (120, 480, 250), (480, 1440, 100)]
    static let resolutionBuckets = [(30, 120, 120), (120, 480, 250), (480, 1440, 300), (1440, 4320, 230),
                                    (4320, 10_080, 100)]
    static let greetings = ["Hi team,", "Hello,", "Hey support -", "Hi there,", "Good morning,", "Dear Support,", "Hi,"]
    static let signoffs = ["Thanks,", "Best,", "Cheers,", "Regards,", "Thank you,", "Best regards,"]
    static let vias = [("email", 50), ("web", 25), ("chat", 10), ("phone", 8), ("api", 7)]

    /// Streams every planned ticket and its truth row.
    /// - Returns: the ticket ids of each recurring group, in group order.
    static func write(to url: URL, context: WriteContext) throws -> [[Int]] {
        let sink = try ByteSink(url: url)
        sink.write(header)
        var rng = context.generator(stream: 1)
        var groups = [[Int]](repeating: [], count: context.plan.recurring.count)
        var field: [UInt8] = []
        field.reserveCapacity(4096)
        let source = Array("tickets".utf8)
        let comma: UInt8 = 0x2C
        for (index, planned) in context.plan.tickets.enumerated() {
            let id = firstID + index
            let theme = Int(planned.theme)
            let account = context.plan.accounts[Int(planned.account)]
            let created = planned.epoch
            if planned.recurringGroup >= 0 { groups[Int(planned.recurringGroup)].append(id) }
            sink.markRecord()

            var idBytes: [UInt8] = []
            ByteSink.appendDecimal(id, to: &idBytes)
            sink.write(idBytes); sink.write(byte: comma)
            field.removeAll(keepingCapacity: true)
            context.composer.subject(theme: theme, into: &field, using: &rng)
            sink.writeCSVField(field); sink.write(byte: comma)

            let contact = People.contact(account: Int(planned.account), slot: rng.int(below: 4))
            field.removeAll(keepingCapacity: true)
            description(planned: planned, account: account, contact: contact, context: context, into: &field, using: &rng)
            sink.writeCSVField(field); sink.write(byte: comma)

            // Status and times.
            let resolution = drawMinutes(resolutionBuckets, using: &rng)
            let firstReply = min(drawMinutes(firstReplyBuckets, using: &rng), resolution)
            let solvedAt = created + resolution * 60
            let age = CorpusCalendar.windowEnd - created
            let unsolved = solvedAt > CorpusCalendar.windowEnd || (age < 3 * 86_400 && rng.int(below: 2) == 0)
                || rng.int(below: 100) < 4
            let status: String
            if unsolved {
                status = age < 86_400 ? "new" : ["open", "open", "pending", "new"][rng.int(below: 4)]
            } else {
                status = CorpusCalendar.windowEnd - solvedAt > 4 * 86_400 ? "closed" : "solved"
            }
            sink.write(status); sink.write(byte: comma)
            sink.write(priority(theme: theme, context: context, using: &rng)); sink.write(byte: comma)
            let types = theme >= 0 ? context.themes[theme].ticketTypes : ["question", "task"]
            sink.write(types[min(rng.int(below: types.count + 1), types.count - 1)]); sink.write(byte: comma)
            sink.write(vias[CorpusPlan.pickWeighted(vias.map(\.1), using: &rng)].0); sink.write(byte: comma)
            if theme >= 0 {
                let tags = context.themes[theme].tags
                sink.write(tags[0])
                if tags.count > 1 && rng.int(below: 100) < 70 { sink.write(byte: 0x20); sink.write(tags[1]) }
                if account.segment == .enterprise { sink.write(" enterprise") }
            } else if rng.int(below: 2) == 0 {
                sink.write("thanks")
            }
            sink.write(byte: comma)
            field.removeAll(keepingCapacity: true)
            field.append(contentsOf: People.firstNames[contact.first].0.utf8)
            field.append(0x20)
            field.append(contentsOf: People.lastNames[contact.last].0.utf8)
            sink.writeCSVField(field); sink.write(byte: comma)
            field.removeAll(keepingCapacity: true)
            appendEmail(contact: contact, account: account, into: &field)
            sink.write(field); sink.write(byte: comma)
            sink.write(account.id); sink.write(byte: comma)
            field.removeAll(keepingCapacity: true)
            CorpusCalendar.appendDateTime(created, iso: false, to: &field)
            sink.write(field); sink.write(byte: comma)
            let updated: Int
            if unsolved {
                updated = created + (age > 0 ? rng.int(below: min(age, 5 * 86_400) + 1) : 0)
            } else {
                updated = status == "closed" ? solvedAt + 4 * 86_400 : solvedAt
            }
            field.removeAll(keepingCapacity: true)
            CorpusCalendar.appendDateTime(min(updated, CorpusCalendar.windowEnd), iso: false, to: &field)
            sink.write(field); sink.write(byte: comma)
            let reopenRoll = rng.int(below: 100)
            let reopens = unsolved ? 0 : reopenRoll < 85 ? 0 : reopenRoll < 97 ? 1 : 2
            context.kpis.ticket(unsolved: unsolved, reopens: reopens)
            if !unsolved {
                field.removeAll(keepingCapacity: true)
                CorpusCalendar.appendDateTime(solvedAt, iso: false, to: &field)
                sink.write(field); sink.write(byte: comma)
                sink.write(int: firstReply); sink.write(byte: comma)
                sink.write(int: resolution); sink.write(byte: comma)
            } else {
                sink.write(",,,")
            }
            sink.write(int: reopens); sink.write(byte: comma)
            sink.write(int: (unsolved ? 0 : 1) + rng.int(below: 4) + reopens * 2)
            sink.write(byte: 0x0A)

            if !context.keeps(created) { sink.dropRecord() }
            context.recordTruth(source: source, externalID: idBytes, theme: theme)
            try sink.flushIfNeeded()
            try context.truthItems.flushIfNeeded()
            if index & 1023 == 1023 { context.report(1024) }
        }
        context.report(context.plan.tickets.count & 1023)
        try sink.close()
        return groups
    }

    /// Greeting, message, signature block and, for about 15% of tickets, a quoted earlier reply.
    private static func description(planned: PlannedItem, account: AccountProfile,
                                    contact: (first: Int, last: Int, title: Int, phone: Int),
                                    context: WriteContext, into out: inout [UInt8], using rng: inout SeededGenerator) {
        out.append(contentsOf: greetings[rng.int(below: greetings.count)].utf8)
        out.append(contentsOf: [0x0A, 0x0A])
        context.composer.message(theme: Int(planned.theme), paragraphBreak: [0x0A, 0x0A], into: &out, using: &rng)
        out.append(contentsOf: [0x0A, 0x0A])
        out.append(contentsOf: signoffs[rng.int(below: signoffs.count)].utf8)
        out.append(0x0A)
        out.append(contentsOf: People.firstNames[contact.first].0.utf8)
        out.append(0x20)
        out.append(contentsOf: People.lastNames[contact.last].0.utf8)
        out.append(0x0A)
        out.append(contentsOf: People.titles[contact.title].utf8)
        out.append(contentsOf: [0x2C, 0x20])
        out.append(contentsOf: account.name.utf8)
        out.append(0x0A)
        appendEmail(contact: contact, account: account, into: &out)
        out.append(contentsOf: Array("\n+1-555-01".utf8))
        ByteSink.appendPadded(contact.phone, width: 2, to: &out)
        if rng.int(below: 100) < 15 {
            out.append(contentsOf: Array("\n\nOn ".utf8))
            CorpusCalendar.appendQuoteHeaderDate(planned.epoch - 3600 - rng.int(below: 3 * 86_400), to: &out)
            out.append(contentsOf: Array(" Support <support@example.com> wrote:".utf8))
            for _ in 0..<(1 + rng.int(below: 2)) {
                out.append(contentsOf: Array("\n> ".utf8))
                context.composer.agentQuote(into: &out, using: &rng)
            }
        }
    }

    static func appendEmail(contact: (first: Int, last: Int, title: Int, phone: Int), account: AccountProfile,
                            into out: inout [UInt8]) {
        out.append(contentsOf: People.firstNames[contact.first].1.utf8)
        out.append(0x2E)
        out.append(contentsOf: People.lastNames[contact.last].1.utf8)
        out.append(0x40)
        out.append(contentsOf: account.domain.utf8)
    }

    private static func priority(theme: Int, context: WriteContext, using rng: inout SeededGenerator) -> String {
        let roll = rng.int(below: 100)
        let severe = theme >= 0 && (context.themes[theme].effect == .churn || context.themes[theme].effect == .spike)
        let shift = severe ? 15 : 0
        if roll < 15 - shift / 2 { return "low" }
        if roll < 70 - shift { return "normal" }
        if roll < 92 - shift / 3 { return "high" }
        return "urgent"
    }

    static func drawMinutes(_ buckets: [(Int, Int, Int)], using rng: inout SeededGenerator) -> Int {
        let bucket = buckets[CorpusPlan.pickWeighted(buckets.map(\.2), using: &rng)]
        return bucket.0 + rng.int(below: bucket.1 - bucket.0)
    }
}
