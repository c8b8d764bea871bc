import VerbatimCore

/// The schedule of a corpus: accounts with their planted outcomes, and every item's account,
/// theme and time, sorted by time per source. Texts are not part of it.
///
/// Numbers drawn here (documented in `truth/README.md`):
/// - tickets 55%, chats 25%, surveys the rest of the items;
/// - segments SMB 60%, Mid-Market 30%, Enterprise 10%, with item weights 2–5, 5–12 and 12–30;
/// - each item is noise with probability 8%, one of its account's problem themes with 60%, and
///   otherwise a background theme (churn and expansion themes weigh 1, the others 6);
/// - days are uniform over the window with weekends kept at 25%, hours 08–17 UTC with 82%;
///   the spike theme's items fall in the last 14 days with probability 35%;
/// - recurring issues: about one group per 125 items, 3–5 tickets of one account and theme
///   within 21 days.
struct CorpusPlan: Sendable {
    var accounts: [AccountProfile]
    var tickets: [PlannedItem]
    var chats: [PlannedItem]
    var surveys: [PlannedItem]
    /// Planted recurring issues: account index and theme.
    var recurring: [(account: Int, theme: Int)]

    /// Share of items that are off-topic noise, in per mille.
    static let noisePerMille = 80
    /// Share of items drawn from the account's own problem themes, in per mille.
    static let problemPerMille = 600
    /// Probability, per mille, that a spike-theme item falls in the last 14 days.
    static let spikePerMille = 350

    /// Draws the plan for `options`; the same options always give the same plan.
    init(options: SampleOptions, themes: [ThemeSpec]) {
        var rng = SeededGenerator(seed: options.seed ^ 0x5EED_0000_0000_0001)
        let accountList = (0..<options.accounts).map { Self.drawAccount($0, themeCount: themes.count, using: &rng) }
        var cumulative: [Int] = []
        cumulative.reserveCapacity(accountList.count)
        var total = 0
        for account in accountList {
            total += account.weight
            cumulative.append(total)
        }
        let backgroundWeights = themes.map { $0.effect == .churn || $0.effect == .expansion ? 1 : 6 }
        let spikeTheme = themes.firstIndex { $0.effect == .spike } ?? -1

        let ticketCount = options.items * 55 / 100
        let chatCount = options.items * 25 / 100
        let surveyCount = options.items - ticketCount - chatCount

        var order: UInt64 = 0
        func item(_ account: Int, _ theme: Int, offset: Int, group: Int) -> PlannedItem {
            order += 1
            return PlannedItem(key: UInt64(offset) << 32 | order, account: Int32(account),
                               recurringGroup: Int32(group), theme: Int16(theme))
        }

        // Recurring issues first: 3–5 tickets of one account and one of its themes within 21 days.
        var recurringList: [(account: Int, theme: Int)] = []
        var ticketList: [PlannedItem] = []
        let groupTarget = min(max(1, (options.items + 62) / 125), ticketCount / 12)
        for group in 0..<groupTarget {
            let account = Self.pick(cumulative, using: &rng)
            let problems = accountList[account].problemThemes
            let theme = problems[rng.int(below: problems.count)]
            let startDay = rng.int(below: 182 - 21)
            recurringList.append((account, theme))
            for _ in 0..<(3 + rng.int(below: 3)) {
                let offset = Self.drawOffset(days: startDay..<(startDay + 21), using: &rng)
                ticketList.append(item(account, theme, offset: offset, group: group))
            }
        }

        func draw(_ count: Int) -> [PlannedItem] {
            var items: [PlannedItem] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                let account = Self.pick(cumulative, using: &rng)
                let roll = rng.int(below: 1000)
                let theme: Int
                if roll < Self.noisePerMille {
                    theme = -1
                } else if roll < Self.noisePerMille + Self.problemPerMille {
                    let problems = accountList[account].problemThemes
                    theme = problems[rng.int(below: problems.count)]
                } else {
                    theme = Self.pickWeighted(backgroundWeights, using: &rng)
                }
                let days = theme == spikeTheme && rng.int(below: 1000) < Self.spikePerMille ? 168..<182 : 0..<182
                items.append(item(account, theme, offset: Self.drawOffset(days: days, using: &rng), group: -1))
            }
            return items
        }
        ticketList += draw(max(0, ticketCount - ticketList.count))
        let chatList = draw(chatCount)
        let surveyList = draw(surveyCount)
        accounts = accountList
        recurring = recurringList
        tickets = ticketList
        chats = chatList
        surveys = surveyList
        tickets.sort { $0.key < $1.key }
        chats.sort { $0.key < $1.key }
        surveys.sort { $0.key < $1.key }

        for list in [tickets, chats, surveys] {
            for planned in list where planned.theme >= 0 {
                let a = Int(planned.account)
                accounts[a].mentionMask |= 1 << UInt32(planned.theme)
                accounts[a].lastItem = max(accounts[a].lastItem, planned.offset)
            }
        }
        assignOutcomes(themes: themes, using: &rng)
    }

    /// Planted item count of every theme per source, in catalog order.
    func plantedCounts(themeCount: Int) -> [(tickets: Int, chats: Int, surveys: Int)] {
        var counts = [(tickets: Int, chats: Int, surveys: Int)](repeating: (0, 0, 0), count: themeCount)
        for planned in tickets where planned.theme >= 0 { counts[Int(planned.theme)].tickets += 1 }
        for planned in chats where planned.theme >= 0 { counts[Int(planned.theme)].chats += 1 }
        for planned in surveys where planned.theme >= 0 { counts[Int(planned.theme)].surveys += 1 }
        return counts
    }

    /// A time in `days` (days from the window start): weekends kept with probability 1/4,
    /// working hours 08–17 with probability 0.82.
    static func drawOffset(days: Range<Int>, using rng: inout SeededGenerator) -> Int {
        let firstDay = CorpusCalendar.windowStart / 86_400
        var day = days.lowerBound + rng.int(below: days.count)
        while CorpusCalendar.weekday(ofDays: firstDay + day) >= 5 && rng.int(below: 4) != 0 {
            day = days.lowerBound + rng.int(below: days.count)
        }
        let hour = rng.int(below: 100) < 82 ? 8 + rng.int(below: 10) : rng.int(below: 24)
        return day * 86_400 + hour * 3600 + rng.int(below: 3600)
    }

    /// An index drawn with probability proportional to its weight, from cumulative weights.
    static func pick(_ cumulative: [Int], using rng: inout SeededGenerator) -> Int {
        let target = rng.int(below: cumulative[cumulative.count - 1])
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > target { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// An index drawn with probability proportional to `weights` (a short list).
    static func pickWeighted(_ weights: [Int], using rng: inout SeededGenerator) -> Int {
        var target = rng.int(below: weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    private static func drawAccount(_ index: Int, themeCount: Int, using rng: inout SeededGenerator) -> AccountProfile {
        let roll = rng.int(below: 100)
        let segment: AccountProfile.Segment = roll < 60 ? .smb : roll < 90 ? .midMarket : .enterprise
        let weight: Int
        switch segment {
        case .smb: weight = 2 + rng.int(below: 4)
        case .midMarket: weight = 5 + rng.int(below: 8)
        case .enterprise: weight = 12 + rng.int(below: 19)
        }
        var problems: [Int] = []
        let problemCount = 1 + rng.int(below: 3)
        while problems.count < problemCount {
            let theme = rng.int(below: themeCount)
            if !problems.contains(theme) { problems.append(theme) }
        }
        let (name, domain) = CompanyNames.name(for: index)
        var id = Array("ACC-".utf8)
        ByteSink.appendPadded(index + 1, width: 5, to: &id)
        return AccountProfile(id: id, name: name, domain: domain, segment: segment, weight: weight,
                              problemThemes: problems)
    }
}
