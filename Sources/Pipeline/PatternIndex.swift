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
    /// The byte-level interners of the scan, with the index each of their texts maps to.
    private var accountTexts = TextInterner(), accountOfText: [Int32] = []
    private var themeTexts = TextInterner(), themeOfText: [Int32] = []
    private var typeTexts = TextInterner(), typeOfText: [Int32] = []

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

    /// The detector's view of a stored item read as bytes, or nil when it has no readable date:
    /// the same item as ``item(for:)-(PatternInput)`` gives for the same row, with no `String` per row.
    mutating func item(for row: PatternRow) -> PatternItem? {
        guard let created = row.createdAt, let time = UTCDate.seconds(fromISO: created) else { return nil }
        var resolved = row.resolvedAt.flatMap(UTCDate.seconds(fromISO:))
        if resolved == nil, let hours = row.resolutionHours, hours >= 0 { resolved = time + Int64(hours * 3600) }
        var account: Int32 = -1
        if let id = row.accountID, !id.isEmpty { account = accountText(id) }
        var theme: Int32 = -1, type: Int32 = -1
        if let id = row.themeID { theme = themeText(id) }
        if let name = row.issueType { type = typeText(name) }
        return PatternItem(id: row.id, account: account, time: time, theme: theme, issueType: type, isContact: row.isContact,
                           resolvedAt: resolved, escalated: row.escalated)
    }

    /// Every stored item with a readable date, in row-id order, and the index that names them.
    static func items(store: Store, themes: [String]) throws -> (index: PatternIndex, items: [PatternItem]) {
        var index = PatternIndex(themes: themes)
        var items: [PatternItem] = []
        try store.forEachPatternRow { row in
            if let item = index.item(for: row) { items.append(item) }
        }
        return (index, items)
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

    /// Account index of an id's bytes (`account(_:)` through the interner).
    private mutating func accountText(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (i, text) = accountTexts.intern(bytes)
        if Int(i) == accountOfText.count { accountOfText.append(account(text)) }
        return accountOfText[Int(i)]
    }

    /// Theme index of a theme id's bytes, -1 for a theme that is not active.
    private mutating func themeText(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (i, text) = themeTexts.intern(bytes)
        if Int(i) == themeOfText.count { themeOfText.append(themeIndex[text] ?? -1) }
        return themeOfText[Int(i)]
    }

    /// Issue-type index of a type's bytes (`type(_:)` through the interner).
    private mutating func typeText(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (i, text) = typeTexts.intern(bytes)
        if Int(i) == typeOfText.count { typeOfText.append(type(text)) }
        return typeOfText[Int(i)]
    }

    /// The theme id of an index, or nil for -1.
    func theme(_ index: Int32) -> String? { index >= 0 && Int(index) < themeIDs.count ? themeIDs[Int(index)] : nil }
    /// The account id of an index.
    func account(at index: Int32) -> String? { index >= 0 && Int(index) < accountIDs.count ? accountIDs[Int(index)] : nil }
    /// The issue type of an index.
    func issueType(at index: Int32) -> String? { index >= 0 && Int(index) < issueTypes.count ? issueTypes[Int(index)] : nil }
}
