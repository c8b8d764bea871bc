/// Phrases every theme shares: generic vocabulary, greetings, signatures, agent replies, noise.
///
/// Real support text repeats "not working", "since yesterday" and "urgent" across every topic;
/// these pools put the same overlap into the corpus so that themes are not separable by
/// boilerplate alone.
enum SharedPhrases {
    /// Shared slot pools, in a fixed order.
    static let slots: [(String, [String])] = [
        ("since", ["since yesterday", "since this morning", "since the last update", "for two days now",
                   "since Monday", "all week", "since the release on Tuesday", "for the past few hours",
                   "again today", "on and off for a week"]),
        ("broken", ["is not working", "keeps failing", "is broken", "stopped working", "does not work",
                    "is failing", "is acting up", "fails every time"]),
        ("team", ["our team", "my colleagues", "half of our users", "our sales team", "the finance team",
                  "our ops people", "several users", "the whole company", "our managers", "two of my admins"]),
        ("urgent", ["this is urgent", "this is quite urgent for us", "we need this fixed asap",
                    "this is blocking us", "it is becoming a real problem", "this is high priority for us"]),
        ("please", ["Could you", "Can you please", "Please", "Would you be able to", "Can someone"]),
        ("agent", ["Priya", "Marcus", "Elena", "Tom", "Aiko", "Jonas", "Fatima", "Luca"]),
        ("soon", ["today", "by end of day", "this week", "before our board meeting", "before Friday"]),
    ]

    /// Optional first sentences before the problem.
    static let openers = [
        "hope you're doing well.", "quick one for you.", "sorry to bother you again.",
        "I'm reaching out on behalf of {team}.", "long time user here.", "first time writing in.",
        "following up on my call with your colleague.", "not sure who to ask about this.",
        "apologies if this was asked before.", "we have a problem.",
    ]

    /// Business impact, shared by every theme.
    static let impacts = [
        "{urgent}.", "it affects {team} and {urgent}.", "{team} cannot get their work done.",
        "this is costing us hours every week.", "we have a deadline {soon} and {urgent}.",
        "our leadership is asking me about it.", "we are losing confidence in the product.",
        "{team} keeps pinging me about it.", "it happened {since} and {urgent}.",
        "not a huge deal but it is annoying.",
    ]

    /// Generic requests, shared by every theme.
    static let asks = [
        "{please} take a look?", "{please} let me know what to do next?", "{please} escalate this?",
        "any update would be appreciated.", "{please} call me {soon}?", "thanks in advance for your help.",
        "let me know if you need screenshots.", "{please} check on your side?",
    ]

    /// Agent turns in chats; they carry little theme vocabulary, as real replies do.
    static let agentReplies = [
        "Hi there, thanks for reaching out! Let me take a look at your account.",
        "Thanks for the details. Could you share a screenshot of what you see?",
        "I've passed this on to our engineering team and will update you {soon}.",
        "Sorry about the trouble. Could you try again now and tell me if it works?",
        "Thanks for your patience. I can reproduce it on my side.",
        "I'm {agent} from support, happy to help. Which browser are you using?",
        "Got it. I've opened an internal ticket and linked it to your account.",
        "That should be fixed now. Can you confirm on your end?",
        "Thanks! I'll keep this conversation open until we hear back from the team.",
        "Could you tell me roughly when this started and how many users are affected?",
        "I checked the logs and see what you mean. Give me a few minutes.",
        "Our status page has a note about this; a fix is rolling out {soon}.",
    ]

    /// Customer turns after an agent reply that carry no theme words.
    static let customerFollowUps = [
        "still happening on my end.", "any update on this?", "ok, thanks. I'll wait.",
        "tried again, same result.", "thanks, that helps.", "it's Chrome, latest version.",
        "about {team}, maybe more.",
    ]

    /// Lead-ins for survey comments.
    static let surveyLeads = [
        "overall the product is solid.", "mostly happy.", "honestly frustrated.", "it's fine.",
        "good tool, some issues.", "we like the dashboards.", "support is friendly.",
        "mixed feelings this quarter.",
    ]

    /// Short survey comments that name the theme.
    static let themedShortComments = [
        "{theme} needs work.", "fix the {theme} issues please.", "{theme} is a pain.",
        "please improve {theme}.", "problems with {theme}.", "{theme} again...",
    ]

    /// Pure praise, for surveys that name no theme.
    static let praiseComments = [
        "great product!", "love it.", "does the job.", "the team is great, keep it up.",
        "very happy with the product.", "best tool we use.", "support has been amazing.",
        "no complaints.", "works well for us.", "10/10 would recommend.",
    ]

    /// Lines of an earlier agent reply quoted at the bottom of an e-mail.
    static let agentQuotes = [
        "Thanks for contacting support. We're looking into it.", "Could you send us more details?",
        "We have shipped a fix, please let us know if you still see the problem.",
        "I've escalated your request to our product team.", "Is there anything else I can help with?",
    ]

    /// Subjects of off-topic tickets.
    static let noiseSubjects = [
        "thanks!", "all good now", "quick thank you", "out of office", "please close this ticket",
        "re: your request", "hello", "feedback", "just saying hi", "test",
    ]

    /// Bodies of off-topic items: thanks, praise, auto-replies, closing notes.
    static let noiseBodies = [
        "thanks, all good now. You can close this.", "just wanted to say thank you for the quick help last week.",
        "I am out of the office until Monday with limited access to e-mail.",
        "please ignore my previous message, we sorted it out internally.",
        "love the new look of the app, great job everyone!", "the team really enjoys using the product.",
        "this was sent by mistake, sorry!", "all sorted, thank you {agent}!",
        "great webinar yesterday, thanks for organising it.", "just checking this address works.",
        "we are very happy with the product so far.", "no action needed, just keeping you in the loop.",
    ]
}
