extension String {
    /// The string without leading and trailing white space and newlines (Unicode `White_Space`).
    ///
    /// Returns `self` untouched, without copying, when there is nothing to trim, which is the
    /// common case for export fields. Foundation's `trimmingCharacters(in:)` bridges through
    /// NSString on Linux and costs about ten times as much.
    /// - Complexity: O(k) in the number of characters trimmed, plus one copy when any are.
    public var trimmedWhitespace: String {
        // ASCII fast path: both ends are printable ASCII, nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
