extension HTMLReport {
    static func accountSection(_ data: ReportData) -> String {
        let shown = data.redAccounts > data.atRisk.count ? " The \(data.atRisk.count) lowest of \(grouped(data.redAccounts)) are shown." : ""
        let note = "Accounts that have not churned and whose health score is Red (below 50 of 100: 40% usage, 30% support, 30% business outcome), lowest first, with the themes they raised most.\(shown)"
            + (data.yellowAccounts > 0 ? " A further \(grouped(data.yellowAccounts)) active accounts are Yellow (50–79)." : "")
        guard !data.atRisk.isEmpty else { return section("accounts", note, empty("No active account is Red.")) }
        var rows = ""
        for a in data.atRisk {
            let name = a.name.map { "\(escape($0))<span class=\"id block\">\(escape(a.id))</span>" } ?? escape(a.id)
            let score = a.score.map { s in
                "<span class=\"meter\"><span style=\"width:\(Int(max(0, min(100, s)).rounded()))%\"></span></span> \(fixed(s, 1))"
            } ?? "n/a"
            rows += """
                <tr><td class="label">\(name)</td><td>\(escape(a.segment ?? ""))</td><td class="num score \(a.tier.lowercased())">\(score)</td>\
                <td class="num">\(a.mrr.map(money) ?? "n/a")</td><td class="nowrap">\(escape(a.renewal ?? ""))</td>\
                <td>\(a.topThemes.map { "<span class=\"chip\">\(escape($0))</span>" }.joined(separator: " "))</td></tr>

                """
        }
        return section("accounts", note, table(
            "<th>Account</th><th>Segment</th><th class=\"num\">Health</th><th class=\"num\">MRR</th><th>Renewal</th><th>Top themes</th>", rows))
    }

    static func alertSection(_ data: ReportData) -> String {
        let note = "A spike is a week whose volume of a theme stands far above its trailing weeks (z = (count − median) ÷ robust spread); an emerging theme has most of its items in the latest week. Weeks end at the latest item; alerts are in the latest week."
        guard !data.alerts.isEmpty else { return section("alerts", note, empty("No spikes or emerging themes.")) }
        var rows = ""
        for a in data.alerts {
            let kind = a.kind == "spike" ? "Spike" : "Emerging"
            let week = [a.weekStart, a.weekEnd].compactMap { $0.map(escape) }.joined(separator: " → ")
            rows += """
                <tr><td><span class="badge \(a.kind == "spike" ? "spike" : "emerging")">\(kind)</span>\(a.alert ? " <span class=\"badge alert\">this week</span>" : "")</td>\
                <td class="label">\(escape(a.theme))</td><td class="nowrap">\(week)</td><td class="num">\(grouped(a.items))</td>\
                <td class="num">\(a.baseline.map { fixed($0, 1) } ?? "—")</td><td class="num">\(a.z.map { fixed($0, 1) } ?? "—")</td>\
                <td class="detail">\(a.total.map { "\(grouped($0)) items in all" } ?? "")</td></tr>

                """
        }
        return section("alerts", note, table(
            "<th>Kind</th><th>Theme</th><th>Week</th><th class=\"num\">Items</th><th class=\"num\">Baseline</th><th class=\"num\">z</th><th></th>", rows))
    }

    static func quoteSection(_ data: ReportData) -> String {
        let note = "What customers wrote, nearest each theme's centre, for the largest themes."
        guard !data.quotes.isEmpty else { return section("quotes", note, empty("No quotes.")) }
        var body = "<div class=\"quotes\">\n"
        for t in data.quotes {
            body += "<div class=\"quote-theme\">\n<h3>\(escape(t.label)) <span class=\"id\">\(escape(t.themeID)) · \(grouped(t.items)) items</span></h3>\n"
            for q in t.quotes {
                let source = [q.account, q.day].compactMap { $0.map(escape) }.joined(separator: " · ")
                body += "<blockquote><p>\(escape(q.text))</p>\(source.isEmpty ? "" : "<cite>\(source)</cite>")</blockquote>\n"
            }
            body += "</div>\n"
        }
        return section("quotes", note, body + "</div>\n")
    }
}
