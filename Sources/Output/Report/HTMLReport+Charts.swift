import Foundation

extension HTMLReport {
    /// Chart geometry shared by the two theme charts: a label column, a plot, a value column.
    enum Chart {
        static let width = 820.0
        static let labelRight = 270.0
        static let plotLeft = 282.0
        static let plotRight = 640.0
        static let valueLeft = 672.0
        static let row = 24.0
        static let top = 30.0
        static let labelLimit = 40
    }

    /// The themes the lift chart draws: sufficient, with a lift; highest lift first, then by id.
    public static func drawnLifts(_ lifts: [ReportLift]) -> [ReportLift] {
        lifts.filter(\.drawable).sorted { a, b in
            (a.lift ?? 0) != (b.lift ?? 0) ? (a.lift ?? 0) > (b.lift ?? 0) : a.themeID < b.themeID
        }
    }

    /// The themes the NPS chart draws: sufficient, with an impact; most negative first, then by id.
    public static func drawnImpacts(_ impacts: [ReportNPSImpact]) -> [ReportNPSImpact] {
        impacts.filter { $0.sufficient && $0.impact?.isFinite == true }.sorted { a, b in
            (a.impact ?? 0) != (b.impact ?? 0) ? (a.impact ?? 0) < (b.impact ?? 0) : a.themeID < b.themeID
        }
    }

    static func liftSection(_ data: ReportData) -> String {
        let drawn = drawnLifts(data.lifts)
        let note = "Churn rate of the accounts that raised a theme ÷ churn rate of the other accounts. A dot is the lift, the bar its 95% interval, on a log scale; the line marks 1.0 (no difference). Red: churn clearly higher (the whole interval above 1); green: clearly lower; grey: not distinguishable from 1."
        var body = drawn.isEmpty ? empty("No theme has enough accounts for a churn lift.") : liftChart(drawn)
        body += insufficientNote(data.lifts.filter { !$0.drawable }.map { ($0.label, $0.accounts) }, what: "accounts", minimum: data.minimumSupport)
        return section("churn", note, body)
    }

    /// The lift chart: one row per theme, a log₂ axis covering every interval and 1.0.
    static func liftChart(_ rows: [ReportLift]) -> String {
        let lows = rows.compactMap(\.low), highs = rows.compactMap(\.high)
        let lo = max(min(lows.min() ?? 1, 1), 1.0 / 64), hi = min(max(highs.max() ?? 1, 1), 64)
        let e0 = min(Int(floor(log2(lo))), -1), e1 = max(Int(ceil(log2(hi))), 1)
        func x(_ v: Double) -> Double {
            let t = (min(max(log2(v), Double(e0)), Double(e1)) - Double(e0)) / Double(e1 - e0)
            return Chart.plotLeft + t * (Chart.plotRight - Chart.plotLeft)
        }
        let height = Chart.top + Double(rows.count) * Chart.row + 10
        var svg = svgOpen(height: height, label: "Churn lift by theme with 95% intervals, log scale")
        // At most about seven labelled ticks, always including 1×, so wide intervals do not crowd the axis.
        let step = max(1, (e1 - e0 + 5) / 6)
        svg += axis((e0...e1).filter { $0 % step == 0 }.map { e in
            let v = pow(2, Double(e))
            return (x(v), (e >= 0 ? String(Int(v)) : (e == -1 ? "0.5" : (e == -2 ? "0.25" : "1/\(Int(1 / v))"))) + "×", e == 0)
        }, height: height, title: "lift (95% interval)")
        for (i, r) in rows.enumerated() {
            guard let lift = r.lift, let low = r.low, let high = r.high else { continue }
            let y = Chart.top + Double(i) * Chart.row + Chart.row / 2
            let cls = low > 1 ? "risk" : (high < 1 ? "safe" : "even")
            let p = r.pValue.map { $0 < 0.001 ? "p < 0.001" : "p = " + fixed($0, 3) } ?? "p n/a"
            svg += "<g class=\"\(cls)\"><title>\(escape(r.label)): lift \(fixed(lift, 2)), 95% interval \(fixed(low, 2))–\(fixed(high, 2)), \(p), \(r.accounts) accounts</title>"
            svg += rowLabel(r.label, y: y)
            svg += "<line x1=\"\(fixed(x(low), 1))\" y1=\"\(fixed(y, 1))\" x2=\"\(fixed(x(high), 1))\" y2=\"\(fixed(y, 1))\" class=\"ci\"/>"
            svg += "<circle cx=\"\(fixed(x(lift), 1))\" cy=\"\(fixed(y, 1))\" r=\"5\" class=\"dot\"/>"
            svg += "<text x=\"\(fixed(Chart.valueLeft, 1))\" y=\"\(fixed(y + 4, 1))\" class=\"value\">\(fixed(lift, 2)) (\(fixed(low, 2))–\(fixed(high, 2)))</text></g>\n"
        }
        return svg + "</svg></div>\n"
    }

    static func npsSection(_ data: ReportData) -> String {
        let drawn = drawnImpacts(data.npsImpacts)
        let note = "NPS of all respondents minus NPS without the respondents who raised the theme, in NPS points: a red bar to the left means the theme pulls NPS down, a green bar to the right that it lifts it."
        var body = drawn.isEmpty ? empty("No theme has enough NPS answers for an impact.") : npsChart(drawn)
        body += insufficientNote(data.npsImpacts.filter { !($0.sufficient && $0.impact?.isFinite == true) }.map { ($0.label, $0.responses) },
                                 what: "NPS answers", minimum: data.minimumSupport)
        return section("nps", note, body)
    }

    /// The NPS-impact chart: bars from a zero line, the scale symmetric about it.
    static func npsChart(_ rows: [ReportNPSImpact]) -> String {
        let largest = rows.compactMap { $0.impact.map(abs) }.max() ?? 1
        let steps: [Double] = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200]
        let span = steps.first { $0 >= largest } ?? largest
        let mid = (Chart.plotLeft + Chart.plotRight) / 2, half = (Chart.plotRight - Chart.plotLeft) / 2
        func x(_ v: Double) -> Double { mid + v / span * half }
        let height = Chart.top + Double(rows.count) * Chart.row + 10
        var svg = svgOpen(height: height, label: "NPS impact by theme, in NPS points")
        svg += axis([-1.0, -0.5, 0, 0.5, 1].map { t in
            let v = t * span
            return (x(v), v == 0 ? "0" : (v.rounded() == v ? String(format: "%+.0f", v) : String(format: "%+.1f", v)), t == 0)
        }, height: height, title: "NPS points")
        for (i, r) in rows.enumerated() {
            guard let impact = r.impact else { continue }
            let y = Chart.top + Double(i) * Chart.row + Chart.row / 2
            let x0 = min(x(impact), mid), x1 = max(x(impact), mid)
            svg += "<g class=\"\(impact < 0 ? "neg" : "pos")\"><title>\(escape(r.label)): NPS impact \(String(format: "%+.1f", impact)) points, \(r.responses) answers</title>"
            svg += rowLabel(r.label, y: y)
            svg += "<rect x=\"\(fixed(x0, 1))\" y=\"\(fixed(y - 7, 1))\" width=\"\(fixed(max(x1 - x0, 1), 1))\" height=\"14\" rx=\"2\" class=\"bar\"/>"
            svg += "<text x=\"\(fixed(Chart.valueLeft, 1))\" y=\"\(fixed(y + 4, 1))\" class=\"value\">\(String(format: "%+.1f", impact))</text></g>\n"
        }
        return svg + "</svg></div>\n"
    }

    /// Vertical grid lines with their labels on top (the reference line dashed), and the value
    /// column's title.
    static func axis(_ ticks: [(x: Double, label: String, reference: Bool)], height: Double, title: String) -> String {
        var svg = ""
        for t in ticks {
            let gx = fixed(t.x, 1)
            svg += "<line x1=\"\(gx)\" y1=\"\(fixed(Chart.top - 6, 1))\" x2=\"\(gx)\" y2=\"\(fixed(height - 6, 1))\" class=\"\(t.reference ? "one" : "grid")\"/>"
            svg += "<text x=\"\(gx)\" y=\"16\" class=\"tick\" text-anchor=\"middle\">\(t.label)</text>\n"
        }
        return svg + "<text x=\"\(fixed(Chart.valueLeft, 1))\" y=\"16\" class=\"tick\">\(title)</text>\n"
    }

    static func svgOpen(height: Double, label: String) -> String {
        "<div class=\"chart\"><svg viewBox=\"0 0 \(Int(Chart.width)) \(Int(height.rounded(.up)))\" width=\"100%\" role=\"img\" aria-label=\"\(label)\" class=\"chart\">\n"
    }

    /// A theme's label, right-aligned before the plot.
    static func rowLabel(_ label: String, y: Double) -> String {
        "<text x=\"\(fixed(Chart.labelRight, 1))\" y=\"\(fixed(y + 4, 1))\" text-anchor=\"end\" class=\"label\">\(escape(clipped(label, Chart.labelLimit)))</text>"
    }

    /// The themes a chart leaves out, with their counts.
    static func insufficientNote(_ left: [(label: String, count: Int)], what: String, minimum: Int) -> String {
        guard !left.isEmpty else { return "" }
        let names = left.map { "\(escape($0.label)) (\($0.count))" }.joined(separator: ", ")
        return "<p class=\"insufficient\"><b>Insufficient</b> (fewer than \(minimum) \(what), or no figure to compare; not drawn): \(names).</p>\n"
    }
}
