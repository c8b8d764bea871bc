import Foundation
import Ingest
import Store
import VerbatimCore

/// Reads CRM exports into accounts: an accounts table, and optionally a subscriptions table
/// and a churn-events table, each recognised from its columns.
///
/// Rules when the files are combined (documented in README, "Accounts"):
/// - **Accounts table** (an id column and no MRR-per-subscription or churn-event columns): one
///   account per row; columns by common names (`account_id`/`id`, `account_name`/`name`,
///   `segment`/`plan_tier`, `mrr`, `mrr_start`, `mrr_end`, `churned`/`churn_flag`, `churn_date`,
///   `contraction_mrr`, `expansion_mrr`, `renewal_date`); other numeric columns are usage
///   figures, the rest extra fields.
/// - **Subscriptions** (`subscription_id` or `start_date` with `mrr_amount`): per account, ordered
///   by start date: MRR at start is the first subscription's; MRR at end is the sum over
///   subscriptions with no end date (0 when the account churned); expansion MRR sums the rises
///   between consecutive subscriptions flagged `upgrade_flag` (any rise when there is no flag
///   column), contraction MRR the falls flagged `downgrade_flag`. Figures the accounts table
///   gives are not overwritten.
/// - **Churn events** (`churn_date` with `churn_event_id` or `reason_code`): the accounts table's
///   churn flag is the account's status of record and wins. Events give a flagged account its
///   churn date (the latest event that is not a reactivation). An account with no flag column is
///   churned when its latest event is not a reactivation. Events of an account whose flag says it
///   did not churn are kept as `churn_events` and `last_churn_reason` extra fields (a past churn it
///   came back from), not as churn.
public struct AccountImporter {
    /// Column overrides for the accounts table (`--map FIELD=COLUMN`).
    public var mapping: [String: String]
    /// The redaction applied to the accounts before they are stored (ids that are personal data
    /// pseudonymised as items' account ids are, names, segments and extra fields redacted); nil
    /// keeps them as written.
    public var redactor: PIIRedactor?

    /// Creates an importer with optional column overrides; personal data is redacted by default.
    public init(mapping: [String: String] = [:], redactor: PIIRedactor? = .standard) {
        self.mapping = mapping
        self.redactor = redactor
    }

    /// The account fields `--map` accepts.
    public static let fields = ["id", "name", "segment", "mrr", "mrr_start", "mrr_end", "churned", "churn_date",
                                "contraction_mrr", "expansion_mrr", "renewal_date"]

    /// What reading the files gave.
    public struct Result: Sendable {
        /// Accounts, ordered by id.
        public var accounts: [Account]
        /// Rows that could not be read, per file.
        public var rejects: [String: [RecordReject]]
        /// What each file was taken as (`accounts`, `subscriptions`, `churn events`), per file.
        public var roles: [String: String]
        /// Warnings that lost no data.
        public var warnings: [String]
    }

    /// Reads the files and stores the accounts in one transaction.
    /// - Returns: the counts and what was read.
    public func importAccounts(_ urls: [URL], into store: Store, runID: Int64?) throws -> (counts: IngestCounts, result: Result) {
        var result = try read(urls)
        if let redactor {
            var found = RedactionCounts()
            for i in result.accounts.indices { redactor.redact(&result.accounts[i], into: &found) }
            for (file, rejects) in result.rejects {
                result.rejects[file] = rejects.map { reject in
                    var reject = reject
                    redactor.redact(&reject, into: &found)
                    return reject
                }
            }
        }
        let counts = try store.upsertAccounts(result.accounts, rejects: result.rejects, files: urls.map(\.path), runID: runID)
        return (counts, result)
    }

    /// Reads and combines the files.
    /// - Throws: `IngestError` for a file that cannot be read, or `PipelineError.badOption` when no
    ///   file is an accounts table.
    public func read(_ urls: [URL]) throws -> Result {
        var tables: [(url: URL, role: Role, rows: [RawRecord])] = []
        var rejects: [String: [RecordReject]] = [:]
        var warnings: [String] = []
        for url in urls {
            guard FileManager.default.fileExists(atPath: url.path) else { throw IngestError.cannotOpen(file: url.path, reason: "no such file") }
            var rows: [RawRecord] = []
            let format = FileFormat.detect(url)
            try format.reader(for: url, record: nil).read { event in
                switch event {
                case .record(let r): rows.append(r)
                case .reject(let r): rejects[url.path, default: []].append(r)
                case .warning(let w): warnings.append(w)
                }
            }
            let names = Set((rows.first?.names ?? []).map(FieldMapping.key))
            tables.append((url, Role.detect(names), rows))
        }
        guard tables.contains(where: { $0.role == .accounts }) else {
            throw PipelineError.badOption(option: "accounts import", value: urls.map(\.lastPathComponent).joined(separator: " "),
                                          reason: "none of these files looks like an accounts table (an account id per row); name the accounts file first")
        }
        let dates = DateParser()
        var accounts: [String: Account] = [:]
        var flagColumn: Set<String> = []
        for table in tables where table.role == .accounts {
            for row in table.rows {
                switch accountRow(row, dates: dates) {
                case .success(let (account, hasFlag)):
                    accounts[account.id] = account
                    if hasFlag { flagColumn.insert(account.id) }
                case .failure(let reject):
                    rejects[table.url.path, default: []].append(reject)
                }
            }
        }
        for table in tables where table.role == .subscriptions {
            applySubscriptions(table.rows, to: &accounts, dates: dates, rejects: &rejects[table.url.path, default: []])
        }
        for table in tables where table.role == .churnEvents {
            applyChurnEvents(table.rows, to: &accounts, flagged: flagColumn, dates: dates, rejects: &rejects[table.url.path, default: []])
        }
        var roles: [String: String] = [:]
        for t in tables { roles[t.url.path] = t.role.rawValue }
        return Result(accounts: accounts.keys.sorted().compactMap { accounts[$0] }, rejects: rejects, roles: roles, warnings: warnings)
    }

    /// What a file of a CRM export holds.
    enum Role: String {
        case accounts
        case subscriptions
        case churnEvents = "churn events"

        static func detect(_ names: Set<String>) -> Role {
            if names.contains("churn_date") && (names.contains("churn_event_id") || names.contains("reason_code")) { return .churnEvents }
            if names.contains("subscription_id") || (names.contains("start_date") && names.contains("mrr_amount")) { return .subscriptions }
            return .accounts
        }
    }

    private func column(_ field: String, _ candidates: [String], in row: RawRecord) -> String? {
        let wanted = mapping[field].map { [$0] } ?? candidates
        let keys = row.names.map(FieldMapping.key)
        for c in wanted {
            if let i = keys.firstIndex(of: FieldMapping.key(c)), i < row.values.count {
                let v = row.values[i].trimmedWhitespace
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }

    static let aliases: [String: [String]] = [
        "id": ["account_id", "id", "account", "customer_id", "company_id", "account id"],
        "name": ["account_name", "name", "company", "company_name", "account name"],
        "segment": ["segment", "plan", "plan_tier", "tier"],
        "mrr": ["mrr", "current_mrr", "mrr_amount"],
        "mrr_start": ["mrr_start", "starting_mrr", "mrr_at_start"],
        "mrr_end": ["mrr_end", "ending_mrr", "mrr_at_end"],
        "churned": ["churned", "churn_flag", "is_churned", "churn"],
        "churn_date": ["churn_date", "churned_at", "cancelled_at", "canceled_at"],
        "contraction_mrr": ["contraction_mrr", "contraction"],
        "expansion_mrr": ["expansion_mrr", "expansion"],
        "renewal_date": ["renewal_date", "renewal", "renews_at", "contract_end"],
    ]

    private func field(_ name: String, _ row: RawRecord) -> String? {
        column(name, AccountImporter.aliases[name] ?? [name], in: row)
    }

    private func accountRow(_ row: RawRecord, dates: DateParser) -> Swift.Result<(Account, Bool), RecordReject> {
        guard let id = field("id", row) else {
            return .failure(RecordReject(location: row.location, reason: "no account id", excerpt: row.excerpt()))
        }
        func money(_ name: String) throws -> Double? {
            guard let raw = field(name, row) else { return nil }
            let cleaned = raw.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: ",", with: "")
            guard let v = Double(cleaned), v.isFinite else {
                throw RecordReject(location: row.location, reason: "\(name) '\(raw)' is not a number", excerpt: row.excerpt())
            }
            return v
        }
        do {
            var account = Account(id: id, name: field("name", row), segment: field("segment", row))
            let mrr = try money("mrr")
            account.mrrStart = try money("mrr_start") ?? mrr
            account.mrrEnd = try money("mrr_end") ?? mrr
            account.contractionMRR = try money("contraction_mrr")
            account.expansionMRR = try money("expansion_mrr")
            let flag = field("churned", row)
            if let flag {
                guard let b = ItemMapper.bool(flag) else {
                    throw RecordReject(location: row.location, reason: "churned '\(flag)' is not true or false", excerpt: row.excerpt())
                }
                account.churned = b
            }
            if let raw = field("churn_date", row) {
                account.churnDate = dates.parse(raw)
                if flag == nil && account.churnDate != nil { account.churned = true }
            }
            account.renewalDate = field("renewal_date", row).flatMap(dates.parse)
            let used = Set(AccountImporter.fields.flatMap { mapping[$0].map { [FieldMapping.key($0)] } ?? (AccountImporter.aliases[$0] ?? []).map(FieldMapping.key) })
            for (i, name) in row.names.enumerated() where i < row.values.count && !used.contains(FieldMapping.key(name)) {
                let v = row.values[i].trimmedWhitespace
                if v.isEmpty { continue }
                if let n = Double(v), n.isFinite { account.usage[name] = n } else { account.extra[name] = v }
            }
            return .success((account, flag != nil))
        } catch let reject as RecordReject {
            return .failure(reject)
        } catch {
            return .failure(RecordReject(location: row.location, reason: String(describing: error), excerpt: row.excerpt()))
        }
    }

    private func applySubscriptions(_ rows: [RawRecord], to accounts: inout [String: Account], dates: DateParser, rejects: inout [RecordReject]) {
        struct Sub { var start: Date; var id: String; var mrr: Double; var ended: Bool; var up: Bool?; var down: Bool? }
        var byAccount: [String: [Sub]] = [:]
        for row in rows {
            guard let account = column("id", ["account_id", "account"], in: row),
                  let mrrText = column("mrr", ["mrr_amount", "mrr"], in: row), let mrr = Double(mrrText),
                  let start = column("start", ["start_date", "started_at"], in: row).flatMap(dates.parse) else {
                rejects.append(RecordReject(location: row.location, reason: "a subscription needs account_id, mrr_amount and a readable start_date", excerpt: row.excerpt()))
                continue
            }
            let sub = Sub(start: start, id: column("sid", ["subscription_id"], in: row) ?? "", mrr: mrr,
                          ended: column("end", ["end_date", "ended_at"], in: row) != nil,
                          up: column("up", ["upgrade_flag"], in: row).flatMap(ItemMapper.bool),
                          down: column("down", ["downgrade_flag"], in: row).flatMap(ItemMapper.bool))
            byAccount[account, default: []].append(sub)
        }
        for (id, subs) in byAccount {
            guard var account = accounts[id] else { continue }
            let ordered = subs.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            var expansion = 0.0, contraction = 0.0
            for (previous, current) in zip(ordered, ordered.dropFirst()) {
                let delta = current.mrr - previous.mrr
                if delta > 0 && (current.up ?? true) { expansion += delta }
                if delta < 0 && (current.down ?? true) { contraction += -delta }
            }
            if account.mrrStart == nil { account.mrrStart = ordered.first?.mrr }
            if account.mrrEnd == nil { account.mrrEnd = account.churned ? 0 : ordered.filter { !$0.ended }.reduce(0) { $0 + $1.mrr } }
            if account.expansionMRR == nil { account.expansionMRR = expansion }
            if account.contractionMRR == nil { account.contractionMRR = contraction }
            account.usage["subscriptions"] = Double(ordered.count)
            accounts[id] = account
        }
    }

    private func applyChurnEvents(_ rows: [RawRecord], to accounts: inout [String: Account], flagged: Set<String>,
                                  dates: DateParser, rejects: inout [RecordReject]) {
        var latest: [String: (date: Date, reactivation: Bool, reason: String?, count: Int)] = [:]
        for row in rows {
            guard let id = column("id", ["account_id", "account"], in: row),
                  let date = column("date", ["churn_date"], in: row).flatMap(dates.parse) else {
                rejects.append(RecordReject(location: row.location, reason: "a churn event needs account_id and a readable churn_date", excerpt: row.excerpt()))
                continue
            }
            let reactivation = column("re", ["is_reactivation"], in: row).flatMap(ItemMapper.bool) ?? false
            let reason = column("reason", ["reason_code", "reason"], in: row)
            let count = (latest[id]?.count ?? 0) + 1
            if let previous = latest[id], previous.date > date {
                latest[id]?.count = count
            } else {
                latest[id] = (date, reactivation, reason, count)
            }
        }
        for (id, event) in latest {
            guard var account = accounts[id] else { continue }
            account.extra["churn_events"] = String(event.count)
            if let reason = event.reason { account.extra["last_churn_reason"] = reason }
            if flagged.contains(id) {
                if account.churned && account.churnDate == nil && !event.reactivation { account.churnDate = event.date }
            } else if !event.reactivation {
                account.churned = true
                account.churnDate = account.churnDate ?? event.date
            }
            accounts[id] = account
        }
    }
}

extension RecordReject: Error {}
