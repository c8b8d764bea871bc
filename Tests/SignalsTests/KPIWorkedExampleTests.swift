import Signals
import Testing

/// The worked examples of DESIGN section 7, reproduced exactly.
@Suite("KPI worked examples")
struct KPIWorkedExampleTests {
    @Test("NPS: 50% promoters and 20% detractors give +30")
    func nps() {
        let scores: [Double] = [9, 10, 9, 10, 10, 7, 8, 8, 3, 6]
        let v = ScoreKPIs.nps(scores)
        #expect(v == KPIValue(value: 30, numerator: 3, denominator: 10))
        #expect(ScoreKPIs.nps(promoters: 50, detractors: 20, responses: 100).value == 30)
    }

    @Test("CSAT is the share of 4 and 5 on 1–5; CES the mean on 1–7")
    func csatAndCES() {
        #expect(ScoreKPIs.csat([5, 4, 3, 1]) == KPIValue(value: 50, numerator: 2, denominator: 4))
        #expect(ScoreKPIs.ces([7, 5, 3]) == KPIValue(value: 5, numerator: 15, denominator: 3))
        #expect(ScoreKPIs.csat([]).value == nil)
    }

    @Test("FCR is resolved on first contact over all resolved")
    func fcr() {
        #expect(SupportKPIs.fcr(firstContact: 70, resolved: 100) == KPIValue(value: 70, numerator: 70, denominator: 100))
    }

    @Test("Customer churn: 6 of 100 lost is 6%, 25 of 500 is 5%")
    func customerChurn() {
        #expect(RevenueKPIs.customerChurn(lost: 6, atStart: 100) == KPIValue(value: 6, numerator: 6, denominator: 100))
        #expect(RevenueKPIs.customerChurn(lost: 25, atStart: 500).value == 5)
    }

    @Test("Revenue churn: $100,000 at start, 5 × $100 and 1 × $10,000 lost is 10.5%")
    func revenueChurn() {
        let v = RevenueKPIs.revenueChurn(churnedMRR: 5 * 100, contractionMRR: 10_000, startMRR: 100_000)
        #expect(v == KPIValue(value: 10.5, numerator: 10_500, denominator: 100_000))
    }

    @Test("Net new MRR: 5,000 new + 4,000 expansion − 3,000 churned is 6,000")
    func netNew() {
        #expect(RevenueKPIs.netNewMRR(newMRR: 5_000, expansionMRR: 4_000, churnedMRR: 3_000).value == 6_000)
    }

    @Test("Expansion rate: 10,000 / 100,000 is 10%")
    func expansion() {
        #expect(RevenueKPIs.expansionRate(expansionMRR: 10_000, startMRR: 100_000).value == 10)
    }

    @Test("NRR = (start + expansion − contraction − churn) / start; GRR leaves expansion out")
    func retentionOfRevenue() {
        #expect(RevenueKPIs.netRevenueRetention(startMRR: 100_000, expansionMRR: 10_000, contractionMRR: 2_000, churnedMRR: 3_000)
                == KPIValue(value: 105, numerator: 105_000, denominator: 100_000))
        #expect(RevenueKPIs.grossRevenueRetention(startMRR: 100_000, churnedMRR: 3_000, contractionMRR: 2_000).value == 95)
    }

    @Test("MRR = customers × ARPU: 500 × $200 is $100,000; ARPU back from it")
    func mrrAndARPU() {
        #expect(RevenueKPIs.mrr(customers: 500, arpu: 200) == 100_000)
        #expect(RevenueKPIs.arpu(mrr: 100_000, customers: 500).value == 200)
    }

    @Test("CLV = ARPU × lifetime: $100 × 36 months is $3,600, also as ARPU over a monthly churn of 1/36")
    func clv() {
        #expect(RevenueKPIs.clv(arpu: 100, lifetimeMonths: 36).value == 3_600)
        let v = RevenueKPIs.clv(arpu: 100, monthlyChurn: 1.0 / 36)
        #expect(abs((v.value ?? 0) - 3_600) < 1e-9)
    }

    @Test("Retention = (end − new) / start; renewal rate = renewed / up for renewal")
    func retention() {
        #expect(RevenueKPIs.retention(atEnd: 110, new: 20, atStart: 100) == KPIValue(value: 90, numerator: 90, denominator: 100))
        #expect(RevenueKPIs.renewalRate(renewed: 45, upForRenewal: 50).value == 90)
    }

    @Test("Quantiles interpolate between closest ranks (Hyndman–Fan 7)")
    func quantiles() {
        #expect(SupportKPIs.median([4, 1, 3, 2]) == KPIValue(value: 2.5, numerator: 2.5, denominator: 4))
        #expect(SupportKPIs.p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).value.map { abs($0 - 9.1) < 1e-12 } == true)
        #expect(SupportKPIs.median([]).value == nil)
    }
}
