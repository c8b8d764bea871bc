import Patterns
import Store
import VerbatimCore

/// Maps the store's account ids, theme ids and issue types to the small integers the pattern
/// detectors work on, and back. Indices follow first appearance for accounts and issue types
/// (items come in row-id order) and sorted order for themes, so they are the same on every run.
struct PatternIndex {
    /// Theme ids by index.
    let themeIDs: [String]
    private let themeIndex: [String: Int32]
    /// Account ids by index.
    private(set) var accountIDs: [String] = []
    private var accountIndex: [String: Int32] = [:]
    /// Issue types by index (`other` has none).
    private(set) var issueTypes: [String] = []
    private var typeIndex: [String: Int32] = [:]

    /// An index over `themes` (sorted ids of the active themes).
    init(themes: [String]) {
        themeIDs = themes
        themeIndex = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($0.element, Int32($0.offset)) })
    }

    /// The detector's view of a stored item, or nil when it has no readable date.
    mutating func item(for input: PatternInput) -> PatternItem? {
        guard let created = input.createdAt, let time = UTCDate.seconds(fromISO: created) else { return nil }
        var resolved = input.resolvedAt.flatMap(UTCDate.seconds(fromISO:))
        if resolved == nil, let hours = input.resolutionHours, hours >= 0 { resolved = time + Int64(hours * 3600) }
        return PatternItem(id: input.id, account: account(input.accountID), time: time,
                           theme: input.themeID.flatMap { themeIndex[$0] } ?? -1, issueType: type(input.issueType),
                           isContact: input.kind == "ticket" || input.kind == "chat", resolvedAt: resolved,
                           escalated: input.escalated)
    }

    private mutating func account(_ id: String?) -> Int32 {
        guard let id, !id.isEmpty else { return -1 }
        if let i = accountIndex[id] { return i }
        let i = Int32(accountIDs.count)
        accountIDs.append(id)
        accountIndex[id] = i
        return i
    }

    private mutating func type(_ name: String?) -> Int32 {
        guard let name, name != "other" else { return -1 }
        if let i = typeIndex[name] { return i }
        let i = Int32(issueTypes.count)
        issueTypes.append(name)
        typeIndex[name] = i
        return i
    }

    /// The theme id of an index, or nil for -1.
    func theme(_ index: Int32) -> String? { index >= 0 && Int(index) < themeIDs.count ? themeIDs[Int(index)] : nil }
    /// The account id of an index.
    func account(at index: Int32) -> String? { index >= 0 && Int(index) < accountIDs.count ? accountIDs[Int(index)] : nil }
    /// The issue type of an index.
    func issueType(at index: Int32) -> String? { index >= 0 && Int(index) < issueTypes.count ? issueTypes[Int(index)] : nil }
}
