/// The KPI inputs the generator knows as it writes, counted in integers (money in cents), for
/// `truth/kpis.csv`: what Verbatim's KPIs on the corpus must come to.
final class KPITruth {
    var tickets = 0
    var openTickets = 0
    var resolvedTickets = 0
    var firstContactTickets = 0
    var chatRatings = 0
    var chatSatisfied = 0
    var npsResponses = 0
    var promoters = 0
    var detractors = 0
    var cesResponses = 0
    var cesSum = 0
    var accounts = 0
    var churned = 0
    var startCents = 0
    var churnedCents = 0
    var contractionCents = 0
    var expansionCents = 0

    /// Counts one ticket: unsolved ones are open, solved ones without a reopen are first-contact.
    func ticket(unsolved: Bool, reopens: Int) {
        tickets += 1
        if unsolved { openTickets += 1; return }
        resolvedTickets += 1
        if reopens == 0 { firstContactTickets += 1 }
    }

    /// Counts one chat rating on 1–5.
    func chatRating(_ rating: Int) {
        chatRatings += 1
        if rating >= 4 { chatSatisfied += 1 }
    }

    /// Counts one survey answer.
    func survey(score: Int, nps: Bool) {
        if nps {
            npsResponses += 1
            if score >= 9 { promoters += 1 } else if score <= 6 { detractors += 1 }
        } else {
            cesResponses += 1
            cesSum += score
        }
    }

    /// Counts one account's revenue, in cents.
    func account(startCents: Int, churned: Bool, contractionCents: Int, expansionCents: Int) {
        accounts += 1
        self.startCents += startCents
        if churned { self.churned += 1; churnedCents += startCents }
        self.contractionCents += contractionCents
        self.expansionCents += expansionCents
    }
}
