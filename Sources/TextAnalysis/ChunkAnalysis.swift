/// The analysis of one chunk of texts, run on one thread by `CorpusAnalyzer`.
///
/// Words are looked up once per distinct surface form: each surface keeps its stopword and
/// negation-cue masks and, per variant (stemmed or not, negated or not), its local term id and
/// how often it was seen. Local term ids are assigned in order of first occurrence in the chunk;
/// `CorpusAnalyzer` maps them to global ids chunk by chunk, in order.
struct ChunkAnalysis {
    let normalizer: TextNormalizer
    let stopwords: StopwordLibrary
    let options: TextAnalysisOptions
    let stemmer = Porter2Stemmer()

    /// Distinct surface words, with per-surface facts at the same index.
    var surfaceTable = SurfaceTable()
    var surfaces: [String] = []
    var stopwordMask: [UInt8] = []
    var cueMask: [UInt8] = []
    /// Bit 0: shorter than `minimumTokenLength`; bit 1: skippable by a negation.
    var surfaceFlags: [UInt8] = []
    /// Four per surface: local term id of [stemmed, unstemmed, negated stemmed, negated unstemmed]; -1 unknown.
    var variantTerms: [Int32] = []
    /// Four per surface: occurrences of each variant.
    var variantCounts: [Int32] = []

    /// Local term keys in order of first occurrence.
    var keys: [String] = []
    var keyIndex: [String: Int32] = [:]

    var documents: [[Int32]] = []
    var languages: [Language] = []

    private var tokens: [Token] = []
    private var tokenSurfaces: [Int32] = []

    static let tooShort: UInt8 = 1, skippable: UInt8 = 2

    init(options: TextAnalysisOptions, stopwords: StopwordLibrary) {
        self.options = options
        self.stopwords = stopwords
        self.normalizer = TextNormalizer(options: options)
    }

    /// Analyses one text and appends its document and language.
    mutating func add(_ text: String) {
        let bytes = normalizer.normalizedBytes(text)
        var document: [Int32] = []
        var language = options.defaultLanguage
        bytes.withUnsafeBufferPointer { buffer in
            ByteTokenizer().tokenize(buffer, into: &tokens)
            tokenSurfaces.removeAll(keepingCapacity: true)
            for token in tokens {
                if token.kind == .word || token.kind == .cjk {
                    tokenSurfaces.append(surface(buffer, token))
                } else {
                    tokenSurfaces.append(-1)
                }
            }
            if options.detectLanguage { language = detectLanguage(bytes) }
            document = terms(language: language)
        }
        documents.append(document)
        languages.append(language)
    }

    /// The language of the current text from its surfaces' stopword masks.
    func detectLanguage(_ bytes: [UInt8]) -> Language {
        var scores = [Int](repeating: 0, count: Language.allCases.count)
        var voted = 0
        for (position, token) in tokens.enumerated() where token.kind == .word {
            let mask = stopwordMask[Int(tokenSurfaces[position])]
            if mask & 0x1F != 0 {
                for index in 0..<scores.count where mask & (1 << UInt8(index)) != 0 { scores[index] += 1 }
            }
            voted += 1
            if voted >= LanguageDetector.votingWords { break }
        }
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false; break }
        if !ascii { LanguageDetector.addLetterBonus(bytes, to: &scores) }
        return LanguageDetector.decide(scores, fallback: options.defaultLanguage)
    }

    /// The term ids of the current text's tokens in `language`.
    mutating func terms(language: Language) -> [Int32] {
        var document: [Int32] = []
        document.reserveCapacity(tokens.count)
        let languageBit = UInt8(1) << UInt8(language.index)
        let dropMask = languageBit | StopwordLibrary.supportBit
        let useStem = options.stem && language == .english
        var negationPending = false
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .boundary:
                negationPending = false
                continue
            case .placeholder:
                continue
            case .word, .cjk:
                break
            }
            let surface = Int(tokenSurfaces[position])
            if options.markNegation {
                if token.elidedNegation && language == .french { negationPending = true }
                if cueMask[surface] & languageBit != 0 { negationPending = true; continue }
            }
            if stopwordMask[surface] & dropMask != 0 { continue }
            let flags = surfaceFlags[surface]
            if flags & ChunkAnalysis.tooShort != 0 && token.kind != .cjk { continue }
            if negationPending && flags & ChunkAnalysis.skippable != 0 { continue }
            let variant = (useStem ? 0 : 1) + (negationPending ? 2 : 0)
            negationPending = false
            document.append(term(surface: surface, variant: variant))
        }
        return document
    }

    /// The local term id of a surface's variant, counting the occurrence.
    mutating func term(surface: Int, variant: Int) -> Int32 {
        let slot = surface * 4 + variant
        variantCounts[slot] += 1
        let known = variantTerms[slot]
        if known >= 0 { return known }
        var key = variant % 2 == 0 ? stemmer.stem(surfaces[surface]) : surfaces[surface]
        if variant >= 2 { key = "not_" + key }
        let id: Int32
        if let existing = keyIndex[key] {
            id = existing
        } else {
            id = Int32(keys.count)
            keys.append(key)
            keyIndex[key] = id
        }
        variantTerms[slot] = id
        return id
    }

    /// The surface index of a token, adding the surface when new.
    mutating func surface(_ buffer: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int32 {
        let (index, isNew) = surfaceTable.index(of: buffer, Int(token.start), Int(token.end))
        guard isNew else { return index }
        let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]), as: UTF8.self)
        surfaces.append(word)
        stopwordMask.append(stopwords.mask(of: word))
        cueMask.append(NegationWords.cueMask(of: word))
        var flags: UInt8 = 0
        if ChunkAnalysis.characterCount(buffer, token) < options.minimumTokenLength { flags |= ChunkAnalysis.tooShort }
        if NegationWords.skippable.contains(word) { flags |= ChunkAnalysis.skippable }
        surfaceFlags.append(flags)
        variantTerms.append(contentsOf: [-1, -1, -1, -1])
        variantCounts.append(contentsOf: [0, 0, 0, 0])
        return index
    }

    /// The number of Unicode scalars in a token.
    static func characterCount(_ buffer: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        var count = 0
        for index in Int(token.start)..<Int(token.end) where buffer[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The display candidates of the chunk: (local term, surface form, occurrences).
    func displayCandidates() -> [(term: Int32, form: String, count: Int)] {
        var candidates: [(term: Int32, form: String, count: Int)] = []
        for surface in surfaces.indices {
            for variant in 0..<4 {
                let slot = surface * 4 + variant
                guard variantCounts[slot] > 0 else { continue }
                let form = variant >= 2 ? "not " + surfaces[surface] : surfaces[surface]
                candidates.append((variantTerms[slot], form, Int(variantCounts[slot])))
            }
        }
        return candidates
    }
}
