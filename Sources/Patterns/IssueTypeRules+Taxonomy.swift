extension IssueTypeRules {
    /// The id of the fallback type, given when no type reaches the threshold.
    public static let other = "other"

    /// The built-in taxonomy: eleven types of helpdesk request and the fallback `other`, each
    /// with keywords and phrases written for helpdesk, chat and survey language in general (no
    /// product's vocabulary). `how_to` and `praise` weigh less than the topic types: "how do I
    /// get a refund?" is a billing request, "love it, but the invoice is wrong" a billing issue;
    /// `bug` weighs a little less, since "error" and "fails" go with every topic ("the payment
    /// failed" is billing, "the import fails" an import problem), while a crash alone is a bug.
    public static let defaultTaxonomy: [IssueTypeRule] = [
        IssueTypeRule(
            id: "bug", name: "Bug or defect",
            keywords: ["bug", "buggy", "error", "errors", "crash", "crashes", "crashing", "broken", "glitch", "defect",
                       "fails", "failed", "failing", "failure", "exception", "freezes", "frozen", "malfunction",
                       "regression", "not working", "not work", "not load", "not loading", "not open", "not save",
                       "not sync", "not show", "not showing", "not display", "not appear", "corrupted", "blank"],
            phrases: ["error message", "stopped working", "stops working", "keeps crashing", "blank screen",
                      "white screen", "stack trace", "steps to reproduce", "something went wrong", "does nothing",
                      "wrong result", "page not found", "sent empty", "sent twice"],
            weight: 0.7),
        IssueTypeRule(
            id: "how_to", name: "How-to question",
            keywords: ["tutorial", "guide", "documentation", "docs", "instructions", "explain", "question", "wondering",
                       "clarify", "clarification"],
            phrases: ["how do i", "how do we", "how can i", "how can we", "how to", "how should i", "is there a way",
                      "is it possible", "where can i", "where do i", "where is the", "where are the", "can you explain",
                      "what is the best way", "is there an option", "help article", "i would like to know",
                      "i want to know", "do you know how", "what does", "which setting"],
            weight: 0.35),
        IssueTypeRule(
            id: "billing", name: "Billing and invoices",
            keywords: ["invoice", "billing", "bill", "billed", "charge", "charged", "payment", "pay", "paid", "refund",
                       "receipt", "price", "pricing", "subscription", "fee", "fees", "vat", "tax", "discount",
                       "coupon", "overcharged", "expensive", "cost", "renewal", "paypal", "reimbursement", "money",
                       "amount", "quote", "rebate", "compensation", "restitution", "chargeback"],
            phrases: ["credit card", "debit card", "money back", "double charged", "charged twice", "wrong amount",
                      "payment method", "price increase", "purchase order", "bank transfer", "wire transfer",
                      "billing address", "too expensive", "pro rata", "per seat", "payment error", "payment failed",
                      "payment declined", "card declined"]),
        IssueTypeRule(
            id: "account_access", name: "Account access and login",
            keywords: ["login", "logon", "signin", "password", "passcode", "2fa", "mfa", "otp", "authentication",
                       "authenticator", "sso", "saml", "okta", "lockout", "credentials", "username", "permission",
                       "permissions", "unauthorized", "forbidden", "not log", "not sign", "not access", "pwd", "passwd"],
            phrases: ["log in", "logged out", "sign in", "signed out", "sign on", "locked out", "two factor",
                      "multi factor", "verification code", "security code", "access denied", "reset password",
                      "forgot password", "password reset", "reset link", "account locked", "active directory",
                      "azure ad", "access account", "recover account", "pin code", "reset pin", "forgotten pin",
                      "recover pin", "forgot pin"]),
        IssueTypeRule(
            id: "feature_request", name: "Feature request",
            keywords: ["feature", "suggestion", "suggest", "enhancement", "roadmap", "wishlist"],
            phrases: ["feature request", "would be nice", "would be great", "would be helpful", "would love",
                      "it would be", "please add", "add an option", "add the ability", "ability to", "any plans",
                      "plan to support", "could you add", "can you add", "you should add", "missing feature",
                      "is there any plan", "request a feature", "would like to see", "nice to have"]),
        IssueTypeRule(
            id: "performance", name: "Performance and outage",
            keywords: ["slow", "slowly", "slowness", "sluggish", "lag", "laggy", "latency", "timeout", "timeouts",
                       "outage", "downtime", "unresponsive", "performance", "throttled", "throttling", "speed",
                       "not respond", "not responding", "unavailable", "hangs", "loading"],
            phrases: ["takes forever", "timed out", "time out", "rate limit", "rate limits", "rate limited",
                      "too many requests", "is down", "are down", "went down", "service down", "site down",
                      "response time", "load time", "takes minutes", "very slow", "loads slowly", "not reachable",
                      "high latency", "status page"]),
        IssueTypeRule(
            id: "integration", name: "Integration",
            keywords: ["integration", "integrations", "integrate", "api", "webhook", "webhooks", "zapier", "slack",
                       "salesforce", "hubspot", "jira", "github", "shopify", "zendesk", "intercom", "connector",
                       "plugin", "sync", "syncing", "endpoint", "oauth", "payload", "callback"],
            phrases: ["third party", "api key", "api token", "microsoft teams", "google sheets", "google calendar",
                      "connected app", "not syncing", "out of sync", "api call", "api calls", "rest api"]),
        IssueTypeRule(
            id: "data_import_export", name: "Data import and export",
            keywords: ["import", "importing", "imported", "export", "exporting", "exported", "csv", "excel",
                       "spreadsheet", "xlsx", "upload", "migrate", "migration", "backup", "columns"],
            phrases: ["bulk upload", "data export", "data import", "file format", "export data", "import data",
                      "download data", "download file", "field mapping", "map fields", "encoding"]),
        IssueTypeRule(
            id: "cancellation", name: "Cancellation intent",
            keywords: ["cancel", "cancellation", "cancelling", "canceling", "unsubscribe", "terminate", "termination",
                       "not renew", "churn"],
            phrases: ["cancel subscription", "cancel account", "cancel plan", "close account", "delete account",
                      "remove account", "terminate account", "account deletion", "end subscription",
                      "stop subscription", "switching to", "switch to another", "moving to another",
                      "looking at alternatives", "not going to renew", "do not renew"]),
        IssueTypeRule(
            id: "onboarding", name: "Onboarding and setup",
            keywords: ["onboarding", "onboard", "setup", "configure", "configuration", "installation", "install",
                       "training", "walkthrough", "trial", "kickoff", "implementation"],
            phrases: ["set up", "setting up", "getting started", "get started", "new user", "new users",
                      "new to", "just signed up", "first steps", "new account", "new team", "new workspace",
                      "best practices", "initial setup"]),
        IssueTypeRule(
            id: "praise", name: "Praise",
            keywords: ["love", "loved", "awesome", "amazing", "excellent", "fantastic", "kudos", "impressed",
                       "wonderful", "brilliant", "delighted", "superb", "outstanding", "perfect"],
            phrases: ["great job", "well done", "thank you so much", "thanks so much", "keep up the good work",
                      "great support", "great product", "great service", "great team", "highly recommend",
                      "very happy", "so happy", "big fan", "works great", "works perfectly", "best tool"],
            weight: 0.5),
        IssueTypeRule(id: "other", name: "Other", keywords: []),
    ]
}
