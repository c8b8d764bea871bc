extension ThemeCatalog {
    /// Product platform themes: slow dashboards, mobile app crashes, email notifications, webhooks.
    static let platform: [ThemeSpec] = [
        ThemeSpec(
            slug: "slow-dashboards", name: "slow dashboards",
            description: "Dashboards load slowly or time out, especially for large workspaces.",
            effect: .churn, ticketTypes: ["problem", "incident"], tags: ["performance", "dashboard"],
            subjects: ["slow dashboards", "dashboard takes {secs} to load", "performance issues",
                       "dashboard timeout", "everything is slow"],
            problems: [
                "our dashboards are very slow {since}.", "the {dash} dashboard takes {secs} to load.",
                "slow dashboards are making the tool unusable for {team}.", "dashboards time out before they load.",
                "every filter change on a dashboard takes ages.", "the {dash} dashboard spins forever.",
                "performance has gotten much worse: slow dashboards everywhere.", "charts on the dashboard load one by one, very slowly.",
                "the dashboard freezes the browser tab.", "loading the {dash} dashboard shows \"request timed out\".",
            ],
            details: [
                "it takes {secs} on a good day.", "our workspace has a lot of projects.", "our internet connection is fine.",
                "other tools load instantly.", "it is worst on Monday mornings.", "we cleared the cache already.",
            ],
            asks: ["{please} look into the performance of our workspace?", "{please} speed up the dashboards?",
                   "is there a way to make dashboards faster?", "{please} tell us if this is on your side?"],
            slots: [("dash", ["portfolio", "executive", "team workload", "sales pipeline", "project overview"]),
                    ("secs", ["30 seconds", "over a minute", "two minutes", "20 seconds"])]),
        ThemeSpec(
            slug: "mobile-crashes", name: "mobile app crashes",
            description: "The mobile app crashes on launch or on specific screens (spike after release 4.2).",
            effect: .spike, ticketTypes: ["incident", "problem"], tags: ["mobile", "crash", "ios", "android"],
            subjects: ["mobile app crashes", "app crashes on {os}", "app closes on launch", "crash after update",
                       "mobile app unusable"],
            problems: [
                "the mobile app crashes as soon as I open it.", "the mobile app crashes on {os} after the 4.2 update.",
                "{team} report the app crashes when they open {screen}.", "the mobile app closes by itself {since}.",
                "the app crashes every time I upload a photo.", "mobile app crashes when switching workspaces.",
                "since the update the mobile app crashes on {os}.", "the app freezes and then crashes on {screen}.",
                "our field team can't use the mobile app because it crashes.", "the mobile app crashes on login.",
            ],
            details: [
                "we are on {os}.", "reinstalling the app did not help.", "it started with version 4.2.",
                "it happens on several phones.", "the web version works fine.", "I sent a crash report from the app.",
            ],
            asks: ["{please} fix the mobile app?", "is a fix for the crash coming soon?",
                   "{please} tell us if we can roll back to the old version?", "{please} confirm you can reproduce the crash?"],
            slots: [("os", ["iOS 19", "Android 16", "iPadOS", "a Pixel 9", "an iPhone 16", "Samsung Galaxy S25"]),
                    ("screen", ["the task list", "notifications", "the calendar", "comments", "settings"])]),
        ThemeSpec(
            slug: "email-notifications", name: "email notifications",
            description: "Email notifications for mentions, assignments or due dates are missing or late.",
            effect: .none, ticketTypes: ["problem", "question"], tags: ["notifications", "email"],
            subjects: ["no email notifications", "missing notifications", "notifications delayed",
                       "too many email notifications", "notification settings"],
            problems: [
                "we stopped getting email notifications {since}.", "email notifications for {event} never arrive.",
                "email notifications come hours late.", "{team} don't get email notifications for {event}.",
                "I get email notifications for tasks I'm not on.", "email notifications ignore my settings.",
                "email notifications go to an old address.", "the daily digest email {broken}.",
                "notifications work in the app but not by email.", "we get duplicate email notifications for {event}.",
            ],
            details: [
                "I checked the spam folder.", "notification settings are all turned on.", "our mail server is Office 365.",
                "we whitelisted your sending domain.", "it affects {event} mostly.", "in-app notifications are fine.",
            ],
            asks: ["{please} check if emails bounce on your side?", "{please} fix the email notifications?",
                   "{please} tell us which domain to whitelist?", "can you resend the missed notifications?"],
            slots: [("event", ["mentions", "new assignments", "due dates", "comments", "status changes"])]),
        ThemeSpec(
            slug: "webhook-delivery", name: "webhook delivery",
            description: "Webhook delivery fails, retries pile up, or payloads arrive late or out of order.",
            effect: .none, ticketTypes: ["incident", "problem"], tags: ["webhooks", "api", "integration"],
            subjects: ["webhook delivery failing", "webhooks not firing", "webhook timeout", "webhook retries",
                       "missing webhook events"],
            problems: [
                "webhook delivery to our endpoint {broken} {since}.", "webhooks for {hook} are not firing.",
                "webhook delivery fails with {code}.", "our webhook receives events hours late.",
                "webhook delivery was disabled on our account without warning.", "we get duplicate webhook deliveries for {hook}.",
                "the webhook payload is missing fields.", "webhook delivery retries are flooding our server.",
                "webhooks arrive out of order.", "the webhook delivery log shows failures we can't explain.",
            ],
            details: [
                "our endpoint returns 200 within 2 seconds.", "the delivery log shows {code}.", "we verify the signature header.",
                "it affects {hook} events.", "nothing changed on our firewall.", "we rely on webhooks to update our ERP.",
            ],
            asks: ["{please} re-enable webhook delivery?", "{please} replay the missed webhook events?",
                   "{please} share your webhook IP ranges?", "{please} check the delivery logs?"],
            slots: [("hook", ["task.created", "project.updated", "comment.added", "task.completed"]),
                    ("code", ["a timeout", "HTTP 502", "a TLS handshake error", "HTTP 410"])]),
    ]
}
