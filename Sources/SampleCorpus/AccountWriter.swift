import Foundation
import VerbatimCore

/// Writes `accounts.csv`: segment, MRR at the window's start and end, churn, contraction,
/// expansion, renewal and usage, consistent with the outcomes the plan assigned.
///
/// MRR is drawn in whole cents per segment (SMB $49–$499, Mid-Market $500–$3,999, Enterprise
/// $4,000–$39,999) and always written with two decimals. Expansion adds 10–60% of the start,
/// contraction removes 10–40%; churned accounts end at 0 with their churn date 1–14 days after
/// their last item (capped at the window end) and that date as renewal date.
enum AccountWriter {
    static let header = "account_id,name,segment,mrr_start,mrr_end,churned,churn_date,contraction_mrr,"
        + "expansion_mrr,renewal_date,seats,logins_30d\n"

    /// Writes every account of the plan and counts its revenue into `truth`.
    static func write(to url: URL, plan: CorpusPlan, seed: UInt64, truth: KPITruth) throws {
        let sink = try ByteSink(url: url)
        sink.write(header)
        var rng = SeededGenerator(seed: seed ^ 0xACC0_0000_0000_0004)
        var field: [UInt8] = []
        for account in plan.accounts {
            let dollars: Int
            let seats: Int
            switch account.segment {
            case .smb: dollars = 49 + rng.int(below: 451); seats = 3 + rng.int(below: 23)
            case .midMarket: dollars = 500 + rng.int(below: 3500); seats = 25 + rng.int(below: 176)
            case .enterprise: dollars = 4000 + rng.int(below: 36_000); seats = 200 + rng.int(below: 1801)
            }
            let start = dollars * 100 + [0, 0, 0, 50, 99][rng.int(below: 5)]
            var end = start
            var expansion = 0
            var contraction = 0
            if account.churned {
                end = 0
            } else if account.expanded {
                expansion = start * (10 + rng.int(below: 51)) / 100
                end = start + expansion
            } else if account.contracted {
                contraction = start * (10 + rng.int(below: 31)) / 100
                end = start - contraction
            }
            truth.account(startCents: start, churned: account.churned, contractionCents: contraction, expansionCents: expansion)
            let churnDate: Int
            if account.lastItem >= 0 {
                churnDate = min(CorpusCalendar.windowStart + account.lastItem + (1 + rng.int(below: 14)) * 86_400,
                                CorpusCalendar.windowEnd)
            } else {
                churnDate = CorpusCalendar.windowStart + (91 + rng.int(below: 91)) * 86_400
            }
            let renewal = account.churned ? churnDate : CorpusCalendar.windowEnd + (1 + rng.int(below: 365)) * 86_400
            let logins = account.churned ? seats * rng.int(below: 3) : seats * (2 + rng.int(below: 19))

            sink.write(account.id); sink.write(byte: 0x2C)
            sink.writeCSVField(Array(account.name.utf8)); sink.write(byte: 0x2C)
            sink.write(account.segment.label); sink.write(byte: 0x2C)
            field.removeAll(keepingCapacity: true)
            appendMoney(start, to: &field); field.append(0x2C)
            appendMoney(end, to: &field); field.append(0x2C)
            field.append(contentsOf: (account.churned ? "true," : "false,").utf8)
            if account.churned { CorpusCalendar.appendDate(churnDate, to: &field) }
            field.append(0x2C)
            appendMoney(contraction, to: &field); field.append(0x2C)
            appendMoney(expansion, to: &field); field.append(0x2C)
            CorpusCalendar.appendDate(renewal, to: &field); field.append(0x2C)
            ByteSink.appendDecimal(seats, to: &field); field.append(0x2C)
            ByteSink.appendDecimal(logins, to: &field); field.append(0x0A)
            sink.write(field)
            try sink.flushIfNeeded()
        }
        try sink.close()
    }

    /// Appends whole cents as `1234.50`.
    static func appendMoney(_ cents: Int, to out: inout [UInt8]) {
        ByteSink.appendDecimal(cents / 100, to: &out)
        out.append(0x2E)
        ByteSink.appendPadded(cents % 100, width: 2, to: &out)
    }
}
