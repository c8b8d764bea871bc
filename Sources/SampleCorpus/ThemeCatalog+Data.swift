extension ThemeCatalog {
    /// Data-in, data-out themes: CSV export, data import, scheduled reports, Salesforce sync.
    static let data: [ThemeSpec] = [
        ThemeSpec(
            slug: "csv-export", name: "csv export",
            description: "CSV export is truncated, garbled, slow or missing columns.",
            effect: .lowNPS, ticketTypes: ["problem", "incident", "question"], tags: ["export", "csv", "data"],
            subjects: ["CSV export {broken}", "export truncated", "CSV export missing columns", "garbled characters in export",
                       "export takes forever"],
            problems: [
                "the CSV export {broken} {since}.", "our CSV export stops at {rows} rows.",
                "the CSV export is missing the {column} column.", "special characters in the CSV export come out garbled.",
                "exporting a report to CSV takes forever and then times out.", "the CSV export button does nothing.",
                "dates in the CSV export are in the wrong format.", "the CSV export email never arrives.",
                "the exported CSV file opens as one long column in Excel.", "we get an empty CSV export for large projects.",
            ],
            details: [
                "the project has about {rows} rows.", "accents like é and ü turn into question marks.",
                "we need the export for our monthly reporting.", "the {column} column was there last month.",
                "it works for small projects.", "we open the file in Excel and Google Sheets.",
            ],
            asks: ["{please} fix the CSV export?", "is there a limit on export size?",
                   "{please} send us the export manually for now?", "can the export include {column}?"],
            slots: [("rows", ["10,000", "65,536", "50,000", "100,000"]),
                    ("column", ["assignee", "custom fields", "time tracked", "due date", "tags"])]),
        ThemeSpec(
            slug: "data-import", name: "data import",
            description: "Data import from spreadsheets or other tools fails or maps fields wrongly.",
            effect: .none, ticketTypes: ["problem", "question"], tags: ["import", "data", "migration"],
            subjects: ["data import failed", "import error", "can't import from {tool}", "import mapping wrong",
                       "import stuck at {pct}"],
            problems: [
                "our data import from {tool} failed.", "the data import is stuck at {pct}.",
                "the import maps our fields to the wrong columns.", "data import {broken} with \"row {row}: invalid value\".",
                "half of our records are missing after the data import.", "importing from {tool} creates duplicates.",
                "the import wizard rejects our spreadsheet.", "the data import finished but all dates are empty.",
                "we can't import attachments from {tool}.", "the data import keeps timing out.",
            ],
            details: [
                "the file has about 8,000 rows.", "we are migrating from {tool}.", "the error mentions row {row}.",
                "we used the template from the help center.", "the file is UTF-8 encoded.", "we tried twice with the same result.",
            ],
            asks: ["{please} check the import logs?", "{please} help us with the field mapping?",
                   "can you run the data import for us?", "{please} undo the failed import?"],
            slots: [("tool", ["Asana", "Trello", "Jira", "Monday.com", "Excel", "Smartsheet"]),
                    ("pct", ["42%", "90%", "99%", "12%"]), ("row", ["17", "204", "1,288", "3,910"])]),
        ThemeSpec(
            slug: "scheduled-reports", name: "scheduled reports",
            description: "Scheduled reports are not sent, sent empty, or sent at the wrong time.",
            effect: .none, ticketTypes: ["problem", "question"], tags: ["reports", "schedule", "email"],
            subjects: ["scheduled reports not sent", "weekly report empty", "report schedule wrong time",
                       "scheduled report {broken}", "missing Monday report"],
            problems: [
                "our scheduled reports were not sent {since}.", "the weekly scheduled report arrives empty.",
                "scheduled reports go out at the wrong time.", "the {freq} report to our managers {broken}.",
                "I can't edit the recipients of a scheduled report.", "scheduled reports are sent twice.",
                "the scheduled report PDF is missing charts.", "our {freq} scheduled reports stopped after the update.",
                "the scheduled reports ignore the filters we set.", "recipients outside our domain don't get scheduled reports.",
            ],
            details: [
                "it is set to {freq} at 8 am.", "our time zone is Europe/Berlin.", "the report works when I run it by hand.",
                "{team} rely on it for the Monday meeting.", "we have around 15 scheduled reports.", "nothing changed on our side.",
            ],
            asks: ["{please} check why the scheduled reports fail?", "{please} resend last week's report?",
                   "can scheduled reports use our time zone?", "{please} fix the schedule?"],
            slots: [("freq", ["weekly", "daily", "monthly", "Monday morning"])]),
        ThemeSpec(
            slug: "salesforce-sync", name: "salesforce sync",
            description: "The Salesforce sync stops, duplicates records or overwrites fields.",
            effect: .churn, ticketTypes: ["incident", "problem"], tags: ["salesforce", "integration", "sync"],
            subjects: ["Salesforce sync {broken}", "Salesforce integration error", "duplicate records from Salesforce",
                       "Salesforce sync stuck", "CRM sync issue"],
            problems: [
                "the Salesforce sync {broken} {since}.", "our Salesforce sync stopped and {object} are out of date.",
                "the Salesforce sync creates duplicate {object}.", "the Salesforce integration shows \"{sferror}\".",
                "changes in Salesforce don't sync back.", "the Salesforce sync overwrote our {object} with old data.",
                "the last successful Salesforce sync was days ago.", "we reconnected Salesforce but the sync still fails.",
                "only some {object} sync from Salesforce.", "the Salesforce sync is extremely slow.",
            ],
            details: [
                "the error log says {sferror}.", "we use Salesforce Enterprise edition.", "our admin re-authorised the connection.",
                "about 4,000 {object} are affected.", "{team} rely on the Salesforce data every day.", "it worked fine until last week.",
            ],
            asks: ["{please} look at the Salesforce sync logs?", "{please} restart the sync for our workspace?",
                   "{please} help us clean up the duplicates?", "is there a known issue with the Salesforce integration?"],
            slots: [("object", ["opportunities", "accounts", "contacts", "leads"]),
                    ("sferror", ["INVALID_SESSION_ID", "REQUEST_LIMIT_EXCEEDED", "field mapping error", "authentication failed"])]),
    ]
}
