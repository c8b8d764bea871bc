import Foundation
import Testing
import Ingest
import SampleCorpus
import Signals
import Store
import VerbatimCore
@testable import Pipeline

/// The demo corpus, ingested with its accounts and analysed once for every test of the suite.
enum PreparedDemo {
    static let shared: Result<DemoWorkspace, any Error> = Result { try AnalysedDemo.get().demo }

    /// Found theme id → the planted slug most of its items carry ("" for noise).
    static func plantedSlugs(_ demo: DemoWorkspace) throws -> [String: String] {
        let truth = try demo.truth()
        var votes: [String: [String: Int]] = [:]
        for (key, theme) in try demo.assignments() where !theme.isEmpty {
            votes[theme, default: [:]][truth[key] ?? "", default: 0] += 1
        }
        return votes.mapValues { v in v.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "" }
    }

    /// Planted effect by slug, from `truth/themes.json`.
    static func effects(_ demo: DemoWorkspace) throws -> [String: String] {
        let data = try Data(contentsOf: demo.workspace.directory.appendingPathComponent("truth/themes.json"))
        let themes = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: themes.compactMap { t in
            (t["slug"] as? String).flatMap { s in (t["effect"] as? String).map { (s, $0) } }
        })
    }
}

@Suite("Signals on the demo corpus")
struct SignalAnalysisTests {
    @Test("KPIs on the demo corpus equal the truth the generator wrote, numerator and denominator, within a cent")
    func kpisMatchTruth() throws {
        let demo = try PreparedDemo.shared.get()
        let rows = try KPIReport(store: demo.store).rows(period: .all, segment: nil)
        let text = try String(contentsOf: demo.workspace.directory.appendingPathComponent("truth/kpis.csv"), encoding: .utf8)
        let truth = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(truth.count >= 14)
        for t in truth {
            let row = try #require(rows.first { $0.metric == t[0] }, "no \(t[0]) row")
            let (n, d) = (try #require(Double(t[1])), try #require(Double(t[2])))
            #expect(abs(row.value.numerator - n) < 0.005 && abs(row.value.denominator - d) < 0.005,
                    "\(t[0]): \(row.value.numerator)/\(row.value.denominator), truth \(n)/\(d)")
        }
    }

    @Test("The theme ranked first by churn lift is a planted churn driver, with p < 0.05")
    func churnDriver() throws {
        let demo = try PreparedDemo.shared.get()
        let slugs = try PreparedDemo.plantedSlugs(demo), effects = try PreparedDemo.effects(demo)
        let ranked = try demo.store.themeSignalRecords()
            .filter { $0.figures["accounts_mentioning", default: 0] >= Double($0.minimumSupport) && $0.figures["churn_lift"] != nil }
            .sorted { ($0.figures["churn_lift"] ?? 0, $1.themeID) > ($1.figures["churn_lift"] ?? 0, $0.themeID) }
        let top = try #require(ranked.first)
        #expect(effects[slugs[top.themeID] ?? ""] == "churn", "\(top.themeID) is \(slugs[top.themeID] ?? "?")")
        #expect((top.figures["p_value"] ?? 1) < 0.05)
        #expect((top.figures["lift_ci_low"] ?? 0) > 1)
    }

    @Test("The planted expansion theme ranks first by expansion lift")
    func expansionTheme() throws {
        let demo = try PreparedDemo.shared.get()
        let slugs = try PreparedDemo.plantedSlugs(demo), effects = try PreparedDemo.effects(demo)
        let top = try #require(try demo.store.themeSignalRecords()
            .filter { $0.figures["accounts_mentioning", default: 0] >= Double($0.minimumSupport) }
            .max { ($0.figures["expansion_lift"] ?? 0, $1.themeID) < ($1.figures["expansion_lift"] ?? 0, $0.themeID) })
        #expect(effects[slugs[top.themeID] ?? ""] == "expansion", "\(top.themeID) is \(slugs[top.themeID] ?? "?")")
        #expect((top.figures["expansion_p_value"] ?? 1) < 0.05)
    }

    @Test("A planted low-NPS theme has the most negative NPS impact")
    func lowNPSTheme() throws {
        let demo = try PreparedDemo.shared.get()
        let slugs = try PreparedDemo.plantedSlugs(demo), effects = try PreparedDemo.effects(demo)
        let top = try #require(try demo.store.themeSignalRecords()
            .filter { $0.figures["nps_responses", default: 0] >= Double($0.minimumSupport) }
            .min { ($0.figures["nps_impact"] ?? 0, $0.themeID) < ($1.figures["nps_impact"] ?? 0, $1.themeID) })
        #expect(effects[slugs[top.themeID] ?? ""] == "low_nps", "\(top.themeID) is \(slugs[top.themeID] ?? "?")")
        #expect((top.figures["nps_impact"] ?? 0) < -2)
    }

    @Test("The signal exports have DESIGN's columns and the same store gives byte-identical files")
    func exports() throws {
        let demo = try PreparedDemo.shared.get()
        var texts: [[String]] = []
        for _ in 0 ..< 2 {
            try SignalAnalysis(store: demo.store).run(runID: nil)
            let out = try TestPaths.temporaryDirectory()
            try Exporter(store: demo.store).export(tables: ["theme_signals", "accounts", "kpis"], format: .csv, to: out)
            texts.append(try ["theme_signals.csv", "accounts.csv", "kpis.csv"].map {
                try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8)
            })
        }
        #expect(texts[0] == texts[1])
        let headers = texts[0].map { String($0.prefix { $0 != "\n" }) }
        #expect(headers[0] == "theme_id,accounts_mentioning,churned_accounts,churn_rate,baseline_churn_rate,churn_lift,lift_ci_low,lift_ci_high,p_value,churned_mrr,expansion_accounts,expansion_mrr,nps_mentioning,nps_impact,csat,ces,fcr,median_ttr_hours")
        #expect(headers[1].hasSuffix(",health_score,health_tier"))
        #expect(headers[2] == "period,segment,metric,value,numerator,denominator")
        #expect(texts[0][1].split(separator: "\n").count == 301)
    }

    @Test("Below the minimum support a figure reads insufficient, not a number")
    func insufficient() throws {
        let demo = try PreparedDemo.shared.get()
        var settings = SignalSettings()
        settings.options.minimumSupport = 1_000
        let result = try SignalAnalysis(store: demo.store, settings: settings).compute()
        let row = Exporter.themeSignalRow(SignalAnalysis.record(try #require(result.themes.first)))
        let columns = Exporter.themeSignalColumns
        for name in ["churn_rate", "churn_lift", "lift_ci_low", "p_value", "nps_impact", "csat"] {
            #expect(row[try #require(columns.firstIndex(of: name))] == "insufficient", "\(name)")
        }
        #expect(Double(row[try #require(columns.firstIndex(of: "accounts_mentioning"))]) != nil, "counts stay numbers")
    }

    @Test("themes --account reads the account, its health and its themes with their churn lift")
    func lookup() throws {
        let demo = try PreparedDemo.shared.get()
        let churned = try #require(try demo.store.signalAccounts().first { $0.churned })
        let found = try AccountLookup(store: demo.store).lookup(accountID: churned.id)
        #expect(found.account?.id == churned.id)
        #expect(found.health?.status == "churned")
        #expect(found.health?.outcome == 0)
        #expect(!found.themes.isEmpty && found.themes.allSatisfy { $0.signal != nil })
        #expect(found.themes.map(\.mentions).reduce(0, +) <= found.items)
        #expect(zip(found.themes, found.themes.dropFirst()).allSatisfy { $0.mentions >= $1.mentions })
        let health = try demo.store.accountHealthRecords()
        #expect(health.count == 300)
        #expect(health.values.contains { $0.tier == "green" } && health.values.contains { $0.tier == "red" })
        #expect(try AccountLookup(store: demo.store).lookup(accountID: "NOPE").account == nil)
    }
}

@Suite("Signals on the real datasets", .enabled(if: TestPaths.datasetsAvailable, TestPaths.datasetsMissing))
struct SignalDatasetTests {
    @Test("ravenstack-saas: 110 of 500 accounts churned; disagreements counted; every account scored")
    func ravenstack() throws {
        let files = ["ravenstack_accounts.csv", "ravenstack_subscriptions.csv", "ravenstack_churn_events.csv"]
            .map { TestPaths.dataset("ravenstack-saas/\($0)") }
        let store = try Store(path: try TestPaths.temporaryDirectory().appendingPathComponent("v.sqlite").path)
        _ = try AccountImporter().importAccounts(files, into: store, runID: nil)
        let rows = try KPIReport(store: store).rows(period: .all, segment: "segment")
        func value(_ metric: String, _ segment: String = "all") -> KPIValue? {
            rows.first { $0.metric == metric && $0.segment == segment }?.value
        }
        let flags = SignalDatasetTests.csv(try String(contentsOf: files[0], encoding: .utf8)).dropFirst().filter { $0.count > 9 }
        #expect(value("customer_churn")?.numerator == Double(flags.filter { $0[9] == "TRUE" }.count))
        #expect(value("customer_churn")?.numerator == 110)
        // Accounts whose first subscription had no MRR (trials) and that pay at the end are new customers.
        let accounts = try store.signalAccounts()
        let new = accounts.filter { ($0.mrrStart ?? 0) == 0 && ($0.mrrEnd ?? 0) > 0 }.count
        #expect(new > 0 && value("customers_at_start")?.value == Double(500 - new))
        let segments = Set(flags.map { $0[6] })
        #expect(segments == ["Basic", "Pro", "Enterprise"])
        let bySegment = segments.compactMap { value("customer_churn", $0)?.numerator }.reduce(0, +)
        #expect(bySegment == 110)
        let mrr = try #require(value("revenue_churn"))
        #expect(mrr.denominator > 0 && (mrr.value ?? 0) > 0)
        let disagreements = Dictionary(uniqueKeysWithValues: try KPIReport(store: store).disagreements().map { ($0.name, $0.count) })
        #expect(disagreements["churned accounts without a churn date"] == 110 - 66)
        #expect(disagreements["active accounts with churn events"] == 277)
        let health = try SignalAnalysis(store: store).accountHealth()
        #expect(health.count == 500)
        #expect(health.values.filter { $0.score != nil }.count >= 500 - new, "only accounts without MRR at start and any feedback go unscored")
        #expect(health.values.filter { $0.status == "churned" }.allSatisfy { $0.outcome == 0 && $0.tier == "red" })
    }

    @Test("kaggle-support-tickets: CSAT of the closed tickets and resolution times; resolutions before the first response counted and left out")
    func kaggle() throws {
        let url = TestPaths.dataset("kaggle-support-tickets/customer_support_tickets.csv")
        let dir = try TestPaths.temporaryDirectory()
        let workspace = Workspace(path: dir.path)
        try workspace.initialise()
        let store = try workspace.store(create: true)
        _ = try Ingester(store: store).ingest(url, format: nil, options: MappingOptions(source: "kaggle"), runID: nil)
        let records = Self.csv(try String(contentsOf: url, encoding: .utf8))
        let header = try #require(records.first)
        let csatColumn = try #require(header.firstIndex(of: "Customer Satisfaction Rating"))
        let first = try #require(header.firstIndex(of: "First Response Time"))
        let resolved = try #require(header.firstIndex(of: "Time to Resolution"))
        let ratings = records.dropFirst().compactMap { Double($0[csatColumn]) }
        let backwards = records.dropFirst().filter { !$0[first].isEmpty && !$0[resolved].isEmpty && $0[resolved] < $0[first] }.count
        let forwards = records.dropFirst().filter { !$0[first].isEmpty && !$0[resolved].isEmpty && $0[resolved] >= $0[first] }.count

        let rows = try KPIReport(store: store).rows(period: .all, segment: nil)
        let csat = try #require(rows.first { $0.metric == "csat" }?.value)
        #expect(csat.denominator == Double(ratings.count))
        #expect(csat.numerator == Double(ratings.filter { $0 >= 4 }.count))
        #expect(rows.first { $0.metric == "ticket_volume" }?.value.value == 8_469)
        #expect(rows.first { $0.metric == "resolution_median_hours" }?.value.denominator == Double(forwards))
        #expect(!rows.contains { $0.metric == "customer_churn" }, "no accounts file, no account KPIs")
        let disagreements = Dictionary(uniqueKeysWithValues: try KPIReport(store: store).disagreements().map { ($0.name, $0.count) })
        #expect(backwards > 0 && disagreements["tickets resolved before their first response"] == backwards)

        _ = try AnalyzeJob(workspace: workspace, k: "8").run()
        let signals = try store.themeSignalRecords()
        #expect(signals.count >= 2)
        let themedAnswers = signals.map { $0.figures["csat_answers"] ?? 0 }.reduce(0, +)
        let unthemed = try store.assignmentRows().filter { $0[6].isEmpty }.count
        #expect(themedAnswers <= Double(ratings.count) && themedAnswers >= Double(ratings.count - unthemed))
        #expect(signals.allSatisfy { $0.figures["accounts_mentioning"] == 0 }, "customer e-mails are not accounts of a file")
    }

    /// RFC 4180 records (quoted fields may hold commas, quotes and newlines).
    static func csv(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, atStart = true
        var it = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar?
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && atStart { quoted = true; atStart = false; continue
            } else if c == "," { record.append(field); field = ""; atStart = true; continue
            } else if c == "\n" || c == "\r" {
                if c == "\r", let n = it.next(), n != "\n" { pending = n }
                record.append(field); records.append(record); record = []; field = ""; atStart = true; continue
            } else { field.unicodeScalars.append(c) }
            atStart = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

@Suite("The [signals] settings")
struct SignalSettingsTests {
    @Test("Defaults: min support 5, a 90-day window, 40/30/30 health weights")
    func defaults() throws {
        let s = try SignalSettings(config: try Config(text: "", file: "v.toml").signals, file: "v.toml")
        #expect(s.options == SignalOptions())
        #expect(s.options.minimumSupport == 5 && s.options.windowDays == 90)
        #expect(s.options.healthWeights == HealthWeights(usage: 0.4, support: 0.3, outcome: 0.3))
    }

    @Test("Settings are read from verbatim.toml")
    func read() throws {
        let config = try Config(text: "[signals]\nmin_support = 10\nwindow_days = 30\nperiod_end = \"2026-09-30\"\nusage_columns = [\"logins_30d\"]\nhealth_usage = 1\n", file: "v.toml")
        let s = try SignalSettings(config: config.signals, file: "v.toml")
        #expect(s.options.minimumSupport == 10 && s.options.windowDays == 30)
        #expect(s.periodEndDay == CivilDate.days(year: 2026, month: 9, day: 30))
        #expect(s.options.usageColumns == ["logins_30d"] && s.options.healthWeights.usage == 1)
    }

    @Test("A bad value is an error naming the file, the setting, the value and a fix",
          arguments: ["min_support = 0", "window_days = 0", "period_end = \"soon\"", "health_support = 2", "usage_columns = []",
                      "health_usage = 0\nhealth_support = 0\nhealth_outcome = 0"])
    func invalid(line: String) throws {
        let config = try Config(text: "[signals]\n\(line)\n", file: "v.toml")
        #expect {
            try SignalSettings(config: config.signals, file: "v.toml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("v.toml: [signals] ") && (text.contains("use") || text.contains("give"))
        }
    }
}
