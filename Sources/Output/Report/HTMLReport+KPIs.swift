extension HTMLReport {
    /// How a KPI moved, for its tile's arrow and colour.
    enum Direction: String {
        /// Moved the way that is good for this KPI.
        case good
        /// Moved the way that is bad.
        case bad
        /// Unchanged at the precision shown.
        case flat
    }

    /// The direction of `tile`'s change, nil when there is no change to show. A change that
    /// rounds to zero at the precision shown is flat.
    static func direction(_ tile: ReportKPI) -> Direction? {
        guard let change = tile.change else { return nil }
        if kpiChange(change, tile.unit).allSatisfy({ !$0.isNumber || $0 == "0" }) { return .flat }
        return (change > 0) == tile.higherIsBetter ? .good : .bad
    }

    static func kpiSection(_ data: ReportData) -> String {
        let tiles = data.kpis.map(kpiTile).joined()
        return section("kpis", "Each tile shows the latest complete period and the change from the period before; green is good news for that figure, red bad. Account revenue figures have no monthly breakdown and cover the whole period.",
                       tiles.isEmpty ? empty("No KPIs: the store has no scores, tickets or accounts.") : "<div class=\"tiles\">\n\(tiles)</div>\n")
    }

    static func kpiTile(_ tile: ReportKPI) -> String {
        let value = tile.value.map { kpiValue($0, tile.unit) } ?? "n/a"
        var change: String
        if let dir = direction(tile), let delta = tile.change {
            let arrow = dir == .flat ? "●" : (delta > 0 ? "▲" : "▼")
            let amount = dir == .flat ? "no change" : kpiChange(delta, tile.unit)
            change = "<span class=\"\(dir.rawValue)\">\(arrow) \(amount)</span> vs \(escape(periodName(tile.previousPeriod ?? "")))"
        } else if tile.period == "all" {
            change = "no earlier period"
        } else if let previous = tile.previousPeriod {
            change = "n/a vs \(escape(periodName(previous)))"
        } else {
            change = "first period in the data"
        }
        if tile.value == nil { change = "nothing to count" }
        return """
            <div class="tile" id="kpi-\(escape(tile.metric))">
            <div class="tile-title">\(escape(tile.title))</div>
            <div class="tile-value\(tile.value == nil ? " na" : "")">\(value)</div>
            <div class="tile-change">\(change)</div>
            <div class="tile-period">\(escape(periodName(tile.period)))</div>
            </div>

            """
    }
}
