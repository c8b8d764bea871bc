/// One planned account: its segment, the themes it tends to raise, and its planted outcome.
struct AccountProfile: Sendable {
    /// Company size tier.
    enum Segment: Int, Sendable {
        case smb = 0, midMarket, enterprise

        /// The name written to `accounts.csv`.
        var label: String {
            switch self {
            case .smb: return "SMB"
            case .midMarket: return "Mid-Market"
            case .enterprise: return "Enterprise"
            }
        }
    }

    /// `ACC-00042`.
    var id: [UInt8]
    /// Realistic fictional company name, unique in the corpus.
    var name: String
    /// Lowercase e-mail domain under example.com or example.org.
    var domain: String
    var segment: Segment
    /// Relative item volume; Enterprise accounts write more.
    var weight: Int
    /// Catalog indices of the 1–3 themes this account tends to raise.
    var problemThemes: [Int]
    /// Bit `t` set when any item of the account is planted with theme `t`.
    var mentionMask: UInt32 = 0
    /// Seconds from the window start of the account's latest item, or -1.
    var lastItem: Int = -1
    var churned = false
    var expanded = false
    var contracted = false
}
