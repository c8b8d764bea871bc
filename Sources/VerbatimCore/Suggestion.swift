/// "Did you mean …?": the known name nearest to a misspelt one.
///
/// Names are compared case-insensitively by optimal string alignment distance (Levenshtein
/// distance plus the transposition of two adjacent characters, as in Damerau 1964), computed
/// on Unicode scalars with a band so that names far apart cost little to reject.
///
/// ```swift
/// Suggestion.nearest(to: "recluster_growht", among: ["recluster_growth", "seed"])  // "recluster_growth"
/// Suggestion.didYouMean("seeds", among: ["seed", "k"])                             // "; did you mean 'seed'?"
/// ```
public enum Suggestion {
    /// The largest distance worth suggesting for `name`: 1 up to 4 characters, 2 up to 8, then 3.
    public static func tolerance(for name: String) -> Int {
        let n = name.unicodeScalars.count
        return n <= 4 ? 1 : n <= 8 ? 2 : 3
    }

    /// The optimal string alignment distance between `a` and `b`, ignoring case, or nil when it
    /// is over `limit`.
    /// - Complexity: O(len(a) × len(b)) time, O(len(b)) memory.
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = d
                rowMin = min(rowMin, d)
            }
            if rowMin > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        let d = previous[y.count]
        return d <= limit ? d : nil
    }

    /// The candidate nearest to `name` within `maxDistance` (default: `tolerance(for:)`); ties go
    /// to the candidate listed first. A candidate equal to `name` apart from case is nearest of all.
    public static func nearest(to name: String, among candidates: some Sequence<String>, maxDistance: Int? = nil) -> String? {
        let limit = maxDistance ?? tolerance(for: name)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            guard let d = distance(name, candidate, limit: best.map { $0.distance - 1 } ?? limit) else { continue }
            if best == nil || d < best?.distance ?? .max { best = (candidate, d) }
            if d == 0 { break }
        }
        return best?.name
    }

    /// `"; did you mean 'seed'?"` when a candidate is near `name`, else an empty string: ready to
    /// append to a message.
    public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        nearest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
