extension KeyedDecodingContainer {
    /// A number setting that TOML may hold as an integer (`spike_z = 3`) or a float (`3.5`).
    func decodeNumberIfPresent(forKey key: Key) throws -> Double? {
        if let n = try? decodeIfPresent(Int.self, forKey: key) { return Double(n) }
        return try decodeIfPresent(Double.self, forKey: key)
    }
}
