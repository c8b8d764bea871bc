/// A theme's centroid as a sparse vector keyed by term string, so that it can be compared with a
/// theme from another run, whose vocabulary and column order differ.
///
/// Only the heaviest terms are kept (200 by default; ties by key), then re-normalised to unit
/// length. Terms are stored in increasing key order, so the cosine of two signatures is one merge
/// of their keys. Codable for the theme registry.
public struct ThemeSignature: Sendable, Equatable, Codable {
    /// The term keys, in increasing order.
    public private(set) var terms: [String]
    /// The weights of `terms`, at the same positions; a unit vector.
    public private(set) var weights: [Float]

    /// The number of terms kept by default.
    public static let defaultTermCount = 200

    /// The signature of one centroid.
    /// - Parameters:
    ///   - centroid: the centroid's index in `centroids`.
    ///   - centroids: unit centroids over the columns that `terms` names.
    ///   - terms: the term key of each column.
    ///   - maximumTerms: how many of the heaviest terms to keep (default 200).
    /// - Complexity: O(d + m log m) for d terms of which m are non-zero.
    public init(centroid: Int, of centroids: Centroids, terms: [String], maximumTerms: Int = ThemeSignature.defaultTermCount) {
        precondition(terms.count == centroids.dimension, "one term key per centroid dimension")
        precondition(centroid >= 0 && centroid < centroids.count, "centroid out of range")
        let pairs = (0 ..< centroids.dimension).compactMap { t -> (String, Float)? in
            let w = centroids[centroid, t]
            return w > 0 ? (terms[t], w) : nil
        }
        self.init(pairs: pairs, maximumTerms: maximumTerms)
    }

    /// A signature from term weights.
    /// - Parameters:
    ///   - weights: a weight per term key; non-positive weights are dropped.
    ///   - maximumTerms: how many of the heaviest terms to keep (default 200).
    /// - Complexity: O(m log m) for m terms.
    public init(weights: [String: Float], maximumTerms: Int = ThemeSignature.defaultTermCount) {
        self.init(pairs: weights.filter { $0.value > 0 }.map { ($0.key, $0.value) }, maximumTerms: maximumTerms)
    }

    /// Keeps the heaviest `maximumTerms` pairs (ties by key), summing repeated keys, and
    /// re-normalises.
    private init(pairs: [(String, Float)], maximumTerms: Int) {
        precondition(maximumTerms >= 1, "a signature keeps at least one term")
        var summed: [String: Float] = [:]
        for (key, weight) in pairs { summed[key, default: 0] += weight }
        let kept = summed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(maximumTerms)
            .sorted { $0.key < $1.key }
        let norm = kept.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
        terms = kept.map(\.key)
        weights = kept.map { norm > 0 ? $0.value / norm : 0 }
    }

    /// The cosine of two signatures: the dot product over their shared keys.
    /// - Complexity: O(m + m′), a merge of the two key lists.
    public func cosine(with other: ThemeSignature) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    private enum CodingKeys: String, CodingKey {
        case terms, weights
    }

    /// Decodes a stored signature, restoring key order.
    /// - Throws: `DecodingError.dataCorrupted` when `terms` and `weights` differ in length.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let terms = try container.decode([String].self, forKey: .terms)
        let weights = try container.decode([Float].self, forKey: .weights)
        guard terms.count == weights.count else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a signature needs one weight per term: \(terms.count) terms, \(weights.count) weights"))
        }
        let pairs = zip(terms, weights).sorted { $0.0 < $1.0 }
        self.terms = pairs.map(\.0)
        self.weights = pairs.map(\.1)
    }

    /// Encodes the terms and weights.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(terms, forKey: .terms)
        try container.encode(weights, forKey: .weights)
    }
}
