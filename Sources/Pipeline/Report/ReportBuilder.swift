import Foundation
import Output
import Patterns
import Signals
import Store
import TextAnalysis
import VerbatimCore

/// `verbatim report`: gathers what the last analysis stored (themes, signals, health, patterns)
/// and the KPIs (computed on demand, as `verbatim kpis`) into a ``ReportData``, and writes it as
/// one self-contained HTML page (``HTMLReport``).
///
/// Reads only; the same store and settings give the same bytes. "As of" is the latest item's
/// date, never the clock.
public struct ReportBuilder: Sendable {
    /// The store to read.
    public var store: Store
    /// The `[signals]` settings (period end, minimum support, health weights).
    public var signalSettings: SignalSettings
    /// The name the report's header shows (the workspace folder's name).
    public var workspaceName: String
    /// How many of the largest themes show quotes.
    public var quoteThemes = 6
    /// Quotes per theme.
    public var quotesPerTheme = 3
    /// At most this many accounts at risk are listed.
    public var accountLimit = 20
    /// At most this many spikes and emerging themes are listed.
    public var alertLimit = 15
    /// Weeks the sparklines cover, at most.
    public var sparklineWeeks = 26

    /// A builder over `store`.
    public init(store: Store, signalSettings: SignalSettings = SignalSettings(), workspaceName: String = "Verbatim workspace") {
        self.store = store
        self.signalSettings = signalSettings
        self.workspaceName = workspaceName
    }

    /// A builder over a workspace's store (opened for reading) and its `[signals]` settings.
    /// - Throws: `StoreError.missing` without a store, `PipelineError.config` for bad settings.
    public init(workspace: Workspace) throws {
        self.init(store: try workspace.readStore(),
                  signalSettings: try workspace.signalSettings(), workspaceName: workspace.directory.lastPathComponent)
    }

    /// Builds the report and writes it to `url` as HTML (UTF-8, atomically).
    /// - Returns: the data written.
    /// - Throws: `PipelineError.notAnalysed` before any analysis; `OutputError.cannotWrite`.
    @discardableResult
    public func write(to url: URL) throws -> ReportData {
        let data = try build()
        do {
            try Data(HTMLReport.render(data).utf8).write(to: url, options: .atomic)
        } catch {
            throw OutputError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        return data
    }

    /// Gathers the report's data.
    /// - Throws: `PipelineError.notAnalysed` when the store holds no themes yet.
    public func build() throws -> ReportData {
        let summaries = try store.themeSummaries()
        guard !summaries.themes.isEmpty else { throw PipelineError.notAnalysed(path: store.path) }
        let records = try store.themeRecords(includeRetired: false)
        let labels = Dictionary(records.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let weekly = try weeklyCounts(themes: records.filter { $0.level == 0 }.map(\.id))
        let status = try store.status()
        let days = try store.itemDayRange()
        let signals = try store.themeSignalRecords()
        let order = summaries.themes.map(\.id)
        let ordered = signals.sorted { (order.firstIndex(of: $0.themeID) ?? .max, $0.themeID) < (order.firstIndex(of: $1.themeID) ?? .max, $1.themeID) }
        let (atRisk, red, yellow) = try accounts(labels: labels)
        return ReportData(
            workspace: workspaceName, firstDay: days.first, lastDay: days.last, items: status.items, accounts: status.accounts,
            themeCount: summaries.themes.count, unthemed: summaries.unthemed, kpis: try kpiTiles(),
            themes: summaries.themes.map { t in
                ReportTheme(id: t.id, label: t.label, items: t.items, share: t.share, accounts: t.accounts, trend: t.trend,
                            weekly: weekly[t.id] ?? [], group: t.parentLabel)
            },
            lifts: ordered.map { Self.lift($0, label: labels[$0.themeID] ?? $0.themeID) },
            npsImpacts: ordered.map { Self.npsImpact($0, label: labels[$0.themeID] ?? $0.themeID) },
            atRisk: atRisk, redAccounts: red, yellowAccounts: yellow, alerts: try alerts(labels: labels, sizes: Dictionary(summaries.themes.map { ($0.id, $0.items) }, uniquingKeysWith: { a, _ in a })),
            quotes: try quotes(summaries.themes.prefix(quoteThemes), records: records),
            minimumSupport: signals.first?.minimumSupport ?? signalSettings.options.minimumSupport, version: Version.current)
    }

    /// Items per theme per week, oldest first, counted back from the latest item as the spike
    /// detector counts them (``SpikeDetector/weeklyCounts(_:themeCount:asOf:)``); the oldest,
    /// possibly partial, week is left out, and at most ``sparklineWeeks`` are kept.
    func weeklyCounts(themes: [String]) throws -> [String: [Int]] {
        let (index, items) = try PatternIndex.items(store: store, themes: themes.sorted())
        guard let (counts, weeks, _) = SpikeDetector.weeklyCounts(items, themeCount: index.themeIDs.count, asOf: nil) else { return [:] }
        let whole = weeks > 1 ? weeks - 1 : weeks
        let shown = min(whole, sparklineWeeks)
        var out: [String: [Int]] = [:]
        for (i, id) in index.themeIDs.enumerated() { out[id] = Array(counts[i][0..<shown].reversed()) }
        return out
    }

    /// A stored theme signal as the lift chart's row.
    static func lift(_ r: ThemeSignalRecord, label: String) -> ReportLift {
        let f = r.figures
        return ReportLift(themeID: r.themeID, label: label, accounts: Int(f["accounts_mentioning"] ?? 0), lift: f["churn_lift"],
                          low: f["lift_ci_low"], high: f["lift_ci_high"], pValue: f["p_value"],
                          sufficient: SignalFormat.figure(r, "churn_lift") != SignalFormat.insufficient)
    }

    /// A stored theme signal as the NPS chart's row.
    static func npsImpact(_ r: ThemeSignalRecord, label: String) -> ReportNPSImpact {
        ReportNPSImpact(themeID: r.themeID, label: label, responses: Int(r.figures["nps_responses"] ?? 0), impact: r.figures["nps_impact"],
                        sufficient: SignalFormat.figure(r, "nps_impact") != SignalFormat.insufficient)
    }

    /// Active Red accounts, lowest score first (as `accounts --at-risk`), with their top three
    /// themes (at most ``accountLimit``); all active Red accounts; and active Yellow ones.
    func accounts(labels: [String: String]) throws -> (listed: [ReportAccount], red: Int, yellow: Int) {
        let health = try SignalAnalysis(store: store, settings: signalSettings).accountHealth()
        let active = try store.signalAccounts().filter { !$0.churned }
        let red = active.filter { health[$0.id]?.tier == HealthTier.red.rawValue }
            .sorted { (health[$0.id]?.score ?? 0, $0.id) < (health[$1.id]?.score ?? 0, $1.id) }
        let yellow = active.filter { health[$0.id]?.tier == HealthTier.yellow.rawValue }.count
        let listed = try red.prefix(accountLimit).map { a in
            ReportAccount(id: a.id, name: a.name, segment: a.segment, score: health[a.id]?.score, tier: HealthTier.red.name,
                          mrr: a.mrrEnd ?? a.mrrStart, renewal: a.renewalDate.map(UTCDate.day),
                          topThemes: try store.accountThemes(accountID: a.id).themes.prefix(3).map { labels[$0.themeID] ?? $0.label })
        }
        return (listed, red.count, yellow)
    }

    /// Spikes and emerging themes from the patterns table: alerts first, then the latest weeks,
    /// then by z and theme.
    func alerts(labels: [String: String], sizes: [String: Int]) throws -> [ReportAlert] {
        let rows = try store.patternRecords(kinds: [.spike, .emergingTheme]).sorted { a, b in
            (a.alert ? 0 : 1, b.periodEnd ?? "", -(a.z ?? 0), a.themeID ?? "") < (b.alert ? 0 : 1, a.periodEnd ?? "", -(b.z ?? 0), b.themeID ?? "")
        }
        return rows.prefix(alertLimit).map { p in
            ReportAlert(kind: p.kind.rawValue, theme: p.themeID.flatMap { labels[$0] } ?? p.themeID ?? "",
                        weekStart: p.periodStart.map { String($0.prefix(10)) }, weekEnd: p.periodEnd.map { String($0.prefix(10)) },
                        items: p.items, baseline: p.baseline, z: p.z, alert: p.alert,
                        total: p.kind == .emergingTheme ? p.themeID.flatMap { sizes[$0] } : nil)
        }
    }

    /// The representative quotes of `themes`, as readable single lines of at most 320 characters.
    func quotes(_ themes: ArraySlice<ThemeSummary>, records: [ThemeRecord]) throws -> [ReportQuotes] {
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try themes.map { t in
            let ids = Array(byID[t.id]?.quoteItemIDs.prefix(quotesPerTheme) ?? [])
            let texts = try store.itemTexts(ids: ids)
            let quotes = ids.compactMap { id in
                texts[id].map { q in
                    let text = DisplayText.readable(q.text)
                    return ReportQuotes.Quote(text: text.count > 320 ? String(text.prefix(319)) + "…" : text,
                                              account: q.accountID, day: q.createdAt.map { String($0.prefix(10)) })
                }
            }
            return ReportQuotes(themeID: t.id, label: t.label, items: t.items, quotes: quotes)
        }
    }
}
