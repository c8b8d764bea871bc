import Foundation

/// Writes the planted ground truth: `truth/themes.json`, `truth/recurring.csv`, `truth/kpis.csv`
/// and `truth/README.md` (`truth/items.csv` is written row by row alongside the items).
enum TruthWriter {
    /// The themes in catalog order with their planted item counts per source.
    static func writeThemes(to url: URL, themes: [ThemeSpec], plan: CorpusPlan) throws {
        let sink = try ByteSink(url: url)
        let counts = plan.plantedCounts(themeCount: themes.count)
        sink.write("[\n")
        for (index, theme) in themes.enumerated() {
            sink.write("  {\"slug\": \""); sink.writeJSONEscaped(Array(theme.slug.utf8))
            sink.write("\", \"name\": \""); sink.writeJSONEscaped(Array(theme.name.utf8))
            sink.write("\", \"description\": \""); sink.writeJSONEscaped(Array(theme.description.utf8))
            sink.write("\", \"effect\": \""); sink.write(theme.effect.rawValue)
            sink.write("\", \"planted\": {\"tickets\": "); sink.write(int: counts[index].tickets)
            sink.write(", \"chats\": "); sink.write(int: counts[index].chats)
            sink.write(", \"surveys\": "); sink.write(int: counts[index].surveys)
            sink.write(index + 1 < themes.count ? "}},\n" : "}}\n")
        }
        sink.write("]\n")
        try sink.close()
    }

    /// One row per planted recurring issue: account, theme slug, its ticket ids separated by spaces.
    static func writeRecurring(to url: URL, plan: CorpusPlan, themes: [ThemeSpec], ticketIDs: [[Int]]) throws {
        let sink = try ByteSink(url: url)
        sink.write("account_id,theme,external_ids\n")
        for (group, issue) in plan.recurring.enumerated() {
            sink.write(plan.accounts[issue.account].id); sink.write(byte: 0x2C)
            sink.write(themes[issue.theme].slug); sink.write(byte: 0x2C)
            for (position, id) in ticketIDs[group].enumerated() {
                if position > 0 { sink.write(byte: 0x20) }
                sink.write(int: id)
            }
            sink.write(byte: 0x0A)
        }
        try sink.close()
    }

    /// `truth/kpis.csv`: `metric,numerator,denominator` for the KPIs the generator can count
    /// exactly, named as `verbatim kpis` names them (money in the accounts file's dollars, with
    /// two decimals; no floating point is formatted).
    static func kpis(_ t: KPITruth) -> String {
        func money(_ cents: Int) -> String {
            var out: [UInt8] = []
            if cents < 0 { out.append(0x2D) }
            AccountWriter.appendMoney(abs(cents), to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        let start = money(t.startCents)
        var rows: [(String, String, String)] = []
        rows.append(("nps", String(t.promoters - t.detractors), String(t.npsResponses)))
        rows.append(("csat", String(t.chatSatisfied), String(t.chatRatings)))
        rows.append(("ces", String(t.cesSum), String(t.cesResponses)))
        rows.append(("fcr", String(t.firstContactTickets), String(t.resolvedTickets)))
        rows.append(("ticket_volume", String(t.tickets), "1"))
        rows.append(("open_tickets", String(t.openTickets), String(t.tickets)))
        rows.append(("customers_at_start", String(t.accounts), "1"))
        rows.append(("customer_churn", String(t.churned), String(t.accounts)))
        let lost = t.churnedCents + t.contractionCents
        rows.append(("revenue_churn", money(lost), start))
        rows.append(("gross_revenue_retention", money(t.startCents - lost), start))
        rows.append(("net_revenue_retention", money(t.startCents + t.expansionCents - lost), start))
        rows.append(("expansion_mrr", money(t.expansionCents), "1"))
        rows.append(("expansion_rate", money(t.expansionCents), start))
        rows.append(("retention_rate", String(t.accounts - t.churned), String(t.accounts)))
        return "metric,numerator,denominator\n" + rows.map { "\($0.0),\($0.1),\($0.2)\n" }.joined()
    }

    /// The README explaining what is planted and how the numbers were drawn.
    static func readme(options: SampleOptions, plan: CorpusPlan, themes: [ThemeSpec]) -> String {
        let churned = plan.accounts.filter(\.churned).count
        let expanded = plan.accounts.filter(\.expanded).count
        func list(_ effect: ThemeEffect) -> String {
            themes.filter { $0.effect == effect }.map { "`\($0.slug)`" }.joined(separator: ", ")
        }
        return """
            # Ground truth of this demo corpus

            Written by `verbatim sample --items \(options.items) --accounts \(options.accounts) --seed \(options.seed)`.
            The same options always give byte-identical files. The corpus is a fictional project-management and
            analytics SaaS; every name, e-mail address (example.com / example.org) and phone number (+1-555-01xx)
            is made up. Dates lie in the 26 weeks from 2026-04-02 00:00:00 to 2026-09-30 23:59:59 UTC.

            ## Files

            - `themes.json`: the \(themes.count) planted themes in a fixed order: slug, name (words that occur in the
              texts), description, effect (`none`, `churn`, `expansion`, `low_nps`, `spike`) and the number of items
              planted per source.
            - `items.csv`: `source,external_id,theme` for every item (\(plan.tickets.count) tickets, \(plan.chats.count)
              chats, \(plan.surveys.count) survey responses); an empty theme marks off-topic noise (thanks, praise,
              out-of-office replies).
            - `recurring.csv`: \(plan.recurring.count) planted recurring issues: one account raising one theme in
              3–5 tickets within 21 days (ticket ids, space-separated). Ordinary draws can form further,
              unplanned recurrences; these are the ones guaranteed to be there.
            - `kpis.csv`: `metric,numerator,denominator` of the KPIs counted while writing (NPS and CES of the
              survey answers, CSAT of the chat ratings, FCR and open tickets, customer and revenue churn,
              retention, expansion), named as `verbatim kpis` names them; money in dollars.

            ## How the items were drawn

            - Sources: tickets 55% of the items, chats 25%, survey responses the rest.
            - Accounts: segment SMB 60%, Mid-Market 30%, Enterprise 10%; item volume weights 2–5, 5–12 and
              12–30, so Enterprise accounts write the most. Each account has 1–3 problem themes.
            - Each item is noise with probability 8%, one of its account's problem themes with 60%, and
              otherwise a background theme (churn and expansion themes weigh 1, the others 6).
            - Days are uniform over the window with weekend days kept at 25%; 82% of items fall in working
              hours 08:00–17:59 UTC. Ids follow creation time.
            - Texts are composed from each theme's pools (subjects, at least 10 problem statements, details,
              asks, slot synonyms) and shared pools (openers, impacts, generic asks), so wording rarely repeats;
              about 10% carry typos, some end with an emoji, names may be accented, and about 15% of tickets
              quote an earlier support reply under the signature.

            ## Planted effects

            - Churn: accounts that mention a churn-driver theme (\(list(.churn))) churn at 18%, the others at 6%
              (3x). Rates are applied by stratified sampling: exactly round(rate x group size) accounts of each
              group churn. Here \(churned) of \(plan.accounts.count) accounts churned.
            - Expansion: retained accounts that mention \(list(.expansion)) expand at 50%, the others at 12%;
              \(expanded) accounts expanded. 8% of the remaining retained accounts contract.
            - Low NPS: survey answers on \(list(.lowNPS)) score 0–6 with 80% (7–8 otherwise); other themed answers
              0–6 with 15%, 7–8 with 45%, 9–10 with 40%; praise 8–10. CES follows the same bands (1–3, 4–5, 6–7).
              About 3% of survey comments are empty.
            - Spike: \(list(.spike)) items fall in the last 14 days of the window with probability 35%, so its weekly
              volume there is several times its earlier weekly mean.
            - Tickets: first reply mostly within two hours, resolution from 30 minutes to 7 days (skewed); tickets
              whose resolution would end after the window stay unsolved; reopens 0 (85%), 1 (12%) or 2 (3%).

            """
    }
}
