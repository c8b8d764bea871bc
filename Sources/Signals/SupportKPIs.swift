/// Support KPIs: first-contact resolution and response and resolution times.
public enum SupportKPIs {
    /// First-contact resolution: `100 × resolved on the first contact / all resolved` (SQM
    /// Group's FCR definition). A resolved ticket counts as first-contact when it was never
    /// reopened and needed at most one contact.
    public static func fcr(firstContact: Double, resolved: Double) -> KPIValue {
        .ratio(firstContact, resolved, scale: 100)
    }

    /// The median of `values`: numerator the median, denominator the count; undefined when empty.
    public static func median(_ values: [Double]) -> KPIValue { quantile(values, 0.5) }

    /// The 90th percentile of `values`: numerator the figure, denominator the count.
    public static func p90(_ values: [Double]) -> KPIValue { quantile(values, 0.9) }

    /// The `q` quantile by linear interpolation between closest ranks: position `h = (n − 1)q`,
    /// `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])` on the sorted values (Hyndman and Fan 1996,
    /// definition 7, the default of R and NumPy). The median of 1, 2, 3, 4 is 2.5.
    /// - Complexity: O(n log n).
    public static func quantile(_ values: [Double], _ q: Double) -> KPIValue {
        guard !values.isEmpty else { return KPIValue(value: nil, numerator: 0, denominator: 0) }
        let sorted = values.sorted()
        let h = Double(sorted.count - 1) * q
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        let v = sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
        return KPIValue(value: v, numerator: v, denominator: Double(sorted.count))
    }
}
