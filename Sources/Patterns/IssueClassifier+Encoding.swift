extension IssueClassifier {
    /// The first four bytes of an encoded model: `VBIC`.
    static let magic: UInt32 = 0x4349_4256
    /// The version of the encoding.
    static let formatVersion: UInt32 = 1

    /// The model as bytes: little-endian integers, IEEE floats by bit pattern and
    /// length-prefixed UTF-8 strings, in a fixed order. The same model always gives the same
    /// bytes, so a retrained model with the same data and seed is byte-identical.
    /// - Complexity: O(F · L) for F features and L labels.
    public func encoded() -> [UInt8] {
        var out = ModelWriter()
        out.u32(Self.magic)
        out.u32(Self.formatVersion)
        out.string(method.rawValue)
        out.f64(threshold)
        out.f64(confidenceScale)
        out.int(trainingItems)
        out.u32(text.stem ? 1 : 0)
        out.strings(text.stopwords)
        out.strings(labels)
        out.strings(vocabulary.tokens)
        out.int32s(vocabulary.first)
        out.int32s(vocabulary.second)
        out.floats(vocabulary.idf)
        out.floats(weights)
        out.floats(bias)
        return out.bytes
    }

    /// Decodes what ``encoded()`` wrote.
    /// - Parameter bytes: an encoded model.
    /// - Throws: ``ClassifierError/corruptModel(reason:)`` when the bytes are short, of another
    ///   version, or inconsistent.
    /// - Complexity: O(size).
    public init(encoded bytes: [UInt8]) throws {
        var input = ModelReader(bytes)
        guard try input.u32() == Self.magic else { throw ClassifierError.corruptModel(reason: "it is not an issue classifier") }
        let version = try input.u32()
        guard version == Self.formatVersion else {
            throw ClassifierError.corruptModel(reason: "format version \(version), this build reads \(Self.formatVersion)")
        }
        let methodName = try input.string()
        guard let method = ClassifierMethod(rawValue: methodName) else {
            throw ClassifierError.corruptModel(reason: "unknown method '\(methodName)'")
        }
        let threshold = try input.f64(), scale = try input.f64()
        let trainingItems = try input.int()
        let stem = try input.u32() != 0
        let stopwords = try input.strings()
        let labels = try input.strings()
        let tokens = try input.strings()
        let first = try input.int32s(), second = try input.int32s()
        let idf = try input.floats(), weights = try input.floats(), bias = try input.floats()
        guard input.atEnd else { throw ClassifierError.corruptModel(reason: "bytes after the end") }
        guard threshold >= 0 && threshold <= 1, scale > 0, scale.isFinite else {
            throw ClassifierError.corruptModel(reason: "threshold \(threshold) or confidence scale \(scale) out of range")
        }
        guard labels.count >= 2, first.count == second.count, first.count == idf.count,
              weights.count == idf.count * labels.count, bias.count == labels.count else {
            throw ClassifierError.corruptModel(reason: "the parts disagree in size")
        }
        let t = Int32(tokens.count)
        guard first.allSatisfy({ $0 >= 0 && $0 < t }), second.allSatisfy({ $0 >= -1 && $0 < t }) else {
            throw ClassifierError.corruptModel(reason: "a feature names a word outside the vocabulary")
        }
        self.init(labels: labels, method: method, threshold: threshold, confidenceScale: scale, trainingItems: trainingItems,
                  text: ClassifierText(stem: stem, stopwords: stopwords),
                  vocabulary: ClassifierVocabulary(tokens: tokens, first: first, second: second, idf: idf),
                  weights: weights, bias: bias)
    }
}
