extension SentimentLexicon {
    /// The English lexicon, written by the Verbatim team for support and review language.
    ///
    /// Valences are on VADER's −4…+4 scale (Hutto & Gilbert 2014), assigned by hand from general
    /// knowledge, not copied from a published lexicon. Support language shapes them: "thanks",
    /// "sorry", "appreciate" and "please" are politeness, so they weigh little or nothing; "help",
    /// "like" and "issue" are everywhere in tickets and carry almost no sentiment on their own;
    /// "refund", "cancel" and "still waiting" are mildly to clearly negative; function verbs
    /// ("work", "load", "sync", "respond") are neutral but strongly negative when negated ("not
    /// working", "doesn't load", "no response").
    ///
    /// Syntax, whitespace-separated items: `word:valence`, `word:valence/negated` (the valence
    /// when a negation governs the word, instead of VADER's −0.74 × valence), `stem*:valence` (any
    /// word starting with the stem, unless a longer entry matches), and `first_second:valence` (a
    /// phrase of two or three words, which replaces its words' own valences).
    public static let english: SentimentLexicon = {
        do {
            return try SentimentLexicon(
                entries: englishWords, boosters: englishBoosters, diminishers: englishDiminishers,
                negators: englishNegators, contrasts: ["but", "however"], signOffs: englishSignOffs,
                emoticons: englishEmoticons, emoji: englishEmoji)
        } catch {
            preconditionFailure("the built-in English sentiment lexicon does not parse: \(error)")
        }
    }()

    /// Words, stems and phrases with their valences.
    static let englishWords = """
        broken:-2.4 broke:-1.6 break:-0.8 breaks:-1.4 breaking:-1.2 bug:-1.6 bugs:-1.6 buggy:-2.2 crash*:-2.2
        error:-1.4 errors:-1.5 erroneous:-1.5 fail*:-1.9 fault:-1.2 faulty:-2.0 defect*:-1.8 glitch*:-1.6
        freeze:-1.6 freezes:-1.7 freezing:-1.6 froze:-1.7 frozen:-1.5 hangs:-1.4 hung:-1.2 lag:-1.3 laggy:-1.8
        lags:-1.3 lagging:-1.5 slow:-1.5 slower:-1.5 slowly:-1.0 slowness:-1.6 sluggish:-1.7 unresponsive:-2.0
        unusable:-2.8 useless:-2.6 unstable:-1.8 unreliable:-2.0 outage:-2.0 outages:-2.0 downtime:-1.9
        timeout:-1.4 timeouts:-1.5 timed_out:-1.4 problem:-1.3 problems:-1.3 problematic:-1.6 issue:-0.8
        issues:-0.9 trouble:-1.4 troubles:-1.4 troublesome:-1.6 wrong:-1.6 wrongly:-1.4 incorrect:-1.5
        incorrectly:-1.4 inaccurate:-1.5 missing:-1.2 lost:-1.4 lose:-1.3 losing:-1.5 loses:-1.3 corrupt*:-2.2
        garbled:-1.8 mangled:-1.8 truncated:-1.2 duplicated:-0.9 duplicates:-0.8 bad:-2.4 badly:-2.0 worse:-2.4
        worst:-3.0 terrible:-3.0 terribly:-2.4 horrible:-3.0 horribly:-2.6 awful:-3.0 awfully:-1.5 poor:-2.0
        poorly:-2.0 crap:-2.5 crappy:-2.6 garbage:-2.6 junk:-2.2 trash:-2.2 sucks:-2.6 suck:-2.2 sucked:-2.2
        ridiculous:-2.2 ridiculously:-1.6 absurd:-1.8 unacceptable:-2.8 disappoint*:-2.2 frustrat*:-2.3
        annoy*:-2.0 irritat*:-2.0 angry:-2.5 angrier:-2.6 anger:-2.4 furious:-3.0 mad:-2.0 upset:-2.0
        unhappy:-2.2 dissatisf*:-2.3 hate:-2.8 hated:-2.8 hates:-2.6 hating:-2.6 hateful:-2.8 dislike*:-1.8
        confused:-1.2 confusing:-1.5 confusion:-1.2 complicated:-1.2 convoluted:-1.6 difficult:-1.2
        difficulty:-1.0 difficulties:-1.2 impossible:-1.8 painful:-2.0 pain:-1.6 nightmare:-2.8 mess:-1.8
        messy:-1.6 clunky:-1.7 cumbersome:-1.6 tedious:-1.6 waste:-2.0 wasted:-2.2 wasting:-2.2 wastes:-2.0
        pointless:-2.0 worthless:-2.6 overpriced:-2.0 expensive:-1.2 pricey:-1.0 costly:-1.2 scam:-3.0
        scammed:-3.0 fraud*:-2.8 ripoff:-2.8 rip_off:-2.8 cheated:-2.6 misleading:-2.0 misled:-2.0 unfair:-2.0
        rude:-2.4 unprofessional:-2.4 unhelpful:-2.0 ignored:-2.0 ignoring:-1.8 ignores:-1.4 delay:-1.2
        delays:-1.3 delayed:-1.3 late:-1.0 overdue:-1.5 wait:-0.5 waiting:-0.8 waited:-1.0 still_waiting:-2.2
        stuck:-1.6 blocked:-1.4 blocker:-1.6 blocking:-1.2 urgent:-1.0 urgently:-1.0 asap:-0.6 critical:-1.0
        severe:-1.8 severely:-1.6 worried:-1.5 worry:-1.2 worries:-1.2 worrying:-1.4 concerned:-1.0
        concerning:-1.2 afraid:-1.4 scared:-1.8 fear:-1.8 sad:-2.0 sadly:-1.6 unfortunately:-1.4
        unfortunate:-1.4 regret*:-1.6 sorry:-0.3 apologies:-0.2 complain*:-1.6 refund:-1.0 refunds:-1.0
        refunded:-0.4 chargeback*:-2.0 cancel:-1.0 cancelled:-1.0 canceled:-1.0 cancelling:-1.2 canceling:-1.2
        cancellation:-1.0 unsubscribe:-0.8 overcharg*:-2.2 double_charged:-2.2 charged_twice:-2.2 hacked:-2.2
        breach:-2.4 breached:-2.4 vulnerable:-1.4 vulnerability:-1.4 spam:-1.6 spammy:-1.8 virus:-2.0
        malware:-2.4 degraded:-1.5 degrading:-1.4 flaky:-1.8 inconsistent:-1.4 intermittent:-1.2
        intermittently:-1.2 weird:-1.0 strange:-0.8 odd:-0.6 ugly:-2.0 unclear:-1.2 vague:-1.0 awkward:-1.3
        inconvenien*:-1.6 hassle:-1.6 nuisance:-1.6 struggl*:-1.6 suffer*:-2.0 damage*:-2.0 dead:-1.8 die:-1.6
        died:-1.8 dies:-1.6 dying:-1.6 disaster*:-2.8 catastroph*:-3.0 fiasco:-2.6 joke:-1.2 pathetic:-2.8
        lousy:-2.4 mediocre:-1.6 subpar:-1.8 meh:-0.8 lame:-1.8 stupid:-2.2 dumb:-2.0 idiotic:-2.6
        incompeten*:-2.6 negligen*:-2.4 liar:-2.6 lied:-2.2 lies:-1.8 dishonest:-2.4 shame:-2.0 shameful:-2.6
        disgust*:-2.8 disgrace*:-2.8 appalling:-3.0 appalled:-2.8 outrage*:-2.8 shocking:-1.8 shocked:-1.6
        horrendous:-3.0 atrocious:-3.0 abysmal:-3.0 dreadful:-2.8 lacking:-1.4 lack:-1.2 lacks:-1.4
        insufficient:-1.4 inadequate:-1.8 limited:-0.6 outdated:-1.2 obsolete:-1.2 doubt:-0.8 skeptical:-1.0
        risky:-1.2 threaten*:-1.8 warning:-0.6 warnings:-0.6 alarming:-1.6 panic:-2.0 desperate:-2.0
        desperately:-1.8 hopeless:-2.6 helpless:-2.0 exhausted:-1.6 tired:-1.2 fed_up:-2.2 sick_of:-2.2
        had_enough:-2.0 last_straw:-2.4 give_up:-1.6 gave_up:-1.8 giving_up:-1.6 stopped:-1.2 stops:-1.0
        stopped_working:-2.4 stops_working:-2.4 stop_working:-2.2 quit_working:-2.4 stopped_responding:-2.2
        keeps_crashing:-2.6 returned:-1.2 returning:-1.0 unplug*:-0.6 disconnect*:-1.4 dropped:-1.0
        drops:-1.0 dropping:-1.0 flicker*:-1.2 noisy:-1.2 static:-0.8 distorted:-1.6 muffled:-1.6 tinny:-1.4
        deaf:-1.2 mishear*:-1.4 misunderstand*:-1.2 misunderstood:-1.2 annoyance:-2.0 unnecessary:-1.0
        excessive:-1.4 overwhelmed:-1.4 overwhelming:-1.2 slowest:-2.0 glitchy:-2.0 poorest:-2.6
        blame:-1.4 blamed:-1.4 penalty:-1.4 penalt*:-1.4 fee:-0.4 fees:-0.5 hidden_fees:-2.0 misbehav*:-1.6
        not_happy:-2.0 unanswered:-1.8 unresolved:-1.8 unfixed:-1.6 denied:-1.4 rejected:-1.4 rejects:-1.2
        refused:-1.6 refuses:-1.6 crashed_again:-2.6 broken_again:-2.8 yet_again:-1.0 ugh:-1.6 argh:-1.8
        wtf:-2.6 damn:-1.4 dammit:-2.0 hell:-1.8 bloody:-1.2 offline:-1.2 inaccessible:-1.8
        unavailable:-1.5 unreachable:-1.6 lockout:-1.4 locked_out:-1.8

        work:0.3/-1.8 works:0.5/-1.8 worked:0.5/-1.6 working:0.3/-1.8 functioning:0.3/-1.6 function:0/-1.2
        load:0/-1.5 loads:0/-1.5 loading:0/-1.4 loaded:0/-1.3 sync:0/-1.5 syncs:0/-1.5 syncing:0/-1.5
        synced:0/-1.4 open:0/-1.2 opens:0/-1.3 opening:0/-1.2 connect:0/-1.4 connecting:0/-1.4
        connects:0/-1.4 connected:0.2/-1.4 respond:0/-1.6 responding:0/-1.6 responded:0/-1.6 responds:0/-1.5
        response:0/-1.4 responses:0/-1.2 reply:0/-1.4 replied:0/-1.6 replies:0/-1.2 answer:0/-1.2
        answered:0/-1.4 arrive:0/-1.3 arrived:0/-1.4 arrives:0/-1.3 receive:0/-1.2 received:0/-1.2
        receiving:0/-1.2 help:0/-1.4 helps:0.4/-1.4 helped:0.8/-1.6 helping:0/-1.2 resolve:0.4/-1.6
        resolved:1.4/-1.8 solve:0.4/-1.4 solved:1.4/-1.8 fix:0.3/-1.2 fixed:1.2/-1.8 fixes:0.6/-1.2
        able:0/-1.2 unable:-1.3 possible:0/-0.8 save:0/-1.2 saved:0.6/-1.2 saving:0/-1.1 send:0/-1.0
        sent:0/-1.0 sending:0/-1.0 login:0/-1.4 log:0/-1.4 access:0/-1.3 option:0/-0.6 update:0/-0.8
        updated:0/-0.8 updates:0/-0.8 support:0/-1.0 clue:0/-1.0 idea:0/-0.6 understand:0/-0.8 find:0/-0.9
        see:0/-0.5 show:0/-0.8 shows:0/-0.8 showing:0/-0.9 shown:0/-0.8 download:0/-1.0 upload:0/-1.0
        export:0/-1.0 import:0/-1.0 install:0/-1.0 print:0/-1.0 display:0/-0.9 displaying:0/-0.9
        appear:0/-0.9 appearing:0/-0.9 appears:0/-0.8 start:0/-1.0 starts:0/-1.0 starting:0/-1.0
        launch:0/-1.2 run:0/-1.0 runs:0/-1.0 running:0/-1.0 recognize:0/-1.2 recognise:0/-1.2
        recognizes:0/-1.2 understands:0/-1.0 hear:0/-1.0 hears:0/-1.0 play:0/-1.0 plays:0/-1.0
        playing:0/-1.0 turn:0/-0.6 charge:0/-0.4 charging:0/-0.8 pair:0/-1.0 pairs:0/-1.0 stay:0/-0.8
        last:0/-0.8 reach:0/-0.9 contact:0/-0.7 call:0/-0.6 called:0/-0.6 acknowledge*:0/-1.2

        good:1.9 great:3.1 greatest:3.2 awesome:3.1 amazing:2.8 amazingly:2.6 excellent:3.2 fantastic:3.0
        wonderful:2.7 brilliant:2.8 superb:3.0 outstanding:3.0 perfect:2.7 perfectly:2.7 flawless*:2.8
        love:3.2 loved:2.9 loves:2.7 loving:2.9 lovely:2.8 like:0 liked:1.5 likes:1.0 like_it:1.5
        like_this:1.2 nice:1.8 nicely:1.9 fine:0.8 ok:0.9 okay:0.9 decent:1.2 solid:1.0 smooth:1.6
        smoothly:1.8 seamless*:2.2 easy:1.7 easier:1.5 easiest:1.8 easily:1.5 simple:1.2 simpler:1.2
        intuitive:2.0 fast:1.3 faster:1.4 fastest:1.5 quick:1.2 quickly:1.2 quicker:1.3 speedy:1.5
        responsive:1.5 reliable:2.0 reliably:1.8 stable:1.2 powerful:1.8 useful:1.8 handy:1.6 helpful:1.8
        happy:2.7 happier:2.4 happily:2.2 glad:2.0 pleased:2.2 pleasant:2.2 pleasure:2.0 delighted:3.0
        thrilled:3.0 excited:2.2 exciting:2.2 enjoy*:2.2 fun:2.0 satisfied:2.0 satisfying:2.0
        satisfaction:1.8 impressed:2.4 impressive:2.4 recommend:1.8 recommended:1.8 recommending:1.8
        appreciate:0.8 appreciated:0.8 appreciative:1.6 grateful:2.0 gratitude:2.0 thank:0.4 thanks:0.4
        thx:0.3 kudos:2.2 bravo:2.4 congrat*:2.0 wow:2.0 yay:2.2 hooray:2.4 cool:1.3 neat:1.6 sweet:1.6
        beautiful:2.8 beautifully:2.6 gorgeous:2.8 elegant:2.2 clean:1.0 polished:1.6 best:2.4 better:1.6
        improve:1.0 improved:1.6 improves:1.2 improvement:1.0 improvements:1.0 win:1.6 winner:2.0
        finally_works:1.8 finally_working:1.8 finally_fixed:1.6 finally_resolved:1.6 well_done:2.4
        good_job:2.6 great_job:3.0 keep_up:1.2 top_notch:2.8 lifesaver:2.8 life_saver:2.8 game_changer:2.6
        worth:1.2/-1.8 worthwhile:1.6 value:0.6 valuable:1.8 affordable:1.4 fair:0.8 generous:2.0 kind:1.5
        friendly:2.0 courteous:2.0 polite:1.6 patient:1.4 patience:1.2 professional:1.4 knowledgeable:1.8
        prompt:1.0 promptly:1.4 efficient:1.8 efficiently:1.6 effective:1.6 accurate:1.4 accurately:1.2
        correct:0.8 correctly:0.8 success:1.8 successful:2.0 successfully:1.6 relief:1.6 relieved:1.8
        hope:0.6 hopefully:0.5 welcome:1.2 safe:1.2 secure:1.2 comfortable:1.6 convenient:1.8
        conveniently:1.4 flexible:1.4 robust:1.6 favorite:2.2 favourite:2.2 enjoyable:2.2 entertaining:1.8
        informative:1.4 fabulous:2.8 terrific:2.8 incredible:2.6 marvelous:2.8 marvellous:2.8
        magnificent:3.0 phenomenal:3.0 spectacular:2.8 stellar:2.8 superior:2.0 exceptional:2.8
        exceeded_expectations:2.6 blown_away:2.6 must_have:2.0 glad_to:1.2 pleasantly:2.0 fantastically:2.6
        wonderfully:2.6 awesomeness:2.8 excellence:2.8 gem:2.2 charm:1.6 charming:2.2 adore*:2.8 cute:1.6
        smart:1.6 clever:1.8 genius:2.4 helpfulness:1.8 recommendable:1.8 durable:1.4 sturdy:1.2
        crisp:1.4 clear:0.8 clearer:1.0 rich:1.0 loud:0.4 fixed_it:1.8 sorted:1.0
        perfection:2.8 pleasing:2.0 refreshing:1.8 reassuring:1.6 reassured:1.6 confident:1.6 trust:1.4
        trusted:1.6 trustworthy:2.0 loyal:1.6 fan:1.6 fans:1.4 thankful:2.0 blessed:2.0 glad_it:1.4
        yes:0.3 sure:0.2 positive:1.6 positively:1.4 negative:-1.6 negatively:-1.4
        upgrade:0.4 upgraded:0.6 excellently:2.8 satisfactory:1.2
        unsatisf*:-2.0 inexpensive:1.2 bargain:1.6 cheaply:-0.8 cheap:0.2 junky:-2.2 flimsy:-1.6
        """

    /// Words that strengthen the sentiment word after them (VADER's boosters).
    static let englishBoosters = """
        very really extremely so totally absolutely completely incredibly super too highly utterly seriously
        insanely exceptionally especially particularly remarkably truly deeply hugely immensely massively
        most much quite entirely fully thoroughly enormously extraordinarily such still constantly always
        keeps literally even extra amazingly unbelievably ridiculously terribly awfully crazy
        """

    /// Words that weaken the sentiment word after them, and the phrases `kind_of` and `sort_of`.
    static let englishDiminishers = """
        slightly somewhat barely hardly marginally partly partially mildly little bit kinda sorta fairly
        occasionally sometimes rarely mostly almost nearly relatively reasonably less kind_of sort_of
        """

    /// Words that negate the sentiment words in the few words after them; any word ending in
    /// `n't` is one too.
    static let englishNegators = """
        not no never none nobody nothing neither nor nowhere cannot cant dont doesnt didnt isnt arent wasnt
        werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint without
        """

    /// Words of a sign-off line ("Best regards,", "Thanks in advance"), which carries no sentiment.
    static let englishSignOffs = """
        best regards kind warm warmest kindest cheers thanks thank you sincerely many with all the br in
        advance again much so a lot thx rgds respectfully yours cordially
        """

    /// ASCII emoticons and their valences.
    static let englishEmoticons: [(String, Double)] = [
        (":)", 2.0), (":-)", 2.0), ("=)", 1.8), (":]", 1.6), (":d", 2.3), (":-d", 2.3), (";)", 1.2), (";-)", 1.2),
        ("<3", 2.0), (":p", 1.0), (":-p", 1.0), (":(", -1.9), (":-(", -1.9), ("=(", -1.8), (":'(", -2.2),
        (":/", -1.0), (":-/", -1.0), (":|", -0.6), (":-|", -0.6), ("</3", -2.2), (">:(", -2.6), (":@", -2.4),
    ]

    /// Emoji (Unicode scalars) and their valences.
    static let englishEmoji: [(Unicode.Scalar, Double)] = [
        ("\u{1F600}", 1.8), ("\u{1F603}", 2.0), ("\u{1F604}", 2.0), ("\u{1F601}", 2.0), ("\u{1F60A}", 2.0),
        ("\u{1F642}", 1.2), ("\u{1F60D}", 2.8), ("\u{1F970}", 2.8), ("\u{1F618}", 2.0), ("\u{2764}", 2.4),
        ("\u{1F495}", 2.2), ("\u{1F496}", 2.2), ("\u{1F499}", 2.0), ("\u{1F49A}", 2.0), ("\u{1F44D}", 1.6),
        ("\u{1F44F}", 1.8), ("\u{1F64F}", 0.8), ("\u{1F389}", 2.0), ("\u{1F4AF}", 1.8), ("\u{2705}", 0.8),
        ("\u{1F602}", 0.8), ("\u{1F923}", 0.8), ("\u{1F609}", 1.0), ("\u{1F60E}", 1.4), ("\u{1F929}", 2.6),
        ("\u{1F44C}", 1.4), ("\u{1F31F}", 1.6), ("\u{2B50}", 1.4), ("\u{1F525}", 0.6), ("\u{1F917}", 1.8),
        ("\u{1F61E}", -2.0), ("\u{1F614}", -1.6), ("\u{1F622}", -2.0), ("\u{1F62D}", -2.4), ("\u{1F621}", -2.8),
        ("\u{1F620}", -2.6), ("\u{1F92C}", -3.0), ("\u{1F624}", -2.0), ("\u{1F629}", -2.2), ("\u{1F62B}", -2.2),
        ("\u{1F612}", -1.6), ("\u{1F641}", -1.4), ("\u{2639}", -1.6), ("\u{1F44E}", -2.0), ("\u{1F494}", -2.2),
        ("\u{1F615}", -1.2), ("\u{1F61F}", -1.4), ("\u{1F623}", -1.8), ("\u{1F616}", -1.8), ("\u{1F926}", -1.6),
        ("\u{1F644}", -1.6), ("\u{1F610}", -0.4), ("\u{1F62C}", -0.8), ("\u{274C}", -0.8), ("\u{26A0}", -0.6),
        ("\u{1F631}", -2.0), ("\u{1F630}", -1.8), ("\u{1F625}", -1.6), ("\u{1F613}", -1.2), ("\u{1F62A}", -0.8),
    ]
}
