/// Everything the HTML report shows, gathered from a workspace's store (see the Pipeline's
/// `ReportBuilder`) and rendered by ``HTMLReport``. Plain values only, so that the renderer is a
/// pure function and can be tested on hand-made data.
public struct ReportData: Sendable, Equatable {
    /// The workspace's name (its folder's name).
    public var workspace: String
    /// The first and last item dates (`YYYY-MM-DD`), nil without dated items.
    public var firstDay: String?
    /// The last item date: the report's "as of" date.
    public var lastDay: String?
    /// Stored items.
    public var items: Int
    /// Stored accounts.
    public var accounts: Int
    /// Active themes.
    public var themeCount: Int
    /// Analysed items in no theme.
    public var unthemed: Int
    /// KPI tiles, in display order.
    public var kpis: [ReportKPI]
    /// The themes, largest first.
    public var themes: [ReportTheme]
    /// Each theme's churn lift (sufficient or not), in theme order.
    public var lifts: [ReportLift]
    /// Each theme's NPS impact (sufficient or not), in theme order.
    public var npsImpacts: [ReportNPSImpact]
    /// Active accounts whose health is Red, lowest score first.
    public var atRisk: [ReportAccount]
    /// All active accounts whose health is Red (``atRisk`` may list fewer).
    public var redAccounts: Int
    /// Active accounts whose health is Yellow.
    public var yellowAccounts: Int
    /// Recent spikes and emerging themes, alerts first.
    public var alerts: [ReportAlert]
    /// Representative quotes of the largest themes.
    public var quotes: [ReportQuotes]
    /// The minimum number of accounts (or answers) a figure needs to be shown.
    public var minimumSupport: Int
    /// Verbatim's version.
    public var version: String

    /// A report's data; see the properties for the meaning of each value.
    public init(workspace: String, firstDay: String? = nil, lastDay: String? = nil, items: Int = 0, accounts: Int = 0,
                themeCount: Int = 0, unthemed: Int = 0, kpis: [ReportKPI] = [], themes: [ReportTheme] = [],
                lifts: [ReportLift] = [], npsImpacts: [ReportNPSImpact] = [], atRisk: [ReportAccount] = [],
                redAccounts: Int? = nil, yellowAccounts: Int = 0, alerts: [ReportAlert] = [], quotes: [ReportQuotes] = [], minimumSupport: Int = 5,
                version: String = "") {
        self.workspace = workspace
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.items = items
        self.accounts = accounts
        self.themeCount = themeCount
        self.unthemed = unthemed
        self.kpis = kpis
        self.themes = themes
        self.lifts = lifts
        self.npsImpacts = npsImpacts
        self.atRisk = atRisk
        self.redAccounts = redAccounts ?? atRisk.count
        self.yellowAccounts = yellowAccounts
        self.alerts = alerts
        self.quotes = quotes
        self.minimumSupport = minimumSupport
        self.version = version
    }
}
