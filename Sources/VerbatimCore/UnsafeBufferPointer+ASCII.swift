extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes spell `ascii` exactly: a comparison of stored bytes with a keyword
    /// (`ticket`, `nps`) without making a `String`.
    public func spells(_ ascii: StaticString) -> Bool {
        guard count == ascii.utf8CodeUnitCount else { return false }
        let p = ascii.utf8Start
        for i in 0 ..< count where self[i] != p[i] { return false }
        return true
    }
}
