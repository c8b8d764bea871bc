/// Survey-score KPIs: NPS, CSAT and CES (DESIGN section 7).
public enum ScoreKPIs {
    /// Net Promoter Score: `100 × (promoters − detractors) / responses`, promoters scoring 9–10,
    /// detractors 0–6 on the 0–10 scale (Reichheld 2003, "The One Number You Need to Grow").
    /// 50% promoters and 20% detractors give +30.
    /// - Returns: numerator `promoters − detractors`, denominator the responses.
    /// - Complexity: O(n).
    public static func nps(_ scores: [Double]) -> KPIValue {
        var promoters = 0.0, detractors = 0.0
        for s in scores {
            if s >= 9 { promoters += 1 } else if s <= 6 { detractors += 1 }
        }
        return nps(promoters: promoters, detractors: detractors, responses: Double(scores.count))
    }

    /// NPS from counts: `100 × (promoters − detractors) / responses`.
    public static func nps(promoters: Double, detractors: Double, responses: Double) -> KPIValue {
        .ratio(promoters - detractors, responses, scale: 100)
    }

    /// Customer satisfaction: the percentage of answers scoring 4 or 5 on the 1–5 scale
    /// (the "top-two-box" CSAT of the American Customer Satisfaction Index practice).
    /// - Returns: numerator the satisfied answers, denominator all answers.
    public static func csat(_ scores: [Double]) -> KPIValue {
        .ratio(Double(scores.filter { $0 >= 4 }.count), Double(scores.count), scale: 100)
    }

    /// Customer effort score: the mean answer on the 1–7 scale (Dixon, Freeman and Toman 2010,
    /// "Stop Trying to Delight Your Customers"; higher is easier in CES 2.0).
    /// - Returns: numerator the sum of answers, denominator their count.
    public static func ces(_ scores: [Double]) -> KPIValue {
        .ratio(scores.reduce(0, +), Double(scores.count))
    }
}
