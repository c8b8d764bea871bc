/// Guesses a file's field separator from its first bytes.
///
/// For each candidate it counts the separators outside quotes in every record of the sample and
/// takes the count most records share (the mode). A candidate whose mode is zero is out; among
/// the rest the one whose mode is shared by the most records wins, ties going to the earlier
/// candidate in `,` tab `;` `|` (tab first for `.tsv` files).
enum CSVDelimiterSniffer {
    /// The candidates, in order of preference on a tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")]

    /// How much of the file the sniffer looks at.
    static let sampleSize = 64 << 10

    /// The separator the sample uses consistently, or `nil` when it uses none.
    /// - Parameters:
    ///   - sample: the first bytes of the file, as UTF-8.
    ///   - quote: the quote character, if quoting is on.
    ///   - preferTab: whether tab wins ties (for `.tsv` files).
    /// - Complexity: O(n × 4) in the sample's length.
    static func sniff(_ sample: UnsafeBufferPointer<UInt8>, quote: UInt8?, preferTab: Bool) -> UInt8? {
        var order = candidates
        if preferTab { order = [0x09] + candidates.filter { $0 != 0x09 } }
        var best: (delimiter: UInt8, score: Int)?
        for candidate in order {
            let counts = recordCounts(sample, delimiter: candidate, quote: quote)
            guard let (mode, score) = mode(of: counts), mode > 0 else { continue }
            if score > (best?.score ?? 0) { best = (candidate, score) }
        }
        return best?.delimiter
    }

    /// The number of `delimiter`s outside quotes in each record of the sample (a cut-off last
    /// record included).
    static func recordCounts(_ sample: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8?) -> [Int] {
        let q = quote ?? delimiter
        let quoting = quote != nil
        var counts: [Int] = []
        var count = 0
        var inQuotes = false
        var justClosed = false
        var atFieldStart = true
        var hasContent = false
        for b in sample {
            if inQuotes {
                if b == q { inQuotes = false; justClosed = true }
                continue
            }
            if justClosed {
                justClosed = false
                if b == q { inQuotes = true; continue }
            }
            if b == 0x0A || b == 0x0D {
                if hasContent { counts.append(count) }
                count = 0
                hasContent = false
                atFieldStart = true
                continue
            }
            hasContent = true
            if b == delimiter {
                count += 1
                atFieldStart = true
            } else {
                if quoting && atFieldStart && b == q { inQuotes = true }
                atFieldStart = false
            }
        }
        if hasContent { counts.append(count) }
        return counts
    }

    /// The most frequent value and how often it occurs; ties go to the larger value.
    private static func mode(of counts: [Int]) -> (value: Int, frequency: Int)? {
        var tally: [Int: Int] = [:]
        for c in counts { tally[c, default: 0] += 1 }
        return tally.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }
            .map { ($0.key, $0.value) }
    }
}
