extension HTMLReport {
    static func themeSection(_ data: ReportData) -> String {
        guard !data.themes.isEmpty else { return section("themes", "", empty("No themes yet.")) }
        let hasGroups = data.themes.contains { $0.group?.isEmpty == false }
        var rows = ""
        for t in data.themes {
            let trend = t.trend.map { v -> String in
                let cls = abs(v) < 0.005 ? "flat" : (v > 0 ? "up" : "down")
                return "<td class=\"num trend \(cls)\">\(v > 0 ? "▲" : (v < 0 ? "▼" : "")) \(String(format: "%+.0f%%", v * 100))</td>"
            } ?? "<td class=\"num muted\">n/a</td>"
            rows += """
                <tr><td class="label">\(escape(t.label)) <span class="id">\(escape(t.id))</span></td>\
                <td class="num">\(grouped(t.items))</td><td class="num">\(share(t.share))</td><td class="num">\(grouped(t.accounts))</td>\
                \(trend)<td class="spark">\(sparkline(t.weekly))</td>\(hasGroups ? "<td class=\"group\">\(escape(t.group ?? ""))</td>" : "")</tr>

                """
        }
        let weeks = data.themes.map(\.weekly.count).max() ?? 0
        let unthemed = data.unthemed > 0 ? " \(grouped(data.unthemed)) analysed items fit no theme (unthemed); shares count them." : ""
        return section("themes", "Items and share of all analysed items; accounts raising the theme; trend = change of the theme's share of volume in the last 28 days against the 28 days before; the line shows items per week over the last \(weeks) weeks, the latest on the right.\(unthemed)", table(
            "<th>Theme</th><th class=\"num\">Items</th><th class=\"num\">Share</th><th class=\"num\">Accounts</th><th class=\"num\">Trend</th><th>Weekly items</th>\(hasGroups ? "<th>Group</th>" : "")",
            rows, class: "themes"))
    }

    /// An inline SVG line of weekly counts (oldest first), the latest week marked with a dot.
    static func sparkline(_ counts: [Int]) -> String {
        guard counts.count >= 2 else { return "<span class=\"muted\">—</span>" }
        let w = 120.0, h = 28.0, pad = 3.0
        let top = Double(max(counts.max() ?? 1, 1))
        func x(_ i: Int) -> Double { pad + Double(i) * (w - 2 * pad) / Double(counts.count - 1) }
        func y(_ c: Int) -> Double { h - pad - Double(c) / top * (h - 2 * pad) }
        let points = counts.indices.map { "\(fixed(x($0), 1)),\(fixed(y(counts[$0]), 1))" }.joined(separator: " ")
        let area = "\(fixed(x(0), 1)),\(fixed(h - pad, 1)) " + points + " \(fixed(x(counts.count - 1), 1)),\(fixed(h - pad, 1))"
        let last = counts.count - 1
        return """
            <svg class="sparkline" viewBox="0 0 120 28" width="120" height="28" role="img" aria-label="\(counts.count) weeks, peak \(counts.max() ?? 0), latest \(counts[last]) items">\
            <polygon points="\(area)" fill="#dbe7fb"/><polyline points="\(points)" fill="none" stroke="#2563eb" stroke-width="1.5" stroke-linejoin="round"/>\
            <circle cx="\(fixed(x(last), 1))" cy="\(fixed(y(counts[last]), 1))" r="2.5" fill="#1e40af"/></svg>
            """
    }
}
