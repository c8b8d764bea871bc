/// The per-account timelines the detectors walk.
struct Timelines {
    /// The items sorted by account, then key, then time and id.
    var items: [PatternItem]
    /// The runs of `items` that share an account and a key.
    var runs: [Range<Int>]
}

extension Array where Element == PatternItem {
    /// The items sorted by account, then `key`, then time and id, cut into the runs that share an
    /// account and a key: the per-account timelines the detectors walk.
    ///
    /// The items are first bucketed by account (a stable counting sort: accounts are small
    /// indices), then each account's few items are sorted by key, time and id, which is much
    /// quicker than one comparison sort of every item.
    /// - Complexity: O(n + accounts) for the buckets, then O(m log m) per account of m items.
    func timelines(by key: (PatternItem) -> Int64) -> Timelines {
        guard let low = lazy.map(\.account).min(), let high = lazy.map(\.account).max() else { return Timelines(items: [], runs: []) }
        let span = Int(high) - Int(low) + 1
        var keyed: [(key: Int64, item: PatternItem)]
        var groups: [Range<Int>]
        if span <= 4 * count + 1024 {
            var starts = [Int](repeating: 0, count: span + 1)
            for item in self { starts[Int(item.account) - Int(low) + 1] += 1 }
            for a in 0..<span { starts[a + 1] += starts[a] }
            var next = starts
            let filler = (key: Int64(0), item: self[0])
            keyed = [(key: Int64, item: PatternItem)](repeating: filler, count: count)
            for item in self {
                let a = Int(item.account) - Int(low)
                keyed[next[a]] = (key(item), item)
                next[a] += 1
            }
            groups = (0..<span).compactMap { starts[$0] < starts[$0 + 1] ? starts[$0]..<starts[$0 + 1] : nil }
        } else {
            keyed = map { (key: key($0), item: $0) }
            groups = [0..<count]
        }
        for group in groups where group.count > 1 {
            keyed[group].sort { a, b in
                if a.item.account != b.item.account { return a.item.account < b.item.account }
                if a.key != b.key { return a.key < b.key }
                if a.item.time != b.item.time { return a.item.time < b.item.time }
                return a.item.id < b.item.id
            }
        }
        var runs: [Range<Int>] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].item.account == keyed[start].item.account, keyed[end].key == keyed[start].key { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return Timelines(items: keyed.map(\.item), runs: runs)
    }
}
