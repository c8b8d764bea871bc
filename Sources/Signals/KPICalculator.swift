import VerbatimCore

/// Computes the KPIs of DESIGN section 7 per period and segment from accounts and items.
///
/// Feedback KPIs (NPS, CSAT, CES, FCR, response and resolution times, ticket volume, open
/// tickets) group items by their creation day. FCR is counted as the export reports it (never
/// reopened, one contact); `fcr_net_of_repeats` also counts a resolved ticket whose customer came
/// back on its theme soon after (a repeat contact) against it. Account KPIs for the whole period (`all`) use the
/// accounts file's figures: customers at start are the accounts with an MRR at start (an account
/// with none and an MRR at end is new), lost ones are churned, revenue figures are its MRR
/// columns. Per month or quarter only what is dated can be counted: customer churn (churn dates in
/// the period over accounts not churned before it) and revenue churn from churned MRR; contraction
/// and expansion carry no date and are reported for `all` only. Churned accounts without a churn
/// date count in `all` only.
public struct KPICalculator: Sendable {
    /// The grouping in time.
    public var period: KPIPeriod

    /// A calculator.
    public init(period: KPIPeriod = .all) {
        self.period = period
    }

    /// The metric names, in the order rows come.
    public static let metrics = [
        "nps", "csat", "ces", "fcr", "fcr_net_of_repeats", "first_response_median_hours", "first_response_p90_hours",
        "resolution_median_hours", "resolution_p90_hours", "ticket_volume", "open_tickets",
        "customers_at_start", "customer_churn", "revenue_churn", "gross_revenue_retention", "net_revenue_retention",
        "expansion_mrr", "expansion_rate", "net_new_mrr", "arpu", "clv", "retention_rate", "renewal_rate",
        "health_score", "at_risk_accounts",
    ]

    /// The KPI rows: for each period (oldest first), the segment `all` and then each segment by
    /// name, the metrics in ``metrics`` order; a metric with nothing to count is left out.
    ///
    /// - Parameters:
    ///   - accounts: the accounts file.
    ///   - items: the stored items' figures.
    ///   - segment: the segment of an account (nil for no breakdown: only `all`). Items of an
    ///     account not in the file fall in `(none)`.
    ///   - health: health scores (0–100) by account id.
    ///   - periodEndDay: the last day of the data (renewals due by then count).
    /// - Complexity: O((a + n) log n) per period and segment.
    public func rows(accounts: [Account], items: [KPIItem], segment: ((Account) -> String?)?,
                     health: [String: Double] = [:], periodEndDay: Int) -> [KPIRow] {
        var segmentOf: [String: String] = [:]
        if let segment { for a in accounts { segmentOf[a.id] = segment(a) ?? "(none)" } }
        var segmentNames = Set(segmentOf.values)
        if items.contains(where: { segmentOf[$0.accountID ?? ""] == nil }) { segmentNames.insert("(none)") }
        let segments = segment == nil ? ["all"] : ["all"] + segmentNames.sorted()
        var keys = Set<String>()
        for item in items { if let d = item.day { keys.insert(period.key(day: d)) } }
        for a in accounts { if let c = a.churnDate { keys.insert(period.key(day: ThemeJoin.day(of: c))) } }
        if period == .all { keys = ["all"] }
        let days = items.compactMap(\.day) + accounts.compactMap { $0.churnDate.map(ThemeJoin.day(of:)) }
        let months = max(1, Double((days.max() ?? 0) - (days.min() ?? 0) + 1) / 30.4375)

        // Each item's period key once (not once per period), in item order within each period.
        var byPeriod: [String: [KPIItem]] = [:]
        if period != .all {
            for item in items { if let d = item.day { byPeriod[period.key(day: d), default: []].append(item) } }
        }
        var out: [KPIRow] = []
        for key in keys.sorted() {
            let inPeriod = period == .all ? items : byPeriod[key] ?? []
            for seg in segments {
                let segItems = seg == "all" ? inPeriod : inPeriod.filter { segmentOf[$0.accountID ?? ""] ?? "(none)" == seg }
                let segAccounts = seg == "all" ? accounts : accounts.filter { segmentOf[$0.id] == seg }
                var values = feedback(segItems)
                if period == .all {
                    values += wholePeriod(segAccounts, months: months, health: health, periodEndDay: periodEndDay)
                } else if let first = inPeriodDay(key: key, items: inPeriod, accounts: accounts) {
                    values += dated(segAccounts, bounds: period.bounds(day: first))
                }
                for (metric, v) in values { out.append(KPIRow(period: key, segment: seg, metric: metric, value: v)) }
            }
        }
        return out
    }

    private func inPeriodDay(key: String, items: [KPIItem], accounts: [Account]) -> Int? {
        if let d = items.first(where: { $0.day != nil })?.day { return d }
        return accounts.compactMap { $0.churnDate.map(ThemeJoin.day(of:)) }.first { period.key(day: $0) == key }
    }

    private func feedback(_ items: [KPIItem]) -> [(String, KPIValue)] {
        var nps: [Double] = [], csat: [Double] = [], ces: [Double] = []
        var firstResponse: [Double] = [], resolution: [Double] = []
        var tickets = 0.0, open = 0.0, resolved = 0.0, firstContact = 0.0, notRepeated = 0.0
        for item in items {
            if let s = item.score {
                switch item.scoreType {
                case "nps": nps.append(s)
                case "csat": csat.append(s)
                case "ces": ces.append(s)
                default: break
                }
            }
            guard item.kind == .ticket else { continue }
            tickets += 1
            if item.resolved {
                resolved += 1
                if !item.reopened { firstContact += 1 }
                if !item.reopened && !item.cameBack { notRepeated += 1 }
            } else {
                open += 1
            }
            if let h = item.firstResponseHours { firstResponse.append(h) }
            if let h = item.resolutionHours { resolution.append(h) }
        }
        var out: [(String, KPIValue)] = []
        if !nps.isEmpty { out.append(("nps", ScoreKPIs.nps(nps))) }
        if !csat.isEmpty { out.append(("csat", ScoreKPIs.csat(csat))) }
        if !ces.isEmpty { out.append(("ces", ScoreKPIs.ces(ces))) }
        if resolved > 0 {
            out.append(("fcr", SupportKPIs.fcr(firstContact: firstContact, resolved: resolved)))
            out.append(("fcr_net_of_repeats", SupportKPIs.fcr(firstContact: notRepeated, resolved: resolved)))
        }
        if !firstResponse.isEmpty {
            out.append(("first_response_median_hours", SupportKPIs.median(firstResponse)))
            out.append(("first_response_p90_hours", SupportKPIs.p90(firstResponse)))
        }
        if !resolution.isEmpty {
            out.append(("resolution_median_hours", SupportKPIs.median(resolution)))
            out.append(("resolution_p90_hours", SupportKPIs.p90(resolution)))
        }
        if tickets > 0 {
            out.append(("ticket_volume", .amount(tickets)))
            out.append(("open_tickets", KPIValue(value: open, numerator: open, denominator: tickets)))
        }
        return out
    }

    /// Expansion MRR of an account: the file's figure, else the rise from start to end (none for
    /// a new account: its MRR is new MRR).
    static func expansion(_ a: Account) -> Double {
        if a.churned || ((a.mrrStart ?? 0) == 0 && a.expansionMRR == nil) { return 0 }
        if let e = a.expansionMRR { return e }
        guard a.contractionMRR == nil, let s = a.mrrStart, let e = a.mrrEnd else { return 0 }
        return max(0, e - s)
    }

    /// Contraction MRR of a retained account: the file's figure, else the fall from start to end.
    static func contraction(_ a: Account) -> Double {
        if a.churned { return 0 }
        if let c = a.contractionMRR { return c }
        guard a.expansionMRR == nil, let s = a.mrrStart, let e = a.mrrEnd else { return 0 }
        return max(0, s - e)
    }

    private func isNew(_ a: Account) -> Bool { (a.mrrStart ?? 0) == 0 && (a.mrrEnd ?? 0) > 0 }

    private func wholePeriod(_ accounts: [Account], months: Double, health: [String: Double], periodEndDay: Int) -> [(String, KPIValue)] {
        guard !accounts.isEmpty else { return [] }
        let starting = accounts.filter { !isNew($0) }
        let atStart = Double(starting.count)
        let lost = Double(starting.filter(\.churned).count)
        let startMRR = starting.reduce(0) { $0 + ($1.mrrStart ?? 0) }
        let churnedMRR = starting.filter(\.churned).reduce(0) { $0 + ($1.mrrStart ?? 0) }
        let contraction = accounts.reduce(0) { $0 + Self.contraction($1) }
        let expansion = accounts.reduce(0) { $0 + Self.expansion($1) }
        let newAccounts = accounts.filter(isNew)
        let newMRR = newAccounts.reduce(0) { $0 + ($1.mrrEnd ?? 0) }
        let atEnd = Double(accounts.filter { !$0.churned }.count)
        let arpu = RevenueKPIs.arpu(mrr: startMRR, customers: atStart)
        let monthlyChurn = atStart > 0 ? lost / atStart / months : 0
        let due = accounts.filter { $0.renewalDate.map { ThemeJoin.day(of: $0) <= periodEndDay } ?? false }
        var out: [(String, KPIValue)] = [
            ("customers_at_start", .amount(atStart)),
            ("customer_churn", RevenueKPIs.customerChurn(lost: lost, atStart: atStart)),
            ("revenue_churn", RevenueKPIs.revenueChurn(churnedMRR: churnedMRR, contractionMRR: contraction, startMRR: startMRR)),
            ("gross_revenue_retention", RevenueKPIs.grossRevenueRetention(startMRR: startMRR, churnedMRR: churnedMRR, contractionMRR: contraction)),
            ("net_revenue_retention", RevenueKPIs.netRevenueRetention(startMRR: startMRR, expansionMRR: expansion,
                                                                      contractionMRR: contraction, churnedMRR: churnedMRR)),
            ("expansion_mrr", .amount(expansion)),
            ("expansion_rate", RevenueKPIs.expansionRate(expansionMRR: expansion, startMRR: startMRR)),
            ("net_new_mrr", RevenueKPIs.netNewMRR(newMRR: newMRR, expansionMRR: expansion, churnedMRR: churnedMRR)),
            ("arpu", arpu),
        ]
        if let a = arpu.value, monthlyChurn > 0 { out.append(("clv", RevenueKPIs.clv(arpu: a, monthlyChurn: monthlyChurn))) }
        out.append(("retention_rate", RevenueKPIs.retention(atEnd: atEnd, new: Double(newAccounts.count), atStart: atStart)))
        if !due.isEmpty {
            out.append(("renewal_rate", RevenueKPIs.renewalRate(renewed: Double(due.filter { !$0.churned }.count), upForRenewal: Double(due.count))))
        }
        let scored = accounts.compactMap { a in health[a.id].map { (a, $0) } }
        if !scored.isEmpty {
            out.append(("health_score", .ratio(scored.reduce(0) { $0 + $1.1 }, Double(scored.count))))
            let active = scored.filter { !$0.0.churned }
            let risk = active.filter { HealthTier(score: $0.1) == .red }
            out.append(("at_risk_accounts", KPIValue(value: Double(risk.count), numerator: Double(risk.count), denominator: Double(active.count))))
        }
        return out
    }

    private func dated(_ accounts: [Account], bounds: (first: Int, last: Int)) -> [(String, KPIValue)] {
        let starting = accounts.filter { a in
            guard !isNew(a) else { return false }
            guard a.churned else { return true }
            guard let d = a.churnDate.map(ThemeJoin.day(of:)) else { return false }
            return d >= bounds.first
        }
        guard !starting.isEmpty else { return [] }
        let lost = starting.filter { a in a.churnDate.map { ThemeJoin.day(of: $0) <= bounds.last } ?? false }
        let startMRR = starting.reduce(0) { $0 + ($1.mrrStart ?? 0) }
        let churnedMRR = lost.reduce(0) { $0 + ($1.mrrStart ?? 0) }
        return [
            ("customers_at_start", .amount(Double(starting.count))),
            ("customer_churn", RevenueKPIs.customerChurn(lost: Double(lost.count), atStart: Double(starting.count))),
            ("revenue_churn", RevenueKPIs.revenueChurn(churnedMRR: churnedMRR, contractionMRR: 0, startMRR: startMRR)),
        ]
    }
}
