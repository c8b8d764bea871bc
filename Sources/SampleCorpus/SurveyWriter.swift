import Foundation
import VerbatimCore

/// Writes `surveys.xml`: relationship NPS (about 75%) and CES answers with comments.
///
/// Scores: answers on low-NPS themes draw NPS 0–6 with 80% and 7–8 otherwise; other themed
/// answers 0–6 with 15%, 7–8 with 45%, 9–10 with 40%; praise 8–10. CES (1–7) follows the same
/// split: 1–3, 4–5 and 6–7. About 3% of comments are left empty.
enum SurveyWriter {
    /// Streams every planned response and its truth row.
    static func write(to url: URL, context: WriteContext) throws {
        let sink = try ByteSink(url: url)
        sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<responses survey=\"Relationship NPS and CES\">\n")
        var rng = context.generator(stream: 3)
        var text: [UInt8] = []
        text.reserveCapacity(2048)
        let source = Array("surveys".utf8)
        for (index, planned) in context.plan.surveys.enumerated() {
            let theme = Int(planned.theme)
            var id: [UInt8] = [0x72]
            ByteSink.appendPadded(index + 1, width: 7, to: &id)
            let nps = rng.int(below: 100) < 75
            sink.markRecord()
            sink.write("  <response id=\""); sink.write(id)
            sink.write(nps ? "\" type=\"nps\">\n    <account>" : "\" type=\"ces\">\n    <account>")
            sink.write(context.plan.accounts[Int(planned.account)].id)
            sink.write("</account>\n    <submitted>")
            text.removeAll(keepingCapacity: true)
            CorpusCalendar.appendDateTime(planned.epoch, iso: true, to: &text)
            sink.write(text)
            sink.write("</submitted>\n    <score>")
            let value = score(theme: theme, nps: nps, context: context, using: &rng)
            context.kpis.survey(score: value, nps: nps)
            sink.write(int: value)
            sink.write("</score>\n    <comment>")
            if rng.int(below: 100) >= 3 {
                text.removeAll(keepingCapacity: true)
                context.composer.surveyComment(theme: theme, into: &text, using: &rng)
                sink.writeXMLEscaped(text)
            }
            sink.write("</comment>\n  </response>\n")
            if !context.keeps(planned.epoch) { sink.dropRecord() }
            context.recordTruth(source: source, externalID: id, theme: theme)
            try sink.flushIfNeeded()
            try context.truthItems.flushIfNeeded()
            if index & 1023 == 1023 { context.report(1024) }
        }
        context.report(context.plan.surveys.count & 1023)
        sink.write("</responses>\n")
        try sink.close()
    }

    private static func score(theme: Int, nps: Bool, context: WriteContext, using rng: inout SeededGenerator) -> Int {
        let roll = rng.int(below: 100)
        let band: Int   // 0 = detractor / hard, 1 = passive / neutral, 2 = promoter / easy
        if theme < 0 {
            band = roll < 5 ? 1 : 2
        } else if context.themes[theme].effect == .lowNPS {
            band = roll < 80 ? 0 : 1
        } else {
            band = roll < 15 ? 0 : roll < 60 ? 1 : 2
        }
        if nps {
            switch band {
            case 0: return rng.int(below: 7)
            case 1: return 7 + rng.int(below: 2)
            default: return theme < 0 ? 8 + rng.int(below: 3) : 9 + rng.int(below: 2)
            }
        }
        switch band {
        case 0: return 1 + rng.int(below: 3)
        case 1: return 4 + rng.int(below: 2)
        default: return 6 + rng.int(below: 2)
        }
    }
}
