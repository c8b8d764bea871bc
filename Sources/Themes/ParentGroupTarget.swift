/// When ``ParentGrouper`` stops joining groups, besides the link threshold.
public enum ParentGroupTarget: Sendable, Equatable {
    /// Stop once there are at most ⌈√n⌉ groups for n themes, singletons included (the default):
    /// 50 themes give at least 8 groups, a size people can scan.
    case squareRoot
    /// Stop once there are at most this many groups, singletons included.
    case count(Int)
    /// Join while the link threshold allows.
    case unbounded

    /// The group count at which joining stops for `themeCount` themes (0 for `.unbounded`).
    func groupCount(themeCount: Int) -> Int {
        switch self {
        case .squareRoot:
            var root = 0
            while root * root < themeCount { root += 1 }
            return root
        case .count(let count): return count
        case .unbounded: return 0
        }
    }
}
