import Foundation
import Output
import Signals
import Store
import Testing
import TestSupport
@testable import Pipeline

@Suite("ReportBuilder")
struct ReportBuilderTests {
    /// The analysed demo's report data and its page.
    static func report() throws -> (demo: AnalysedDemo, builder: ReportBuilder, data: ReportData) {
        let demo = try AnalysedDemo.get()
        let builder = ReportBuilder(store: demo.demo.store, signalSettings: try demo.demo.workspace.signalSettings(), workspaceName: "demo")
        return (demo, builder, try builder.build())
    }

    /// `12345` as `12,345`.
    static func grouped(_ n: Int) -> String {
        var digits = String(n), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits.removeLast(3) }
        return digits + out
    }

    @Test("The report's figures are the store's: themes, the latest complete month's NPS, lifts, accounts at risk and this week's spike")
    func figures() throws {
        let (demo, builder, data) = try Self.report()
        let store = demo.demo.store
        let summaries = try store.themeSummaries()
        #expect(data.themes.map(\.id) == summaries.themes.map(\.id))
        #expect(data.themes.first?.items == summaries.themes.first?.items)
        #expect(data.items == (try store.status().items) && data.themeCount == summaries.themes.count)
        #expect(data.firstDay == "2026-04-02" || (data.firstDay ?? "") < (data.lastDay ?? ""))

        // The NPS tile: the latest month that ended by the latest item, against the month before.
        let nps = try #require(data.kpis.first { $0.metric == "nps" })
        let end = try #require(data.lastDay)
        #expect(nps.period != "all" && nps.period <= String(end.prefix(7)))
        let months = try KPIReport(store: store, settings: builder.signalSettings).rows(period: .month, segment: nil)
            .filter { $0.segment == "all" && $0.metric == "nps" }
        let truth = try #require(months.first { $0.period == nps.period })
        #expect(nps.value == truth.value.value)
        let before = try #require(months.last { $0.period < nps.period })
        #expect(nps.previousPeriod == before.period && nps.previous == before.value.value)
        #expect(data.kpis.map(\.metric) == ReportBuilder.tiles.map(\.metric))
        #expect(data.kpis.first { $0.metric == "net_revenue_retention" }?.period == "all")

        // Lifts follow the stored signals and their support.
        let signals = try store.themeSignalRecords()
        #expect(data.lifts.count == signals.count)
        for lift in data.lifts {
            let record = try #require(signals.first { $0.themeID == lift.themeID })
            #expect(lift.sufficient == (SignalFormat.figure(record, "churn_lift") != SignalFormat.insufficient))
            #expect(lift.lift == record.figures["churn_lift"])
        }
        #expect(!HTMLReport.drawnLifts(data.lifts).isEmpty)

        // Accounts at risk: active, Red, lowest first.
        let scores = data.atRisk.compactMap(\.score)
        #expect(!data.atRisk.isEmpty && scores == scores.sorted() && scores.allSatisfy { $0 < 50 })
        #expect(data.redAccounts >= data.atRisk.count && data.atRisk.count <= builder.accountLimit)

        // Sparklines count weeks as the spike detector does: this week's spike is the last point.
        for theme in data.themes { #expect(theme.weekly.count <= builder.sparklineWeeks && theme.weekly.reduce(0, +) <= theme.items) }
        if let spike = data.alerts.first(where: { $0.kind == "spike" && $0.alert }) {
            let theme = try #require(data.themes.first { $0.label == spike.theme })
            #expect(theme.weekly.last == spike.items)
        }
        #expect(data.quotes.count == min(builder.quoteThemes, data.themes.count) && data.quotes.allSatisfy { !$0.quotes.isEmpty })
    }

    @Test("The same store gives the same bytes")
    func deterministic() throws {
        let (_, builder, _) = try Self.report()
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.html"), b = dir.appendingPathComponent("b.html")
        try builder.write(to: a)
        try builder.write(to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test("A store without an analysis says to run analyze")
    func notAnalysed() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workspace = Workspace(path: dir.path)
        try workspace.initialise()
        #expect { try ReportBuilder(workspace: workspace).build() } throws: { error in
            "\(error)".contains("no analysis yet: run `verbatim analyze` first")
        }
    }

    @Test("Chromium renders the demo's report: the picture is not blank and the page shows the key numbers",
          .enabled(if: ReportRendering.chromium != nil && ReportRendering.python != nil, "needs chromium and python3"))
    func chromium() throws {
        let (demo, builder, data) = try Self.report()
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html"), png = dir.appendingPathComponent("report.png")
        try builder.write(to: page)

        let shot = try ReportRendering.screenshot(page, to: png, profile: dir.appendingPathComponent("profile-shot"))
        #expect(shot.status == 0, "\(shot.output)")
        let stats = try ReportRendering.pngStats(png)
        let colours = try #require(stats["colours"] as? Int), filled = try #require(stats["non_background"] as? Double)
        #expect(stats["width"] as? Int == 1280 && stats["height"] as? Int == 3000)
        #expect(colours > 200, "a blank or flat picture: \(stats)")
        #expect(filled > 0.05, "too little drawn: \(stats)")

        let dom = try ReportRendering.dumpDOM(page, profile: dir.appendingPathComponent("profile-dom"))
        #expect(dom.status == 0)
        let text = dom.output
        let top = try #require(data.themes.first)
        #expect(text.contains("\(HTMLReport.escape(top.label)) <span class=\"id\">\(top.id)</span></td><td class=\"num\">\(Self.grouped(top.items))</td>"))
        let nps = try #require(try KPIReport(store: demo.demo.store, settings: builder.signalSettings).rows(period: .month, segment: nil)
            .first { $0.segment == "all" && $0.metric == "nps" && $0.period == data.kpis.first?.period }?.value.value)
        #expect(text.contains("<div class=\"tile-title\">NPS</div>\n<div class=\"tile-value\">\(String(format: "%+.1f", nps))</div>"))
        let highest = try #require(HTMLReport.drawnLifts(data.lifts).first?.lift)
        #expect(highest == HTMLReport.drawnLifts(data.lifts).compactMap(\.lift).max())
        #expect(text.contains(">\(String(format: "%.2f", highest)) ("))
    }
}
