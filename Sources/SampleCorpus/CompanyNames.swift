/// Unique fictional company names from three word lists.
///
/// Index `i` maps to combination `(i × 7919 + 13) mod M` of the `M` prefix × suffix × kind
/// combinations; 7919 is prime and does not divide `M`, so the map is a bijection and names are
/// unique without keeping a set. Past `M` accounts a number is appended.
enum CompanyNames {
    static let prefixes = ["Bright", "North", "Blue", "Iron", "Silver", "Summit", "Cedar", "Harbor", "Red", "Green",
                           "Stone", "Swift", "Clear", "Golden", "Pine", "River", "Oak", "Maple", "Falcon", "Nova",
                           "Lumen", "Vertex", "Cobalt", "Aspen", "Atlas", "Polar", "Crescent", "Sage", "Willow", "Zenith"]
    static let suffixes = ["wave", "stone", "field", "path", "bridge", "leaf", "point", "gate", "line", "works",
                           "peak", "light", "forge", "mark", "dale", "ridge", "port", "spring", "wood", "view"]
    static let kinds = ["Analytics", "Logistics", "Health", "Labs", "Systems", "Foods", "Partners", "Media",
                        "Robotics", "Energy", "Consulting", "Capital", "Retail", "Software", "Architects",
                        "Biotech", "Studios", "Manufacturing", "Insurance", "Travel"]

    /// The display name and e-mail domain of account `index`.
    static func name(for index: Int) -> (name: String, domain: String) {
        let combinations = prefixes.count * suffixes.count * kinds.count
        let slot = (index % combinations * 7919 + 13) % combinations
        let prefix = prefixes[slot / (suffixes.count * kinds.count)]
        let suffix = suffixes[slot / kinds.count % suffixes.count]
        let kind = kinds[slot % kinds.count]
        let round = index / combinations
        let name = round == 0 ? "\(prefix)\(suffix) \(kind)" : "\(prefix)\(suffix) \(kind) \(round + 1)"
        let tld = index % 3 == 2 ? "example.org" : "example.com"
        let label = (prefix + suffix + (round == 0 ? "" : String(round + 1))).lowercased()
        return (name, "\(label).\(tld)")
    }
}
