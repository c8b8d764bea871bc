/// Feedback text made readable for quotes and examples: HTML tags removed and entities decoded
/// (as the analysis does), runs of white space and line breaks collapsed to one space. Nothing is
/// masked or case-folded: people read the customer's own words.
public enum DisplayText {
    /// `text` without HTML, on one line.
    /// - Complexity: O(n) in the UTF-8 length.
    public static func readable(_ text: String) -> String {
        var bytes = Array(text.utf8)
        if HTMLStripper.mayContainHTML(bytes) { bytes = HTMLStripper.strip(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
