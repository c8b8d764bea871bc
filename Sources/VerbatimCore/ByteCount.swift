/// Counts as people read them in messages: `16,777,216` (digits grouped by three, the same on
/// every machine, unlike a locale's formatter).
public enum ByteCount {
    /// `n` with its digits grouped by commas: `20000123` → `"20,000,123"`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
