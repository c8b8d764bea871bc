/// Account and revenue KPIs (DESIGN section 7; definitions as in the SaaS metrics literature:
/// David Skok, "SaaS Metrics 2.0", and the KeyBanc / Pacific Crest SaaS survey glossary).
/// Percentages are on a 0–100 scale; amounts are in the accounts file's currency.
public enum RevenueKPIs {
    /// Customer churn: `100 × lost / customers at start`. 100 customers, 6 lost → 6%; 500
    /// customers, 25 lost → 5%.
    public static func customerChurn(lost: Double, atStart: Double) -> KPIValue {
        .ratio(lost, atStart, scale: 100)
    }

    /// Revenue churn, contraction included: `100 × (churned MRR + contraction MRR) / MRR at
    /// start`. $100,000 at start, 5 × $100 and 1 × $10,000 lost → 10.5%.
    public static func revenueChurn(churnedMRR: Double, contractionMRR: Double, startMRR: Double) -> KPIValue {
        .ratio(churnedMRR + contractionMRR, startMRR, scale: 100)
    }

    /// Gross revenue retention: `100 × (MRR at start − churned − contraction) / MRR at start`.
    public static func grossRevenueRetention(startMRR: Double, churnedMRR: Double, contractionMRR: Double) -> KPIValue {
        .ratio(startMRR - churnedMRR - contractionMRR, startMRR, scale: 100)
    }

    /// Net revenue retention: `100 × (start + expansion − contraction − churn) / start`.
    public static func netRevenueRetention(startMRR: Double, expansionMRR: Double, contractionMRR: Double, churnedMRR: Double) -> KPIValue {
        .ratio(startMRR + expansionMRR - contractionMRR - churnedMRR, startMRR, scale: 100)
    }

    /// Expansion rate: `100 × expansion MRR / MRR at start`. 10,000 / 100,000 → 10%.
    public static func expansionRate(expansionMRR: Double, startMRR: Double) -> KPIValue {
        .ratio(expansionMRR, startMRR, scale: 100)
    }

    /// Net new MRR: `new + expansion − churned` (contraction is reported apart, as in the
    /// worked example 5,000 + 4,000 − 3,000 = 6,000). An amount: numerator = value, denominator 1.
    public static func netNewMRR(newMRR: Double, expansionMRR: Double, churnedMRR: Double) -> KPIValue {
        .amount(newMRR + expansionMRR - churnedMRR)
    }

    /// MRR from customers and ARPU: `customers × ARPU`. 500 × $200 = $100,000.
    public static func mrr(customers: Double, arpu: Double) -> Double { customers * arpu }

    /// Average revenue per user (account): `MRR / customers`.
    public static func arpu(mrr: Double, customers: Double) -> KPIValue {
        .ratio(mrr, customers)
    }

    /// Customer lifetime value: `ARPU × lifetime in months`. $100 × 36 = $3,600. Numerator
    /// ARPU, denominator the lifetime's reciprocal.
    public static func clv(arpu: Double, lifetimeMonths: Double) -> KPIValue {
        KPIValue(value: arpu * lifetimeMonths, numerator: arpu, denominator: lifetimeMonths > 0 ? 1 / lifetimeMonths : 0)
    }

    /// CLV with the lifetime estimated as `1 / monthly customer churn` (Skok): numerator ARPU,
    /// denominator the monthly churn rate (a fraction); undefined without churn.
    public static func clv(arpu: Double, monthlyChurn: Double) -> KPIValue {
        .ratio(arpu, monthlyChurn)
    }

    /// Customer retention rate: `100 × (customers at end − new customers) / customers at start`.
    public static func retention(atEnd: Double, new: Double, atStart: Double) -> KPIValue {
        .ratio(atEnd - new, atStart, scale: 100)
    }

    /// Renewal rate: `100 × renewed / up for renewal`.
    public static func renewalRate(renewed: Double, upForRenewal: Double) -> KPIValue {
        .ratio(renewed, upForRenewal, scale: 100)
    }
}
