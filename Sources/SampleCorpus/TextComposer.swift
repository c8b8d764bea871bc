import VerbatimCore

/// Composes the texts of one corpus: ticket subjects and descriptions, chat turns and survey
/// comments, from the compiled phrasebook and a seeded generator.
///
/// A message is opener? + problem + detail? + impact? + ask?, each drawn from the theme's own
/// pools or from the shared ones, so the same wording rarely repeats. About 10% of messages get
/// one or two typos (two letters swapped or one dropped, ASCII letters only).
struct TextComposer: Sendable {
    let book: Phrasebook

    init(themes: [ThemeSpec]) {
        book = Phrasebook(themes: themes)
    }

    private func theme(_ index: Int) -> Phrasebook.Theme {
        index >= 0 ? book.themes[index] : book.noise
    }

    /// Appends a ticket subject.
    func subject(theme index: Int, into out: inout [UInt8], using rng: inout SeededGenerator) {
        book.sentence(theme(index).subjects, into: &out, using: &rng)
    }

    /// Appends the customer's message: sentences separated by spaces, sometimes two paragraphs.
    /// - Parameter paragraphBreak: the bytes between paragraphs (`\n\n` in e-mail, `</p><p>` in chat).
    func message(theme index: Int, paragraphBreak: [UInt8], into out: inout [UInt8],
                 using rng: inout SeededGenerator) {
        let start = out.count
        let t = theme(index)
        if index < 0 {
            book.sentence(t.problems, into: &out, using: &rng)
            appendEmoji(into: &out, using: &rng)
            return
        }
        if rng.int(below: 100) < 25 {
            book.sentence(book.openers, into: &out, using: &rng)
            out.append(0x20)
        }
        book.sentence(t.problems, into: &out, using: &rng)
        if rng.int(below: 100) < 65 {
            out.append(0x20)
            book.sentence(t.details, into: &out, using: &rng)
        }
        if rng.int(below: 100) < 55 {
            if rng.int(below: 100) < 35 { out.append(contentsOf: paragraphBreak) } else { out.append(0x20) }
            book.sentence(book.impacts, into: &out, using: &rng)
        }
        if rng.int(below: 100) < 70 {
            out.append(0x20)
            book.sentence(rng.int(below: 100) < 60 ? t.asks : book.sharedAsks, into: &out, using: &rng)
        }
        appendEmoji(into: &out, using: &rng)
        if rng.int(below: 100) < 10 { addTypos(in: &out, from: start, using: &rng) }
    }

    /// Appends a customer's follow-up chat turn: a theme detail or ask, or a shared short reply.
    func followUp(theme index: Int, into out: inout [UInt8], using rng: inout SeededGenerator) {
        let t = theme(index)
        if index < 0 || rng.int(below: 100) < 30 {
            book.sentence(book.customerFollowUps, into: &out, using: &rng)
        } else {
            book.sentence(rng.int(below: 2) == 0 ? t.details : t.asks, into: &out, using: &rng)
        }
    }

    /// Appends an agent's chat turn.
    func agentReply(into out: inout [UInt8], using rng: inout SeededGenerator) {
        book.sentence(book.agentReplies, into: &out, using: &rng)
    }

    /// Appends a line of an earlier agent e-mail, for a quoted reply.
    func agentQuote(into out: inout [UInt8], using rng: inout SeededGenerator) {
        book.sentence(book.agentQuotes, into: &out, using: &rng)
    }

    /// Appends a survey comment: short (about 20%), or lead? + problem + impact?; praise for noise.
    func surveyComment(theme index: Int, into out: inout [UInt8], using rng: inout SeededGenerator) {
        let t = theme(index)
        let start = out.count
        if index < 0 {
            book.sentence(t.shortComments, into: &out, using: &rng)
            return
        }
        if rng.int(below: 100) < 20 {
            book.sentence(t.shortComments, into: &out, using: &rng)
            return
        }
        if rng.int(below: 100) < 40 {
            book.sentence(book.surveyLeads, into: &out, using: &rng)
            out.append(0x20)
        }
        book.sentence(t.problems, into: &out, using: &rng)
        if rng.int(below: 100) < 30 {
            out.append(0x20)
            book.sentence(book.impacts, into: &out, using: &rng)
        }
        if rng.int(below: 100) < 10 { addTypos(in: &out, from: start, using: &rng) }
    }

    private func appendEmoji(into out: inout [UInt8], using rng: inout SeededGenerator) {
        guard rng.int(below: 100) < 4 else { return }
        out.append(0x20)
        out.append(contentsOf: Self.emoji[rng.int(below: Self.emoji.count)])
    }

    /// Swaps two adjacent letters or drops one, once or twice, inside words of 4+ ASCII letters.
    private func addTypos(in out: inout [UInt8], from start: Int, using rng: inout SeededGenerator) {
        for _ in 0..<(1 + rng.int(below: 2)) {
            let length = out.count - start
            guard length > 8 else { return }
            var i = start + rng.int(below: length - 4)
            while i + 3 < out.count && !(Self.isLetter(out[i]) && Self.isLetter(out[i + 1])
                                         && Self.isLetter(out[i + 2]) && Self.isLetter(out[i + 3])) {
                i += 1
            }
            guard i + 3 < out.count else { return }
            if rng.int(below: 2) == 0 {
                out.swapAt(i + 1, i + 2)
            } else {
                out.remove(at: i + 2)
            }
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    private static let emoji: [[UInt8]] = ["🙏", "😅", "👍", "😩", "🙂", "🔥"].map { Array($0.utf8) }
}
