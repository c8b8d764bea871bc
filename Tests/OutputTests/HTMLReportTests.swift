import Foundation
import Testing
@testable import Output

@Suite("HTMLReport")
struct HTMLReportTests {
    /// A small report with hostile text in every place customer or config text goes.
    static let data = ReportData(
        workspace: "acme <img src=x onerror=alert(1)>", firstDay: "2026-04-01", lastDay: "2026-09-30", items: 12_345, accounts: 300,
        themeCount: 3, unthemed: 7,
        kpis: [
            ReportKPI(metric: "nps", title: "NPS", unit: .points, higherIsBetter: true, period: "2026-09", value: 12, previousPeriod: "2026-08", previous: 10),
            ReportKPI(metric: "customer_churn", title: "Customer churn", unit: .percent, higherIsBetter: false, period: "2026-09", value: 6, previousPeriod: "2026-08", previous: 5),
            ReportKPI(metric: "csat", title: "CSAT", unit: .percent, higherIsBetter: true, period: "2026-09", value: 80, previousPeriod: "2026-08", previous: 82.5),
            ReportKPI(metric: "resolution_median_hours", title: "Median time to resolution", unit: .hours, higherIsBetter: false, period: "2026-09", value: 10, previousPeriod: "2026-08", previous: 12),
            ReportKPI(metric: "ces", title: "CES", unit: .scale, higherIsBetter: true, period: "2026-09", value: 5.001, previousPeriod: "2026-08", previous: 5.003),
            ReportKPI(metric: "fcr", title: "FCR", unit: .percent, higherIsBetter: true, period: "2026-09", value: nil, previousPeriod: "2026-08", previous: 70),
            ReportKPI(metric: "net_revenue_retention", title: "NRR", unit: .percent, higherIsBetter: true, period: "all", value: 104.25),
        ],
        themes: [
            ReportTheme(id: "T1", label: "password <reset>", items: 500, share: 0.5, accounts: 120, trend: 0.25, weekly: [1, 4, 2, 9], group: nil),
            ReportTheme(id: "T2", label: "billing & invoices", items: 300, share: 0.3, accounts: 80, trend: nil, weekly: [3, 3], group: nil),
            ReportTheme(id: "T3", label: "rare theme", items: 4, share: 0.004, accounts: 2, trend: -0.5, weekly: [0, 1], group: nil),
        ],
        lifts: [
            ReportLift(themeID: "T1", label: "password <reset>", accounts: 120, lift: 1.5, low: 1.1, high: 2.2, pValue: 0.01, sufficient: true),
            ReportLift(themeID: "T2", label: "billing & invoices", accounts: 80, lift: 2.75, low: 0.9, high: 8.1, pValue: 0.2, sufficient: true),
            ReportLift(themeID: "T3", label: "rare theme", accounts: 2, lift: 9.0, low: 1.0, high: 80, pValue: 0.5, sufficient: false),
        ],
        npsImpacts: [
            ReportNPSImpact(themeID: "T1", label: "password <reset>", responses: 40, impact: -6.5, sufficient: true),
            ReportNPSImpact(themeID: "T2", label: "billing & invoices", responses: 30, impact: 2.25, sufficient: true),
            ReportNPSImpact(themeID: "T3", label: "rare theme", responses: 1, impact: -40, sufficient: false),
        ],
        atRisk: [ReportAccount(id: "ACC-1", name: "Evil \"Corp\"", segment: "SMB", score: 31.5, tier: "Red", mrr: 12_500, renewal: "2026-12-01",
                               topThemes: ["password <reset>"])],
        yellowAccounts: 4,
        alerts: [ReportAlert(kind: "spike", theme: "password <reset>", weekStart: "2026-09-23", weekEnd: "2026-09-30", items: 73,
                             baseline: 9.5, z: 17.1, alert: true)],
        quotes: [ReportQuotes(themeID: "T1", label: "password <reset>", items: 500, quotes: [
            .init(text: "<script>alert(\"x\")</script> & it's 'broken'", account: "ACC-1", day: "2026-09-01"),
            .init(text: "see https://example.com/help?a=1&b=2", account: nil, day: nil),
        ])],
        minimumSupport: 5, version: "9.9.9")

    /// The markup of one KPI tile.
    static func tile(_ html: String, _ metric: String) throws -> String {
        let start = try #require(html.range(of: "<div class=\"tile\" id=\"kpi-\(metric)\">"))
        let end = try #require(html.range(of: "</div>\n</div>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("Customer text, labels and names are escaped: a <script> quote renders as text")
    func escaping() {
        let html = HTMLReport.render(Self.data)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<reset>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; it&#39;s &#39;broken&#39;"))
        #expect(html.contains("acme &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("billing &amp; invoices"))
        #expect(html.contains("Evil &quot;Corp&quot;"))
        #expect(HTMLReport.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    @Test("The page loads nothing: no src, no external href, no url(), no script, no link")
    func selfContained() throws {
        let html = HTMLReport.render(Self.data)
        let lower = html.lowercased()
        // Attribute names, outside text: every `src=`/`href=` inside a tag.
        let attributes = try Regex(#"<[^>]*\b(src|href)\s*=\s*"?([^"\s>]*)"#)
        var hrefs: [String] = []
        for match in lower.matches(of: attributes) {
            let name = String(match.output[1].substring ?? "")
            let value = String(match.output[2].substring ?? "")
            #expect(name == "href", "no element may have a src attribute: \(value)")
            hrefs.append(value)
        }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0.hasPrefix("#") }, "\(hrefs)")
        #expect(!lower.contains("url("))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<iframe") && !lower.contains("<object") && !lower.contains("<embed"))
        // The only http text is the customer's own words, escaped, in a quote.
        let https = lower.ranges(of: "http").count
        #expect(https == 1 && html.contains("see https://example.com/help?a=1&amp;b=2"))
    }

    @Test("The same data renders to the same bytes")
    func deterministic() {
        let a = HTMLReport.render(Self.data)
        let copy = Self.data
        #expect(a == HTMLReport.render(copy))
        var other = Self.data
        other.items += 1
        #expect(a != HTMLReport.render(other))
    }

    @Test("Charts draw only sufficient themes, by lift (highest first) and by NPS impact (most negative first); the rest are listed as insufficient")
    func insufficient() throws {
        let html = HTMLReport.render(Self.data)
        let churn = try #require(html.range(of: "<section id=\"churn\">")).upperBound
        let nps = try #require(html.range(of: "<section id=\"nps\">"))
        let accounts = try #require(html.range(of: "<section id=\"accounts\">")).lowerBound
        let liftPart = String(html[churn..<nps.lowerBound]), npsPart = String(html[nps.upperBound..<accounts])
        #expect(!liftPart.contains("<title>rare theme"))
        #expect(liftPart.contains("<b>Insufficient</b> (fewer than 5 accounts") && liftPart.contains("rare theme (2)"))
        let billing = try #require(liftPart.range(of: "<title>billing &amp; invoices: lift 2.75, 95% interval 0.90–8.10"))
        let password = try #require(liftPart.range(of: "<title>password &lt;reset&gt;: lift 1.50, 95% interval 1.10–2.20, p = 0.010"))
        #expect(billing.lowerBound < password.lowerBound)
        #expect(liftPart.contains("<g class=\"risk\"><title>password") && liftPart.contains("<g class=\"even\"><title>billing"))
        #expect(!npsPart.contains("<title>rare theme"))
        #expect(npsPart.contains("rare theme (1)"))
        let neg = try #require(npsPart.range(of: "<g class=\"neg\"><title>password &lt;reset&gt;: NPS impact -6.5 points"))
        let pos = try #require(npsPart.range(of: "<g class=\"pos\"><title>billing &amp; invoices: NPS impact +2.2 points"))
        #expect(neg.lowerBound < pos.lowerBound)
        #expect(HTMLReport.drawnLifts(Self.data.lifts).map(\.themeID) == ["T2", "T1"])
    }

    @Test("A KPI tile's arrow follows the sign of the change and its colour whether up is good; missing is n/a")
    func kpiChange() throws {
        let html = HTMLReport.render(Self.data)
        let nps = try Self.tile(html, "nps")
        #expect(nps.contains(">+12.0<") && nps.contains("<span class=\"good\">▲ 2.0 pts</span> vs Aug 2026") && nps.contains("Sep 2026"))
        let churn = try Self.tile(html, "customer_churn")
        #expect(churn.contains(">6.0%<") && churn.contains("<span class=\"bad\">▲ 1.0 pp</span>"))
        let csat = try Self.tile(html, "csat")
        #expect(csat.contains("<span class=\"bad\">▼ 2.5 pp</span>"))
        let ttr = try Self.tile(html, "resolution_median_hours")
        #expect(ttr.contains(">10.0 h<") && ttr.contains("<span class=\"good\">▼ 2.0 h</span>"))
        let ces = try Self.tile(html, "ces")
        #expect(ces.contains("<span class=\"flat\">● no change</span>"))
        let fcr = try Self.tile(html, "fcr")
        #expect(fcr.contains(">n/a<") && !fcr.contains("%<") && !fcr.contains("▲") && !fcr.contains("▼"))
        let nrr = try Self.tile(html, "net_revenue_retention")
        #expect(nrr.contains(">104.2%<") || nrr.contains(">104.3%<"))
        #expect(nrr.contains("no earlier period") && nrr.contains("whole period"))
        #expect(HTMLReport.direction(Self.data.kpis[0]) == .good && HTMLReport.direction(Self.data.kpis[1]) == .bad)
    }

    @Test("The header gives the period and counts; sparklines mark the latest week; a single week draws no line")
    func headerAndSparklines() {
        let html = HTMLReport.render(Self.data)
        #expect(html.contains("Data from <b>2026-04-01</b> to <b>2026-09-30</b> · <b>12,345</b> items · <b>300</b> accounts · <b>3</b> themes"))
        #expect(html.contains("<title>acme &lt;img src=x onerror=alert(1)&gt; · Verbatim feedback report · as of 2026-09-30</title>"))
        let line = HTMLReport.sparkline([1, 4, 2, 9])
        #expect(line.contains("<polyline points=\"3.0,22.6 41.0,15.2 79.0,20.1 117.0,3.0\""))
        #expect(line.contains("aria-label=\"4 weeks, peak 9, latest 9 items\""))
        #expect(HTMLReport.sparkline([5]).contains("—") && !HTMLReport.sparkline([5]).contains("<svg"))
        #expect(html.contains("Verbatim 9.9.9 · as of 2026-09-30 (the latest item) · minimum support 5"))
    }
}
