extension Array where Element == PatternItem {
    /// The items sorted by account, then `key`, then time and id, cut into the runs that share an
    /// account and a key: the per-account timelines the detectors walk.
    /// - Complexity: O(n log n).
    func timelines(by key: (PatternItem) -> Int64) -> (items: [PatternItem], runs: [Range<Int>]) {
        let keyed = map { (item: $0, key: key($0)) }.sorted { a, b in
            if a.item.account != b.item.account { return a.item.account < b.item.account }
            if a.key != b.key { return a.key < b.key }
            if a.item.time != b.item.time { return a.item.time < b.item.time }
            return a.item.id < b.item.id
        }
        var runs: [Range<Int>] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].item.account == keyed[start].item.account, keyed[end].key == keyed[start].key { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return (keyed.map(\.item), runs)
    }
}
