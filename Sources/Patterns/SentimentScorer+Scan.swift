import VerbatimCore

extension SentimentScorer {
    /// Reads the words, breaks, emoticons and emoji of UTF-8 text into `scratch`.
    ///
    /// ASCII letters are looked up in the lexicon's trie as they are read (either case; the
    /// apostrophe, straight or U+2019, inside a word); a word with digits or non-ASCII letters is
    /// unknown. Lines starting with `>` are skipped; a sign-off line after the first line with
    /// words is neutralised.
    /// - Complexity: O(n) in the number of bytes.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ view: LexiconView, into scratch: inout SentimentScratch) {
        scratch.reset()
        let n = bytes.count
        var line = LineState()
        var index = 0
        var lineStart = true
        while index < n {
            let byte = bytes[index]
            if lineStart {
                if byte == 0x20 || byte == 0x09 || byte == 0x0D { index += 1; continue }
                if byte == 0x3E {
                    while index < n && bytes[index] != 0x0A { index += 1 }
                    index += 1
                    continue
                }
                lineStart = false
            }
            if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                index = word(bytes, from: index, view, &scratch, &line)
                continue
            }
            if byte >= 0x80 {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if scalar.properties.isAlphabetic {
                    index = word(bytes, from: index, view, &scratch, &line)
                    continue
                }
                if let valence = lexicon.emoji[scalar.value] {
                    scratch.tokens.append(.init(entry: SentimentScratch.emoticon, isAllCaps: false, valence: valence))
                } else if scalar.value == 0x2026 {
                    scratch.addBreak(SentimentScratch.sentenceBreak)
                }
                index += length
                continue
            }
            switch byte {
            case 0x0A:
                endLine(&line, &scratch)
                scratch.addBreak(SentimentScratch.sentenceBreak)
                lineStart = true
            case 0x2E:
                scratch.addBreak(SentimentScratch.sentenceBreak)
            case 0x21:
                scratch.exclamations += 1
                scratch.addBreak(SentimentScratch.sentenceBreak)
            case 0x3F:
                scratch.questions += 1
                scratch.addBreak(SentimentScratch.sentenceBreak)
            case 0x2C:
                scratch.addBreak(SentimentScratch.clauseBreak)
            case 0x3A, 0x3B, 0x3D, 0x3C, 0x3E:
                if let (length, valence) = emoticon(bytes, at: index) {
                    scratch.tokens.append(.init(entry: SentimentScratch.emoticon, isAllCaps: false, valence: valence))
                    index += length
                    continue
                }
                if byte == 0x3A || byte == 0x3B { scratch.addBreak(SentimentScratch.clauseBreak) }
            default:
                break
            }
            index += 1
        }
        endLine(&line, &scratch)
    }

    /// What the scanner knows about the current line, for sign-off lines.
    struct LineState {
        var firstToken = 0
        var words = 0
        var allSignOff = true
        var linesWithWords = 0
    }

    /// Ends a line: a short line of sign-off words after an earlier line with words counts for
    /// nothing.
    func endLine(_ line: inout LineState, _ scratch: inout SentimentScratch) {
        if line.words > 0 {
            if line.allSignOff && line.words <= 6 && line.linesWithWords > 0 {
                for position in line.firstToken ..< scratch.tokens.count where scratch.tokens[position].entry >= 0
                    || scratch.tokens[position].entry == SentimentScratch.emoticon {
                    scratch.tokens[position].entry = SentimentScratch.unknown
                }
            }
            line.linesWithWords += 1
        }
        line.words = 0
        line.allSignOff = true
        line.firstToken = scratch.tokens.count
    }

    /// Reads one word from `start`, appends its token, and returns the position after it.
    @inline(__always)
    func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ view: LexiconView,
              _ scratch: inout SentimentScratch, _ line: inout LineState) -> Int {
        let children = view.children, exact = view.exact, prefix = view.prefix
        let n = bytes.count
        var index = start
        var node = 0
        var alive = true
        var stem: Int32 = -1
        var upper = 0, lower = 0
        var endsInNT = false
        while index < n {
            let byte = bytes[index]
            var slot: Int
            if byte &- 0x61 < 26 {
                lower += 1
                slot = Int(byte &- 0x61)
            } else if byte &- 0x41 < 26 {
                upper += 1
                slot = Int(byte &- 0x41)
            } else if byte &- 0x30 < 10 {
                alive = false
                index += 1
                continue
            } else if byte == 0x27 && index + 1 < n && (bytes[index + 1] | 0x20) &- 0x61 < 26 {
                slot = WordTrie.apostrophe
            } else if byte == 0xE2 && index + 3 < n && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
                        && (bytes[index + 3] | 0x20) &- 0x61 < 26 {
                slot = WordTrie.apostrophe
                index += 2
            } else if byte >= 0x80 {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                let properties = scalar.properties
                guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark else { break }
                alive = false
                index += length
                continue
            } else {
                break
            }
            index += 1
            endsInNT = slot == 19 && index - start >= 4 && SentimentScorer.precededByNApostrophe(bytes, end: index)
            if alive {
                let child = Int(children[node * WordTrie.width + slot])
                if child == 0 {
                    alive = false
                } else {
                    node = child
                    if prefix[node] >= 0 { stem = prefix[node] }
                }
            }
        }
        var entry = alive && exact[node] >= 0 ? exact[node] : stem
        if entry < 0 && endsInNT { entry = lexicon.apostropheNegator }
        let isAllCaps = upper >= 2 && lower == 0
        if upper + lower > 0 {
            scratch.words += 1
            if isAllCaps { scratch.capsWords += 1 }
        }
        line.words += 1
        if entry < 0 || !view.roles[Int(entry)].contains(.signOff) { line.allSignOff = false }
        scratch.tokens.append(.init(entry: entry, isAllCaps: isAllCaps, valence: 0))
        return index
    }

    /// Whether the `t` ending at `end` follows `n'` (straight or U+2019 apostrophe).
    static func precededByNApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let t = end - 1
        if t >= 2 && bytes[t - 1] == 0x27 { return bytes[t - 2] | 0x20 == 0x6E }
        if t >= 4 && bytes[t - 1] == 0x99 && bytes[t - 2] == 0x80 && bytes[t - 3] == 0xE2 { return bytes[t - 4] | 0x20 == 0x6E }
        return false
    }

    /// The length and valence of the emoticon at `index`, or nil. An emoticon must not run into
    /// a letter, a digit or a `/` (so `https://` and `10:30` are not read as `:/` or `:3`).
    func emoticon(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Float)? {
        let n = bytes.count
        for (pattern, valence) in lexicon.emoticons where index + pattern.count <= n {
            var matches = true
            for offset in 0 ..< pattern.count {
                var raw = bytes[index + offset]
                if raw &- 0x41 < 26 { raw |= 0x20 }
                if raw != pattern[offset] { matches = false; break }
            }
            guard matches else { continue }
            let after = index + pattern.count
            if after < n {
                let next = bytes[after]
                if (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 || next == 0x2F { continue }
            }
            return (pattern.count, valence)
        }
        return nil
    }

}
