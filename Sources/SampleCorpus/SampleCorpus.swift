import Foundation
import VerbatimCore

/// The deterministic demo corpus behind `verbatim sample`: tickets, chats, surveys and accounts
/// of a fictional project-management and analytics SaaS, with planted ground truth.
///
/// The same options give byte-identical files: every draw comes from ``SeededGenerator``, dates
/// are computed by hand in a fixed window (the 26 weeks ending 2026-09-30 23:59:59 UTC), and
/// nothing iterates a dictionary or set or formats a floating-point number.
public enum SampleCorpus {
    /// Writes the corpus into `directory` (created if needed): `tickets.csv`, `chats.json`,
    /// `surveys.xml`, `accounts.csv`, `verbatim.toml` and `truth/` (`themes.json`, `items.csv`,
    /// `recurring.csv`, `kpis.csv`, `README.md`).
    ///
    /// - Parameters:
    ///   - directory: the output folder; existing files of the same names are replaced.
    ///   - options: size and seed; validated first.
    ///   - progress: called now and then with the number of items written so far.
    /// - Returns: the counts written and the files, in the order written.
    /// - Throws: ``SampleCorpusError`` for invalid options or a file that cannot be written.
    /// - Complexity: O(items) time; memory holds a 16-byte schedule entry per item, never the texts.
    public static func write(to directory: URL, options: SampleOptions,
                             progress: ((Int) -> Void)? = nil) throws -> SampleSummary {
        try options.validate()
        let truth = directory.appendingPathComponent("truth")
        do {
            try FileManager.default.createDirectory(at: truth, withIntermediateDirectories: true)
        } catch {
            throw SampleCorpusError.cannotWrite(path: truth.path, reason: error.localizedDescription)
        }
        let themes = ThemeCatalog.all
        let plan = CorpusPlan(options: options, themes: themes)
        let composer = TextComposer(themes: themes)
        var files: [URL] = []
        var written = 0
        let report: (Int) -> Void = { count in
            written += count
            progress?(written)
        }

        let itemsURL = truth.appendingPathComponent("items.csv")
        let truthItems = try ByteSink(url: itemsURL)
        truthItems.write("source,external_id,theme\n")
        let kpis = KPITruth()
        let context = WriteContext(plan: plan, themes: themes, composer: composer, truthItems: truthItems,
                                   seed: options.seed, report: report, kpis: kpis)

        let ticketsURL = directory.appendingPathComponent("tickets.csv")
        let recurringIDs = try TicketWriter.write(to: ticketsURL, context: context)
        files.append(ticketsURL)
        let chatsURL = directory.appendingPathComponent("chats.json")
        try ChatWriter.write(to: chatsURL, context: context)
        files.append(chatsURL)
        let surveysURL = directory.appendingPathComponent("surveys.xml")
        try SurveyWriter.write(to: surveysURL, context: context)
        files.append(surveysURL)
        try truthItems.close()

        let accountsURL = directory.appendingPathComponent("accounts.csv")
        try AccountWriter.write(to: accountsURL, plan: plan, seed: options.seed, truth: kpis)
        files.append(accountsURL)
        let configURL = directory.appendingPathComponent("verbatim.toml")
        try writeText(WorkspaceTemplate.toml, to: configURL)
        files.append(configURL)

        let themesURL = truth.appendingPathComponent("themes.json")
        try TruthWriter.writeThemes(to: themesURL, themes: themes, plan: plan)
        files.append(themesURL)
        files.append(itemsURL)
        let recurringURL = truth.appendingPathComponent("recurring.csv")
        try TruthWriter.writeRecurring(to: recurringURL, plan: plan, themes: themes, ticketIDs: recurringIDs)
        files.append(recurringURL)
        let kpisURL = truth.appendingPathComponent("kpis.csv")
        try writeText(TruthWriter.kpis(kpis), to: kpisURL)
        files.append(kpisURL)
        let readmeURL = truth.appendingPathComponent("README.md")
        try writeText(TruthWriter.readme(options: options, plan: plan, themes: themes), to: readmeURL)
        files.append(readmeURL)

        return SampleSummary(tickets: plan.tickets.count, chats: plan.chats.count, surveys: plan.surveys.count,
                             accounts: plan.accounts.count, themes: themes.count, files: files)
    }

    /// Writes the corpus as `drops` nightly deliveries: `drops/day-01/` … each holding the
    /// `tickets.csv`, `chats.json` and `surveys.xml` of the items created in one equal slice of the
    /// window, oldest first; beside them `accounts.csv`, `truth/` and a `verbatim.toml` whose
    /// sources read `inbox/*/…`. Moving one drop a night into `inbox/` and running `verbatim run`
    /// simulates a nightly job; moving them all at once gives the same data in one run. The
    /// items, texts and ids are those of ``write(to:options:progress:)`` with the same options.
    /// - Returns: the summary of the whole corpus and the drop folders, in order.
    public static func writeDrops(to directory: URL, options: SampleOptions, drops: Int) throws -> (summary: SampleSummary, drops: [URL]) {
        guard (1...366).contains(drops) else {
            throw SampleCorpusError.invalidOption(name: "drops", value: String(drops), reason: "use between 1 and 366 drops")
        }
        let scratch = directory.appendingPathComponent(".whole-corpus")
        let summary = try write(to: scratch, options: options)
        let fm = FileManager.default
        do {
            for name in ["accounts.csv", "truth"] {
                let target = directory.appendingPathComponent(name)
                try? fm.removeItem(at: target)
                try fm.moveItem(at: scratch.appendingPathComponent(name), to: target)
            }
            try fm.createDirectory(at: directory.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        } catch {
            throw SampleCorpusError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        try? fm.removeItem(at: scratch)
        try writeText(WorkspaceTemplate.dropsTOML, to: directory.appendingPathComponent("verbatim.toml"))
        let themes = ThemeCatalog.all
        let plan = CorpusPlan(options: options, themes: themes)
        let composer = TextComposer(themes: themes)
        var folders: [URL] = []
        let length = CorpusCalendar.windowEnd + 1 - CorpusCalendar.windowStart
        for d in 0..<drops {
            let folder = directory.appendingPathComponent("drops").appendingPathComponent(String(format: "day-%02d", d + 1))
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw SampleCorpusError.cannotWrite(path: folder.path, reason: error.localizedDescription)
            }
            let truth = try ByteSink(url: folder.appendingPathComponent(".truth.csv"))
            let from = CorpusCalendar.windowStart + length * d / drops, to = CorpusCalendar.windowStart + length * (d + 1) / drops
            var context = WriteContext(plan: plan, themes: themes, composer: composer, truthItems: truth, seed: options.seed,
                                       report: { _ in }, kpis: KPITruth())
            context.window = from..<to
            _ = try TicketWriter.write(to: folder.appendingPathComponent("tickets.csv"), context: context)
            try ChatWriter.write(to: folder.appendingPathComponent("chats.json"), context: context)
            try SurveyWriter.write(to: folder.appendingPathComponent("surveys.xml"), context: context)
            try truth.close()
            try? fm.removeItem(at: folder.appendingPathComponent(".truth.csv"))
            folders.append(folder)
        }
        return (summary, folders)
    }

    static func writeText(_ text: String, to url: URL) throws {
        let sink = try ByteSink(url: url)
        sink.write(text)
        try sink.close()
    }
}

/// What every file writer needs: the plan, the texts, the truth sink and the seed.
struct WriteContext {
    let plan: CorpusPlan
    let themes: [ThemeSpec]
    let composer: TextComposer
    let truthItems: ByteSink
    let seed: UInt64
    let report: (Int) -> Void
    /// The KPI inputs counted while writing.
    let kpis: KPITruth
    /// Only items created in this range of epoch seconds are written (all when nil); every item is
    /// still drawn, so the texts are those of the whole corpus.
    var window: Range<Int>? = nil

    /// Whether an item created at `epoch` is written.
    func keeps(_ epoch: Int) -> Bool { window?.contains(epoch) ?? true }

    /// A generator for one file's texts, independent of the plan's draws.
    func generator(stream: UInt64) -> SeededGenerator {
        SeededGenerator(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    }

    /// Appends `source,external_id,theme` to `truth/items.csv`.
    func recordTruth(source: [UInt8], externalID: [UInt8], theme: Int) {
        truthItems.write(source)
        truthItems.write(byte: 0x2C)
        truthItems.write(externalID)
        truthItems.write(byte: 0x2C)
        if theme >= 0 { truthItems.write(themes[theme].slug) }
        truthItems.write(byte: 0x0A)
    }
}
