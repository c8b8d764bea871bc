import Foundation
import Signals
import Testing
import VerbatimCore

@Suite("KPIs per period and segment")
struct KPICalculatorTests {
    static func day(_ m: Int, _ d: Int) -> Int { CivilDate.days(year: 2026, month: m, day: d) }
    static func date(_ m: Int, _ d: Int) -> Date { Date(timeIntervalSince1970: Double(day(m, d)) * 86_400) }

    static let accounts = [
        Account(id: "a", segment: "SMB", mrrStart: 100, mrrEnd: 0, churned: true, churnDate: date(4, 10)),
        Account(id: "b", segment: "SMB", mrrStart: 100, mrrEnd: 150, expansionMRR: 50),
        Account(id: "c", segment: "Enterprise", mrrStart: 1000, mrrEnd: 800, contractionMRR: 200),
        Account(id: "d", segment: "Enterprise", mrrStart: 1000, mrrEnd: 0, churned: true, churnDate: date(5, 20)),
        Account(id: "e", segment: "SMB", mrrStart: 0, mrrEnd: 300),
    ]
    static let items = [
        KPIItem(kind: .survey, accountID: "a", day: day(4, 1), score: 10, scoreType: "nps"),
        KPIItem(kind: .survey, accountID: "c", day: day(5, 1), score: 3, scoreType: "nps"),
        KPIItem(kind: .ticket, accountID: "b", day: day(4, 2), resolved: true, firstResponseHours: 1, resolutionHours: 10),
        KPIItem(kind: .ticket, accountID: "c", day: day(5, 2), resolved: true, reopened: true, firstResponseHours: 3, resolutionHours: 30),
        KPIItem(kind: .ticket, accountID: "zz", day: day(5, 3)),
    ]

    static func value(_ rows: [KPIRow], _ period: String, _ segment: String, _ metric: String) -> KPIValue? {
        rows.first { $0.period == period && $0.segment == segment && $0.metric == metric }?.value
    }

    @Test("The whole period: churn and revenue from the accounts file, new accounts apart")
    func wholePeriod() {
        let rows = KPICalculator().rows(accounts: Self.accounts, items: Self.items, segment: nil, periodEndDay: Self.day(9, 30))
        #expect(Self.value(rows, "all", "all", "customers_at_start") == .amount(4))
        #expect(Self.value(rows, "all", "all", "customer_churn") == KPIValue(value: 50, numerator: 2, denominator: 4))
        #expect(Self.value(rows, "all", "all", "revenue_churn") == KPIValue(value: 100 * 1300.0 / 2200, numerator: 1300, denominator: 2200))
        #expect(Self.value(rows, "all", "all", "net_new_mrr") == .amount(300 + 50 - 1100))
        #expect(Self.value(rows, "all", "all", "retention_rate") == KPIValue(value: 50, numerator: 2, denominator: 4))
        #expect(Self.value(rows, "all", "all", "nps") == KPIValue(value: 0, numerator: 0, denominator: 2))
        #expect(Self.value(rows, "all", "all", "fcr") == KPIValue(value: 50, numerator: 1, denominator: 2))
        #expect(Self.value(rows, "all", "all", "open_tickets") == KPIValue(value: 1, numerator: 1, denominator: 3))
        #expect(Self.value(rows, "all", "all", "resolution_median_hours")?.value == 20)
        #expect(rows.allSatisfy { $0.period == "all" && $0.segment == "all" })
    }

    @Test("A repeat contact counts against FCR net of repeats, not against the export's FCR")
    func repeatContactsCountAgainstFirstContactResolution() {
        let items = [
            KPIItem(kind: .ticket, accountID: "a", day: Self.day(4, 2), resolved: true),
            KPIItem(kind: .ticket, accountID: "a", day: Self.day(4, 3), resolved: true, cameBack: true),
            KPIItem(kind: .ticket, accountID: "b", day: Self.day(4, 4), resolved: true, reopened: true, cameBack: true),
            KPIItem(kind: .ticket, accountID: "b", day: Self.day(4, 5), resolved: true),
        ]
        let rows = KPICalculator().rows(accounts: Self.accounts, items: items, segment: nil, periodEndDay: Self.day(9, 30))
        #expect(Self.value(rows, "all", "all", "fcr") == KPIValue(value: 75, numerator: 3, denominator: 4))
        #expect(Self.value(rows, "all", "all", "fcr_net_of_repeats") == KPIValue(value: 50, numerator: 2, denominator: 4))
    }

    @Test("Months split the dated figures: churn by churn date over the accounts still there")
    func months() {
        let rows = KPICalculator(period: .month).rows(accounts: Self.accounts, items: Self.items, segment: nil, periodEndDay: Self.day(9, 30))
        #expect(Self.value(rows, "2026-04", "all", "customer_churn") == KPIValue(value: 25, numerator: 1, denominator: 4))
        #expect(Self.value(rows, "2026-05", "all", "customer_churn") == KPIValue(value: 100.0 / 3, numerator: 1, denominator: 3))
        #expect(Self.value(rows, "2026-05", "all", "revenue_churn") == KPIValue(value: 100 * 1000.0 / 2100, numerator: 1000, denominator: 2100))
        #expect(Self.value(rows, "2026-04", "all", "nps")?.value == 100)
        #expect(Self.value(rows, "2026-05", "all", "expansion_mrr") == nil, "expansion carries no date")
        #expect(Set(rows.map(\.period)) == ["2026-04", "2026-05"])
        #expect(Self.value(KPICalculator(period: .quarter).rows(accounts: Self.accounts, items: Self.items, segment: nil, periodEndDay: Self.day(9, 30)),
                           "2026-Q2", "all", "customer_churn") == KPIValue(value: 50, numerator: 2, denominator: 4))
    }

    @Test("Segments: each segment's own accounts and items; items of unknown accounts fall in (none)")
    func segments() {
        let rows = KPICalculator().rows(accounts: Self.accounts, items: Self.items, segment: { $0.segment }, periodEndDay: Self.day(9, 30))
        #expect(Self.value(rows, "all", "SMB", "customer_churn") == KPIValue(value: 50, numerator: 1, denominator: 2))
        #expect(Self.value(rows, "all", "Enterprise", "nps")?.value == -100)
        #expect(Self.value(rows, "all", "(none)", "ticket_volume") == .amount(1))
        #expect(Self.value(rows, "all", "all", "ticket_volume") == .amount(3))
    }
}
