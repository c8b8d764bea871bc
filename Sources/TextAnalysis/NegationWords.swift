/// The negation cues of each language and the words a negation may skip.
///
/// A cue makes the next content word of the same clause negated: "not working", "doesn't work",
/// "can't log in", "never arrived", "no longer syncs" all give `not_<stem>`. Clause punctuation
/// (`. , ; : ! ?`, a line break) ends the scope; stopwords and the `skippable` words
/// ("longer", "really", …) do not. The cue is placed before the word it negates, as in English,
/// Spanish, Portuguese and French `ne`; a German `nicht` after its verb negates the next word.
/// French `pas` is not a cue, so that `ne … pas` negates once.
enum NegationWords {
    static let cues: [Set<String>] = Language.allCases.map { language in
        switch language {
        case .english: return ["not", "no", "never", "cannot", "nor", "neither", "nothing", "cant", "dont", "doesnt",
                               "didnt", "isnt", "wont", "wasnt", "arent", "couldnt", "wouldnt", "shouldnt", "havent",
                               "hasnt", "hadnt", "werent", "aint"]
        case .german: return ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts"]
        case .spanish: return ["no", "nunca", "jamás", "ni", "tampoco", "nada"]
        case .french: return ["ne", "jamais", "aucun", "aucune", "rien"]
        case .portuguese: return ["não", "nunca", "nem", "jamais", "nenhum", "nenhuma", "nada"]
        }
    }

    /// Words a pending negation passes over without being used up.
    static let skippable: Set<String> = [
        "longer", "anymore", "even", "really", "yet", "ever", "actually", "quite", "always", "properly", "mehr",
        "más", "plus", "mais",
    ]

    /// The languages (bit `Language.index`) in which `word` is a negation cue.
    static func cueMask(of word: String) -> UInt8 {
        var mask: UInt8 = 0
        for index in 0..<cues.count where cues[index].contains(word) { mask |= 1 << UInt8(index) }
        if word.utf8.count >= 4 && word.hasSuffix("n't") { mask |= 1 << UInt8(Language.english.index) }
        return mask
    }
}
