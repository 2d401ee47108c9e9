//! Dates, times, zones and durations: `date`, `tz`, `start`, `end`,
//! `detected`, `duration_stated_min`, the derived minutes (`window_min`,
//! `ttd_min`, `detect_to_resolve_min`) and `start_utc` / `end_utc`.
//!
//! Times come from two places: *stated* values (a summary's "from 10:30 to
//! 12:50 WAT", "Start Time: ...", front-matter timestamps) and *timeline
//! events* (lines that begin with a time, table rows, time headings). Each
//! event is read for what it says (impact began, alert fired, restored), days
//! roll over at midnight, and the resolver prefers stated values over
//! timeline guesses as the contract says.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::json;

use super::weights::{DATE_IN_SUMMARY, Purpose, section_weight};
use super::{Candidate, Extraction, Provenance, confidence, pick};
use crate::corpus::document::{Document, Kind, Line, Roles};
use crate::schema::Field;
use crate::text::grammar::{
    self, Date, DateMention, TimeMention, Zone, find_dates, find_durations, find_times,
    resolve_slash,
};

/// A point in time read from the text.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// Line index in the document (None for front matter).
    pub line: Option<usize>,
    pub minutes: i32,
    pub zone: Option<Zone>,
    /// An explicit calendar date for this time.
    pub date: Option<Date>,
    /// Day offset relative to the first timeline event (rollover at midnight).
    pub day: i32,
    /// am/pm as written, when written.
    pub meridiem: Option<bool>,
    /// `date` was carried from a date written above the entry (a heading
    /// or a line of its own), not written beside the time.
    pub carried: bool,
}

/// One timeline entry: a time and what happened then.
#[derive(Debug, Clone)]
pub struct Event {
    pub stamp: Stamp,
    pub what: String,
    pub cue: Cue,
}

impl Event {
    /// Whether the entry was read from a line of a timeline section.
    fn in_timeline(&self, doc: &Document) -> bool {
        self.stamp
            .line
            .is_some_and(|li| doc.lines[li].roles(doc).has(Roles::TIMELINE))
    }

    /// Whether the entry carries a full calendar date.
    fn dated(&self) -> bool {
        self.stamp.date.and_then(|d| d.to_civil()).is_some()
    }
}

/// What a timeline entry says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cue {
    pub impact: bool,
    pub detect: bool,
    pub resolve: bool,
    pub trigger: bool,
    pub post: bool,
    pub temporary: bool,
    /// The entry marks the outage's start outright ("start of outage",
    /// "outage begins").
    pub start_mark: bool,
}

fn re(p: &str) -> Regex {
    crate::text::rx::new(&format!("(?i){p}")).unwrap()
}

// Report, complaint and ticket end at a word boundary: "the ticketing site
// errors out" notices nothing.
// (The people who tell us are the classifiers' one list, `PATRON`.)
static DETECT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&
        r"\b({PATRON}\s+(\w+\s+)?((began|started)\s+)?(e-?mail(ed|ing)|call(ed|ing)|contact(ed|ing)|wr(ote|iting)\s+in|tweet(ed|ing)|messag(ed|ing))\b|alert(s|ed|ing)?|alarm|monitor(ing)?\s+(system|tool|detected|flagged|showed|triggered|alerted|reported)|pag(ed|er|ing)|on-?call|noticed|notic(e|ing)|detect(ed|ion)?|discover(s|ed)?\b|observ(e|es|ed)\b|spotted|flagged|reported|report(s|ing)?\b|complain(s|ts|ed|ing)?\b|tickets?\b|escalat|notif(y|ies|ied)\b|(automated|automatic)\s+(warnings?|notifications?|e-?mails?|messages?)\b|(incident|outage|sev\s*\d?)\s+(was\s+|is\s+|has\s+been\s+|officially\s+)*declared|bec[oa]me?s?\s+aware|was\s+made\s+aware|\b(is|are|was|were|gets?|got)\s+aware\b|(identified|caught|found)\s+by\s+(\w+\s+)?(staff|engineers?|team|developers?|on-?call|sres?|ops|support|operators?|customers?|users?)\b|(engineers?|developers?|staff|sres?|operators?|admins?|administrators?|we|i)\s+(\w+\s+)?noted\b|identified\s+(an?|the)\s+(issue|problem|outage)|\bping(s|ed)?\s+(@?[\w.-]+\s+){1,3}?(about|regarding)\s+(\S+\s+){0,6}?(not\s+\w+ing|failing|failures?|errors?|broken|down|stuck)\b|(issue|problem|outage|incident)\s+(was\s+)?(identified|detected|noticed|spotted|discovered)|health\s*checks?\s+fail|uptime\s+(check|robot|monitor)|encounter(ed|s)?\s+(and\s+\w+\s+)?(the|an?|this)\s+(\S+\s+){0,3}?(issue|problem|error|outage|bug|failure)|(customer|user|client|shopper|merchant)s?('s|’s)?\s+(e-?mails?|messages?|calls?|tweets?|posts?|complaints?)|(customer|user|client|shopper|merchant)s\s+(\w+\s+){1,4}?(with|us|me)\s+(\w+\s+){0,2}?(e-?mails|messages|calls|tweets|complaints|tickets)\b|investigation\s+(starts|started|begins|began|opened|launched)|(starts?|started|began|begins?)\s+(to\s+)?investigat\w*|(e-?mail(s|ed)?|wrote|writes|called|calls)\s+(to\s+)?support|contact(s|ed)\s+support|(we|i|the\s+team|engineers)\s+(first\s+)?learn(ed|t)\s+(about|of)\b|(incident|case)\s+(was\s+|has\s+been\s+)?(opened|created|raised|filed|logged)\b|(opened|created|raised|filed|logged)\s+(an?\s+)?(\w+\s+)?(incident|case)\b|(receiv(e|es|ed)|gets?|got)\s+(the\s+|a\s+|an\s+|its\s+|their\s+)?(first\s+)?(\w+\s+)?(calls?|e-?mails?|tickets?|complaints?|chats?)\b|((health|https?|synthetic|uptime|ping|heartbeat|monitoring|external|smoke|canary)\s*-?\s*(checks?|probes?)|monitors?|synthetics?)\s+(\S+\s+){0,6}?((start|begin)\w*\s+|began\s+)?(failing|fail(s|ed)?\b|fir(e|es|ed|ing)\b|trigger(s|ed)?\b|turn(s|ed)?\s+red)|\b(datadog|pingdom|new\s+relic|uptime\s*robot|statuscake|nagios|zabbix|opsgenie|pagerduty|cloudwatch\s+alarm)\b|\bpost(s|ed)?\s+(in|to)\s+#[\w-]+|(teammates?|colleagues?|co-?workers?|supervisors?)\s+(\S+\s+){0,8}?(sees|saw|notices|spots|finds|found|posts|messages|messaged|mentions|mentioned|reports)\b)".replace("{PATRON}", super::classify::PATRON),
    )
});
/// "Afternoon exams, beginning at 2 p.m., ran without incident": the
/// sentence says what began was unharmed.
static UNHARMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(without\s+(any\s+)?(incident|issues?|problems?|errors?|interruption|trouble)|(were|was)\s+(not|un)\s*(affected|impacted)|unaffected|as\s+normal)\b",
    )
});
static IMPACT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b((publish\w*|push\w*|upload\w*)\s+(of\s+)?(\S+\s+){0,5}?(malicious|compromised|backdoored|trojani[sz]ed)\b|(attack|ddos|dos)\s+(\w+\s+)?(began|started|commenced|hit)\b|(malicious|compromised|backdoored|trojani[sz]ed)\s+(\S+\s+){0,3}?(was\s+|were\s+|is\s+|are\s+|got\s+)?(published|pushed|uploaded)\b|outage|down\b|stuck|stall(ed|s|ing)?\b|froze|frozen|hung\b|hangs\b|(chain|network|production|services?|site|nodes?|validators?)\s+(\w+\s+)?halt(ed|s)?\b|halt(ed|s)?\s+at\s+(block\s+)?(height|block)|went\s+down|unavailable|unreachable|unresponsive|inaccessible|errors?|(unhandled|uncaught|threw|throws|throwing|raised|raising)\s+(an?\s+)?(\S+\s+)?exceptions?|exceptions?\s+(shows?\s+up|showed\s+up|appear\w*|(was\s+|were\s+|is\s+|are\s+)?(thrown|raised)|occurr\w*|in\s+(the\s+)?(\w+\s+)?logs?)|5\d\ds?\b|fail(ed|ing|ure)|crash(ed|es|ing)?|unexpected(ly)?\s+(shutdown|shut\s*down|reboot\w*|restart\w*|power[-\s]?off|termination)|shut\s+down\s+unexpectedly|(reached|reaching|hit|hitting)\s+(full\s+|its\s+|their\s+|maximum\s+)?capacity\b|out\s+of\s+(disk|space|memory|storage)\b|(filled|fills|filling)\s+(up\s+)?(the\s+|its\s+|our\s+|their\s+)?(\w+\s+)?(disks?|volumes?|partitions?)\b|(disks?|volumes?|partitions?)\s+(was\s+|were\s+|became\s+|got\s+)?(full|filled\s+up)\b|los(t|es|ing)\s+(all\s+)?(its\s+|their\s+|our\s+)?(power|connectivity|network\s+connectivity|internet\s+access)\b|degrad|slow(s|ed|er|ing|ness|downs?)?\b|latency|timeouts?|timing\s+out|impact|unable|(was|were|is|are)\s+not\s+able\s+to|could\s+not|couldn't|cannot|(outage|incident|issues?|problems?|errors?|failures?|impact|downtime|disruption|degradation|troubles?|symptoms?)\s+(began|begins)|(service\s+)?(disruption|interruption)s?\b|downtime\b|(began|begins)\s+(to\s+)?(fail|error|return|drop|time|crash|degrad|slow|reject)\w*|start(s|ed)?\s+(to\s+)?\w+ing\b|started\s+(failing|returning|to)|reject\w*|dropp\w*|drops?\b|timing\s+out|spike|surge|stopped|stops\b|ceas(e|es|ed)\b|broke|breaks\b|fails\b|outage\s+starts?|incident\s+(start|began)|high\s+(cpu|memory|load|error)|(drops?|dropped|falls?|fell|reach(es|ed)?)\s+(to\s+)?0\s*%|prevent(s|ed|ing)\s+(\S+\s+){1,4}?from\s+\w+ing\b|(wrong|incorrect|invalid|corrupt(ed)?)\s+(\w+\s+)?(blocks?|data|results?|responses?|values?|prices?|balances?|records?|state|hash(es)?|answers?|content|pages?)\s+(was\s+|were\s+|is\s+|are\s+|got\s+|being\s+)?(generated|produced|served|returned|computed|shown|displayed|sent|proposed|committed)\b)",
    )
});
static RESOLVE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(resolved|resolution\s+(is\s+|was\s+|has\s+been\s+)?(confirmed\s+)?(confirmed|complete[d]?)\b|restor(ed|ing)|back\s+(online|up|to\s+normal)|recovered|recovery\s+complete|fully\s+(operational|functional|recovered|restored)|normal\s+(operation|operations|service|functionality|performance|levels?|response)|operational\s+again|(is|are|was|were)\s+operational|^\W*(services?|site|website|systems?|platform|api|app)\s+((is|are)\s+)?(now\s+|fully\s+)?operational\b|(is|are|was|were|be|been|remains?|remained|now|confirms?|confirmed|appears?|looks?|seems?)\s+(to\s+be\s+)?(fully\s+)?stable|stable\s+(again|now|performance|operations?)|stability|stabili[sz]ed|end\s+of\s+(the\s+)?(outage|incident|impact|downtime|disruption)|(outage|incident|impact|downtime|disruption)\s+(ends|ended|is\s+over|was\s+over|over\W*$)|back\s+in\s+sync|returned\s+to\s+normal|service\s+resumed|resum(ed|es)\b|,\s*(which\s+)?resolv(ing|ed)\s+(the\s+|this\s+)?(issue|problem|outage|incident)\b|working\s+(again|normally|as\s+expected)|\bfix\s+(was|went|is|had\s+gone)\s+live\b|\bno\s+(further|more|new)\s+(errors?|failures?|issues?|alerts?|problems?|timeouts|crashes)\s+(were|was|have\s+been|had\s+been)\s+(seen|observed|reported|logged|recorded)\b|\b(all\s+)?(requests|calls|queries|jobs|payments|logins?|builds|checks|transactions|uploads|downloads|orders)\s+(were|are|was|is|had\s+been|have\s+been|started|began)\s+(\w+\s+)?(succeeding|passing|going\s+through|completing)\b|all\s+clear|closed|close\s+(this|the)\s+(issue|incident)|(alerts?|alarms?|checks?|monitors?|new\s+relic|datadog|pagerduty|opsgenie|pingdom|grafana|prometheus|nagios|zabbix|uptime\s*robot|statuscake)\s+(auto-?)?(closes|clears)\b|up\s+and\s+running|(unpublish\w*|yank\w*|remov\w*|delet\w*|pull\w*|took\s+down|taken\s+down|deprecat\w*)\s+(all\s+)?(the\s+|of\s+the\s+)?(\w+\s+)?(malicious|compromised|infected|backdoored|tampered)\s+(\w+\s+){0,2}(packages?|versions?|releases?|binaries|builds?|artifacts?|images?)\b|revoked\s+(all\s+)?(the\s+)?(\w+\s+)?(access\s+|api\s+|publish\s+)?(tokens|credentials|keys)\b|restoration\s+of\s+(the\s+)?(full\s+)?(\w+\s+){0,2}(service|services|functionality|access|operations?)\b|(is|was|are|were)\s+up\s+(and\s+\w+\s+)?again\b|100%\s+(back|online|operational)|regained\s+access|(issue|problem|outage|bug)\s+(has\s+been\s+|was\s+|is\s+(now\s+)?)?(fixed|resolved)|(working|signing|flowing|processing|producing|serving|served|loading|running|responding|responsive|reachable|usable|syncing|functioning|accepting|accepted|finali[sz]ing|progressing|moving|sending|delivering|delivered|succeeding)\s+again|(works?|worked)\s+again|conclud(ing|ed|es)\s+the\s+(incident|outage)|(incident|outage)\s+(was\s+|is\s+)?concluded|(trees|site|store|shop|services?|api|access|traffic|writes|logins?|sign-?ups?|registrations?|payments?|checkout)\s+(was\s+|were\s+|is\s+|are\s+|have\s+been\s+|has\s+been\s+)?re-?(enabled|opened|open(s)?)\b|re-?open(ed|s)?\s+(the\s+)?(trees|site|store|shop|service|registrations?|sign-?ups?)\b|mitigated|recover(s|y)\b|successful(ly)?\s+resol\w*|function(s|ing|ed)?\s+(normally|properly|correctly)|(solved|fixed|resolved)\s+the\s+(issue|problem|outage|incident)|(verified|confirmed|declared|reported)\s+(as\s+)?(fully\s+)?(operational|healthy)|accessible\s+again|available\s+again|(error\s+rates?|errors|latency|failures)\s+(\w+\s+){0,7}(drop(ped|s)?|fell|returned|went)\s+(back\s+)?(down\s+)?to\s+(zero|normal|baseline)|auto-?heal(ed|s)?|self-?heal(ed|s)?|(backlog|queue|lag)s?\s+(\w+\s+){0,3}(drained|cleared|emptied|caught\s+up|reduced\s+to\s+(zero|0)\b)|(backlog|queue)s?\s+(is|was|were)\s+(now\s+)?(empty|cleared|drained)|returns?\s+to\s+(normal|baseline|100%)|back\s+to\s+100%|back\s+in\s+service|(is|are|was|were|now)\s+(all\s+)?healthy|healthy\s+again|(operating|working|running|performing|behaving|flowing|loading|processing|responding)\s+normally|normal\s+again|fully\s+functional|full\s+(service|functionality)|problem\s+solved|(enabl|allow)(e|es|ed|ing)\s+(all\s+)?(users|students|customers|clients|people|visitors)\s+to\s+(connect|log\s*in|sign\s+in|access|use)\b|(users|students|customers|clients|people|visitors)\s+(can|could|were\s+able\s+to|are\s+able\s+to)\s+(now\s+|again\s+|once\s+again\s+)?(connect|log\s*in|sign\s+in|access|use)\b|(operations?|services?|site|website|chain|network|systems?|production|api|app|application|platform|servers?|block\s+production)\s+(\w+\s+)?(came|comes|coming)\s+back\b|(issue|problem|outage|errors?|symptoms?|failures?|impact|packet\s+loss|latency|delays?|congestion)\s+((goes|go|went|has\s+gone|had\s+gone|is\s+gone)\s+away|((should\s+)?(have|has|had)\s+)?disappear(s|ed)?)\b|\b(issue|problem|outage|errors?|symptoms?|failures?|impact|timeouts|crash(es|ing)|5\d\d\s?s|5xxs?|alerts?)\s+(had\s+|have\s+|has\s+)?(all\s+)?(stopped|stops?|ceased|ceases?|subsided|subsides?|abated|abates?|died\s+down|dies\s+down|cleared(\s+up)?|clears?(\s+up)?)(\s*([;,.)!]|$)|\s+(at|by|around|after|completely|entirely|altogether|immediately|shortly|within|once|when|and|as)\b)|(all\s+)?(restrictions?|throttl\w+)\s+(\w+\s+){0,4}?(are|were|was|is|have\s+been|has\s+been)\s+(fully\s+)?(removed|lifted)\b|\blift(ed|s)?\s+(all\s+)?(the\s+)?(\w+\s+)?restrictions\b)",
    )
});
/// Service back told as a state, in the words timelines use ("error rate
/// normal", "all shards healthy", "Dashboards OK", "tracking fully back",
/// "everything prints again", "back to baseline"): read with
/// `NOT_BACK`, which takes out the same words said of a step or a relapse.
static STATE_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\w+\s+)(is\s+|are\s+|was\s+|were\s+|now\s+|all\s+|looks?\s+|looking\s+|back\s+)?(normal|nominal|ok|okay|green|healthy)(\s*([;,.)!|]|$)|\s+(again|now|for\s+(all|everyone|every\s+\w+)|across|everywhere|on\s+all)\b)|\b(back|returned|dropped|fell)\s+to\s+(baseline|zero|0|normal|green)\b|\bat\s+baseline\b|\bfull\s+resolution\b|\b(fully|all|is|are|was|were|now|came|comes|got)\s+back\b|\b\w+\s+back\s*([;,.)]|$|\s+(on|online|in\s+service|in\s+rotation))|\b\w+ing\s+again\b|\b(works|prints|loads|runs|responds|connects|succeeds|passes|syncs|flows|serves)\s+again\b|\b(priced|current|online|up|live|reachable|green|ok|correct)\s+again\b|\ball\s+(\w+\s+)?(successful|succeed\w*|working|up|running|connected|printing|processed|delivered|uploading)\b|\b(resolves|resolve)\s+(their|the|its|our)\s+(issue|problem|outage|incident)\b|\bno\s+more\s+(errors|failures|duplicates|timeouts|5\d\d)\b",
    )
});
static NOT_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(not|no\s+longer|never|isn't|wasn't|aren't|weren't)\s+(\w+\s+)?(normal|ok|okay|healthy|green|back|again)\b|\b(roll(ed|ing|s)?|scal(ed|ing)|fell|went|moved|switched|put|call(ed|ing)?|wr(ote|ite)|push(ed)?|pull(ed)?|revert(ed)?|set|turn(ed)?|dial(ed)?|step(ped)?|paid|gave|give|held|hold|brought|bring|cut|pin(ned)?|dated?|traced|reported)\s+back\b|\b(fail\w*|crash\w*|error\w*|erroring|down|flapp\w*|leak\w*|thrash\w*|swap\w*|oom\w*|pag(es|ed|ing)|spinning|burning|misbehav\w*|timing\s+out|break\w*|stall\w*|spik\w*|hang\w*|slow\w*|degrad\w*|drop\w*|reject\w*|stopp?\w*|restart\w*|reboot\w*|try\w*|tries|alert\w*|fir(es|ed|ing)|happen\w*|occur\w*|ris(es|ing)|climb\w*|increas\w*|grow\w*|fill\w*|lagg\w*|trigger\w*|deploy\w*|push\w*|check\w*|attempt\w*|loop\w*|queu\w*|retr\w*|does|goes|comes|starts|begins|returns)\s+again\b|\b(normal|expected)\s+(traffic|load|operation|peak|behaviou?r)\b|\((normal|expected)\)|\b(above|below|beyond|over|under|than|of|from|outside)\s+(its\s+|the\s+|their\s+|our\s+)?normal\b|(\d\s*(x|times|%)|\b(twice|double|triple|half))\s+(the\s+|its\s+)?normal\b|\bhealthy\s+(but|although|though)\b|\bhealth\s*checks?\s+(\w+\s+)?(ok|green|healthy)\b",
    )
});
static TRIGGER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(deploy(s|ed|ment|ing)?|push(ed)?|modif(y|ies|ied|ying)|renam(e|es|ed|ing)|rolled\s+out|roll-?out|upgrad(e|ed|ing)|updat(e|ed|ing)|change[sd]?|migration\s+(started|began)|maintenance|released?|merged|config(uration)?\s+(change|update)|(is|went|goes|go)\s+live)\b",
    )
});
static POST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(post-?mortem|debrief|retrospective|root\s+cause\s+analysis|documented|report\s+(written|published|drafted)|review\s+meeting|follow-?up)\b",
    )
});
static TEMP_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(temporar(y|ily)|partial(ly)?|some\s+improvement|briefly|did\s+not|didn't|failed|still|but\s+the|but\s+(\w+\s+){0,3}(will\s+not|won't|cannot|can't|could\s+not|couldn't|not)\b|unsuccessful|not\s+(fully|resolve))",
    )
});
static NEG_RESOLVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bresum(es|ed)\s+(the\s+)?(diagnos|investigat|work|debug|troubleshoot|look|search|analy|triag)\w*|\bmonitor\w*\s+(\w+\s+)?for\s+stability|\b(not\s+(yet\s+)?(resolved|restored|stable|fixed)|still\s+(down|failing|unstable|degraded)|no\s+longer\s+stable|unstable|instabilit|(appears?|appeared|seems?|seemed)\s+to\s+have\s+(already\s+)?(recovered|been\s+(resolved|restored|fixed))|had\s+already\s+(recovered|been\s+(resolved|restored|fixed)))|\b(came|come|comes|coming)\s+back\s+(up\s+)?(with|as|in\s+a|broken|read-only|degraded|but|wrong)\b",
    )
});

/// "Start of outage", "outage begins": the entry where the authors say it
/// began.
static START_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b((start|beginning)\s+of\s+(the\s+)?(outage|incident|impact|downtime|disruption)|(outage|incident|downtime|disruption)\s+(starts|started|begins|began))\b",
    )
});
/// "OUTAGE MITIGATED, mounts still missing": an entry the authors open by
/// marking the outage's end is its end, whatever is left to do after it.
static END_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*((the\s+)?(outage|incident|impact|downtime|disruption)\s+(is\s+|was\s+)?(mitigated|resolved|ended|ends|over|fixed)|end\s+of\s+(the\s+)?(outage|incident|impact|downtime|disruption))\b",
    )
});
/// "For the first time since the outage began": the start is behind.
static SINCE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(since|after|before|until)\s+(the\s+)?(outage|incident|impact|downtime|disruption)\s+(starts|started|begins|began)\b",
    )
});
/// "starts working again": a verb of starting reads as impact ("started
/// failing") only when the entry does not say service came back.
static STARTS_ING: LazyLock<Regex> = LazyLock::new(|| re(r"\bstart(s|ed)?\s+(to\s+)?\w+ing\b"));
/// Detection verbs that also describe a tool or person noticing anything
/// ("noticed a new version was available").
static WEAK_DETECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(notic\w*|observed|spotted|discovered|detected)\b"));

/// Detection words that tell no one noticing the fault: a purpose ("a
/// deploy to prevent 'slot stolen' complaints"), a recovery seen ("some
/// customers observed a full recovery"), a scheduled report that came
/// back clean ("the nightly report runs; report is green").
static NOT_A_NOTICING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(to|in\s+order\s+to|so\s+as\s+to)\s+(prevent|avoid|reduce|eliminate)\s+([^.;]{0,60}?\s)?(complaints?|reports?|tickets?|alerts?|pages?|noise)\b|\b(observ|notic|saw|see)\w*\s+(a\s+|the\s+|an\s+)?(full\s+|partial\s+|complete\s+|gradual\s+)?(recovery|improvement)\b|\b(nightly|daily|weekly|hourly|scheduled|automated|quality|the)\s+(\w+\s+)?report\s+(runs?|ran)\b|\breports?\s+(is|are|was|were|looks?|looked|shows?|showed|came\s+back)\s+(all\s+)?(green|ok|okay|clean|normal|fine|healthy)\b",
    )
});

/// An entry that says there was no impact ("(no user-facing impact)").
const SAYS_NO_IMPACT: &str = r"\bno\s+(customer|user|user-facing|customer-facing|visible|external|production)?[\s-]*impact\b";

fn cue_of(text: &str) -> Cue {
    // (A step said with "back" elsewhere in the entry, "previous release
    // rolled back; payments succeeding again", does not unsay the state.)
    let resolve = (RESOLVE_CUE.is_match(text)
        || STATE_BACK.is_match(text)
            && (!NOT_BACK.is_match(text) || STATE_BACK.is_match(&NOT_BACK.replace_all(text, " "))))
        && !NEG_RESOLVE.is_match(text);
    // "(no customer impact)", "500 invoices", "p99 503 ms": words of
    // impact that tell none.
    static NO_IMPACT: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"{SAYS_NO_IMPACT}|\b5\d\d\s+(ms|milliseconds|seconds|secs|minutes|invoices|orders|users|customers|items|records|rows|jobs|messages|e-?mails|files|tickets|accounts|nodes|servers|pods|[kmg]b)\b"
        ))
    });
    let mut impact = if NO_IMPACT.is_match(text) {
        IMPACT_CUE.is_match(&NO_IMPACT.replace_all(text, " "))
    } else {
        IMPACT_CUE.is_match(text)
    };
    // "Trade confirmations were affected": impact, unless the words say
    // nothing was ("no services were affected", "checked whether tenants
    // were affected").
    static AFFECTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(was|were|are|is|got|became|become)\s+(badly\s+|severely\s+|also\s+|all\s+|heavily\s+)?affected\b",
        )
    });
    static NOT_AFFECTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(no|not|none|nothing|never|whether|if|unaffected)\b[^.;]{0,50}\baffected\b|\baffected\s*\?",
        )
    });
    if !impact && AFFECTED.is_match(text) && !NOT_AFFECTED.is_match(text) {
        impact = true;
    }
    if impact && resolve && STARTS_ING.is_match(text) {
        impact = IMPACT_CUE.is_match(&STARTS_ING.replace_all(text, " "));
    }
    // "Joel runs the launch command ... The command fails": an operator's
    // command that failed is the change going wrong, not yet the outage.
    static COMMAND_FAILED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(the\s+)?(command|script)\s+(fails|failed|errors|errored|errors\s+out|crashes|crashed)\b",
        )
    });
    if impact && COMMAND_FAILED.is_match(text) {
        impact = IMPACT_CUE.is_match(&COMMAND_FAILED.replace_all(text, " "));
    }
    let trigger = TRIGGER_CUE.is_match(text);
    // Someone met the failure ("users encountered errors", "sent a request,
    // receiving a 500"): the entry tells it was seen. Not the onset told
    // as such ("users start getting errors"), which is the impact alone.
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(encounter(ed|s|ing)?|experienc(e|ed|es|ing)|receiv(e|ed|es|ing)|getting|got|saw|seeing)\s+(\w+\s+){0,3}(errors?|5\d\d|failures?|timeouts?|unresponsive|unreachable|unavailable|outages?)\b",
        )
    });
    static ONSET: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(start(s|ed|ing)?|begin(s|ning)?|began)\s+(to\s+)?(encounter|experienc|receiv|get|see|saw)",
        )
    });
    let detects = |t: &str| DETECT_CUE.is_match(t) || MET.is_match(t) && !ONSET.is_match(t);
    let mut detect = detects(text);
    // A detection word inside a phrase that says something else: the entry
    // still tells a detection only if a cue is left once the phrase is gone.
    let still_detects = |phrase: &Regex| {
        !phrase.is_match(text) || DETECT_CUE.is_match(&phrase.replace_all(text, " "))
    };
    // A change entry whose only detection word is a weak verb ("the
    // updater noticed a new release and rolled it out") is the change.
    detect = detect && (!trigger || impact || still_detects(&WEAK_DETECT));
    // "Rate too low to trigger the alert", "no alert fired", "found
    // afterwards": an alert that did not fire, or a finding made later, is
    // not how the entry's moment was noticed.
    static NOT_NOTICED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\btoo\s+\w+\s+to\s+(trigger|fire|page|set\s+off)\b[^.;]*|\b(did\s+not|didn't|never|failed\s+to|does\s+not|doesn't|would\s+not|wouldn't)\s+(\w+\s+)?(trigger|fire|page|alert)\w*\b[^.;]*|\bno\s+(\w+\s+)?(alerts?|alarms?|pages?)\b(\s+(fired|triggered|went\s+off|was\s+raised|were\s+raised))?|\b(nobody|no\s+one)\s+(was\s+|got\s+)?(paged|alerted|notified)\b|\bwithout\s+(an?\s+|any\s+)?(alerts?|alarms?|pages?)\b|\b(found|seen|noticed|discovered|identified|spotted)\s+(only\s+)?(afterwards|later|in\s+hindsight|retrospectively|after\s+the\s+fact)\b",
        )
    });
    detect = detect && still_detects(&NOT_NOTICED);
    // "Banner added to alert users", "notified customers": telling people
    // about the outage is not noticing it.
    static TELLING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(alert(s|ed|ing)?|notif(y|ies|ied|ying)|inform(s|ed|ing)?|warn(s|ed|ing)?)\s+(all\s+|our\s+|the\s+|affected\s+)?(\w+\s+)?(users|customers|clients|public|stakeholders|community|subscribers|partners|merchants|delegates|validators|operators|developers|members|tenants|everyone|teams)\b",
        )
    });
    detect = detect && still_detects(&TELLING);
    // "The health endpoint still reports healthy", "the team reports the
    // upgrade test passes": a status or a success reported is no one
    // noticing a fault.
    static STATUS_REPORT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\breport(s|ed|ing)?\s+(as\s+)?(healthy|ok|okay|normal|green|fine|up|success\w*)\b|\breport(s|ed|ing)?\b[^.;]{0,80}\b(pass(es|ed)|succeed(s|ed)?|successful(ly)?)\b",
        )
    });
    detect = detect && still_detects(&STATUS_REPORT);
    // "Node starts reporting 'no space left on device'": a machine that
    // reports errors is the fault itself, not someone noticing it.
    static MACHINE_REPORTS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(nodes?|servers?|hosts?|machines?|instances?|pods?|containers?|disks?|databases?|processes|process|clusters?|brokers?|workers?)\s+((start(s|ed)?|began|begins?)\s+)?report(s|ed|ing)\s+(\W|an?\s+(\w+\s+)?error|errors?|failures?|timeouts?)",
        )
    });
    detect = detect && still_detects(&MACHINE_REPORTS);
    // "The reporting service began returning 504s", "the reports
    // pipeline stalled", "the crash reporting tool", "ticket display
    // fails", "scheduled reports failed": a component or product named for
    // reports or tickets, or reports as documents, not a
    // report or a ticket filed. Read so after "the", "our" or an
    // adjective, or where no fault follows the noun: "Acme reports API
    // timeouts" and "users report database errors" are reports.
    static REPORTS_COMPONENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?P<before>\S+\s+)?(reporting|reports?)\s+(services?|pipelines?|jobs?|databases?|db|systems?|api|tools?|dashboards?|clusters?|servers?|stack|layer|engine|workers?|platform|app|module|generator|builder|exports?|queues?|cron|scheduler|warehouse|quer(y|ies))\b|\btickets?\s+(display|pages?|sales|purchas\w*|booking|scanners?|app|checkout|inventory|holders?)\b|\bticketing\s+(site|website|app|platform|service|system)\b|\b(scheduled|daily|weekly|monthly|nightly|hourly|quarterly|annual|yearly|financial|pdf|csv|sales|usage|billing|expense|tax|compliance|analytics)\s+reports?\b",
        )
    });
    static NAMING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^((the|our|its|their|a|an|this|that|these|those|of|for|in|on|from|by|with)|\w+-\w+(ing|ed))\s+$",
        )
    });
    static FAULT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(\w+\s+){0,2}(errors?|timeouts?|timing\s+out|crash\w*|broken|stuck|down|fail\w*|not\s*ready|blank|slow\w*|unavailable|missing|wrong|reject\w*|complaints?|outage|problems?|issues?)\b",
        )
    });
    // (Only the mentions read as names are set aside; the text is copied
    // only when there is one.)
    let mut named: Option<String> = None;
    for c in REPORTS_COMPONENT.captures_iter(text) {
        let m = c.get(0).unwrap();
        let naming = c
            .name("before")
            .is_none_or(|b| NAMING_BEFORE.is_match(b.as_str()));
        let tail = grammar::clip(text, m.end(), m.end() + 40);
        if naming || !FAULT_AFTER.is_match(tail) {
            named
                .get_or_insert_with(|| text.to_string())
                .replace_range(m.range(), &" ".repeat(m.len()));
        }
    }
    if let Some(named) = named {
        detect = detect && detects(&named);
    }
    // "Reports the previously failing tests pass": a verification step,
    // neither the fault nor its discovery.
    static TESTS_PASS: LazyLock<Regex> =
        LazyLock::new(|| re(r"\btests?\b[^.;]{0,40}\bpass(es|ed)?\b"));
    // "Functional tests indicate all fine, and this is reported": a check
    // that found nothing wrong.
    static ALL_FINE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(indicat|show|look|seem|report|confirm)\w*\s+(that\s+)?(all|everything)\s+((is|was|are|were|looks?|looked|seems?|seemed)\s+)?(fine|good|ok|okay|well|green|normal)\b",
        )
    });
    if TESTS_PASS.is_match(text) || ALL_FINE.is_match(text) {
        impact = false;
        detect = false;
    }
    // "Nightly job runs slow, as usual on Fridays", "CPU high as
    // expected": a state the authors call ordinary is no impact.
    static AS_USUAL: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bas\s+(usual|expected|planned|always|every\s+\w+)\b"));
    if AS_USUAL.is_match(text) {
        impact = false;
    }
    // "Opened a ticket with the provider's support": asking for help.
    static VENDOR_TICKET: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(open|file|raise|create|submit|log)\w*\s+(a\s+|an\s+|the\s+)?(\w+\s+){0,2}tickets?\s+(\w+\s+){0,2}?(with|to)\b",
        )
    });
    detect = detect && still_detects(&VENDOR_TICKET);
    // "Incident declared resolved", "the vendor reported full recovery":
    // the end, not the detection.
    static DECLARED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(declared|(\w+\s+)?report(ed|s|ing)?\s+(full\s+|the\s+|a\s+|their\s+|its\s+)?(recovery|restoration|resolution))\b",
        )
    });
    detect = detect && (!resolve || still_detects(&DECLARED));
    // "We discover additional issues with the new options": a later
    // finding while the outage goes on, not how it was first noticed.
    static LATER_FINDING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(notic|discover|detect|found|find|identif|spot)\w*\s+(\w+\s+)?(additional|further|more|other|another|second|secondary)\s+(\w+\s+)?(issues?|problems?|errors?|bugs?|failures?|faults?)\b",
        )
    });
    detect = detect && still_detects(&LATER_FINDING);
    detect = detect && still_detects(&NOT_A_NOTICING);
    // "Switched the firewall from prevention mode to detection mode": a
    // setting's name.
    static MODE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(detection|detect|monitor(ing)?|alert(ing)?)[\s-]+(mode|only)\b"));
    detect = detect && still_detects(&MODE);
    // "See our connectivity disruption report", "a correction to the
    // incident report": a write-up pointed to, not someone reporting (a
    // vendor that posts an incident report is telling of it).
    static WRITE_UP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(see|read|(correction|update|addendum)\s+to)\s+(our|the|this|their|its)\s+(\w+\s+){0,4}reports?\b",
        )
    });
    detect = detect && still_detects(&WRITE_UP);
    // "Disk usage alert on db-3 (no user-facing impact)": a precursor
    // noticed, not the outage.
    static NO_IMPACT_SAID: LazyLock<Regex> = LazyLock::new(|| re(SAYS_NO_IMPACT));
    if !impact && NO_IMPACT_SAID.is_match(text) {
        detect = false;
    }
    Cue {
        impact,
        detect,
        resolve,
        trigger,
        post: POST_CUE.is_match(text),
        temporary: TEMP_CUE.is_match(text) && !END_MARK.is_match(text),
        start_mark: START_MARK.is_match(text) && !SINCE_START.is_match(text) && !resolve,
    }
}

/// Whether a line is about something other than the incident's own clock
/// (targets, approvals, publication, deadlines).
fn is_meta_line(text: &str) -> bool {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[\W_]*(due\s+date|deadline|target(\s+date)?|approved(\s+(by|on))?|date\s+of\s+approval|prepared(\s+(by|on))?|reviewed(\s+(by|on))?|published(\s+on)?|posted(\s+on)?|written\s+(on|by)|last\s+updated|report\s+date|date\s+of\s+(report|approval|review)|submitted(\s+(by|on))?|authors?|scheduled\s+for|compiled(\s+by)?)\b|\(\s*(target|due|deadline)\b|\b(compiled|written|prepared|reviewed|approved)\s+by\b|^date:\s*(mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\d{1,2}\s+\w{3}\s+\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\s+[+-]\d{4}|^(postmortem|post-mortem|update|updated)\s*[-–—:]\s*((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)",
        )
    });
    META.is_match(text)
}

/// A meta line, or a bare "Date:" line in a block of document metadata
/// ("Author: ...", "Status: Resolved", "Date: Mar 20, 2025"): that date is
/// when the write-up was dated, like a front-matter date.
fn is_meta_at(doc: &Document, li: usize) -> bool {
    let text = &doc.lines[li].text;
    if is_meta_line(text) {
        // "Postmortem - Jan 25, 14:00 UTC" is when a status page posted
        // its write-up; the same words opening the document are its
        // title ("Postmortem: July 18, 2024, 07:15 Eastern Time to 09:15").
        static POSTED_AS: LazyLock<Regex> =
            LazyLock::new(|| re(r"^(postmortem|post-mortem)\s*[-–—:]"));
        let first = doc.lines.iter().position(|l| !l.text.trim().is_empty());
        return !(first == Some(li) && POSTED_AS.is_match(text));
    }
    // "Date: ..." or a table row "| Date | ... |".
    static DATE_KEY: LazyLock<Regex> = LazyLock::new(|| re(r"^[\W_]*date\s*[:|]"));
    static META_KEY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^[\W_]*(authors?|status|owners?|editors?|reviewers?|version|last\s+updated)\s*[:|]")
    });
    // A card that names the incident itself ("| Incident | Chain halt |",
    // "Severity:", "Block:") dates the incident, whoever wrote it.
    static INCIDENT_KEY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[\W_]*(incident|severity|sev|impact|affected\s+\w+|services?\s+affected|affected|duration|block(\s+height)?|height|chain[-\s]?id|network)\s*[:|]",
        )
    });
    let near = || li.saturating_sub(3)..(li + 4).min(doc.lines.len());
    DATE_KEY.is_match(text)
        && near().any(|j| j != li && META_KEY.is_match(&doc.lines[j].text))
        && !near().any(|j| j != li && INCIDENT_KEY.is_match(&doc.lines[j].text))
}

/// Sections whose times and dates are not the incident's.
fn excluded_section(roles: Roles) -> bool {
    section_weight(roles, Purpose::Times) == 0.0
}

/// Zones declared for a section or the document ("all times in UTC",
/// "Timeline (West African Time)").
fn declared_zones(doc: &Document) -> (Option<Zone>, Vec<Option<Zone>>) {
    static DECL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(all\s+times?|times?\s+(are|is|in|shown|given|listed)|time\s*zone|timezone)\b|\btimes?\s*[:(]|\btimestamps?\s+(are|is|in)\b|\b(zone|tz)\s*:|\btimes?\s+(below|above|here|throughout)\b|\b(uses?|using|in)\s+(?-i:[A-Z]{2,5})\s+throughout\b|\btimes?\s+(?-i:[A-Z]{2,5})\b|\|\s*time\b|^[\s|]*(?-i:[A-Z]{2,5})\s*\||^\W*(?-i:[A-Z]{2,5})(\s*/\s*(?-i:[A-Z]{2,5}))+\W*$",
        )
    });
    let mut per_section: Vec<Option<Zone>> = vec![None; doc.sections.len()];
    let mut doc_zone = None;
    for (si, s) in doc.sections.iter().enumerate() {
        if (s.roles.has(Roles::TIMELINE) || DECL.is_match(&s.title))
            && let Some(z) = declared_zone(&s.title)
            && find_times(&s.title).is_empty()
        {
            per_section[si] = Some(z);
        }
    }
    // "(UTC-04:00)" is an offset, not a clock time on the line.
    static OFFSET: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(utc|gmt)\s*[+\-\x{2212}]\s*\d{1,2}(:?\d{2})?\b"));
    // "Wednesday, July 17, 2024 (CDT)", "Timeline, 14 Oct 2024 (UTC):": a
    // line that is only a day and a zone in parentheses sets the zone of
    // the times under it.
    static DAY_AND_ZONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*((timeline|log|events|(mon|tues|wednes|thurs|fri|satur|sun)day)\W*)?\(\s*[a-z][\w/+:-]{1,20}\s*\)\W*$",
        )
    });
    let day_and_zone = |t: &str| {
        t.len() <= 60
            && t.contains('(')
            && !find_dates(t).is_empty()
            && find_times(t).is_empty()
            && DAY_AND_ZONE.is_match(&strip_all_dates(t))
    };
    for l in &doc.lines {
        if l.kind == Kind::Code || !(DECL.is_match(&l.text) || day_and_zone(&l.text)) {
            continue;
        }
        // In prose, the zone of the sentence that declares it ("Our team
        // is split between Seattle and Lisbon. This document uses Pacific
        // time (PDT) ..." declares PDT, not Seattle).
        let declaring = || {
            DECL.find_iter(&l.text).find_map(|m| {
                let from = grammar::sentence_start(&l.text, m.start());
                let to = grammar::sentence_end(&l.text, m.end());
                declared_zone(&l.text[from..to])
            })
        };
        if let Some(z) = declaring().or_else(|| {
            day_and_zone(&l.text)
                .then(|| declared_zone(&l.text))
                .flatten()
        }) && find_times(&OFFSET.replace_all(&l.text, "")).is_empty()
        {
            if matches!(l.kind, Kind::Heading(_) | Kind::PseudoHeading) {
                per_section[l.section] = Some(z);
            } else if doc_zone.is_none() {
                doc_zone = Some(z);
            }
        }
    }
    // A zone declared on a heading covers its subsections ("## Timeline
    // (all times PST)" over "### 2016-11-07").
    for si in 0..doc.sections.len() {
        let Some(z) = per_section[si].clone() else {
            continue;
        };
        let level = doc.sections[si].level;
        if level == 0 {
            continue;
        }
        for (sec, pz) in doc.sections.iter().zip(per_section.iter_mut()).skip(si + 1) {
            if sec.level <= level {
                break;
            }
            if pz.is_none() {
                *pz = Some(z.clone());
            }
        }
    }
    (doc_zone, per_section)
}

/// Day/month order where no date in the file settles it, from the clock the
/// authors write in: a United States zone writes the month first, another
/// named zone ("GMT+1", "WAT", "CET", "IST") the day first; UTC says
/// nothing.
fn date_order_of_zone(z: &Zone) -> Option<bool> {
    const MONTH_FIRST: &[&str] = &[
        "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "AKST",
        "AKDT", "HST",
    ];
    let name = z.name.to_ascii_uppercase();
    if MONTH_FIRST.contains(&name.as_str()) || name.starts_with("US/") {
        Some(false)
    } else if matches!(name.as_str(), "UTC" | "GMT" | "Z") {
        None
    } else {
        Some(true)
    }
}

/// Day/month order of `a/b/yyyy` dates, from any unambiguous one in the file.
fn day_first(line_dates: &[Vec<DateMention>]) -> Option<bool> {
    let mut dmy = 0;
    let mut mdy = 0;
    // Ambiguous dates with a year, read both ways.
    let mut as_dm = Vec::new();
    let mut as_md = Vec::new();
    for ms in line_dates {
        for m in ms {
            if let Some((a, b)) = m.slash {
                if a > 12 && b <= 12 {
                    dmy += 1;
                } else if b > 12 && a <= 12 {
                    mdy += 1;
                } else if let Some(y) = m.date.year {
                    let civ = |mo: u8, d: u8| jiff::civil::Date::new(y, mo as i8, d as i8).ok();
                    if let (Some(dm), Some(md)) = (civ(b, a), civ(a, b)) {
                        as_dm.push(dm);
                        as_md.push(md);
                    }
                }
            }
        }
    }
    match (dmy, mdy) {
        (0, 0) => {
            // No date settles it: the reading that keeps the incident's
            // dates close together ("02/02/2022" to "08/02/2022" is six days
            // as D/M, six months as M/D).
            let span = |v: &[jiff::civil::Date]| {
                let lo = v.iter().min()?;
                let hi = v.iter().max()?;
                Some((*hi - *lo).get_days())
            };
            match (span(&as_dm), span(&as_md)) {
                (Some(d), Some(m)) if d <= 31 && m > 31 => Some(true),
                (Some(d), Some(m)) if m <= 31 && d > 31 => Some(false),
                _ => None,
            }
        }
        (d, m) if d > m => Some(true),
        (d, m) if m > d => Some(false),
        _ => None,
    }
}

struct Ctx<'a> {
    doc: &'a Document,
    day_first: Option<bool>,
    doc_zone: Option<Zone>,
    section_zone: Vec<Option<Zone>>,
    /// The zone written most often in the document.
    common_zone: Option<Zone>,
    /// Whether the document writes am/pm (a 12-hour document).
    twelve_hour: bool,
    /// Time and date mentions of each line's text, read once.
    times: Vec<Vec<TimeMention>>,
    dates: Vec<Vec<DateMention>>,
    /// Whether each line is document metadata (`is_meta_at`), read once:
    /// four passes asked it of every line.
    meta: Vec<bool>,
    /// Whether each line is an entry of a timeline pasted as code
    /// (`timeline_in_code`).
    logged: Vec<bool>,
    /// Whether each line tells of something gone wrong, noticed or
    /// restored (its cue), read at most once: a long list asks it of its
    /// neighbours for every item.
    tells: Vec<std::cell::OnceCell<bool>>,
    /// The incident's day as the title or a summary states it
    /// ([`anchor_date`]), read once: a weekday named beside a time counts
    /// from it.
    anchor: Option<jiff::civil::Date>,
}

impl Ctx<'_> {
    fn dates_in(&self, text: &str) -> Vec<(DateMention, Option<Date>)> {
        self.resolve_all(find_dates(text))
    }

    fn resolve_all(&self, ms: Vec<DateMention>) -> Vec<(DateMention, Option<Date>)> {
        ms.into_iter()
            .map(|m| {
                let d = resolve_slash(&m, self.day_first);
                (m, d)
            })
            .collect()
    }

    /// The date a weekday written right beside time `t` names ("9:00 AM
    /// on Friday", "Friday at 09:00"): the one nearest the incident's day
    /// (at most three days either side), or for a recovery the next one.
    fn weekday_date(&self, text: &str, t: &TimeMention) -> Option<Date> {
        static AFTER: LazyLock<Regex> =
            LazyLock::new(|| re(r"^\W{0,3}(on\s+)(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day\b"));
        static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(at\s+|by\s+|around\s+|about\s+)?\W{0,2}$",
            )
        });
        let anchor = self.anchor?;
        let w = AFTER
            .captures(&text[t.end..])
            .or_else(|| BEFORE.captures(grammar::clip(text, t.start.saturating_sub(30), t.start)))?
            .name("w")?
            .as_str()
            .to_ascii_lowercase();
        let target: i8 = match w.as_str() {
            "mon" => 1,
            "tues" => 2,
            "wednes" => 3,
            "thurs" => 4,
            "fri" => 5,
            "satur" => 6,
            _ => 7,
        };
        // The nearest such day: "began Thursday" under a Friday title is
        // the day before, "restored on Friday" after a Wednesday two on.
        // A recovery's weekday counts forward ("fully restored on
        // Wednesday" after a Friday): service comes back after it went.
        // (Its own clause: the words before it back to a comma.)
        let before = grammar::clip(text, t.start.saturating_sub(80), t.start);
        let clause = before.rsplit([',', ';', '.']).next().unwrap_or(before);
        let recovery = RESOLVE_CUE.is_match(clause);
        let mut delta = (target - anchor.weekday().to_monday_one_offset()).rem_euclid(7);
        if delta > 3 && !recovery {
            delta -= 7;
        }
        let d = anchor
            .checked_add(jiff::Span::new().days(i64::from(delta)))
            .ok()?;
        Some(Date {
            year: Some(d.year()),
            month: d.month() as u8,
            day: d.day() as u8,
        })
    }

    /// The dates of line `li`, from the cache when `text` is that line's.
    fn dates_of(&self, li: usize, text: &str) -> Vec<(DateMention, Option<Date>)> {
        let l = &self.doc.lines[li].text;
        if std::ptr::eq(l.as_str(), text) {
            self.resolve_all(self.dates[li].clone())
        } else {
            self.dates_in(text)
        }
    }

    /// Zone for a time written without one, on a given line.
    fn default_zone(&self, line: Option<usize>) -> Option<Zone> {
        line.and_then(|i| self.section_zone[self.doc.lines[i].section].clone())
            .or_else(|| self.doc_zone.clone())
            .or_else(|| self.common_zone.clone())
    }

    fn stamp(&self, li: usize, t: &TimeMention, text: &str) -> Stamp {
        // A date on the same line, before the time or right after it (a
        // date further on is another moment's: "16:13 - ... set a deadline
        // of July 15").
        let date = t.date.or_else(|| {
            self.dates_of(li, text)
                .into_iter()
                .filter(|(m, _)| {
                    m.end <= t.start || m.start >= t.end && m.start - t.end <= DATE_AFTER_TIME
                })
                .min_by_key(|(m, _)| {
                    if m.end <= t.start {
                        t.start - m.end
                    } else {
                        m.start - t.end + 10
                    }
                })
                .and_then(|(_, d)| d)
        });
        // "Access was back by 9:00 AM on Friday" under a Wednesday's date:
        // a weekday beside the time names its day (see weekday_date).
        let date = date.or_else(|| self.weekday_date(text, t));
        // "(In UTC: impact began 05:32, alert at 05:35 ...)": a zone that
        // opens the line is its times' own, not the document's.
        static LEAD_ZONE: LazyLock<Regex> =
            LazyLock::new(|| re(r"^\W*(all\s+)?(times?\s+)?in\s+[^:,;()]{2,30}[:,]"));
        let lead_zone = || {
            LEAD_ZONE
                .find(&text[..t.start])
                .and_then(|m| declared_zone(m.as_str()))
        };
        Stamp {
            line: Some(li),
            minutes: t.minutes(),
            zone: t
                .zone
                .clone()
                .or_else(lead_zone)
                .or_else(|| self.default_zone(Some(li))),
            date,
            day: 0,
            meridiem: t.meridiem,
            carried: false,
        }
    }
}

/// How many lines each way a run of list entries is read to tell a log
/// from an agenda.
const LOG_RUN_REACH: usize = 40;

/// How far after a time (in bytes) a date on its line can be the time's
/// own ("14:00 UTC on 5 March 2024").
const DATE_AFTER_TIME: usize = 30;

/// Split a line into timeline entries: a time at the start (after an optional
/// date or "At"), and further "HH:MM ...:" entries run together on one line.
/// With `sentences` (the line is in a timeline section told in sentences),
/// a line that tells one moment anywhere in it is an entry too.
fn events_of_line(ctx: &Ctx, li: usize, in_timeline: bool, sentences: bool) -> Vec<Event> {
    let l = &ctx.doc.lines[li];
    let text = &l.text;
    let times = &ctx.times[li];
    // A structured log record quoted in the text ({"level":"fatal",
    // "time":"2019-01-23T16:08:30Z"}) is the system's output, not a
    // moment the authors tell.
    static LOG_RECORD: LazyLock<Regex> = LazyLock::new(|| re(r#"^\W{0,3}\{\s*"\w+"\s*:"#));
    if times.is_empty() || LOG_RECORD.is_match(text) {
        return vec![];
    }
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(\s*\d{1,2}\.)?(\W{0,3}(investigating|identified|monitoring|update|updated|resolved|mitigated|verifying|in\s+progress|completed|postmortem)\b\W{0,5})?(\W{0,3}((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,?|at|on|around|about|approximately|approx\.?|~|by|from|posted|time:?|date:?)(\s+|$))*\W{0,3}$",
        )
    });
    let mut out = Vec::new();
    let first = &times[0];
    // What precedes the first time: nothing, punctuation, "At", or a date.
    let prefix = strip_all_dates(&text[..first.start]);
    // "| Card payments start failing | 10:05 |": a time alone in its own
    // cell of a row, in whichever column, stamps the row.
    let own_cell = || {
        let before = &text[..first.start];
        let after = &text[first.end..];
        let cell_start = before.rfind('|').map_or(0, |k| k + 1);
        let cell_end = after.find('|').unwrap_or(after.len());
        before.contains('|')
            && strip_all_dates(&before[cell_start..]).trim().is_empty()
            && after[..cell_end].trim().is_empty()
    };
    // "Start: 2015/01/22 08:10 – Some users reported delays": a start
    // label before the time, and an entry's words after it (not a bare
    // "Start Time: 14:00 UTC"). The entry is read as the others are (it
    // may tell who noticed). An "End:" entry is not: the stated end is
    // read from it already, and its words say what the end looked like
    // ("the queue was drained"), not what restored service.
    static LABEL_LEAD: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W{0,3}(start(ed)?|began|detected)\W{0,5}$"));
    let labelled_entry = || {
        LABEL_LEAD.is_match(&prefix)
            && text[first.end..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1)
                .count()
                >= 3
    };
    let starts_line = LEAD.is_match(&prefix)
        || (l.kind == Kind::TableRow && (prefix.trim().len() < 20 || own_cell()))
        || labelled_entry();
    // A line in a timeline section, or a line elsewhere that is shaped like
    // an entry ("10:30 AM - ...", "**10:30**: ...", a table row, a heading).
    let rest = &text[first.end..];
    let sep = rest
        .trim_start()
        .starts_with([':', '-', '–', '—', '|', ')', ']', ','])
        || rest.trim().is_empty();
    // Lines that each open with a time, one under the other ("13:47 CSS
    // starts failing" / "13:52 RUM alert fires"), are a log even outside a
    // timeline section and without a separator after the time.
    // (Not a dump of log lines: a level word or milliseconds.)
    static LOG_LINE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?-i:\b(INFO|ERROR|WARN|WARNING|DEBUG|FATAL|TRACE|CRIT|NOTICE)\b)|\[(error|crit|warn|info|debug|notice|alert|emerg)\]|\d{1,2}:\d{2}:\d{2}[.,]\d{3}",
        )
    });
    // (Not a sentence wrapped before its time: "The outage started at" /
    // "09:12 UTC and ...": the line above ends a sentence, or is blank.)
    let opens = |k: usize| {
        k == 0 || {
            let p = ctx.doc.lines[k - 1].text.trim_end();
            p.is_empty()
                || p.ends_with(['.', '!', '?', ':', ';', ')', '|'])
                || ctx.times[k - 1].first().is_some_and(|t| t.start < 4)
        }
    };
    // A heading that is only a date between two entries ("- 14:10 ...",
    // "### 2023-05-10", "- 09:30 ...") splits one log by day: the entries
    // on either side are neighbours.
    let date_heading = |k: usize| {
        matches!(ctx.doc.lines[k].kind, Kind::Heading(_)) && date_alone(ctx, k).is_some()
    };
    let same_log = |k: usize| {
        let (a, b) = (k.min(li), k.max(li));
        ctx.doc.lines[k].section == l.section
            || (a + 1..=b).all(|j| {
                ctx.doc.lines[j].section == ctx.doc.lines[a].section
                    || ctx.doc.lines[j].section == ctx.doc.lines[b].section
            }) && (a + 1..=b).any(date_heading)
                && (a + 1..=b)
                    .filter(|&j| matches!(ctx.doc.lines[j].kind, Kind::Heading(_)))
                    .all(date_heading)
    };
    let time_led = |k: usize| {
        let o = &ctx.doc.lines[k];
        same_log(k)
            && matches!(o.kind, Kind::Text | Kind::Item(_))
            && !LOG_LINE.is_match(&o.text)
            && (matches!(o.kind, Kind::Item(_)) || opens(k))
            && ctx.times[k]
                .first()
                .is_some_and(|t| LEAD.is_match(&strip_all_dates(&o.text[..t.start])))
    };
    // (Within four lines: an entry may wrap onto the lines below it.)
    let near = |up: bool| {
        (1..=4)
            .filter_map(|d| if up { li.checked_sub(d) } else { Some(li + d) })
            .filter(|&k| k < ctx.doc.lines.len())
            .take_while(|&k| same_log(k))
            .any(time_led)
    };
    // A list of times with nothing gone wrong, noticed or restored in any
    // of them is an agenda, a rota or a timetable ("- 10:00
    // introductions", "- 08:00 Asha takes primary"), not a log: list
    // items count as one only where an item of their run tells of the
    // outage. (Up to `LOG_RUN_REACH` lines each way.)
    let run_tells = || {
        let tells = |k: usize| {
            *ctx.tells[k].get_or_init(|| {
                let c = cue_of(&ctx.doc.lines[k].text);
                c.impact || c.detect || c.resolve
            })
        };
        if tells(li) {
            return true;
        }
        for up in [true, false] {
            let mut k = li;
            let mut gap = 0;
            for _ in 0..LOG_RUN_REACH {
                let next = if up { k.checked_sub(1) } else { Some(k + 1) };
                let Some(n) = next.filter(|&n| n < ctx.doc.lines.len() && same_log(n)) else {
                    break;
                };
                k = n;
                if time_led(k) {
                    if tells(k) {
                        return true;
                    }
                    gap = 0;
                } else {
                    gap += 1;
                    if gap > 4 {
                        break;
                    }
                }
            }
        }
        false
    };
    let in_log = || {
        time_led(li)
            && (near(true) || near(false))
            && (!matches!(l.kind, Kind::Item(_)) || run_tells())
    };
    let first_ok = starts_line
        && (in_timeline || sep || matches!(l.kind, Kind::TableRow | Kind::Heading(_)) || in_log());
    // Entries run together ("12:00pm EAT: detected. 12:06pm EAT: ..."): a
    // later time right after a sentence end and followed by a separator.
    let mut cuts: Vec<&TimeMention> = Vec::new();
    if first_ok {
        cuts.push(first);
    }
    for t in &times[1..] {
        let after = text[t.end..].trim_start();
        let before = text[..t.start].trim_end();
        if (in_timeline || first_ok)
            && after.starts_with([':', '-', '–', '—'])
            && (before.ends_with(['.', '!', ';']) || before.is_empty())
        {
            cuts.push(t);
        }
    }
    // A dated stamp closing an update ("... back online. {{< track
    // "2017-09-11T09:40:00-06:00" >}}", "... (2024-03-02 14:10 UTC)"):
    // the line before it is the entry.
    if cuts.is_empty() {
        let t = times.last().unwrap();
        let tail_empty = text[t.end..]
            .trim_matches(|c: char| c.is_whitespace() || "\"'>}])*.,".contains(c))
            .is_empty();
        let body = text[..t.start]
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("track")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        // A time that is the object of its sentence ("an all-clear was
        // signalled at about 2017-02-09 11:35 AM.") is a stated time,
        // read as one, not a stamp set off after the update.
        static IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(at|about|around|by|on|until|till|approximately|approx\.?|since|from|to|before|after|circa)\s*$",
            )
        });
        if tail_empty
            && t.date.is_some()
            && body.split_whitespace().count() >= 3
            && !IN_SENTENCE.is_match(&text[..t.start])
        {
            let stamp = ctx.stamp(li, t, text);
            let mut cue = cue_of(body);
            // An update under a "Resolution" heading tells what resolved it.
            let roles = l.roles(ctx.doc);
            if roles.has(Roles::RESOLUTION) && !roles.has(Roles::TIMELINE) && !cue.temporary {
                cue.resolve = true;
            }
            return vec![Event {
                cue,
                stamp,
                what: body.to_string(),
            }];
        }
        // A timeline told in sentences, the time inside them ("- Support
        // paged the on-call engineer at 12:16 ET on June 16."): in a
        // timeline section none of whose lines opens with its time, a line
        // that tells one moment is an entry, and what it says is the line
        // around the time. (Where entries open with their times, a time
        // inside a sentence is a note on its entry: "noticed that the
        // nodes had been updated at 05:33".) A label and its time
        // ("Stable operation: 02:50 UTC") is a stated time, read as one.
        if sentences
            && matches!(l.kind, Kind::Item(_) | Kind::Text)
            && !prefix.trim_end().ends_with(':')
            && times.iter().all(|u| u.minutes() == first.minutes())
        {
            let what = format!(
                "{} {}",
                text[..first.start].trim_end(),
                text[first.end..].trim_start()
            );
            let stamp = ctx.stamp(li, first, text);
            return vec![Event {
                cue: cue_of(&what),
                stamp,
                what: what.trim().to_string(),
            }];
        }
    }
    for (k, t) in cuts.iter().enumerate() {
        let mut end = cuts.get(k + 1).map_or(text.len(), |n| n.start);
        // A later sentence with another time of its own tells another
        // moment ("18h05 UTC, nodes stopped syncing. A fix was published
        // the next morning at 08h30 UTC."): the entry ends before it. (The
        // same time again is the same moment told twice.)
        if let Some(u) = times
            .iter()
            .find(|u| u.start > t.end && u.start < end && u.minutes() != t.minutes())
            && let Some(p) = text[t.end..u.start].rfind(". ")
        {
            end = t.end + p + 1;
        }
        // Times listed at the entry's head ("19.20, 19.27 recovery
        // notification") each share what it says.
        let mut listed: Vec<&TimeMention> = vec![t];
        for u in times.iter().filter(|u| u.start >= t.end && u.end <= end) {
            let last = listed.last().unwrap();
            // (Mentions come sorted and apart: the gap is a slice.)
            let gap = text[last.end..u.start].trim();
            if gap == "," || gap == "&" || gap.eq_ignore_ascii_case("and") {
                listed.push(u);
            } else {
                break;
            }
        }
        let what_from = listed.last().unwrap().end;
        let what = text[what_from..end]
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | ')' | ']' | ',')
            })
            .trim()
            .to_string();
        let mut cue = cue_of(&what);
        // A status page's "Investigating" update is when the team knew.
        if k == 0 && INVESTIGATING.is_match(&text[..t.start]) {
            cue.detect = true;
        }
        for u in listed {
            let stamp = ctx.stamp(li, u, text);
            out.push(Event {
                cue,
                stamp,
                what: what.clone(),
            });
        }
    }
    out
}

static INVESTIGATING: LazyLock<Regex> = LazyLock::new(|| re(r"^\W{0,3}investigating\b"));

/// The date of a line that is nothing but one date ("2024-03-05",
/// "**Tuesday, March 5:**", a heading "### March 5, 2024"). Not for code
/// lines (their times are not read).
fn date_alone(ctx: &Ctx, li: usize) -> Option<Date> {
    // "Unless otherwise noted all events happened on 2019-10-21": the day
    // the entries below are on, declared in a sentence.
    static DECLARED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\ball\s+(the\s+)?(events|entries|times)\b[^.;]{0,30}\b(happened|occurred|took\s+place|are|were)\s+on\s*$",
        )
    });
    let text = ctx.doc.lines[li].text.as_str();
    if !ctx.times[li].is_empty() || text.len() > 200 {
        return None;
    }
    let ds = ctx.dates_of(li, text);
    let [(m, d)] = ds.as_slice() else {
        return None;
    };
    if DECLARED.is_match(&text[..m.start]) {
        return *d;
    }
    if text.len() > 40 {
        return None;
    }
    let rest = format!("{}{}", &text[..m.start], &text[m.end..]);
    // "### 03-10-2021 (All times CEST)": the day, with the zone its times
    // are in.
    static ZONE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*((all\s+)?times?(\s+(are|is|in|shown|given))*\s+)?[a-z]+(\s+[a-z]+){0,3}\W*$")
    });
    let zone_note = || ZONE_NOTE.is_match(&rest) && declared_zone(&rest).is_some();
    (rest.chars().all(|c| !c.is_alphanumeric()) || zone_note())
        .then_some(*d)
        .flatten()
}

/// All timeline events of the document, in time order, with days rolled over.
fn timeline(ctx: &Ctx) -> Vec<Event> {
    let mut events = timeline_entries(ctx);
    if events.is_empty() {
        return events;
    }
    put_in_time_order(&mut events);
    roll_days(ctx, &mut events);
    events
}

/// The timeline entries of every line, in document order, with what each
/// says (read on the lines below for a time alone or a wrapped entry) and
/// the date a line alone gives the undated entries below it.
fn timeline_entries(ctx: &Ctx) -> Vec<Event> {
    // Read once as entries open with their times; a timeline section whose
    // timed lines gave no entry is told in sentences, and is read again so.
    let plain = vec![false; ctx.doc.sections.len()];
    let (events, told) = entries_pass(ctx, &plain);
    if told.iter().any(|t| *t) {
        entries_pass(ctx, &told).0
    } else {
        events
    }
}

/// One reading of the timeline entries, the sections in `sentences` read
/// as told in sentences. Also returns the timeline sections (by index)
/// whose lines hold times, but none of which opens with its time as an
/// entry does (told in sentences).
fn entries_pass(ctx: &Ctx, sentences: &[bool]) -> (Vec<Event>, Vec<bool>) {
    let doc = ctx.doc;
    let mut events: Vec<Event> = Vec::new();
    let mut timed = vec![false; doc.sections.len()];
    let mut entries = vec![false; doc.sections.len()];
    // The level of the timeline heading whose subsections we are in, and a
    // date written alone on a line or heading there, with the level of the
    // section it dates: it dates the undated entries below it.
    let mut timeline_level: Option<u8> = None;
    let mut running: Option<(Date, u8)> = None;
    let mut i = 0;
    while i < doc.lines.len() {
        let l = &doc.lines[i];
        let roles = l.roles(doc);
        if matches!(l.kind, Kind::Heading(_) | Kind::PseudoHeading) {
            let level = doc.sections[l.section].level;
            if running.is_some_and(|(_, lv)| level <= lv) {
                running = None;
            }
            if doc.sections[l.section].roles.has(Roles::TIMELINE) {
                timeline_level = Some(level);
            } else if timeline_level.is_some_and(|lv| level <= lv) {
                timeline_level = None;
            }
        }
        // ("Posted Mar 14, 2025 - 16:42 UTC" under a status update stamps
        // the update, not the write-up.)
        if l.kind == Kind::Code && !ctx.logged[i]
            || excluded_section(roles)
            || ctx.meta[i] && status_above(ctx, i).is_none()
        {
            i += 1;
            continue;
        }
        let in_timeline = roles.has(Roles::TIMELINE);
        // A heading that is only a date ("### 2023-05-09") dates the
        // entries under it, under a timeline heading or not: a log split
        // by day.
        let heading = matches!(l.kind, Kind::Heading(_) | Kind::PseudoHeading);
        if (in_timeline || timeline_level.is_some() || heading)
            && let Some(d) = date_alone(ctx, i)
        {
            running = Some((d, doc.sections[l.section].level));
            i += 1;
            continue;
        }
        let mut evs = events_of_line(ctx, i, in_timeline, in_timeline && sentences[l.section]);
        if in_timeline && l.kind != Kind::Code && !ctx.times[i].is_empty() {
            timed[l.section] = true;
            entries[l.section] |= !evs.is_empty();
        }
        if let Some((d, _)) = running {
            for e in evs.iter_mut() {
                if e.stamp.date.is_none() {
                    e.stamp.date = Some(d);
                    e.stamp.carried = true;
                }
            }
        }
        if evs.len() == 1 && evs[0].what.len() < 3 && l.kind == Kind::TableRow {
            // "| **Start** | 2024-06-04T09:12 |": a row says what it says in
            // its own cells; the rows below are other facts.
            let lead = lead_before_time(ctx, i).unwrap_or_default();
            // A field's label alone ("**Start**", "Detected at") is a fact
            // of the record, read as a stated time, not an entry of a log.
            static FIELD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^(incident\s+|outage\s+|impact\s+)?(start(ed)?|began|begin|detected|detection|noticed|end(ed)?|resolved|resolution|mitigated|recovered|restored|closed|opened|created|updated|published|posted|reported)(\s+(at|on|time|date))?$",
                )
            });
            // Nor a measure ("| Time to detect | 00:12 |", "| MTTR |").
            static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
                re(r"\b(time\s+to|mtt\w|tt[adrm]|duration|length|elapsed|total)\b")
            });
            let label = FIELD_LABEL.is_match(lead.trim_matches(|c: char| !c.is_alphanumeric()))
                || MEASURE.is_match(&lead);
            if !label && lead.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                evs[0].cue = cue_of(&lead);
                evs[0].what = lead;
            } else {
                evs.clear();
            }
        } else if evs.len() == 1 && evs[0].what.len() < 3 {
            match words_before_time(ctx, i).or_else(|| status_above(ctx, i)) {
                Some(lead) => {
                    evs[0].cue = cue_of(&lead);
                    evs[0].cue.detect |= INVESTIGATING.is_match(&lead);
                    evs[0].what = lead;
                }
                None => text_below(ctx, i, &mut evs),
            }
        } else if evs.len() == 1 && matches!(l.kind, Kind::Text | Kind::Item(_)) {
            wrapped_entry(ctx, i, &mut evs[0]);
        }
        events.extend(evs);
        i += 1;
    }
    let told = timed.iter().zip(&entries).map(|(t, e)| *t && !e).collect();
    (events, told)
}

/// The words before line `i`'s first time, its dates set aside and
/// trimmed of marks ("**Start** |", "- Resolved").
fn lead_before_time(ctx: &Ctx, i: usize) -> Option<String> {
    let t = ctx.times[i].first()?;
    Some(
        strip_all_dates(&ctx.doc.lines[i].text[..t.start])
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string(),
    )
}

/// "- Resolved 2025-03-20 12:09": in a list, the words before the time
/// are the entry, and only a time alone on its line takes the text below.
/// A table's "| Detected | 10:34 |" is a stated time, and a weekday or a
/// filler word before the time is no entry ("### Wednesday 2019-01-30 -
/// 08:35" takes the text below).
fn words_before_time(ctx: &Ctx, i: usize) -> Option<String> {
    static FILLER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?|at|on|around|about|approx(imately)?|by|from|time|date|utc|gmt|[a-z]{1,3})\b",
        )
    });
    let l = &ctx.doc.lines[i];
    if !matches!(l.kind, Kind::Item(_)) {
        return None;
    }
    let lead = lead_before_time(ctx, i)?;
    let words = FILLER.replace_all(&lead, "");
    (words.chars().filter(|c| c.is_alphabetic()).count() >= 4).then_some(lead)
}

/// A status page's update pasted as it shows ("**Resolved** - This
/// incident has been resolved." with the stamp alone on the next line,
/// "Mar 14, 2025 - 16:42 UTC"; or the status on a line of its own, the
/// update, then "Posted Mar 14, 2025 - 16:42 UTC"): the update above the
/// stamp is its entry, not the older update below it.
fn status_above(ctx: &Ctx, i: usize) -> Option<String> {
    static STATUS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W{0,3}(investigating|identified|monitoring|update|updated|resolved|mitigated|verifying|in\s+progress|completed|postmortem)\W{0,3}(\s*[-–—:]\s*\w|$)",
        )
    });
    let doc = ctx.doc;
    let mut parts: Vec<&str> = Vec::new();
    for j in (i.saturating_sub(4)..i).rev() {
        let p = &doc.lines[j];
        if p.text.trim().is_empty() {
            continue;
        }
        let status = STATUS.is_match(&p.text);
        // ("Resolved" alone on its line is read as a heading.)
        let shape = p.kind == Kind::Text || status && p.kind == Kind::PseudoHeading;
        if !shape || !ctx.times[j].is_empty() || parts.len() == 2 {
            return None;
        }
        parts.push(p.text.trim());
        if status {
            parts.reverse();
            return Some(parts.join(" "));
        }
    }
    None
}

/// A time on its own on line `i` (heading "#### 00:01:" or "**10:30
/// AM**"): the entry's text is on the following lines; with none, there
/// is no entry.
fn text_below(ctx: &Ctx, i: usize, evs: &mut Vec<Event>) {
    let doc = ctx.doc;
    let mut what = String::new();
    let mut j = i + 1;
    while j < doc.lines.len() && what.len() < 300 {
        let n = &doc.lines[j];
        if matches!(n.kind, Kind::Heading(_) | Kind::PseudoHeading)
            || !find_times(&n.text).is_empty() && !what.is_empty()
        {
            break;
        }
        if !n.text.is_empty() {
            what.push_str(&n.text);
            what.push(' ');
        }
        j += 1;
    }
    if what.is_empty() {
        evs.clear();
    } else {
        evs[0].cue = cue_of(&what);
        evs[0].what = what.trim().to_string();
    }
}

/// A wrapped entry on line `i`: the lines that continue it (same
/// paragraph or list item, no time of their own) are part of what it says.
fn wrapped_entry(ctx: &Ctx, i: usize, ev: &mut Event) {
    let doc = ctx.doc;
    let l = &doc.lines[i];
    let mut more = String::new();
    let mut j = i + 1;
    while j < doc.lines.len() && more.len() < 300 {
        let n = &doc.lines[j];
        let continues = match l.kind {
            Kind::Text => n.kind == Kind::Text,
            _ => n.kind == Kind::ItemCont,
        };
        // (Continuation lines are text, never code: their times
        // were read once, with the document's.)
        if !continues || n.text.trim().is_empty() || !ctx.times[j].is_empty() {
            break;
        }
        more.push(' ');
        more.push_str(n.text.trim());
        j += 1;
    }
    // A parenthesised aside on the continuation names a source
    // ("(monitoring history)"), not what happened.
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| re(r"\([^()]*\)"));
    let more = ASIDE.replace_all(&more, " ");
    if !more.trim().is_empty() {
        let what = format!("{}{}", ev.what, more);
        let mut cue = cue_of(&what);
        // A resolve given by the section (not the words) stays.
        cue.resolve |= ev.cue.resolve && !cue_of(&ev.what).resolve;
        ev.cue = cue;
        ev.what = what;
    }
}

/// Newest-first logs (status pages) are put in time order. Two entries
/// are compared only when both or neither carry a full date: a dated entry
/// next to an undated one says nothing of the order ("at 12:16 ET on June
/// 16, 2020" then "at 1:00 PM ET").
fn put_in_time_order(events: &mut [Event]) {
    let mut ups = 0;
    let mut downs = 0;
    for w in events.windows(2) {
        if w[0].dated() != w[1].dated() {
            continue;
        }
        let a = abs_guess(&w[0].stamp);
        let b = abs_guess(&w[1].stamp);
        if b > a {
            ups += 1;
        } else if b < a {
            downs += 1;
        }
    }
    if downs > ups && downs >= 2 {
        events.reverse();
    }
}

/// How far an entry's clock goes back from the previous entry's, in
/// minutes. Entries in different zones ("23:30 CEST - ingest stops", then
/// "21:34 UTC - lag alert") are compared in UTC; otherwise as written.
fn clock_back(e: &Stamp, prev: &Stamp) -> i32 {
    fn utc(s: &Stamp) -> Option<(&str, i32)> {
        let z = s.zone.as_ref()?;
        Some((
            z.name.as_str(),
            s.minutes - z.offset_on(s.date.and_then(|d| d.to_civil()))?,
        ))
    }
    match (utc(e), utc(prev)) {
        (Some((a, m)), Some((b, p))) if a != b => p - m,
        _ => prev.minutes - e.minutes,
    }
}

/// How many entries ahead an aside's log may come back to its clock (a
/// bound, so that a log of thousands of entries going back and forth costs
/// no more than a short one).
const ASIDE_REACH: usize = 12;

/// `d` rolled `n` days on.
fn days_after(d: Date, n: i32) -> Date {
    (0..n).fold(d, |d, _| next_day(d))
}

/// Roll days over: explicit dates fix the day; otherwise a time that goes
/// back by more than an hour is on the next day. A document that writes
/// am/pm: a later bare "1:00" after "12:10 PM" is 13:00.
fn roll_days(ctx: &Ctx, events: &mut [Event]) {
    let mut day = 0;
    let mut prev: Option<Stamp> = None;
    let first_date = events.iter().find_map(|e| e.stamp.date);
    let mut prev_in_timeline = false;
    // A date taken from a heading or a line of its own above the entries
    // ("### 2022-06-01", then "23:40 ...", "00:10 ..."): the clock going
    // back by more than an hour under it is the next day, as for an
    // undated entry. `carried` is that date and the days it has rolled.
    let mut carried: Option<(Date, i32)> = None;
    // An entry told out of order ("16:35 noticed a job had run", "14:00
    // follow-up: earlier logs show ...", "16:58 restored"; "13:10 errors
    // begin (reconstructed)" after 15:50) is an aside, not a new day: the
    // log comes back to the clock it had left. Such an entry keeps the day
    // and the clock to compare with.
    let undated = |n: &Event| n.stamp.date.is_none() || n.stamp.carried;
    let aside: Vec<bool> = (0..events.len())
        .map(|k| {
            if k == 0 {
                return false;
            }
            let (before, e) = (&events[k - 1], &events[k]);
            let p = before.stamp.minutes;
            clock_back(&e.stamp, &before.stamp) > 60
                && undated(e)
                && before.in_timeline(ctx.doc) == e.in_timeline(ctx.doc)
                && events[k + 1..]
                    .iter()
                    .take(ASIDE_REACH)
                    .take_while(|n| {
                        undated(n)
                            && n.in_timeline(ctx.doc) == e.in_timeline(ctx.doc)
                            && (!n.stamp.carried || n.stamp.date == e.stamp.date)
                    })
                    .any(|n| n.stamp.minutes >= p)
        })
        .collect();
    for (k, e) in events.iter_mut().enumerate() {
        if aside[k] {
            e.stamp.day = day;
            if let Some((d, n)) = carried.filter(|(d, _)| Some(*d) == e.stamp.date) {
                e.stamp.date = Some(days_after(d, n));
            }
            continue;
        }
        if e.stamp.carried {
            let went_back = prev.as_ref().is_some_and(|p| clock_back(&e.stamp, p) > 60)
                && !(ctx.twelve_hour && e.stamp.meridiem.is_none());
            carried = match carried {
                Some((d, n)) if Some(d) == e.stamp.date => Some((d, n + i32::from(went_back))),
                _ => e.stamp.date.map(|d| (d, 0)),
            };
            if let Some((d, n)) = carried {
                e.stamp.date = Some(days_after(d, n));
            }
        } else {
            carried = None;
        }
        // A timeline after moments told before it (a summary range
        // "(15h18-16h14)", a table "Detected 03-05 23:27 / Resolved 03-06
        // 03:34") starts its own count: going back to its first entry is
        // no new day, and its dates are compared with the first date again,
        // not taken for slips back in time.
        let here_in_timeline = e.in_timeline(ctx.doc);
        if here_in_timeline && !prev_in_timeline {
            prev = None;
            day = 0;
        }
        prev_in_timeline = here_in_timeline;
        // An explicit date that goes back in time in an ordered log is a
        // slip of the author's ("2021-06-28 14:09" then "2021-06-11 14:15"):
        // the clock decides, as for an undated entry.
        let dated_day = match (e.stamp.date, first_date) {
            (Some(d), Some(f)) => match (d.to_civil(), f.to_civil()) {
                (Some(dc), Some(fc)) => Some((dc - fc).get_days()),
                _ => None,
            },
            _ => None,
        };
        if dated_day.is_some_and(|d| d < day) {
            e.stamp.date = None;
        }
        if let Some(d) = dated_day.filter(|d| *d >= day) {
            day = d;
        } else if let Some(ps) = prev.as_ref() {
            let p = ps.minutes;
            let mut m = e.stamp.minutes;
            if ctx.twelve_hour && m < 12 * 60 && m + 12 * 60 >= p && m < p {
                // Missing pm in a 12-hour document.
                if e.stamp.meridiem.is_none() && m + 12 * 60 - p <= 6 * 60 {
                    m += 12 * 60;
                    e.stamp.minutes = m;
                }
            }
            if clock_back(&e.stamp, ps) > 60 {
                day += 1;
            }
        }
        e.stamp.day = day;
        prev = Some(e.stamp.clone());
    }
}

/// The incident's day as the title or a summary states it (not a timeline
/// entry, not front matter, which may be a publication date).
fn anchor_date(ctx: &Ctx) -> Option<jiff::civil::Date> {
    let doc = ctx.doc;
    let title_line = doc.sections.get(1).and_then(|s| s.line);
    for (li, l) in doc.lines.iter().enumerate() {
        let roles = l.roles(doc);
        let is_title = Some(li) == title_line;
        if !(is_title || roles.has(Roles::SUMMARY) && !roles.has(Roles::TIMELINE)) || ctx.meta[li] {
            continue;
        }
        if let Some(d) = ctx
            .dates_of(li, &l.text)
            .into_iter()
            .find_map(|(_, d)| d.and_then(|d| d.to_civil()))
        {
            return Some(d);
        }
    }
    None
}

fn abs_guess(s: &Stamp) -> i64 {
    let d = s
        .date
        .and_then(|d| d.to_civil())
        .map_or(0, |c| (c - jiff::civil::date(2000, 1, 1)).get_days() as i64);
    d * 1440 + s.minutes as i64
}

/// Stated times: ranges and labelled start/end in summary-like text.
struct Stated {
    start: Vec<(Stamp, &'static str, f32)>,
    end: Vec<(Stamp, &'static str, f32)>,
    detected: Vec<(Stamp, &'static str, f32)>,
    /// Stated start-to-end ranges in prose, paired, with their weight.
    ranges: Vec<(Stamp, Stamp, f32)>,
}

fn stated(ctx: &Ctx, entries: &[bool]) -> Stated {
    // Sections about detection: their first time is when it was noticed.
    let mut detection_sections = std::collections::HashSet::new();
    let mut s = Stated {
        start: vec![],
        end: vec![],
        detected: vec![],
        ranges: vec![],
    };
    // Ranges in headings: one is the outage's; several are the phases of
    // a response ("Identified (7:30 - 10:30 UTC)", "Fix (10:30 - 14:00
    // UTC)"), which together span the outage.
    let mut phases: Vec<(Stamp, Stamp, f32)> = Vec::new();
    for (li, &entry) in entries.iter().enumerate() {
        let Some(line) = StatedLine::read(ctx, li) else {
            continue;
        };
        let used = stated_ranges(ctx, &line, entry, &mut s, &mut phases);
        stated_labels(ctx, &line, entry, &used, &mut s, &mut detection_sections);
        stated_delays(ctx, &line, &mut s);
    }
    chain_phases(phases, &mut s);
    s
}

/// Weight of a time stated on a line about the outage's duration or window
/// ("Outage window: 10:00-11:30"): the highest, such a line gives its bounds
/// on purpose.
const W_DURATION_LINE: f32 = 3.0;
/// Weight of a time stated in a summary, an impact or unlabelled section, or
/// a heading.
const W_SUMMARY_LINE: f32 = 2.0;
/// Weight of a time stated on a timeline line: the lowest, as an entry's
/// own time is read as a timeline event.
const W_TIMELINE_LINE: f32 = 0.8;
/// Weight of a time stated on any other line: between a timeline's and a
/// summary's.
const W_OTHER_LINE: f32 = 1.2;
/// Factor on the weight of a line in a lessons section: a recap, read at
/// half weight.
const LESSONS_FACTOR: f32 = 0.5;
/// Added to a range after "from" or "between", which says outright that it
/// spans something.
const FROM_BETWEEN_BONUS: f32 = 0.5;
/// Added to a time after a start or end label ("Start Time:", "resolved
/// at"): it says which end it is, as much as "from" does for a range.
const LABEL_BONUS: f32 = 0.5;
/// Added to a stated end told as full recovery ("fully recovered by").
const FULL_RECOVERY_BONUS: f32 = 0.5;
/// Score of a time in prose whose sentence says it was fully restored:
/// above a partial recovery's.
const W_PROSE_FULLY_RESTORED: f32 = 1.0;
/// Score of a time in prose read from what its sentence says (restored,
/// noticed, impact) with no label: the weakest stated time.
const W_PROSE: f32 = 0.5;
/// A time in prose the authors give as the outage's beginning ("at 01:55
/// UTC we experienced a degradation"): above the timeline's first entry.
const W_PROSE_STATED_START: f32 = 1.2;
/// Added to the best weight of phases that chain: together they span the
/// outage, which outweighs any one phase's range.
const PHASES_BONUS: f32 = 0.5;

/// A line read for stated times, with what its times weigh.
struct StatedLine<'a> {
    li: usize,
    l: &'a Line,
    text: &'a str,
    times: &'a [TimeMention],
    roles: Roles,
    lower: String,
    in_timeline: bool,
    /// The line is about the outage's duration or window.
    duration_line: bool,
    /// The weight of a time stated on the line.
    weight: f32,
}

impl<'a> StatedLine<'a> {
    /// Line `li`, unless it has no time or is code, metadata, or in a
    /// section whose times are not the incident's.
    fn read(ctx: &'a Ctx, li: usize) -> Option<StatedLine<'a>> {
        let doc = ctx.doc;
        let l = &doc.lines[li];
        let roles = l.roles(doc);
        // A lessons section ("What we learnt") may recap when it began and
        // ended; it is read, at a lower weight. Actions and sign-off are not.
        let lessons =
            roles.has(Roles::LESSONS) && !roles.has(Roles::ACTIONS) && !roles.has(Roles::SIGNOFF);
        if l.kind == Kind::Code || (excluded_section(roles) && !lessons) || ctx.meta[li] {
            return None;
        }
        let text = l.text.as_str();
        let times = &ctx.times[li];
        if times.is_empty() {
            return None;
        }
        let summaryish = roles.has(Roles::SUMMARY)
            || roles.has(Roles::IMPACT)
            || roles.is_empty()
            || matches!(l.kind, Kind::Heading(_));
        let in_timeline = roles.has(Roles::TIMELINE);
        let lower = text.to_ascii_lowercase();
        // "errors for the duration of the incident" says how long a
        // symptom lasted, not when the outage did.
        static FOR_THE_DURATION: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(for|during|throughout)\s+the\s+(entire\s+|whole\s+|full\s+)?duration\s+of\s+(the|this)\s+(incident|event|outage|disruption)",
            )
        });
        let duration_line = FOR_THE_DURATION
            .replace_all(&lower, "")
            .contains("duration")
            || lower.contains("outage window");
        let weight = if duration_line {
            W_DURATION_LINE
        } else if summaryish {
            W_SUMMARY_LINE
        } else if in_timeline {
            W_TIMELINE_LINE
        } else {
            W_OTHER_LINE
        } * if lessons && !in_timeline {
            LESSONS_FACTOR
        } else {
            1.0
        };
        Some(StatedLine {
            li,
            l,
            text,
            times,
            roles,
            lower,
            in_timeline,
            duration_line,
            weight,
        })
    }
}

/// Ranges: two times joined by "to", "-", "until", "and". A range in a
/// heading is a phase of the response; elsewhere, its ends are a stated
/// start and end. Returns which of the line's times a range took.
fn stated_ranges(
    ctx: &Ctx,
    line: &StatedLine,
    entry: bool,
    s: &mut Stated,
    phases: &mut Vec<(Stamp, Stamp, f32)>,
) -> Vec<bool> {
    static RANGE_SEP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*\)?\s*(?:,\s*)?(?:-{1,2}|–|—|~|to|until|till|through|and|thru|->|→)\s*(?:,\s*)?(?:(?:approximately|approx\.?|about|around|roughly|circa|\\?~|as\s+(?:early|late)\s+as|no\s+later\s+than)\s*)?(?:\(?\s*)?(?:,\s*)?(?:\bat\b\s*)?$",
        )
    });
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\([a-z][a-z ,.']{0,30}\)"));
    let (text, times) = (line.text, line.times);
    let mut used = vec![false; times.len()];
    // The range just taken: its second time's index and its length.
    let mut last: Option<(usize, i32)> = None;
    for k in 0..times.len().saturating_sub(1) {
        let (a, b) = (&times[k], &times[k + 1]);
        let between = &text[a.end..b.start];
        // The separator, once the dates written between the two times are
        // set aside ("23:40 UTC on 25 Jun 2024 and 01:15 UTC on 26 Jun").
        // An aside in parentheses ("from ~12:00 (maybe before) to 17:55")
        // is set aside too.
        // A day written as a bare "10/29" between the two times ("10/28
        // 13:37 – 10/29 02:00") is a date there too.
        static BARE_DAY: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d{1,2}/\d{1,2}\b"));
        // So is a weekday ("between 11:58pm on Thursday and 3:20am on
        // Friday").
        static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(on\s+)?(the\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(\s+(morning|afternoon|evening|night))?\b",
            )
        });
        let between_plain = ASIDE
            .replace_all(
                &WEEKDAY.replace_all(&BARE_DAY.replace_all(&strip_all_dates(between), " "), " "),
                " ",
            )
            .into_owned();
        if !RANGE_SEP.is_match(&between_plain) || !find_times(between).is_empty() {
            continue;
        }
        // In a timeline, or an entry of a log with no timeline heading
        // ("- 10:05-10:12 payments failing, no alert"), a range is only
        // the outage's when the line says so.
        let before = line.lower[..a.start].to_string();
        let opens_entry = entry
            && !matches!(line.l.kind, Kind::Heading(_))
            && !strip_all_dates(&text[..a.start])
                .chars()
                .any(char::is_alphanumeric);
        if (line.in_timeline || opens_entry)
            && !line.duration_line
            && !before.contains("outage")
            && !before.contains("from")
        {
            continue;
        }
        // "data created between 17:20 and 23:30 has been lost": the
        // window of the data, not of the outage.
        static DATA_WINDOW: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(data|created|written|submitted|uploaded|changes|commits|records|posts|comments|issues|merge\s+requests)\b[^.;]{0,40}\b(between|from)\s+(\S+\s+){0,4}$",
            )
        });
        // "maintenance was scheduled from 06:00 to 10:00", "the
        // pre-opening session runs from 09:00 to 09:20", "included a block
        // from 16:00 to 18:30": the words right before the range say it is
        // a schedule, and its sentence names no impact.
        static SCHEDULE: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b((scheduled|planned)\s+(for\s+|from\s+|between\s+)?|(sessions?|window|block|slot)\s+((runs?|ran|is|was)\s+)?(scheduled\s+)?(from|between)\s+)$",
            )
        });
        let schedule = SCHEDULE.is_match(&before) && {
            let from = crate::text::grammar::sentence_start(&line.lower, a.start);
            let to = crate::text::grammar::sentence_end(&line.lower, b.end);
            !IMPACT_CUE.is_match(&line.lower[from..to])
        };
        // "didn't break the pages until sometime around 8:20-8:25 AM": a
        // short range told as a guess at when it began is the
        // start's uncertainty, not the outage's span.
        static ONSET_GUESS: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"(\b(didn't|did\s+not|wasn't|was\s+not|weren't|were\s+not|no)\b[^.;]{0,60}\buntil|\b(began|begins|started|starts|appeared|became\s+(visible|apparent|noticeable)))\s+(\S+\s+){0,4}?(sometime|some\s+time)\s+(around\s+|about\s+|between\s+)?$",
            )
        });
        let span = clock_span(a, b);
        if ONSET_GUESS.is_match(&before) && span <= 30 {
            let (sa, _) = range_stamps(ctx, line, a, b);
            s.start.push((sa, "stated-onset-guess", line.weight));
            used[k] = true;
            used[k + 1] = true;
            continue;
        }
        // "You can call us on the usual number between 8am and 8pm": the
        // hours someone answers, not the outage's (but "customers could
        // not contact us between 10:05 and 10:50" is).
        static SERVICE_HOURS: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(can\s+(call|phone|ring|contact|reach|visit)|call\s+us\s+(on|at)|(lines?|desk|helpline|hotline|branch(es)?|office)\s+(are|is)\s+(open|staffed)|staffed\s+(from|between)|visit\s+(any|a|your|our)\s+branch)\b",
            )
        });
        // "The service normally grows from 10 to 24 instances between 07:30
        // and 09:00": what happens every day, not the outage.
        static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(normally|usually|typically|ordinarily|on\s+a\s+normal\s+(day|morning|weekday)|every\s+(day|morning|evening|night|weekday)|each\s+(day|morning|evening|night|weekday))\b",
            )
        });
        // (Read within `AROUND` bytes: a line of thousands of ranges costs
        // no more per range than a short one.)
        let service_hours = {
            let (lo, hi) = (back(&line.lower, a.start), ahead(&line.lower, b.end));
            let near = &line.lower[lo..hi];
            let from = grammar::sentence_start(near, a.start - lo);
            let to = grammar::sentence_end(near, b.end - lo);
            SERVICE_HOURS.is_match(&near[from..to]) || HABITUAL.is_match(&near[from..to])
        };
        if DATA_WINDOW.is_match(&before) || schedule || service_hours {
            used[k] = true;
            used[k + 1] = true;
            continue;
        }
        let (sa, sb) = range_stamps(ctx, line, a, b);
        // The same range restated in another zone ("23:15-02:43 UTC /
        // 16:15-19:43 PDT"): the first is the one the authors lead with.
        let length = (sb.minutes - sa.minutes).rem_euclid(24 * 60);
        if let Some((j, len)) = last
            && j + 1 == k
            && len == length
            && restates(&text[times[j].end..a.start])
        {
            used[k] = true;
            used[k + 1] = true;
            continue;
        }
        last = Some((k + 1, length));
        let rule_w = line.weight
            + if before.contains("from") || before.contains("between") {
                FROM_BETWEEN_BONUS
            } else {
                0.0
            };
        if matches!(line.l.kind, Kind::Heading(_)) {
            if DETECT_CUE.is_match(text) {
                s.detected
                    .push((sa.clone(), "stated-phase-detected", rule_w));
            }
            phases.push((sa, sb, rule_w));
        } else {
            // "Between 7:40 and 8:00 a.m., our support team received 63
            // tickets": the range's sentence tells of noticing, so its
            // first moment is when the outage was noticed.
            let tail = &line.lower[b.end..];
            let sentence = NOT_A_NOTICING
                .replace_all(&tail[..crate::text::grammar::sentence_end(tail, 0)], " ");
            // (A whole word: "ticketing site" holds no ticket.)
            let whole = |m: regex::Match| {
                !sentence[m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            };
            if DETECT_CUE.find_iter(&sentence).any(whole) {
                s.detected
                    .push((sa.clone(), "stated-detected", line.weight));
            }
            s.ranges.push((sa.clone(), sb.clone(), rule_w));
            s.start.push((sa, "stated-range", rule_w));
            s.end.push((sb, "stated-range", rule_w));
        }
        used[k] = true;
        used[k + 1] = true;
    }
    used
}

/// Whether the sentence before a time tells what did not happen ("Rolling
/// back would / have restarted consumption ... and produced duplicate pick
/// lists for every order since 06:15"): such a time states no moment of the
/// outage. The sentence is read back over up to three hard-wrapped lines,
/// each within `AROUND` bytes.
fn counterfactual(doc: &Document, li: usize, before: &str) -> bool {
    static COUNTERFACTUAL: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(would|could|might)\s+(not\s+)?have\b|\bif\s+we\s+had\b"));
    // "There was nothing we could have done but wait for power to be
    // restored, which occurred at 12:27 am": helplessness, and what
    // followed did happen.
    static HELPLESS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(nothing|little|not\s+much)\s+(else\s+)?(that\s+)?(we|anyone|one|they|i)\s+(could|would|might)\s+have\s+done\b",
        )
    });
    let said = |s: &str| COUNTERFACTUAL.is_match(&HELPLESS.replace_all(s, " "));
    // Most sentences begin on the time's own line: read them in place.
    let from = crate::text::grammar::sentence_start(before, before.len());
    if from > 0 {
        return said(&before[from..]);
    }
    let mut text = before.to_string();
    let mut at = li;
    for _ in 0..3 {
        if crate::text::grammar::sentence_start(&text, text.len()) > 0 {
            break;
        }
        match doc.wrapped_line_before(at) {
            Some(p) => {
                // (Its last `AROUND` bytes: a long line cut in pieces is
                // read no further back than one piece would be.)
                text = format!("{} {text}", &p.text[back(&p.text, p.text.len())..]);
                at -= 1;
            }
            None => break,
        }
    }
    let from = crate::text::grammar::sentence_start(&text, text.len());
    said(&text[from..])
}

/// Whether the text between two ranges restates the first in another
/// zone: a zone, then a slash, a bar or an opening parenthesis.
fn restates(between: &str) -> bool {
    let t = between.trim();
    let t = t.strip_suffix('(').unwrap_or(t).trim_end();
    let Some(zone) = t
        .strip_suffix('/')
        .or_else(|| t.strip_suffix('|'))
        .or_else(|| t.strip_suffix(" or"))
        .or_else(|| (t == "or").then_some(""))
    else {
        return between.trim_end().ends_with('(') && t.len() <= 12;
    };
    // The first range's zone may be read as part of its time.
    let zone = zone.trim().trim_end_matches(')').trim();
    zone.len() <= 12 && !zone.contains(char::is_whitespace)
}

/// The two ends of a range, `a` to `b`, with the zone and the dates each
/// takes from the other and from the line.
fn range_stamps(ctx: &Ctx, line: &StatedLine, a: &TimeMention, b: &TimeMention) -> (Stamp, Stamp) {
    static RANGE_SEP_DATED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\s*\)?\s*(?:,\s*)?(?:-{1,2}|–|—|~|to|until|till|through|and)\s+.{0,40}$")
    });
    let (li, text) = (line.li, line.text);
    let between = &text[a.end..b.start];
    let mut sa = ctx.stamp(li, a, text);
    let mut sb = ctx.stamp(li, b, text);
    // The zone written after the second time applies to the first.
    if a.zone.is_none() && b.zone.is_some() {
        sa.zone = b.zone.clone();
    }
    // "from 12:02 to 12:20 AM": the am/pm written after the second time
    // applies to the first when that keeps the range in order ("from
    // 11:00 to 1:00 PM" starts in the morning).
    if a.meridiem.is_none()
        && let Some(pm) = b.meridiem
        && let Some(m) = with_meridiem(sa.minutes, pm)
        && m <= sb.minutes
    {
        sa.minutes = m;
        sa.meridiem = Some(pm);
    }
    // "from 11:58 PST until 13:44 US/Pacific": two names of one
    // region's clock in one range are the same wall clock.
    if let (Some(za), Some(zb)) = (&sa.zone, &sb.zone)
        && za.name != zb.name
        && same_region(za, zb)
    {
        sb.zone = sa.zone.clone();
    }
    // Dates: one right after a time is that time's ("01:15 UTC on 26
    // Jun"); one written before the range holds for both unless the
    // end has its own.
    let resolve = |m: &DateMention| resolve_slash(m, ctx.day_first);
    let after_a = date_near_after(text, a.end, b.start).and_then(|m| resolve(&m));
    let after_b = date_near_after(text, b.end, text.len()).and_then(|m| resolve(&m));
    let before_b = find_dates(between)
        .into_iter()
        .rfind(|m| RANGE_SEP_DATED.is_match(&between[..m.start]))
        .and_then(|m| resolve(&m));
    if a.date.is_none() {
        sa.date = after_a.or(sa.date.filter(|_| date_near_before(text, a.start)));
    }
    if sa.date.is_none() {
        sa.date = ctx.stamp(li, a, text).date;
    }
    let off = |s: &Stamp| s.zone.as_ref().and_then(|z| z.offset_on(None)).unwrap_or(0);
    let end_earlier = sb.minutes - off(&sb) < sa.minutes - off(&sa);
    if b.date.is_none() {
        sb.date = after_b.or(before_b);
        // A date written before the range holds for its end too,
        // unless the end is earlier on the clock ("9:35 PM until
        // 10:42 AM"): the end is then the next day.
        if sb.date.is_none() {
            sb.date = sa.date.map(|d| if end_earlier { next_day(d) } else { d });
        }
    } else if end_earlier
        && after_b.is_none()
        && sb
            .date
            .zip(sa.date)
            .is_some_and(|(x, y)| (x.month, x.day) == (y.month, y.day))
    {
        // Both ends took the line's one date ("23:15-02:43 UTC ...
        // August 18"): a range that ends earlier on the clock ends the
        // next day.
        sb.date = sb.date.map(next_day);
    }
    // "05:55 on 22 Jan and 00:56 on 23 Jan 2020": the start's date
    // takes the end's year (the year before if it would fall after
    // the end).
    if let (Some(da), Some(db)) = (&mut sa.date, &sb.date)
        && da.year.is_none()
        && let Some(y) = db.year
    {
        da.year = Some(if (da.month, da.day) > (db.month, db.day) {
            y - 1
        } else {
            y
        });
    }
    (sa, sb)
}

/// Labelled times: "Start Time: ...", "began at ...", "resolved at" (the
/// times no range took); outside a timeline, a time in prose is read for
/// what its sentence says.
fn stated_labels(
    ctx: &Ctx,
    line: &StatedLine,
    entry: bool,
    used: &[bool],
    s: &mut Stated,
    detection_sections: &mut std::collections::HashSet<usize>,
) {
    static START_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(\bstart(ed|s|ing)?([\s-]+(time|date))?|began|begin(ning)?|commenc|onset|(time|date|day)\s+of\s+(the\s+)?(incident|outage)|(incident|outage)\s+(time|date)|date\s*(and|/|&)\s*time|occurred|outage\s+time|since|(unavailable|down|offline|unreachable|inaccessible|degraded)\s+from|\b(began|begun|started|starts|begins)\s+(degrading|failing|erroring|timing\s+out|returning\s+(\w+\s+)?errors|dropping\s+(\w+\s+)?(requests|packets|connections|messages)|rejecting\s+(\w+\s+)?(requests|connections|logins|payments)|crashing|slowing(\s+down)?|throwing\s+(\w+\s+)?(errors|exceptions)|refusing\s+(\w+\s+)?(requests|connections)))(\W+(mon|tues|wednes|thurs|fri|satur|sun)day)?\W*$",
        )
    });
    // "Closed" ends the incident only as a label or said of the incident
    // ("registrations closed at 9pm" is not the outage ending).
    static END_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(\bend(ed|s|ing)?([\s-]+(time|date))?|\bend(ed|s)(\s+(on|for|completely|fully|finally|officially|a|an|the|all|happy|good|high|positive|note|users|customers|everyone)){1,4}|resolv(ed|ution)(\s+time)?|restored|recovered|resumed|fixed|until|back\s+online|\b(fault|outage|problem|issue|incident|errors?|disruption|impact)\s+((was|were|is|had\s+been|has\s+been)\s+)?(fully\s+|finally\s+)?cleared|^\W*closed|\b(incident|issue|ticket|outage|case|status|was|been|is)\s+(\w+\s+)?closed)(\W+(mon|tues|wednes|thurs|fri|satur|sun)day)?\W*$",
        )
    });
    static DETECT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(first\s+(identified|noticed|detected|observed|spotted|discovered|reported)|noticed|detected|spotted|discovered|alerted|detection(\s+time)?)(\s+(at|around|approximately|about|on))*\W*$",
        )
    });
    static END_LABEL_LINE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W{0,4}((the\s+)?(incident|outage|downtime|disruption)\s+)?(end(ed)?|resolved|resolution)(\s+(time|date|at|on))*\W*$",
        )
    });
    // "The deploy began at 21:50", "maintenance work started on ... at":
    // the change that came before the impact, not the outage's start.
    static CHANGE_BEGAN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(deploy\w*|release|roll-?out|migration|maintenance|work|upgrade|update|change|push|rebuild|backup|batch|job|cron|script|drill|exercise|test(ing)?)\s+(\w+\s+){0,2}?(began|begun|started|starts|begins|commenced)\b[^.;]*$",
        )
    });
    static START_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W{0,4}(the\s+)?(service\s+|site\s+|system\s+|website\s+)?(outage|incident|disruption|issue|problem|downtime)\s+(began|started|starts|begins|occurred)",
        )
    });
    // "Time: 05:13 UTC" on a line of its own, as report headers put it
    // under "Date:": the incident's time.
    static TIME_HEADER: LazyLock<Regex> = LazyLock::new(|| re(r"^[\W_]*time\s*:[\s*_]*$"));
    static FIRST_SEEN: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\bfirst\s+(noticed|observed|reported|seen)(\s+(at|around|about|approximately|on))*$")
    });
    // "The batch was scheduled to start at 11:45pm": when something was
    // meant to happen, not a moment of the outage.
    static SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(scheduled|planned|due|set|expected|supposed|meant)\s+to\s+(start|begin|run|kick\s+off|end|finish|complete|go\s+live)\W*(at|around|by|for)?\W*$",
        )
    });
    // "replacement sittings were held on Thursday, beginning at 12 noon",
    // (not "the replacement controller began failing at 07:45"),
    // "the release was postponed to Friday, starting at 09:00": an event
    // moved or held afterwards, not a moment of the outage.
    static HELD_LATER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(rescheduled|postponed|deferred|(were|was|will\s+be|are|is)\s+held)\b")
    });
    // "wait for power to be restored, which occurred at 12:27 am": the
    // event that occurred is the one before "which", read with the
    // sentence (a restore is an end, an impact a start).
    static WHICH_OCCURRED: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bwhich\s+(occurred|happened|took\s+place)\W*$"));
    // "A second set of requests began at": a later episode.
    // (The word must say so of an event: "switched to a second host" or
    // "another server took over" is the recovery, not another episode.)
    static LATER_EPISODE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(second|another|subsequent|further|third)\s+(\w+\s+){0,2}?(waves?|sets?|rounds?|episodes?|outages?|incidents?|spikes?|surges?|bursts?|disruptions?|failures?|occurrences?|attacks?|batch(es)?|events?|issues?|problems?|crash(es)?|bouts?|peaks?|floods?|degradations?|errors?|alerts?|reports?|period)\b",
        )
    });
    // "was not found until 10:00": the clause says when it was not yet over.
    static NOT_UNTIL: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\b(not|never)\b|n['’]t\b)[^.;]*\buntil\W*$"));
    // "did not resume production until 18:02": the negated verb is the
    // recovery itself, so the time is when it came.
    static NOT_BACK_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(\b(not|never)\b|n['’]t\b)\s+(\w+\s+)?(resum|recover|restor|return|reopen|come\s+back|came\s+back|get\s+back|(work|flow|run|load|sync)\w*\s+again|stabili[sz])\w*\b[^.;]*\buntil\W*$",
        )
    });
    // "at normal levels since", "loading normally since", "stable since".
    static NORMAL_SINCE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(normal(ly)?|healthy|baseline|stable|as\s+expected|fully\s+(operational|functional|available)|recovered|restored|working\s+again|back\s+(to\s+normal|online|up))\b[^.;]{0,40}\bsince\W*$",
        )
    });
    // "has sent no transaction since 08:39": when something last
    // happened, not when the outage began.
    static NOT_SINCE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\b(no|not|never|none)\b|n['’]t\b)[^.;]*\bsince\W*$"));
    let (text, weight, in_timeline) = (line.text, line.weight, line.in_timeline);
    // A hard-wrapped sentence: the label may end the line above ("service
    // was restored at\n14:05 UTC"), when that line has no time of its own
    // and does not end a sentence.
    // So may a label alone on the line above ("* Start-time:\n06/May/2022
    // 2:17 PM"): a few words ending in a colon, not a sentence that
    // introduces what follows.
    let wrapped = ctx.doc.wrapped_line_before(line.li).filter(|p| {
        let t = p.text.trim_end();
        ctx.times[line.li - 1].is_empty()
            && (!t.ends_with(['.', '!', '?', ';', ':'])
                || t.ends_with(':') && t.split_whitespace().count() <= 3)
    });
    for (k, t) in line.times.iter().enumerate() {
        if used[k] {
            continue;
        }
        let before_src: std::borrow::Cow<str> = match wrapped {
            Some(p) if t.start < AROUND => {
                let joined = format!("{} {}", p.text, &text[..t.start]);
                joined[back(&joined, joined.len())..].to_string().into()
            }
            _ => text[back(text, t.start)..t.start].into(),
        };
        let before_trim = label_before(&before_src);
        let after = &text[t.end..ahead(text, t.end)];
        let st = ctx.stamp(line.li, t, text);
        // The sentence before the time ("A second wave began at").
        let clause_from = crate::text::grammar::sentence_start(&before_trim, before_trim.len());
        let clause = &before_trim[clause_from..];
        let later_episode = LATER_EPISODE.is_match(clause);
        // "- **Detection:** The show began at 14:00 UTC when users
        // complained": the line's label says its first time is when the
        // outage was noticed, whatever else the sentence says of it.
        static DETECTION_KEY: LazyLock<Regex> =
            LazyLock::new(|| re(r"^\W*(detection|detected|discovery|discovered)\W*$"));
        if k == 0
            && line.l.label_len > 0
            && DETECTION_KEY.is_match(&line.lower[..line.l.label_len.min(line.lower.len())])
        {
            s.detected.push((st.clone(), "stated-detected", weight));
        }
        if FIRST_SEEN.is_match(
            before_trim.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | ',' | '-' | '(')
            }),
        ) {
            // "First noticed at": when someone saw it, which is also
            // the earliest the outage is known to have begun.
            s.start.push((st.clone(), "stated-first-seen", weight));
            s.detected.push((st, "stated-detected", weight));
        } else if later_episode
            || NOT_SINCE.is_match(clause)
            || SCHEDULED.is_match(clause)
            || HELD_LATER.is_match(clause)
            || counterfactual(ctx.doc, line.li, &text[back(text, t.start)..t.start])
        {
            // Another episode's times are not this outage's.
        } else if !in_timeline && NORMAL_SINCE.is_match(clause) {
            // "Error rates have been at normal levels since 16:47",
            // "dashboards have been loading normally since 09:03": when the
            // healthy state began, that is, when the outage ended.
            s.end.push((st, "stated-end", weight + LABEL_BONUS));
        } else if (START_LABEL.is_match(before_trim.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | ',' | '-' | '(' | 'a' | 't')
        })) || START_LABEL.is_match(&before_trim))
            && !CHANGE_BEGAN.is_match(clause)
            && !WHICH_OCCURRED.is_match(&before_trim)
            || START_AFTER.is_match(after)
            || !in_timeline && TIME_HEADER.is_match(&before_src)
        {
            let (lo, hi) = (back(&line.lower, t.start), ahead(&line.lower, t.end));
            let near = &line.lower[lo..hi];
            let sentence = &near[grammar::sentence_start(near, t.start - lo)
                ..grammar::sentence_end(near, t.end - lo)];
            // (Not where the sentence also tells the impact: "At 09:00 card
            // payments began failing, while transfers ran without incident".)
            if !UNHARMED.is_match(sentence) || IMPACT_CUE.is_match(sentence) {
                s.start.push((st, "stated-start", weight + LABEL_BONUS));
            }
        } else if (END_LABEL.is_match(before_trim.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | ',' | '-' | '(' | 'a' | 't' | 'b' | 'y')
        })) || END_LABEL.is_match(&before_trim))
            && (!NOT_UNTIL.is_match(clause) || NOT_BACK_UNTIL.is_match(clause))
        {
            // In a timeline, "until" or "restored" in an entry's prose is
            // read with the entry; a line that opens with an end label
            // ("End Time: October 11, 23:09") states the end outright.
            if !in_timeline
                || line.duration_line
                || END_LABEL_LINE.is_match(&strip_all_dates(&text[..t.start]))
            {
                // The contract's end is when service was fully restored:
                // an end stated as full recovery outranks another stated
                // end (one of degraded service, say).
                static FULLY: LazyLock<Regex> = LazyLock::new(|| {
                    re(
                        r"\b(fully|completely|full\s+(recovery|restoration|service)|complete\s+(recovery|restoration))\b",
                    )
                });
                let full = if FULLY.is_match(clause) {
                    FULL_RECOVERY_BONUS
                } else {
                    0.0
                };
                s.end.push((st, "stated-end", weight + LABEL_BONUS + full));
            }
        } else if DETECT_LABEL.is_match(&before_trim)
            || line.roles.has(Roles::DETECTION) && detection_sections.insert(line.l.section)
            || {
                // "detected" or "alert" in the sentence that holds the
                // time, not in an earlier one.
                let b = &line.lower[back(&line.lower, t.start)..t.start];
                let sent = &b[crate::text::grammar::sentence_start(b, b.len())..];
                sent.contains("detected") || sent.contains("alert")
            }
        {
            // "An alert was received @ 23:38 that the website was down":
            // outside a timeline, the moment it was noticed is also the
            // earliest the text puts the outage at (weakly: a stated or
            // earlier start wins).
            let (lo, hi) = (back(&line.lower, t.start), ahead(&line.lower, t.end));
            let near = &line.lower[lo..hi];
            let (at, end) = (t.start - lo, t.end - lo);
            let sentence = &near[crate::text::grammar::sentence_start(near, at)
                ..crate::text::grammar::sentence_end(near, end)];
            if !in_timeline && IMPACT_CUE.is_match(sentence) {
                s.start.push((st.clone(), "detected-with-impact", W_PROSE));
            }
            s.detected.push((st, "stated-detected", weight));
        } else if !in_timeline || !entry {
            // (A timeline line that is no entry, its time inside a
            // sentence - "Around 12:20 the site became responsive again" -
            // is read as prose: nothing else reads it.)
            prose_time(ctx, line, t, st, s);
        }
    }
}

/// How far around a time its label, clause and sentence are read, in bytes.
/// Reading the whole line instead made a line's work grow with its length
/// times the number of times on it (a 4 MB line of prose took hours); a
/// label or a sentence is far shorter than this.
const AROUND: usize = 400;

/// The character boundary at most `AROUND` bytes before `at`.
fn back(s: &str, at: usize) -> usize {
    let mut i = at.saturating_sub(AROUND);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The character boundary at most `AROUND` bytes after `at`.
fn ahead(s: &str, at: usize) -> usize {
    let mut i = (at + AROUND).min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text before a time, as the label it gives: dates removed, and the
/// qualifiers and agent after the verb ("started at approximately", "was
/// fixed by AWS at about").
fn label_before(before: &str) -> String {
    static QUALIFIERS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(\s+by\s+(the\s+|our\s+|their\s+)?[\w'’.-]+)?(\s+(at|on|around|about|approximately|approx\.?|roughly|circa|~))+\s*$",
        )
    });
    // "End (UTC): ...": the zone noted between the label and its colon.
    static ZONE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\s*\(\s*(utc|gmt|z|local(\s+time)?|[a-z]{2,4}t|(utc|gmt)\s*[+-]\s*\d{1,2}(:?\d{2})?)\s*\)",
        )
    });
    let before = ZONE_NOTE.replace_all(before, "");
    let before_trim = strip_dates(&before);
    match QUALIFIERS.find(&before_trim) {
        Some(m) if m.start() > 0 => before_trim[..m.start()].to_string(),
        _ => before_trim,
    }
}

/// A time in prose: read the sentence around it (with the previous line of
/// the same paragraph, as prose is wrapped) for a restore, a detection or
/// the impact.
fn prose_time(ctx: &Ctx, line: &StatedLine, t: &TimeMention, st: Stamp, s: &mut Stated) {
    let l = line.l;
    let prev = line
        .li
        .checked_sub(1)
        .map(|p| &ctx.doc.lines[p])
        .filter(|p| p.section == l.section && matches!(p.kind, Kind::Text | Kind::ItemCont))
        .map_or("", |p| p.text.as_str());
    // The sentence is read within `AROUND` bytes of the time.
    let (lo, hi) = (back(line.text, t.start), ahead(line.text, t.end));
    let prev = if lo == 0 {
        &prev[back(prev, prev.len())..]
    } else {
        ""
    };
    // A sentence hard-wrapped onto the next line ("On Tuesday at 02:01 UTC
    // several services\nhad a 98 minute service disruption.") is read on.
    let rest = line.text[t.end..hi].trim_end();
    // ("... came in at 8:44 a.m." ends its line and its sentence: the time
    // took the full stop.)
    let closed = rest.is_empty() && line.text[..t.end].ends_with('.');
    let next = if hi == line.text.len() && !closed && !rest.ends_with(['.', '!', '?', ';', ':']) {
        ctx.doc
            .lines
            .get(line.li + 1)
            .filter(|n| n.section == l.section && matches!(n.kind, Kind::Text | Kind::ItemCont))
            .filter(|_| matches!(l.kind, Kind::Text | Kind::Item(_) | Kind::ItemCont))
            .map_or("", |n| &n.text[..ahead(&n.text, 0)])
    } else {
        ""
    };
    let joined = format!("{prev} {} {next}", &line.text[lo..hi]);
    let at = prev.len() + 1 + t.start - lo;
    let from = crate::text::grammar::sentence_start(&joined, at);
    let to = crate::text::grammar::sentence_end(&joined, at);
    let sentence = &joined[from..to];
    // A sentence telling several moments ("was discovered by 22:50 and
    // resolved at 23:01"): each time is read with its own clause, the
    // words between the time before it and itself, when they carry a cue.
    let pos = |b: usize| prev.len() + 1 + b - lo;
    let in_sentence: Vec<&TimeMention> = line
        .times
        .iter()
        .filter(|u| u.start >= lo && u.end <= hi && pos(u.start) >= from && pos(u.end) <= to)
        .collect();
    let clause_from = in_sentence
        .iter()
        .filter(|u| u.end <= t.start)
        .map(|u| pos(u.end))
        .max()
        .unwrap_or(from);
    let own = (in_sentence.len() > 1)
        .then(|| cue_of(&joined[clause_from..at]))
        .filter(|c| c.resolve || c.detect || c.impact);
    let c = own.unwrap_or_else(|| cue_of(sentence));
    // "fully resolved" outweighs "started seeing recovery".
    static FULLY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(fully|completely)\s+(resolved|restored|recovered|mitigated)|\bfull\s+recovery|returned\s+to\s+normal\s+operations?",
        )
    });
    // "That circuit came back up at 11:21 pm, and no subscriber traffic
    // had been affected": something that harmed no one, neither the
    // outage's start nor its end.
    // (Only a recovery: "At 09:00 the API went down, but no other
    // services were affected" keeps its start, and "no other", "no
    // further", "no data" say the harm stopped at what came back.)
    static NOTHING_HARMED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\bno\s+(\w+\s+){0,2}(had\s+been|has\s+been|was|were)\s+(affected|impacted)\b")
    });
    static NO_OTHER: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bno\s+(other|further|additional|more|customer\s+data|data)\b"));
    if c.resolve && NOTHING_HARMED.is_match(sentence) && !NO_OTHER.is_match(sentence) {
        return;
    }
    if c.resolve && !c.temporary {
        let w = if FULLY.is_match(sentence) {
            W_PROSE_FULLY_RESTORED
        } else {
            W_PROSE
        };
        s.end.push((st, "prose-restored", w));
    } else if c.detect {
        // "At 9:34 pm our servers reported an out-of-memory error": the
        // moment it was noticed is also the earliest the text puts the
        // outage at, when the sentence tells the failure (weakly, as for a
        // stated detection).
        if c.impact {
            s.start.push((st.clone(), "detected-with-impact", W_PROSE));
        }
        s.detected.push((st, "prose-detection", W_PROSE));
    } else if c.impact {
        // "At approximately 01:55 UTC we experienced a service
        // degradation": the authors state when the outage began.
        static BEGAN: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(experienced|suffered|had|saw)\s+(an?\s+|the\s+)?(\w+\s+){0,3}(outage|degradation|disruption|interruption|downtime|incident)\b|\b(outage|degradation|disruption|interruption|downtime|incident|impact|attack)\s+(began|started|commenced)\b",
            )
        });
        let w = if BEGAN.is_match(sentence) {
            W_PROSE_STATED_START
        } else {
            W_PROSE
        };
        s.start.push((st, "prose-impact", w));
    }
}

/// "At 21:45 the team became aware ... it is mitigated 11 minutes later":
/// the end is the stated time plus the delay (outside a timeline, while no
/// end is stated).
fn stated_delays(ctx: &Ctx, line: &StatedLine, s: &mut Stated) {
    static LATER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(mitigated|resolved|restored|fixed|stopped|contained|recovered|back\s+online)\b(\s+\w+){0,3}?\s+(?P<n>\d+|[a-z]+)\s+(?P<u>minutes?|mins?|hours?|hrs?)\s+later\b",
        )
    });
    if line.in_timeline || !s.end.is_empty() {
        return;
    }
    for c in LATER.captures_iter(line.text) {
        let at = c.get(0).unwrap().start();
        let Some(base) = line.times.iter().rfind(|t| t.end <= at) else {
            continue;
        };
        let Some(n) = grammar::word_number(&c["n"]) else {
            continue;
        };
        let unit = if c["u"].starts_with('h') { 60.0 } else { 1.0 };
        let mut st = ctx.stamp(line.li, base, line.text);
        let m = st.minutes + (n * unit) as i32;
        if m >= 24 * 60 || n <= 0.0 {
            continue;
        }
        st.minutes = m;
        s.end.push((st, "stated-delay-after", line.weight));
    }
}

/// Phases chain: each starts when the one before ended. A chain spans the
/// outage; phases that do not chain are stated ranges.
fn chain_phases(phases: Vec<(Stamp, Stamp, f32)>, s: &mut Stated) {
    let chain = phases
        .iter()
        .enumerate()
        .skip(1)
        .take_while(|(k, p)| p.0.minutes == phases[k - 1].1.minutes)
        .count()
        + 1;
    if phases.len() > 1 && chain > 1 {
        let w = phases[..chain].iter().map(|p| p.2).fold(0.0, f32::max);
        s.start
            .push((phases[0].0.clone(), "stated-phases", w + PHASES_BONUS));
        s.end.push((
            phases[chain - 1].1.clone(),
            "stated-phases",
            w + PHASES_BONUS,
        ));
    } else {
        for (a, b, w) in phases {
            s.start.push((a, "stated-range", w));
            s.end.push((b, "stated-range", w));
        }
    }
}

/// A date that starts within a few characters after `from` ("UTC on 26 Jun").
fn date_near_after(text: &str, from: usize, limit: usize) -> Option<DateMention> {
    find_dates(&text[from..limit.min(text.len())])
        .into_iter()
        .next()
        .filter(|m| {
            let gap = text[from..from + m.start]
                .trim()
                .trim_start_matches(['(', ','])
                .trim();
            // "UTC on 26 Jun", "UTC on the 26 Jun".
            let gap = gap.to_ascii_lowercase();
            let gap = gap.trim_start_matches(", ").trim_start_matches("on").trim();
            gap.is_empty() || gap == "the"
        })
        .map(|mut m| {
            m.start += from;
            m.end += from;
            m
        })
}

/// Whether a date ends right before `at` ("May 15, 2024, 12:45").
fn date_near_before(text: &str, at: usize) -> bool {
    let from = back(text, at);
    find_dates(&text[from..at]).last().is_some_and(|m| {
        let gap = text[from + m.end..at].trim();
        gap.is_empty()
            || matches!(
                gap,
                "," | "at" | "-" | "–" | "from" | ", from" | "between" | ", between"
            )
    })
}

fn strip_all_dates(s: &str) -> String {
    let mut out = s.to_string();
    for m in find_dates(s).iter().rev() {
        out.replace_range(m.start..m.end, " ");
    }
    static ON: LazyLock<Regex> = LazyLock::new(|| re(r"\bon\b"));
    ON.replace_all(&out, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_dates(s: &str) -> String {
    let mut out = s.to_string();
    let ms = find_dates(s);
    for m in ms.iter().rev() {
        out.replace_range(m.start..m.end, "");
    }
    let out = out.trim_end();
    out.trim_end_matches([',', ' ']).to_string()
}

/// Absolute minutes since an epoch for a stamp, in UTC when its zone is known.
fn absolute(s: &Stamp, base_date: Option<jiff::civil::Date>, fallback_zone: Option<&Zone>) -> i64 {
    let day = match (s.date.and_then(|d| d.to_civil()), base_date) {
        (Some(d), Some(b)) => (d - b).get_days() as i64,
        _ => s.day as i64,
    };
    let date_for_dst = s.date.and_then(|d| d.to_civil()).or(base_date);
    let off = s
        .zone
        .as_ref()
        .or(fallback_zone)
        .and_then(|z| z.offset_on(date_for_dst))
        .unwrap_or(0) as i64;
    day * 1440 + s.minutes as i64 - off
}

pub fn extract(doc: &Document, ex: &mut Extraction) {
    let (ctx, fm_zone) = context(doc, ex);
    let g = gather(&ctx);
    let marks = Marks::of(doc, &g.events);
    let (mut start, mut end) = pick_start_end(doc, &g, &marks);
    // An undated start that the text also states with its day ("failing
    // since ... at `2022-04-20 19:48`" beside the log's "19:48 - the
    // listener fails"): the same moment, so the day is the stated one.
    if let Some(s) = start.stamp.as_mut()
        && s.date.is_none()
        && let Some(d) =
            g.st.start
                .iter()
                .map(|(t, _, _)| t)
                .find(|t| {
                    t.minutes == s.minutes
                        && t.date.is_some_and(|d| d.year.is_some())
                        && (t.zone.is_none() || s.zone.is_none() || t.zone == s.zone)
                })
                .and_then(|t| t.date)
    {
        s.date = Some(d);
    }
    // The timeline entry at the end time (or the last "restored" entry).
    let end_event = end
        .stamp
        .as_ref()
        .and_then(|s| g.events.iter().rposition(|e| e.stamp.minutes == s.minutes))
        .or(marks.last_resolve.or(marks.last_fix));
    ex.hints.end_event_line = end_event
        .and_then(|i| g.events[i].stamp.line)
        .map(|li| doc.lines[li].no);
    let mut det = pick_detected(doc, &g, &marks, start.stamp.as_ref(), end_event);
    // The timeline entries that tell the noticing at the detected time,
    // wherever the time itself was read from ("at 7:06am we observed a
    // backlog" in the summary, "07:06: the team was paged" in the log).
    ex.hints.detected_event_lines = det.stamp.as_ref().map_or(Vec::new(), |d| {
        g.events
            .iter()
            .filter(|e| e.cue.detect && e.stamp.minutes == d.minutes && e.stamp.day == d.day)
            .filter_map(|e| e.stamp.line)
            .filter(|&li| doc.lines[li].roles(doc).has(Roles::TIMELINE))
            .map(|li| doc.lines[li].no)
            .collect()
    });

    detected_in_the_afternoon(&start, &end, &mut det);

    // ---- date
    let (mut date, date_prov, mut date_rule, date_all) =
        pick_date(&ctx, doc, start.stamp.as_ref(), &g.events, &g.fm);
    // "The server went offline without notice yesterday" in a post that
    // only its publication dates: the incident was the day before.
    if matches!(
        date_rule,
        "front-matter-date" | "metadata-date" | "dateline" | "publication-date"
    ) && start.stamp.is_none()
        && told_yesterday(doc)
    {
        date = date.map(prev_day);
        date_rule = "day-before-publication";
    }
    let base_civil = date.and_then(|d| d.to_civil());

    // Store the times.
    store_time(ex, Field::Start, &mut start);
    store_time(ex, Field::End, &mut end);
    store_time(ex, Field::Detected, &mut det);

    if let Some(d) = date.and_then(|d| d.iso()) {
        ex.incident.date = Some(d);
        // A post's publication day is the incident's more often than not,
        // but by no means always.
        let conf = if date_rule == "publication-date" {
            PUBLISHED_DATE_CONFIDENCE
        } else {
            DATE_CONFIDENCE
        };
        ex.decide("date", date_prov, date_rule, conf, date_all);
    } else {
        ex.decide("date", None, "none", 0.0, date_all);
    }

    store_tz(doc, ex, fm_zone.as_ref(), &start);
    let (start_abs, end_abs) = store_minutes(
        ex,
        &g.events,
        base_civil,
        [&start, &end, &det],
        ctx.twelve_hour,
        doc,
    );
    store_utc(ex, base_civil, start.stamp.as_ref(), start_abs, end_abs);

    duration_stated(doc, ex);
    mitigated(&g.events, ex, doc);
}

/// Read the document once for what every phase needs: each line's times
/// and dates, the zones declared and written, the day/month order, and
/// whether it is a 12-hour document. Also returns the zone pinned in front
/// matter, as written and parsed. The zones written go to `ex.hints`.
fn context<'a>(doc: &'a Document, ex: &mut Extraction) -> (Ctx<'a>, Option<(String, Zone)>) {
    let (doc_zone, section_zone) = declared_zones(doc);
    let logged = timeline_in_code(doc);
    let line_times: Vec<Vec<TimeMention>> = doc
        .lines
        .iter()
        .zip(&logged)
        .map(|(l, logged)| {
            if l.kind == Kind::Code && !logged {
                Vec::new()
            } else {
                find_times(&l.text)
            }
        })
        .collect();
    let line_dates: Vec<Vec<DateMention>> = doc.lines.iter().map(|l| find_dates(&l.text)).collect();
    let (zone_counts, meridiems, all_times) = count_written(doc, &line_times, ex);
    // The zone most written, else the one zone declared on a section ("##
    // Timeline (all times in PST)"): with no other zone written anywhere,
    // it is the document's clock.
    let mut declared: Vec<&Zone> = section_zone.iter().flatten().collect();
    declared.dedup_by(|a, b| a.name == b.name);
    let common_zone = zone_counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(z, _)| z.clone())
        .or_else(|| (declared.len() == 1).then(|| declared[0].clone()));
    let fm_zone = doc
        .front
        .get_str("tz")
        .or_else(|| doc.front.get_str("timezone"))
        .and_then(|z| grammar::parse_zone(&z).map(|p| (z, p)));
    let doc_zone = doc_zone.or_else(|| fm_zone.as_ref().map(|(_, p)| p.clone()));
    let ctx = Ctx {
        doc,
        day_first: day_first(&line_dates)
            .or_else(|| common_zone.as_ref().and_then(date_order_of_zone)),
        doc_zone,
        section_zone,
        common_zone,
        twelve_hour: meridiems * 3 >= all_times && meridiems > 0,
        times: line_times,
        dates: line_dates,
        meta: (0..doc.lines.len()).map(|i| is_meta_at(doc, i)).collect(),
        logged,
        tells: vec![std::cell::OnceCell::new(); doc.lines.len()],
        anchor: None,
    };
    // (Else the first full date the text writes outside its metadata.)
    let anchor = anchor_date(&ctx).or_else(|| {
        (0..doc.lines.len())
            .filter(|&li| !ctx.meta[li])
            .find_map(|li| {
                ctx.dates_of(li, &doc.lines[li].text)
                    .into_iter()
                    .find_map(|(_, d)| d.filter(|d| d.year.is_some()).and_then(|d| d.to_civil()))
            })
    });
    let ctx = Ctx { anchor, ..ctx };
    (ctx, fm_zone)
}

/// The lines of code blocks in a timeline section that are the timeline
/// itself, pasted as code ("```" over "2023-06-17 19:10 Issue reported by
/// a user"): most of the block's lines open with a clock time (after an
/// optional date) followed by words. Log output is not: its times carry
/// seconds with fractions ("07:34:22.609 ERROR ..."), which `ENTRY` does
/// not take (no word follows the seconds).
fn timeline_in_code(doc: &Document) -> Vec<bool> {
    static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W{0,3}(\d{4}-\d{2}-\d{2}[ T]|\d{1,2}/\d{1,2}(/\d{2,4})?\s+)?\d{1,2}:\d{2}(:\d{2})?(\s*(am|pm|utc|z))?\s*[-:|,]?\s+[a-z]",
        )
    });
    let is_code = |l: &Line| l.kind == Kind::Code;
    let mut out = vec![false; doc.lines.len()];
    for block in doc.runs(is_code, is_code) {
        if !doc.lines[block.start].roles(doc).has(Roles::TIMELINE) {
            continue;
        }
        let lines: Vec<usize> = block
            .filter(|&k| !doc.lines[k].text.trim().is_empty())
            .collect();
        let entries: Vec<usize> = lines
            .iter()
            .copied()
            .filter(|&k| ENTRY.is_match(&doc.lines[k].text))
            .collect();
        if entries.len() >= 2 && entries.len() * 3 >= lines.len() * 2 {
            for k in entries {
                out[k] = true;
            }
        }
    }
    out
}

/// The zones written with times, each with how often it is written (the
/// first time each is seen goes to `ex.hints.zones`); how many times are
/// written with am/pm; how many times there are.
fn count_written(
    doc: &Document,
    line_times: &[Vec<TimeMention>],
    ex: &mut Extraction,
) -> (Vec<(Zone, usize)>, usize, usize) {
    let mut zone_counts: Vec<(Zone, usize)> = Vec::new();
    let mut meridiems = 0;
    let mut all_times = 0;
    // A field of a pasted log record ('time="2022-01-11T00:03:33Z"',
    // 'start=2022-...Z'): the machine's clock, not the one the authors
    // write their own times in.
    let log_field = |text: &str, t: &TimeMention| {
        let before = text[..t.start].trim_end_matches('"');
        before.ends_with('=') && text[t.start..t.end].contains('T')
    };
    for (l, times) in doc.lines.iter().zip(line_times) {
        for t in times.iter().cloned() {
            all_times += 1;
            if t.meridiem.is_some() {
                meridiems += 1;
            }
            if log_field(&l.text, &t) {
                continue;
            }
            if let Some(z) = t.zone {
                match zone_counts.iter_mut().find(|(zz, _)| zz.name == z.name) {
                    Some((_, n)) => *n += 1,
                    None => {
                        ex.hints
                            .zones
                            .push((z.name.clone(), z.offset_on(None), l.no));
                        zone_counts.push((z, 1));
                    }
                }
            }
        }
    }
    (zone_counts, meridiems, all_times)
}

/// What the document says of its times: the timeline's entries, the times
/// stated in prose and the front matter's.
struct Gathered {
    events: Vec<Event>,
    st: Stated,
    fm: FmTimes,
}

/// The timeline (less background entries), the stated times (dated by the
/// log where they are entries of it) and the front matter's times (in the
/// document's zone when written without one).
fn gather(ctx: &Ctx) -> Gathered {
    let mut events = timeline(ctx);
    // Entries dated a week or more before the day the title or the summary
    // gives for the incident are background (the change that set it up).
    if let Some(anchor) =
        anchor_date(ctx).and_then(|a| a.checked_sub(jiff::Span::new().days(7)).ok())
    {
        events.retain(|e| {
            e.stamp
                .date
                .and_then(|d| d.to_civil())
                .is_none_or(|d| d >= anchor)
        });
    }
    // The lines of a log (three entries or more): a range that opens one
    // is a step's span.
    let mut entries = vec![false; ctx.doc.lines.len()];
    if events.len() >= 3 {
        for li in events.iter().filter_map(|e| e.stamp.line) {
            entries[li] = true;
        }
    }
    let mut st = stated(ctx, &entries);
    date_stated_by_log(&mut st, &events);
    let mut fm = front_matter_times(ctx.doc);
    // A front-matter `date` with a clock time is the start (status pages),
    // unless the body tells the incident's moments on earlier days: then
    // it is when the post was published.
    if fm.start_is_date
        && let Some(published) = fm
            .start
            .as_ref()
            .and_then(|s| s.date)
            .and_then(|d| d.to_civil())
    {
        // A day written without its year is read in the year of
        // publication ("On March 29th" in a post of October 13).
        let earlier_day = |d: Date| {
            match d.year {
                Some(_) => d.to_civil(),
                None => jiff::civil::Date::new(published.year(), d.month as i8, d.day as i8).ok(),
            }
            .is_some_and(|d| d < published)
        };
        let earlier = |s: &Stamp| s.date.is_some_and(earlier_day);
        // The front matter's title or description, or a heading, that
        // names an earlier day ("incident on 17th June 2019" in a post
        // dated 2 July): the post was published after the incident.
        let day_before = |text: &str| {
            find_dates(text)
                .iter()
                .filter_map(|m| resolve_slash(m, None))
                .any(earlier_day)
        };
        let named_earlier = ["title", "description", "summary"]
            .iter()
            .filter_map(|k| ctx.doc.front.get_str(k))
            .any(|v| day_before(&v))
            || ctx.doc.lines.iter().enumerate().any(|(li, l)| {
                matches!(l.kind, Kind::Heading(_))
                    && ctx
                        .dates_of(li, &l.text)
                        .into_iter()
                        .filter_map(|(_, d)| d.filter(|d| d.year.is_some())?.to_civil())
                        .any(|d| d < published)
            });
        // A blog engine's post ("layout: post", a permalink) with no
        // status-page key (severity, resolved, affected systems) is dated
        // when it was published.
        let front = &ctx.doc.front;
        let blog_post = (front
            .get_str("layout")
            .is_some_and(|l| l.to_ascii_lowercase().contains("post"))
            || ["permalink", "tumblr_url"]
                .iter()
                .any(|k| front.get(k).is_some()))
            && ![
                "severity",
                "resolved",
                "resolvedWhen",
                "affected",
                "affectedsystems",
            ]
            .iter()
            .any(|k| front.get(k).is_some());
        if named_earlier
            || blog_post
            || events.iter().any(|e| earlier(&e.stamp))
            || st.start.iter().chain(&st.end).any(|(s, _, _)| earlier(s))
        {
            fm.start = None;
        }
    }
    for s in [&mut fm.start, &mut fm.end, &mut fm.detected]
        .into_iter()
        .flatten()
    {
        if s.zone.is_none() {
            s.zone = ctx.default_zone(None);
        }
    }
    Gathered { events, st, fm }
}

/// A stated time that is also an entry of a log dated line by line is
/// that entry ("Date/time: 03-06 21:14" over "### 03-05 / 21:14 - the
/// outage starts"): the log, written as it happened, gives its day.
fn date_stated_by_log(st: &mut Stated, events: &[Event]) {
    for (s, _, _) in st.start.iter_mut().chain(st.detected.iter_mut()) {
        if s.date.is_none() {
            continue;
        }
        let same: Vec<Date> = events
            .iter()
            .filter(|e| {
                e.stamp.minutes == s.minutes
                    && e.stamp.line != s.line
                    && match (&e.stamp.zone, &s.zone) {
                        (Some(a), Some(b)) => a == b || same_region(a, b),
                        _ => true,
                    }
            })
            .filter_map(|e| e.stamp.date)
            .collect();
        if let [d] = same.as_slice()
            && Some(*d) != s.date
        {
            s.date = Some(*d);
        }
    }
}

/// The timeline entries that candidates for start, end and detected are
/// read from (indices into the events).
struct Marks {
    /// The first entry saying impact began or it was noticed.
    first_impact: Option<usize>,
    /// The first entry that is more than the change, and no restore.
    first_nontrigger: Option<usize>,
    /// The last entry saying service came back (for good).
    last_resolve: Option<usize>,
    /// With no such entry, the last saying the fix shipped.
    last_fix: Option<usize>,
    /// The last entry that marks the outage's end in so many words
    /// ("Impact ends.", "Outage over.").
    marked_end: Option<usize>,
}

impl Marks {
    fn of(doc: &Document, events: &[Event]) -> Marks {
        // No entry says service came back, but one says the fix shipped:
        // that is the end the log gives (weakly).
        static FIX_SHIPPED: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b((patch|fix|hotfix)(es)?\s+(was\s+|were\s+|is\s+)?(\w+\s+){0,2}(deployed|released|applied|rolled\s+out|shipped)|(deployed|released|applied|shipped|rolled\s+out)\s+(a|an|the)\s+(\w+\s+){0,2}(fix|patch|hotfix)|patched\s+and\s+deployed|(fix|patch|hotfix)\w*\b[^.;]{0,60}\b(deploy(ment|ed)\s+(is\s+|was\s+)?(completed?|finished|done)|lands?|landed|published)|(final|fixed|hotfix|patch(ed)?)\s+(release|version|build)\s+(was\s+|is\s+)?(published|released|deployed|shipped)|(corrected|fixed|repaired)\b[^.;]{0,80}\b(deployed|rolled\s+out|applied|pushed)\s+(to|in|into|on)\s+(production|prod|live)\b)\b",
            )
        });
        // "Announced the recovery on Discord" after "recovery completed":
        // telling of the recovery comes after it, so an entry announcing
        // it is the end only where no entry records the recovery itself.
        // So is an entry that only closes the incident ("1600 Incident
        // closed.", "bug closed", "response channel closed") after one that
        // says service came back: closing is paperwork done once it has.
        static ANNOUNCED: LazyLock<Regex> =
            LazyLock::new(|| re(r"^\W*((we|the\s+team)\s+)?announc(e|ed|es|ing)\b"));
        static CLOSED: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(incident|ticket|bug|issue|channel|case|bridge|war\s*room)\s+(\S+\s+)?(was\s+|is\s+|has\s+been\s+)?closed\b|\bclosed?\s+(the\s+|this\s+)?(\w+\s+)?(incident|ticket|bug|issue|channel|case|bridge)\b|^\W*closed\W*$",
            )
        });
        static BACK: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(restor\w*|recover\w*|resolv\w*|back\b|healthy|normal\w*|operational|stable|fixed|mitigated|working)",
            )
        });
        let restored = |e: &Event| e.cue.resolve && !e.cue.post && !e.cue.temporary;
        // (An announcement that also tells the recovery as an event, "we
        // announced it resolved after the API was restored", is the end.)
        static TOLD_BACK: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(was|were|has\s+been|have\s+been)\s+(fully\s+)?(restored|recovered|fixed|back)\b",
            )
        });
        let paperwork = |e: &Event| {
            ANNOUNCED.is_match(&e.what) && !TOLD_BACK.is_match(&e.what)
                || CLOSED.is_match(&e.what) && !BACK.is_match(&e.what)
        };
        let last_resolve = events
            .iter()
            .rposition(|e| restored(e) && !paperwork(e))
            .or_else(|| events.iter().rposition(restored));
        let last_fix = if last_resolve.is_none() {
            events
                .iter()
                .rposition(|e| FIX_SHIPPED.is_match(&e.what) && !e.cue.post && !e.cue.temporary)
        } else {
            None
        };
        let telling = |e: &Event| (e.cue.impact || e.cue.detect) && !e.cue.post;
        let mut first_impact = events.iter().position(telling);
        // A summary that dates the impact later than the timeline's own
        // first entry of impact, both on stated dates ("at 18:04 UTC invalid
        // state was committed" above a log whose entry for it reads 09:04): the summary's clock is the slip, the log the record.
        // (A whole number of hours apart, as a clock read in the wrong zone
        // is; the log's entry must tell impact, not a precursor noticed.)
        if let Some(i) = first_impact
            && !events[i].in_timeline(doc)
            && events[i].dated()
            && let Some(j) = events
                .iter()
                .position(|e| e.cue.impact && !e.cue.post && e.in_timeline(doc))
            && events[j].dated()
            && abs_guess(&events[j].stamp) < abs_guess(&events[i].stamp)
            && (abs_guess(&events[i].stamp) - abs_guess(&events[j].stamp)) % 60 == 0
        {
            first_impact = Some(j);
        }
        // The log's first word of trouble is someone noticing it ("9:31
        // on-call paged by the error-rate alert"), and the entry just
        // before says what went wrong in words no cue knows ("dashboards
        // began loading blank", "observations stop updating", "p95 above
        // 3 s"): a log records the failure before the noticing, so that
        // entry is where impact began. Not a change, a restore, a
        // follow-up or another noticing, and not told later than it.
        // Words of something wrong, wider than the impact cue's (which
        // decides alone): a state gone bad ("stop sending", "loading
        // blank", "p95 above 3 s", "duplicated lines written"), not a
        // scene ("fireworks displays begin") or a check ("all fine").
        static TROUBLE: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(stop(s|ped|ping)?|blank|above|below|spik\w*|climb\w*|ris(e|es|ing)|queu\w*|rapid\w*|missing|mismatch\w*|duplicat\w*|wrong|stale|empty|no\s+longer|not|never|nothing|fail\w*|errors?|erroring|drop\w*|hang(s|ing)?|hung|freez\w*|froze|slow\w*|late|delay\w*|backlog\w*|full|exhaust\w*|lost|los(e|es|ing)|broken|break(s|ing)?|down|unavailable|refus\w*|reject\w*|time(d|s)?\s+out|timeouts?|[45]\d\d|[45]xx|high|zero|flap\w*|crash\w*|panic\w*|oom|leak\w*|invalid|corrupt\w*|degrad\w*|disappear\w*|vanish\w*|can['\x{2019}]?t|cannot|unable|doubl\w*)\b",
            )
        });
        // (The two entries of one section, the earlier above.)
        let section = |e: &Event| e.stamp.line.map(|li| (doc.lines[li].section, li));
        if let Some(i) = first_impact
            && i > 0
            && events[i].cue.detect
        {
            let p = &events[i - 1];
            let plain =
                !(p.cue.trigger || p.cue.resolve || p.cue.post || p.cue.temporary || p.cue.detect);
            let above = matches!(
                (section(p), section(&events[i])),
                (Some((a, x)), Some((b, y))) if a == b && x < y
            );
            // (Not a state the authors call expected or fine: "traffic
            // rises as planned", "CPU high as expected", "nothing unusual",
            // "canary not showing any problems", "zero discrepancies".)
            static EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\bas\s+(planned|expected|scheduled|usual|normal|forecast)\b|\b(nothing\s+unusual|unrelated|routine|normal(ly)?)\b|\b(not|no|zero|without|never)\s+(showing\s+|seeing\s+|any\s+|reporting\s+|new\s+){0,2}(problems?|issues?|errors?|discrepanc\w*|failures?|anomal\w*|alerts?|complaints?)\b",
                )
            });
            if plain
                && above
                && TROUBLE.is_match(&p.what)
                && !EXPECTED.is_match(&p.what)
                && !is_later(&p.stamp, &events[i].stamp)
            {
                first_impact = Some(i - 1);
            }
        }
        // "SERVFAIL rate back to baseline. Impact ends.", "All sites
        // serving normally. **Outage over.**": the authors mark the end;
        // entries after it ("signing pipeline resumed", "customers
        // emailed") are the clean-up.
        static MARKED_END: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(impact|outage|incident|downtime|disruption)\s+(ends|ended|is\s+over|was\s+over|over)\b|\bend\s+of\s+(the\s+)?(customer\s+)?(impact|outage|downtime|disruption)\b",
            )
        });
        // Not a forecast ("expected end of outage around 16:00"), not an
        // end for some ("impact ends for about 90% of users"), and not one
        // that a later entry takes back (still failing) or completes
        // (fully restored).
        static NOT_MARKED: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"\b(expected|estimated|forecast|eta|planned|scheduled|projected|partial(ly)?)\b|\bfor\s+(about\s+|roughly\s+|~\s*|some|most|many|\d+\s*%)|\b(when|if|until|whether|once|after|before|see|till)\s+(the\s+)?(customer\s+)?(impact|outage|incident|downtime|disruption)\s+(ends|ended|is\s+over|was\s+over|over)",
            )
        });
        static FULL_BACK: LazyLock<Regex> = LazyLock::new(|| {
            re(r"\b(fully|completely|remaining|all\s+(users|customers|services|regions))\b")
        });
        let marked_end = events
            .iter()
            .rposition(|e| {
                MARKED_END.is_match(&e.what)
                    && !NOT_MARKED.is_match(&e.what)
                    && !e.cue.post
                    && !e.cue.temporary
                    && !NEG_RESOLVE.is_match(&e.what)
            })
            .filter(|&i| {
                !events[i + 1..].iter().any(|e| {
                    e.cue.impact && !e.cue.resolve || e.cue.resolve && FULL_BACK.is_match(&e.what)
                })
            });
        Marks {
            marked_end,
            first_impact,
            // The restored entry is not where the outage began.
            first_nontrigger: events
                .iter()
                .position(|e| (!e.cue.trigger || e.cue.impact || e.cue.detect) && !e.cue.resolve),
            last_resolve,
            last_fix,
        }
    }
}

/// One time field decided: the winning candidate, the stamp it was read
/// from, and every candidate as scored.
struct Choice {
    cand: Option<Candidate>,
    stamp: Option<Stamp>,
    all: Vec<Candidate>,
}

impl Choice {
    fn of(cands: Vec<(Candidate, Stamp)>) -> Choice {
        let (cand, stamp, all) = resolve(cands);
        Choice { cand, stamp, all }
    }
}

/// Score of a start, end or detected time in front matter: above any time
/// stated in the text (a status page's own fields).
const S_FRONT_MATTER: f32 = 4.0;
/// Score of the timeline entry marked as the outage's start ("start of
/// outage"): the authors' word, as strong as a summary's time.
const S_MARKED_START: f32 = 2.0;
/// Score of the timeline entry where impact began or the last where
/// service came back: a guess from the log, above a time stated on a
/// timeline line, below one stated elsewhere.
const S_TIMELINE_ENTRY: f32 = 1.0;
/// Score of the last timeline entry that marks the outage's end ("Impact
/// ends."): above the last entry saying something came back, below a
/// time stated in a summary.
const S_MARKED_END: f32 = 1.2;
/// Score of the first timeline entry when none says impact began.
const S_FIRST_ENTRY: f32 = 0.6;
/// Score of the last entry saying a fix shipped, when none says service
/// came back: the weakest end.
const S_FIX_SHIPPED: f32 = 0.4;
/// Added to the best score for the ends of the stated range that agrees
/// with the stated duration, so that they win.
const AGREES_BONUS: f32 = 0.5;
/// Score of the first timeline entry saying it was noticed: above a
/// detection stated outside a summary, below one in a summary.
const S_FIRST_DETECTION: f32 = 1.5;
/// Score of the first response after the entry where impact began: a
/// guess, the weakest detection.
const S_FIRST_RESPONSE: f32 = 0.5;

/// A candidate time read from a stamp (its line, or the front matter).
fn push_cand(
    doc: &Document,
    cands: &mut Vec<(Candidate, Stamp)>,
    s: &Stamp,
    rule: &'static str,
    score: f32,
) {
    let prov = match s.line {
        Some(li) => Provenance::line(&doc.lines[li]),
        None => Provenance::front_matter(),
    };
    cands.push((
        Candidate {
            value: json!(hhmm(s.minutes)),
            provenance: prov,
            rule,
            score,
            lost_because: None,
        },
        s.clone(),
    ));
}

/// Start and end. When the pair picked spans other than the duration the
/// text states, a stated range that spans it is the outage's.
fn pick_start_end(doc: &Document, g: &Gathered, marks: &Marks) -> (Choice, Choice) {
    let start_cands = start_cands(doc, g, marks);
    let mut start = Choice::of(start_cands.clone());
    let end_cands = end_cands(doc, g, marks);
    let mut end = Choice::of(end_cands.clone());
    // (Read once: both checks below compare with it.)
    let total = stated_total(doc);
    // Two stated ranges disagree (a dashboard header and the report's own
    // "from A to B"): the one whose length is the stated duration of the
    // outage is the outage's.
    if let (Some(a), Some(b), Some(d)) = (&start.stamp, &end.stamp, total) {
        let agrees = |w: i64| (w - d).abs() <= (d / 50).max(1);
        if !agrees(span_min(a, b))
            && let Some((ra, rb, _)) =
                g.st.ranges
                    .iter()
                    .filter(|(ra, rb, _)| agrees(span_min(ra, rb)))
                    .max_by(|x, y| x.2.total_cmp(&y.2))
        {
            let redo = |mut cands: Vec<(Candidate, Stamp)>, s: &Stamp, c: &Option<Candidate>| {
                let top = c.as_ref().map_or(0.0, |c| c.score);
                push_cand(
                    doc,
                    &mut cands,
                    s,
                    "stated-range-agrees-duration",
                    top + AGREES_BONUS,
                );
                Choice::of(cands)
            };
            start = redo(start_cands, ra, &start.cand);
            end = redo(end_cands.clone(), rb, &end.cand);
        }
    }
    // No range agrees, but one of the moments read as the end does: the
    // stated duration says which ("a 98 minute disruption" from 02:01, the
    // service restored at 03:41, the provider's block lifted at 18:40).
    // Not against an end the text states as one ("13:20 ~ 13:30" beside
    // "Duration: 30 mins"): only a moment read from what a sentence or an
    // entry tells.
    let told = |c: &Option<Candidate>| {
        c.as_ref()
            .is_some_and(|c| c.rule.starts_with("prose-") || c.rule.starts_with("timeline-"))
    };
    if let (Some(a), Some(b), Some(d)) = (&start.stamp, &end.stamp, total)
        && told(&end.cand)
    {
        let near = |w: i64| (w - d).abs() <= (d / 20).max(5);
        if !near(span_min(a, b))
            && let Some((c, e)) = end_cands
                .iter()
                // (Not the same clock half a day off: then the start's
                // morning or afternoon is in doubt, not which end.)
                .filter(|(_, e)| near(span_min(a, e)) && (clock_min(e) - clock_min(b)) % 720 != 0)
                .max_by(|x, y| x.0.score.total_cmp(&y.0.score))
        {
            let top = end.cand.as_ref().map_or(0.0, |c| c.score);
            let mut cands = end_cands.clone();
            push_cand(
                doc,
                &mut cands,
                e,
                "end-agrees-duration",
                top.max(c.score) + AGREES_BONUS,
            );
            end = Choice::of(cands);
        }
    }
    (start, end)
}

fn start_cands(doc: &Document, g: &Gathered, marks: &Marks) -> Vec<(Candidate, Stamp)> {
    let events = &g.events;
    let mut cands: Vec<(Candidate, Stamp)> = Vec::new();
    if let Some(s) = &g.fm.start {
        push_cand(doc, &mut cands, s, "front-matter-start", S_FRONT_MATTER);
    }
    for (s, rule, w) in &g.st.start {
        push_cand(doc, &mut cands, s, rule, *w);
    }
    // The entry the authors mark as the outage's start.
    if let Some(i) = events.iter().position(|e| e.cue.start_mark && !e.cue.post) {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-marked-start",
            S_MARKED_START,
        );
    }
    if let Some(i) = marks.first_impact {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-first-impact",
            S_TIMELINE_ENTRY,
        );
    } else if let Some(i) = marks
        .first_nontrigger
        // With only changes and the recovery, the first change; never the
        // entry that says service came back.
        .or_else(|| events.iter().position(|e| !e.cue.resolve))
    {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-first-entry",
            S_FIRST_ENTRY,
        );
    }
    cands
}

fn end_cands(doc: &Document, g: &Gathered, marks: &Marks) -> Vec<(Candidate, Stamp)> {
    let events = &g.events;
    let mut cands: Vec<(Candidate, Stamp)> = Vec::new();
    if let Some(s) = &g.fm.end {
        push_cand(doc, &mut cands, s, "front-matter-end", S_FRONT_MATTER);
    }
    for (s, rule, w) in &g.st.end {
        push_cand(doc, &mut cands, s, rule, *w);
    }
    if let Some(i) = marks.last_resolve {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-last-restored",
            S_TIMELINE_ENTRY,
        );
    }
    if let Some(i) = marks.marked_end {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-marked-end",
            S_MARKED_END,
        );
    }
    if let Some(i) = marks.last_fix {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-fix-shipped",
            S_FIX_SHIPPED,
        );
    }
    latest_first(&mut cands);
    cands
}

/// Equal claims to the end: the later one (the end is the last of the
/// moments said to restore service) is put first, to win the tie. Not
/// among ranges: a range's end goes with its start, and a second range is
/// another episode.
fn latest_first(cands: &mut Vec<(Candidate, Stamp)>) {
    let top = cands.iter().map(|(c, _)| c.score).fold(f32::MIN, f32::max);
    let tied: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].0.score == top)
        .collect();
    if let Some(latest) = tied
        .iter()
        .copied()
        .reduce(|i, j| {
            if is_later(&cands[j].1, &cands[i].1) {
                j
            } else {
                i
            }
        })
        .filter(|_| tied.iter().all(|&i| !cands[i].0.rule.contains("range")))
    {
        let c = cands.remove(latest);
        cands.insert(0, c);
    }
}

/// When it was detected: as the front matter or the text states it, else
/// the first timeline entry that says so, else the first response to the
/// entry where impact began.
fn pick_detected(
    doc: &Document,
    g: &Gathered,
    marks: &Marks,
    start_s: Option<&Stamp>,
    end_event: Option<usize>,
) -> Choice {
    let events = &g.events;
    let mut cands: Vec<(Candidate, Stamp)> = Vec::new();
    if let Some(s) = &g.fm.detected {
        push_cand(doc, &mut cands, s, "front-matter-detected", S_FRONT_MATTER);
    }
    for (s, rule, w) in &g.st.detected {
        // A detection read from prose that falls within hours before a
        // stated start is about something else (a later, smaller
        // disruption), not how this outage was noticed.
        if *rule == "prose-detection"
            && s.date.is_none()
            && start_s.is_some_and(|b| (1..720).contains(&(clock_min(b) - clock_min(s))))
        {
            continue;
        }
        push_cand(doc, &mut cands, s, rule, *w);
    }
    if let Some(i) = events.iter().position(|e| e.cue.detect && !e.cue.post) {
        push_cand(
            doc,
            &mut cands,
            &events[i].stamp,
            "timeline-first-detection",
            S_FIRST_DETECTION,
        );
    } else if let Some(i) = marks.first_impact.or(marks.first_nontrigger)
        && let Some(j) = first_response(events, i, start_s, end_event)
    {
        push_cand(
            doc,
            &mut cands,
            &events[j].stamp,
            "timeline-first-response",
            S_FIRST_RESPONSE,
        );
    }
    Choice::of(cands)
}

/// Nobody says how it was noticed: the first entry after entry `i`, where
/// impact began, is the first response.
fn first_response(
    events: &[Event],
    i: usize,
    start_s: Option<&Stamp>,
    end_event: Option<usize>,
) -> Option<usize> {
    // "A migration fails badly. Attempts to recover were not successful.
    // We decide to restore": the entry already tells the team answering.
    static ANSWERED_HERE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(we|the\s+team|engineers?|on-?call(\s+engineers?)?)\s+(\w+\s+)?(decide[sd]?|start(s|ed)?\s+investigat\w*|beg[ia]n\s+investigat\w*)\b|\battempts?\s+to\s+(recover|fix|restore|repair|mitigate)\b",
        )
    });
    let here = events[i].cue.detect || ANSWERED_HERE.is_match(&events[i].what);
    let j = if here {
        i
    } else {
        (i + 1).min(events.len() - 1)
    };
    // An entry saying service is back is no first response, nor is
    // one hours later.
    let gap = clock_min(&events[j].stamp) - clock_min(&events[i].stamp);
    // The entry where impact began, with nothing after it, is no
    // response to it.
    let answered = j != i || here;
    // The entry where impact began must be near the start the document
    // gives: a response to an entry a day after it is no first response.
    let near_start = start_s.is_none_or(|s| near_in_time(s, &events[i].stamp, 180));
    (answered && near_start && !events[j].cue.resolve && Some(j) != end_event && gap <= 180)
        .then_some(j)
}

/// Confidence of the date picked (its candidates are not weighed against
/// each other for it).
const DATE_CONFIDENCE: f32 = 0.8;
const PUBLISHED_DATE_CONFIDENCE: f32 = 0.4;
/// Confidence of a zone pinned in front matter: all but certain.
const FM_TZ_CONFIDENCE: f32 = 0.99;
/// Confidence of the zone as written on the start time.
const ZONE_OF_START_CONFIDENCE: f32 = 0.8;
/// Confidence of `start_utc` and `end_utc`, derived from the day, the
/// times and the start's zone.
const UTC_CONFIDENCE: f32 = 0.7;
/// Confidence of `mitigated`, which is not scored (the first entry that
/// says so).
const MITIGATED_CONFIDENCE: f32 = 0.6;

/// Store a time field: its value, or none, and its candidates (moved out
/// of `choice`).
fn store_time(ex: &mut Extraction, field: Field, choice: &mut Choice) {
    let all = std::mem::take(&mut choice.all);
    let slot = match field {
        Field::Start => &mut ex.incident.start,
        Field::End => &mut ex.incident.end,
        Field::Detected => &mut ex.incident.detected,
        other => unreachable!("{other} is not a moment"),
    };
    let field = field.as_str();
    if let Some(c) = choice.cand.clone() {
        let conf = confidence(&c, &all);
        *slot = c.value.as_str().map(str::to_string);
        ex.decide(field, Some(c.provenance.clone()), c.rule, conf, all);
    } else {
        ex.decide(field, None, "none", 0.0, all);
    }
}

/// The short form the text gives a zone's spelled-out name ("Pacific Time
/// (PT)", "ET (Eastern Time)", "Central European Time (MEZ = ...)"): the
/// name the times go by, even one too short to be read as a zone alone.
fn short_form(doc: &Document, name: &str) -> Option<String> {
    if !name.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // "ABBR (Name)" or "Name (ABBR" (then ")", "," or "=").
    static PAIRED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"\b([A-Z]{2,5})\s*\(\s*([A-Za-z][A-Za-z .'-]{1,40}?)\s*\)|([A-Za-z][A-Za-z .'-]{1,40}?)\s*\(\s*([A-Z]{2,5})\s*[),=]",
        )
        .unwrap()
    });
    let same = |written: &str| {
        let w = written.split_whitespace().collect::<Vec<_>>().join(" ");
        w.eq_ignore_ascii_case(name)
            || w.len() > name.len()
                && w.to_ascii_lowercase()
                    .ends_with(&format!(" {}", name.to_ascii_lowercase()))
    };
    doc.lines.iter().find_map(|l| {
        PAIRED.captures_iter(&l.text).find_map(|c| {
            let short = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(s), Some(n), _, _) if same(n.as_str()) => s.as_str(),
                (_, _, Some(n), Some(s)) if same(n.as_str()) => s.as_str(),
                _ => return None,
            };
            short_of(short).then(|| short.to_string())
        })
    })
}

/// Whether `short` can stand for a zone: not a meridiem ("10:00 AM
/// (Pacific Time)") nor UTC/GMT, which are zones of their own.
fn short_of(short: &str) -> bool {
    !matches!(short, "AM" | "PM" | "UTC" | "GMT")
}

/// `tz`: the zone pinned in front matter, else the zone of start as written.
fn store_tz(doc: &Document, ex: &mut Extraction, fm_zone: Option<&(String, Zone)>, start: &Choice) {
    if let Some((written, _)) = fm_zone {
        ex.incident.tz = Some(written.clone());
        ex.decide(
            "tz",
            Some(Provenance::front_matter()),
            "front-matter",
            FM_TZ_CONFIDENCE,
            vec![],
        );
    } else if let Some(s) = &start.stamp
        && let Some(z) = &s.zone
    {
        ex.incident.tz = Some(short_form(doc, &z.name).unwrap_or_else(|| z.name.clone()));
        let prov = start.cand.as_ref().map(|c| c.provenance.clone());
        ex.decide(
            "tz",
            prov,
            "zone-of-start",
            ZONE_OF_START_CONFIDENCE,
            vec![],
        );
    }
}

/// The calendar day of the timeline's first day: its first entry's date,
/// when it is dated and every other dated entry agrees with the day count
/// (a second date confirming it).
fn timeline_day0(events: &[Event]) -> Option<jiff::civil::Date> {
    let f = events.first()?;
    let d0 = f.stamp.date?.to_civil().filter(|_| f.stamp.day == 0)?;
    let mut dated = events
        .iter()
        .filter_map(|e| Some((e.stamp.date?.to_civil()?, e.stamp.day)));
    let agree = dated.clone().all(|(d, k)| (d - d0).get_days() == k);
    (agree && dated.nth(1).is_some()).then_some(d0)
}

/// Store the derived minutes (`window_min`, `ttd_min`,
/// `detect_to_resolve_min`, the timeline's span) from start, end and
/// detected in absolute minutes, zones converted. Returns the start and
/// end in absolute minutes (the end after rollover), for the UTC instants.
fn store_minutes(
    ex: &mut Extraction,
    events: &[Event],
    base_civil: Option<jiff::civil::Date>,
    [start, end, det]: [&Choice; 3],
    twelve_hour: bool,
    doc: &Document,
) -> (Option<i64>, Option<i64>) {
    let ref_zone = start.stamp.as_ref().and_then(|s| s.zone.clone());
    // With no year anywhere ("On August 18 ... from 23:15 to 02:43"), the
    // days are still measured on one calendar: from the start's day, in a
    // leap year when it has none.
    let near = base_civil.or_else(|| start.stamp.as_ref()?.date.and_then(calendar_day));
    // An undated timeline entry's day is counted from the timeline's first
    // day, which need not be the incident's ("2026-09-15 19:02 the change
    // is applied" above "05:27 the page fires" of 09-16): measured against
    // a moment read elsewhere, it is put on the calendar.
    // With no first day the timeline agrees on, a dated start that is one
    // of its entries (the summary's "from 09:10 to 13:55 JST" on
    // 2024-04-09, the log's 09:10 on its second day, after the evening's
    // deploy): that entry's day is the start's, and the others count from
    // it.
    let shift = match timeline_day0(events) {
        Some(d0) => near
            .map(|n| (d0 - n).get_days() as i64)
            .filter(|d| d.abs() <= 2)
            .map_or(0, |d| d * 1440),
        None => start
            .stamp
            .as_ref()
            .filter(|s| s.date.is_some_and(|d| d.to_civil().is_some()) && s.day == 0)
            .and_then(|s| {
                events
                    .iter()
                    .find(|e| e.stamp.date.is_none() && e.stamp.minutes == s.minutes)
            })
            .map_or(0, |e| -i64::from(e.stamp.day) * 1440),
    };
    let from_timeline = |s: &Stamp| {
        s.date.is_none()
            && s.line.is_some()
            && events.iter().any(|e| {
                e.stamp.line == s.line && e.stamp.minutes == s.minutes && e.stamp.day == s.day
            })
    };
    let abs = |s: &Stamp| {
        absolute(
            s,
            near.or_else(|| s.date.and_then(|d| d.to_civil())),
            ref_zone.as_ref(),
        ) + if shift != 0 && from_timeline(s) {
            shift
        } else {
            0
        }
    };
    if let (Some(f), Some(l)) = (events.first(), events.last())
        && events.len() >= 2
    {
        let span = abs(&l.stamp) - abs(&f.stamp);
        ex.hints.timeline_span_min = (span >= 0).then_some(span);
    }
    // Start and end both dated, one of them without its year ("From
    // November 11, 4:02 PM UTC" ... "until November 15, 06:20 UTC"): a day
    // written without its year is in the year nearest the base day, so the
    // two are measured on the calendar. (Beside an undated moment, whose
    // day is counted on the timeline, a yearless day stays as written.)
    let both_dated = start.stamp.as_ref().is_some_and(|s| s.date.is_some())
        && end.stamp.as_ref().is_some_and(|s| s.date.is_some());
    let with_year = |s: &Stamp| {
        if both_dated {
            in_year_near(s, near)
        } else {
            s.clone()
        }
    };
    let (start_s, end_s, det_s) = (
        start.stamp.as_ref().map(with_year),
        end.stamp.as_ref().map(with_year),
        det.stamp.as_ref().map(with_year),
    );
    let start_abs = start_s.as_ref().map(abs);
    let end_abs = end_s.as_ref().map(abs);
    let det_abs = det_s.as_ref().map(abs);
    // "(May 3-5, 2023)": one date written for several days says the
    // start's day only.
    let day_range = end_s
        .as_ref()
        .and_then(|e| e.line)
        .and_then(|li| crate::text::grammar::day_range_span(&doc.lines[li].text));
    let minutes = derive_minutes(
        start_abs.zip(start_s.as_ref()),
        end_abs.zip(end_s.as_ref()),
        det_abs.zip(det_s.as_ref()),
        twelve_hour,
        day_range,
    );
    // The end read as an afternoon hour of a 12-hour clock ("11:00 AM ...
    // restored at 1:30"): the field says so on the 24-hour clock, as the
    // window and the UTC instant do.
    if let (Some(e0), Some(e1), Some(es)) = (end_abs, minutes.end_abs, end.stamp.as_ref())
        && e1 - e0 == 720
    {
        ex.incident.end = Some(hhmm((es.minutes + 720) % 1440));
    }
    // A derived figure is as sure as the less sure of the two moments it
    // spans.
    let derived = |ex: &mut Extraction, field: &str, v: Option<i64>, from: [&str; 2]| {
        let conf = from
            .iter()
            .map(|f| ex.decisions.get(*f).map_or(0.0, |d| d.raw_confidence))
            .fold(1.0f32, f32::min);
        v.inspect(|_| ex.decide(field, Some(Provenance::derived()), "derived", conf, vec![]))
    };
    ex.incident.window_min = derived(ex, "window_min", minutes.window, ["start", "end"]);
    ex.incident.ttd_min = derived(ex, "ttd_min", minutes.ttd, ["start", "detected"]);
    ex.incident.detect_to_resolve_min = derived(
        ex,
        "detect_to_resolve_min",
        minutes.detect_to_resolve,
        ["detected", "end"],
    );
    for (field, why) in minutes.nulled {
        ex.decide(field, None, "impossible", 0.0, vec![]);
        ex.hints.impossible.push((field, why));
    }
    (start_abs, minutes.end_abs)
}

/// `start_utc` and `end_utc`, when the day is known and the start's zone
/// has an offset on it.
fn store_utc(
    ex: &mut Extraction,
    base_civil: Option<jiff::civil::Date>,
    start_s: Option<&Stamp>,
    start_abs: Option<i64>,
    end_abs: Option<i64>,
) {
    if let (Some(b), Some(s)) = (base_civil, start_s)
        && s.zone.as_ref().and_then(|z| z.offset_on(Some(b))).is_some()
    {
        let to_ts = |m: i64| {
            let epoch = b.at(0, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).ok()?;
            // Minutes from a date near year 9999 (or from entries dated
            // millennia apart) can leave the range an instant can hold:
            // then there is no UTC instant, not a panic.
            let secs = m.checked_mul(60)?;
            let ts = epoch
                .timestamp()
                .checked_add(jiff::SignedDuration::from_secs(secs))
                .ok()?;
            Some(ts.to_string())
        };
        let s_abs = start_abs.unwrap();
        ex.incident.start_utc = to_ts(s_abs);
        if let Some(e) = end_abs {
            ex.incident.end_utc = to_ts(e);
        }
        if ex.incident.start_utc.is_some() {
            ex.decide(
                "start_utc",
                Some(Provenance::derived()),
                "derived",
                UTC_CONFIDENCE,
                vec![],
            );
        }
        if ex.incident.end_utc.is_some() {
            ex.decide(
                "end_utc",
                Some(Provenance::derived()),
                "derived",
                UTC_CONFIDENCE,
                vec![],
            );
        }
    }
}

/// Whether two stamps are within `max` minutes of each other: by their
/// dates when both have one, else on the clock (across midnight).
fn near_in_time(a: &Stamp, b: &Stamp, max: i32) -> bool {
    let d = b.minutes - a.minutes;
    match (
        a.date.and_then(|d| d.to_civil()),
        b.date.and_then(|d| d.to_civil()),
    ) {
        // In i64: dates thousands of years apart overflow i32 minutes.
        (Some(x), Some(y)) => {
            (i64::from((y - x).get_days()) * 1440 + i64::from(d)).abs() <= i64::from(max)
        }
        _ => d.abs().min(1440 - d.abs()) <= max,
    }
}

/// A week: the longest outage window read without a stated date on its end.
const MAX_UNDATED_WINDOW_MIN: i64 = 7 * 1440;
/// A year: no outage window or detection-to-resolution time is longer, even
/// with stated dates (the longest of the labelled sets is 14 days); beyond
/// it a date is mistyped ("2032" for "2023"), and the figure is nulled.
const MAX_WINDOW_MIN: i64 = 366 * 1440;

/// The minutes derived from start, end and detected, with the invariants
/// no input may break: the outage window and detection-to-resolution are
/// never negative, and a window over a week needs a stated end date.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Minutes {
    pub window: Option<i64>,
    pub ttd: Option<i64>,
    pub detect_to_resolve: Option<i64>,
    /// The end in absolute minutes after rollover (for `end_utc`).
    pub end_abs: Option<i64>,
    /// Figures that could not be true, nulled, with the reason (for lint).
    pub nulled: Vec<(&'static str, String)>,
}

/// "From 2:14 p.m. to 3:02 p.m." over a log of bare times ("2:19 - I
/// notice the flat graph"): a detection read as a morning hour more than
/// six hours before a start written with p.m., that falls between an hour
/// before that start and the end of the same day when read twelve hours
/// later, is that afternoon hour. (A 24-hour document's "07:10" is not
/// moved: its start is written without p.m.)
fn detected_in_the_afternoon(start: &Choice, end: &Choice, det: &mut Choice) {
    let (Some(s), Some(e), Some(d)) = (&start.stamp, &end.stamp, &mut det.stamp) else {
        return;
    };
    let pm = d.minutes + 720;
    let same_day = d.day == s.day && e.day == s.day && (d.date.is_none() || d.date == s.date);
    if could_be_pm(d)
        && s.meridiem == Some(true)
        && same_day
        && d.minutes + 360 < s.minutes
        && pm + 60 >= s.minutes
        && pm <= e.minutes
    {
        d.minutes = pm;
        if let Some(c) = det.cand.as_mut() {
            c.value = json!(hhmm(pm));
        }
    }
}

/// A clock time written without am/pm whose hour (1-11) could be an
/// afternoon hour on a 12-hour clock.
fn could_be_pm(s: &Stamp) -> bool {
    s.meridiem.is_none() && (60..720).contains(&s.minutes)
}

/// Derive the minutes from absolute instants (minutes from the base day,
/// zones converted) and the stamps they came from.
///
/// An end before the start is read, in order: as an afternoon hour of a
/// 12-hour clock written without pm (the end is then within twelve hours
/// of the start); as the next day (midnight passed) when the end has no
/// stated date; otherwise the window cannot be true and is nulled.
pub(crate) fn derive_minutes(
    start: Option<(i64, &Stamp)>,
    end: Option<(i64, &Stamp)>,
    det: Option<(i64, &Stamp)>,
    twelve_hour: bool,
    day_range: Option<i64>,
) -> Minutes {
    let mut m = Minutes::default();
    let mut end_abs = end.map(|(e, _)| e);
    if let (Some((s, _)), Some((e, es))) = (start, end)
        && e < s
    {
        let pm = e + 720;
        // "Between 07:05am and 12:43am on January 25": twelve past noon
        // written "am", a common slip (midnight would be a day later).
        let noon_as_am = es.meridiem == Some(false) && es.minutes < 60;
        // "From 22:10 to 01:35 UTC (March 14-15, 2024)", "on 3 May between
        // 23:30 and 00:45": one date written for both ends of a range on
        // one line dates its start; an end before it is the next day.
        let ss = start.unwrap().1;
        let one_date_for_both = es.line.is_some() && es.line == ss.line && es.date == ss.date;
        end_abs = if (could_be_pm(es) && twelve_hour || noon_as_am) && pm >= s {
            Some(pm)
        } else if one_date_for_both && s - e < 1440 {
            // ("May 3-5": as many days on as the range spans.)
            Some(e + 1440 * day_range.unwrap_or(1))
        } else if es.date.is_none() {
            Some(e + 1440 * ((s - e) / 1440 + 1))
        } else {
            m.nulled.push((
                "window_min",
                format!(
                    "the end ({}) is before the start ({}) on the stated dates",
                    hhmm(es.minutes),
                    hhmm(start.unwrap().1.minutes)
                ),
            ));
            None
        };
    }
    let end_dated = end.is_some_and(|(_, es)| es.date.is_some());
    if let (Some((s, _)), Some(e)) = (start, end_abs) {
        let w = e - s;
        if w > MAX_UNDATED_WINDOW_MIN && !end_dated {
            m.nulled.push((
                "window_min",
                format!(
                    "a window of {} days with no date stated for the end",
                    w / 1440
                ),
            ));
        } else if w > MAX_WINDOW_MIN {
            m.nulled.push((
                "window_min",
                format!(
                    "a window of {} days: longer than a year, so a date is likely mistyped",
                    w / 1440
                ),
            ));
        } else if w >= 0 {
            m.window = Some(w);
        }
    }
    // A detection time with no date of its own that reads as more than
    // twelve hours before the start is after midnight ("23:50" then "00:05").
    let det_abs = det.map(|(d, ds)| match start {
        Some((s, _)) if ds.date.is_none() && d - s < -720 => d + 1440,
        _ => d,
    });
    m.ttd = start.map(|(s, _)| s).zip(det_abs).map(|(s, d)| d - s);
    if let (Some(d), Some(e)) = (det_abs, end_abs) {
        let mut v = e - d;
        // An undated end before the detection is on the next day, unless
        // the start has already placed the end on the timeline (the window
        // was measured with it): then the detection came after the end.
        if v < 0 && !end_dated && start.is_none() {
            v += 1440;
        }
        if v > MAX_WINDOW_MIN {
            m.nulled.push((
                "detect_to_resolve_min",
                format!(
                    "{} days from detection to the end: longer than a year, so a date is likely mistyped",
                    v / 1440
                ),
            ));
        } else if v >= 0 && (v <= MAX_UNDATED_WINDOW_MIN || end_dated) {
            m.detect_to_resolve = Some(v);
        } else if v < 0 {
            m.nulled.push((
                "detect_to_resolve_min",
                format!(
                    "the end ({}) is before the detection ({})",
                    hhmm(end.unwrap().1.minutes),
                    hhmm(det.unwrap().1.minutes)
                ),
            ));
        } else {
            m.nulled.push((
                "detect_to_resolve_min",
                format!(
                    "{} days from detection to the end with no date stated for the end",
                    v / 1440
                ),
            ));
        }
    }
    m.end_abs = end_abs;
    m
}

fn resolve(cands: Vec<(Candidate, Stamp)>) -> (Option<Candidate>, Option<Stamp>, Vec<Candidate>) {
    let stamps: Vec<Stamp> = cands.iter().map(|(_, s)| s.clone()).collect();
    let cs: Vec<Candidate> = cands.into_iter().map(|(c, _)| c).collect();
    let best = cs
        .iter()
        .enumerate()
        .fold(None::<usize>, |b, (i, c)| match b {
            Some(j) if cs[j].score >= c.score => Some(j),
            _ => Some(i),
        });
    let (w, all) = pick(cs);
    (w, best.map(|i| stamps[i].clone()), all)
}

/// A clock time read without am/pm, read with it (none when the hour is
/// no 12-hour clock's).
fn with_meridiem(minutes: i32, pm: bool) -> Option<i32> {
    let (h, m) = (minutes / 60, minutes % 60);
    (1..=12)
        .contains(&h)
        .then(|| i32::from(crate::text::grammar::hour_24(h as u8, pm)) * 60 + m)
}

fn hhmm(m: i32) -> String {
    let m = m.rem_euclid(1440);
    format!("{:02}:{:02}", m / 60, m % 60)
}

struct FmTimes {
    start: Option<Stamp>,
    end: Option<Stamp>,
    detected: Option<Stamp>,
    date: Option<Date>,
    /// The start is the clock time of a plain `date` key (which may be
    /// when the post was published), not of a start key.
    start_is_date: bool,
}

/// Status-page front matter: `date` with a clock time is the start;
/// `resolvedWhen` / `resolved_at` / `end` / `ended` is the end.
fn front_matter_times(doc: &Document) -> FmTimes {
    let mut out = FmTimes {
        start: None,
        end: None,
        detected: None,
        date: None,
        start_is_date: false,
    };
    let read = |key: &str| -> Option<(Option<Date>, Option<TimeMention>)> {
        let v = doc.front.get_str(key)?;
        let t = find_times(&v).into_iter().next();
        let d = t
            .as_ref()
            .and_then(|t| t.date)
            .or_else(|| find_dates(&v).first().and_then(|m| resolve_slash(m, None)));
        Some((d, t))
    };
    let stamp = |d: Option<Date>, t: &TimeMention| Stamp {
        line: None,
        minutes: t.minutes(),
        zone: t.zone.clone(),
        date: d,
        day: 0,
        meridiem: t.meridiem,
        carried: false,
    };
    // Explicit start keys first: a `date` may be the publication time.
    for key in [
        "start",
        "started",
        "started_at",
        "start_time",
        "begin",
        "date",
    ] {
        if let Some((d, t)) = read(key) {
            if out.date.is_none() || key == "date" && out.date.is_none() {
                out.date = d;
            }
            // A `date` at midnight exactly is the publication day.
            if let Some(t) = t
                && out.start.is_none()
                && !(key == "date" && t.minutes() == 0 && t.zone.is_some())
            {
                out.start = Some(stamp(d.or(out.date), &t));
                out.start_is_date = key == "date";
            }
        }
    }
    if let Some((d, Some(t))) = read("detected") {
        out.detected = Some(stamp(d.or(out.date), &t));
    }
    for key in [
        "resolvedwhen",
        "resolved_at",
        "resolvedat",
        "resolved",
        "end",
        "ended",
        "end_time",
        "ended_at",
    ] {
        if let Some((d, Some(t))) = read(key) {
            out.end = Some(stamp(d.or(out.date), &t));
            break;
        }
    }
    out
}

/// The day picked, where it was read, the rule, and every candidate.
type DatePick = (
    Option<Date>,
    Option<Provenance>,
    &'static str,
    Vec<Candidate>,
);

/// Score of the start's own date: above every other date.
const D_OF_START: f32 = 5.0;
/// Score of a day labelled as the start or the first sighting with no
/// time of its own: above a summary's or the title's date.
const D_START_DAY: f32 = 3.5;
/// Score of a metadata block's date ("Date: ..."): often the incident's
/// day, it yields to a summary's date.
const D_METADATA: f32 = 2.6;
/// Score of the date of the first timeline entry that reports the
/// incident: above any other timeline date, below a summary's.
const D_FIRST_ENTRY: f32 = 2.5;
/// Score of a dateline (a full date alone under the title): when the post
/// was written, as a front-matter date.
const D_DATELINE: f32 = 2.0;
/// Score of the front matter's date, often the publication day.
const D_FRONT_MATTER: f32 = 2.0;
/// Score of a metadata date later than the earliest day the timeline
/// names: the write-up's date, below the log's days.
const D_METADATA_AFTER_LOG: f32 = 1.5;
/// Score of a date on a change entry of a dated log, or anywhere else in
/// the body.
const D_OTHER: f32 = 1.0;
/// A body line saying when the post was published: any other day wins.
const D_PUBLISHED: f32 = 0.3;
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| re(r"^[\W_]*(published|posted)(\s+on)?\b"));
/// Taken off a body date's score per date read before it: on equal
/// places, the earlier date wins.
const D_ORDER_STEP: f32 = 0.01;
/// A timeline date scored at least this is an entry's day (a change
/// entry's scores `D_OTHER` less the order step).
const D_LOG_MIN: f32 = 1.0;

/// The day the incident began.
fn pick_date(
    ctx: &Ctx,
    doc: &Document,
    start: Option<&Stamp>,
    events: &[Event],
    fm: &FmTimes,
) -> DatePick {
    let mut dc = DateCands {
        dateline: dateline(doc),
        published: publication_line(ctx),
        fm_year: fm.date.and_then(|d| d.year),
        body_year: body_year(ctx),
        cands: Vec::new(),
    };
    if let Some(s) = start
        && let Some(d) = s.date
    {
        let prov = s.line.map_or(Provenance::front_matter(), |li| {
            Provenance::line(&doc.lines[li])
        });
        dc.add(d, prov, "date-of-start", D_OF_START);
    }
    add_body_dates(ctx, &mut dc);
    // The title or summary the front matter gives ("What happened on August
    // 11", "On August 11, 2020, some users ..."): the authors' words for
    // the day, as a title in the body is (the front matter's `date` is
    // often when the post went out).
    for key in ["title", "summary", "description", "intro", "subtitle"] {
        if let Some(v) = doc.front.get_str(key)
            && let Some(m) = find_dates(&v).into_iter().find(|m| m.slash.is_none())
        {
            dc.add(
                m.date,
                Provenance::front_matter(),
                "front-matter-text-date",
                DATE_IN_SUMMARY,
            );
        }
    }
    if let Some(e) = first_report(events)
        && let (Some(d), Some(li)) = (e.stamp.date, e.stamp.line)
    {
        dc.add(
            d,
            Provenance::line(&doc.lines[li]),
            "first-timeline-date",
            D_FIRST_ENTRY,
        );
    }
    if let Some(d) = fm.date {
        dc.add(
            d,
            Provenance::front_matter(),
            "front-matter-date",
            D_FRONT_MATTER,
        );
    }
    let mut cands = dc.cands;
    demote_late_metadata(doc, &mut cands);
    best_date(cands, dc.fm_year)
}

/// A dateline: a line near the top that is nothing but a full date
/// ("December 20, 2013" under the title) is when the post was written.
/// Its year dates the body's yearless dates (the year before for a day
/// that would fall after it).
fn dateline(doc: &Document) -> Option<(usize, Date)> {
    doc.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.text.trim().is_empty())
        .take(4)
        .skip(1)
        .find_map(|(li, l)| {
            let t = l.text.trim().trim_matches(['*', '_', ' ']);
            let ms = find_dates(t);
            match ms.as_slice() {
                [m] if m.start == 0 && m.end == t.len() && m.date.year.is_some() => {
                    Some((li, m.date))
                }
                _ => None,
            }
        })
}

/// A line near the top saying when the post was published ("POSTED ON
/// OCTOBER 5, 2021 TO Networking"): its date dates the body's yearless
/// days as a dateline does (the line is a candidate of its own only as a
/// publication date, where the body's dates are read).
fn publication_line(ctx: &Ctx) -> Option<Date> {
    let doc = ctx.doc;
    doc.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.text.trim().is_empty())
        .take(6)
        .filter(|(_, l)| PUBLISHED.is_match(&l.text))
        .find_map(|(li, l)| {
            let (_, d) = ctx.dates_of(li, &l.text).into_iter().next()?;
            d.filter(|d| d.year.is_some())
        })
}

/// The one year the body's full dates state ("Between November 11 and
/// November 15, 2025") dates a yearless start; none when two years are
/// written or a year is a placeholder ("20XX").
fn body_year(ctx: &Ctx) -> Option<i16> {
    static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:(?:19|20)[xX]{2}|[xX]{4})\b"));
    let doc = ctx.doc;
    let mut years = std::collections::BTreeSet::new();
    let mut placeholder = false;
    for (li, l) in doc.lines.iter().enumerate() {
        if l.kind == Kind::Code || excluded_section(l.roles(doc)) {
            continue;
        }
        placeholder |= PLACEHOLDER.is_match(&l.text);
        for (_, d) in ctx.dates_of(li, &l.text) {
            if let Some(y) = d.and_then(|d| d.year) {
                years.insert(y);
            }
        }
    }
    match (placeholder, years.len()) {
        (false, 1) => years.first().copied(),
        _ => None,
    }
}

/// Candidate days for the incident, with what dates a yearless one.
struct DateCands {
    /// The dateline's line and date.
    dateline: Option<(usize, Date)>,
    /// The date of a "Posted on" line near the top: it dates yearless days
    /// as a dateline does, where there is none.
    published: Option<Date>,
    /// The year of the front matter's date.
    fm_year: Option<i16>,
    /// The one year the body states.
    body_year: Option<i16>,
    cands: Vec<(Candidate, Date)>,
}

impl DateCands {
    /// Add a candidate day. One without a year takes the front matter's,
    /// the dateline's or (the start's own date only) the body's; with none,
    /// or when it is no real calendar day, it is kept, lost, to be seen.
    fn add(&mut self, d: Date, prov: Provenance, rule: &'static str, score: f32) {
        let mut d = d;
        if d.year.is_none() {
            let from_dateline = self
                .dateline
                .map(|(_, dl)| dl)
                .or(self.published)
                .and_then(|dl| {
                    let y = dl.year?;
                    Some(if (d.month, d.day) > (dl.month, dl.day) {
                        y - 1
                    } else {
                        y
                    })
                });
            // The body's year dates the start's own date only: a yearless
            // date elsewhere may be any day the story mentions.
            let from_body = self.body_year.filter(|_| rule == "date-of-start");
            match self.fm_year.or(from_dateline).or(from_body) {
                Some(y) => d.year = Some(y),
                None => {
                    // A date without a year is no date, but keep it visible.
                    self.cands.push((
                        Candidate {
                            value: json!(format!("{:02}-{:02} (no year)", d.month, d.day)),
                            provenance: prov,
                            rule,
                            score: 0.0,
                            lost_because: Some("no year stated".into()),
                        },
                        d,
                    ));
                    return;
                }
            }
        }
        if d.to_civil().is_none() {
            self.cands.push((
                Candidate {
                    value: json!(format!("{:?}-{:02}-{:02}", d.year, d.month, d.day)),
                    provenance: prov,
                    rule,
                    score: 0.0,
                    lost_because: Some("not a real calendar day".into()),
                },
                d,
            ));
            return;
        }
        self.cands.push((
            Candidate {
                value: json!(d.iso()),
                provenance: prov,
                rule,
                score,
                lost_because: None,
            },
            d,
        ));
    }
}

/// The dates written in the body: the dateline, a metadata block's date,
/// and every other date, scored by where it is written and how early.
fn add_body_dates(ctx: &Ctx, dc: &mut DateCands) {
    let doc = ctx.doc;
    let mut body_dates = 0;
    // "On 23rd October ... the first task submitted on 23rd October 2014":
    // a day written without its year takes the year written with the same
    // day elsewhere in the body (when only one year is).
    let mut years: Vec<((u8, u8), i16)> = Vec::new();
    for (li, l) in doc.lines.iter().enumerate() {
        if l.kind == Kind::Code || excluded_section(l.roles(doc)) {
            continue;
        }
        for m in &ctx.dates[li] {
            if let Some(y) = m.date.year
                && m.slash.is_none()
            {
                years.push(((m.date.month, m.date.day), y));
            }
        }
    }
    years.sort_unstable();
    years.dedup();
    let year_of = |d: &Date| {
        let mut ys = years.iter().filter(|(k, _)| *k == (d.month, d.day));
        match (ys.next(), ys.next()) {
            (Some((_, y)), None) => Some(*y),
            _ => None,
        }
    };
    for (li, l) in doc.lines.iter().enumerate() {
        let roles = l.roles(doc);
        if l.kind == Kind::Code || excluded_section(roles) {
            continue;
        }
        if let Some((dl, d)) = dc.dateline
            && dl == li
        {
            dc.add(d, Provenance::line(l), "dateline", D_DATELINE);
            continue;
        }
        if ctx.meta[li] {
            // "Date:" in a metadata block: the write-up's date, which is
            // often the incident's too. It yields to a date the summary
            // states, as a front-matter date does.
            if !is_meta_line(&l.text)
                && let Some((_, Some(d))) = ctx.dates_of(li, &l.text).into_iter().next()
            {
                dc.add(d, Provenance::line(l), "metadata-date", D_METADATA);
            } else if PUBLISHED.is_match(&l.text)
                && let Some((_, Some(d))) = ctx.dates_of(li, &l.text).into_iter().next()
            {
                // "published on December 08, 2018": like a front-matter
                // date, the day when the body names no other.
                dc.add(d, Provenance::line(l), "publication-date", D_PUBLISHED);
            }
            continue;
        }
        let in_timeline = roles.has(Roles::TIMELINE);
        let first_heading = doc.sections.get(1).and_then(|s| s.line) == Some(li);
        // In a dated log, the entry of the change that caused the incident
        // ("PR merged", "release published") is not the day it began.
        let mentions = ctx.dates_of(li, &l.text);
        let change_only = in_timeline && !mentions.is_empty() && {
            let c = cue_of(&l.text);
            c.trigger && !(c.impact || c.detect)
        };
        // A paragraph that opens on what came long before ("Long
        // before the recent wave of attacks started, ... The first of
        // such attacks was on May 19th"): background, not the day.
        static BACKGROUND: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"^\W*(long\s+before|well\s+before|(weeks|months|years)\s+(before|earlier|prior)|in\s+the\s+(weeks|months|years)\s+(before|leading\s+up)|prior\s+to\s+(the|this)\s+(incident|outage|attack))\b",
            )
        });
        let background = !in_timeline && !mentions.is_empty() && BACKGROUND.is_match(&l.text);
        for (m, d) in mentions {
            // A report's number written as a date ("PIR No. 2024-02-03"):
            // an identifier, not a day.
            static IDENTIFIER: LazyLock<Regex> =
                LazyLock::new(|| re(r"\b(no\.?|nos\.?|number|id|ref\.?|#)\s*:?\s*$"));
            if IDENTIFIER.is_match(&l.text[..m.start]) {
                continue;
            }
            // A date in a path or a URL ("/img/2018-08-31-postmortem/a.png")
            // dates a file, not the incident ("2024-12-19/20" is two days).
            let rest = &l.text[m.end..];
            let path_next = |c: char| c.is_ascii_alphabetic() || c == '_';
            if l.text[..m.start].ends_with(['/', '_', '='])
                || rest.starts_with(['/', '-', '_']) && rest[1..].starts_with(path_next)
            {
                continue;
            }
            let d = d.map(|d| match d.year {
                None => Date {
                    year: year_of(&d),
                    ..d
                },
                Some(_) => d,
            });
            let Some(d) = d else {
                if m.slash.is_some() {
                    continue;
                }
                dc.add(m.date, Provenance::line(l), "first-date", 0.0);
                continue;
            };
            // "engineering blog · posted 19/02/2024 · 6 min read": when
            // the write-up was published, wherever the line puts it.
            static POSTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(posted|published|updated|circulated|written|reviewed|approved)\s*(on\s*)?:?\s*$",
                )
            });
            // So is the date of a byline at the top, its parts set apart
            // by middle dots ("From the COO \u{b7} Friday 11th October 2024").
            let byline = li < 8 && !in_timeline && l.text.len() < 160 && l.text.contains('\u{b7}');
            if POSTED_BEFORE.is_match(&l.text[..m.start]) || byline {
                dc.add(d, Provenance::line(l), "publication-date", D_PUBLISHED);
                continue;
            }
            body_dates += 1;
            // "back to full function since August 28": the day it ended,
            // not the day it began.
            static END_DAY: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(resolved|restored|recovered|fixed|back\s+(to|online|up)|ended|mitigated)\b[^.;!?]{0,40}\b(since|on|by|until|as\s+of)\s*$",
                )
            });
            // "As of the 8th February, the patch has been applied": the day
            // of a status, not of the incident.
            static AS_OF: LazyLock<Regex> = LazyLock::new(|| re(r"\bas\s+(of|at)\s+(the\s+)?$"));
            let ended_on = !in_timeline
                && (END_DAY.is_match(&l.text[..m.start]) || AS_OF.is_match(&l.text[..m.start]));
            let not_the_day = ended_on || background;
            // "- First detected 2023-01-04 (Time TBC)": the day named as the
            // start or first sighting, though with no time to be the
            // start's own date.
            static START_DAY: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W*((incident|outage|impact|issue|problem)\s+)?(first\s+(detected|noticed|observed|reported|seen|identified)|start(ed|s|ing)?(\s+(date|time|on))?|began|begin(ning)?|onset|date|((thought|believed|estimated)\s+to\s+have\s+)?(occurred|happened))\W*$|^\W*date\s+of\s+(the\s+)?(incident|outage)\W*$",
                )
            });
            // Earlier dates in summary-like places are the incident's day.
            // The key may open a cell or a field of the line ("PIR No. 7 |
            // Date of incident: Friday, 9 February 2024").
            let field = l.text[..m.start]
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '|' | ';' | '\u{b7}'))
                .map_or(&l.text[..m.start], |(k, c)| {
                    &l.text[k + c.len_utf8()..m.start]
                });
            let score = if START_DAY.is_match(&l.text[..m.start]) || START_DAY.is_match(field) {
                D_START_DAY
            } else if first_heading {
                DATE_IN_SUMMARY
            } else if change_only || not_the_day {
                D_OTHER
            } else {
                section_weight(roles, Purpose::Date)
            } - (body_dates as f32) * D_ORDER_STEP;
            dc.add(d, Provenance::line(l), "first-date", score);
        }
    }
}

/// The first entry that says the incident began or was noticed: a dated
/// log that opens with the change that caused it ("PR merged", "release
/// published") dates the incident by its first report.
fn first_report(events: &[Event]) -> Option<&Event> {
    match events.first() {
        Some(e) if e.cue.trigger && !(e.cue.impact || e.cue.detect) => events
            .iter()
            .find(|e| (e.cue.impact || e.cue.detect) && !e.cue.trigger)
            .or(events.first()),
        f => f,
    }
}

/// A metadata date later than a day the timeline names is when the
/// write-up was dated: the incident had begun by then.
fn demote_late_metadata(doc: &Document, cands: &mut [(Candidate, Date)]) {
    let key = |d: &Date| d.to_civil();
    let earliest_log = cands
        .iter()
        .filter(|(c, _)| c.rule == "first-date" && c.score >= D_LOG_MIN && c.lost_because.is_none())
        .filter(|(c, _)| {
            c.provenance.line_no().is_some_and(|no| {
                let i = doc.lines.partition_point(|l| l.no < no);
                doc.lines
                    .get(i)
                    .is_some_and(|l| l.no == no && l.roles(doc).has(Roles::TIMELINE))
            })
        })
        .filter_map(|(_, d)| key(d))
        .min();
    if let Some(first) = earliest_log {
        for (c, d) in cands.iter_mut() {
            if c.rule == "metadata-date" && key(d).is_some_and(|m| m > first) {
                c.score = D_METADATA_AFTER_LOG;
            }
        }
    }
}

/// The best-scoring candidate day that is not lost (a yearless one takes
/// the front matter's year).
fn best_date(cands: Vec<(Candidate, Date)>, fm_year: Option<i16>) -> DatePick {
    let (stamps, cs): (Vec<Date>, Vec<Candidate>) = cands.into_iter().map(|(c, d)| (d, c)).unzip();
    let best = cs
        .iter()
        .enumerate()
        .filter(|(_, c)| c.lost_because.is_none())
        .fold(None::<usize>, |b, (i, c)| match b {
            Some(j) if cs[j].score >= c.score => Some(j),
            _ => Some(i),
        });
    let (w, all) = pick(cs);
    match (best, w) {
        (Some(i), Some(w)) if w.lost_because.is_none() => {
            let mut d = stamps[i];
            if d.year.is_none() {
                d.year = fm_year;
            }
            (Some(d), Some(w.provenance), w.rule, all)
        }
        _ => (None, None, "none", all),
    }
}

/// Whether the text outside a timeline says the outage was yesterday.
fn told_yesterday(doc: &Document) -> bool {
    static YESTERDAY: LazyLock<Regex> = LazyLock::new(|| re(r"\byesterday\b"));
    static OFFLINE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(went|goes|go|was|were)\s+offline\b"));
    doc.lines.iter().any(|l| {
        l.kind != Kind::Code
            && !l.roles(doc).has(Roles::TIMELINE)
            && YESTERDAY.is_match(&l.text)
            && (IMPACT_CUE.is_match(&l.text) || OFFLINE.is_match(&l.text))
    })
}

/// The day after `d` (a yearless date is stepped in a leap year).
fn next_day(d: Date) -> Date {
    step_day(d, jiff::civil::Date::tomorrow)
}

/// The day before `d` (a yearless date is stepped in a leap year).
fn prev_day(d: Date) -> Date {
    step_day(d, jiff::civil::Date::yesterday)
}

fn step_day(
    d: Date,
    step: fn(jiff::civil::Date) -> Result<jiff::civil::Date, jiff::Error>,
) -> Date {
    match calendar_day(d).and_then(|c| step(c).ok()) {
        Some(n) => Date {
            year: d.year.map(|_| n.year()),
            month: n.month() as u8,
            day: n.day() as u8,
        },
        None => d,
    }
}

/// The calendar day of `d`, in a leap year when it is written without one
/// (so that 29 February exists and days can be counted between).
fn calendar_day(d: Date) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(d.year.unwrap_or(2000), d.month as i8, d.day as i8).ok()
}

/// `s` with a day written without its year put in the year nearest `near`.
fn in_year_near(s: &Stamp, near: Option<jiff::civil::Date>) -> Stamp {
    let mut s = s.clone();
    if let Some(d) = &mut s.date
        && d.year.is_none()
        && let Some(c) = d.to_civil_near(near)
    {
        d.year = Some(c.year());
    }
    s
}

/// The region whose standard and daylight abbreviations `x` and `y` are.
fn region_of_pair(x: &str, y: &str) -> Option<&'static str> {
    const PAIRS: &[(&str, &str, &str)] = &[
        ("PST", "PDT", "America/Los_Angeles"),
        ("MST", "MDT", "America/Denver"),
        ("CST", "CDT", "America/Chicago"),
        ("EST", "EDT", "America/New_York"),
        ("GMT", "BST", "Europe/London"),
        ("CET", "CEST", "Europe/Paris"),
        ("EET", "EEST", "Europe/Helsinki"),
    ];
    PAIRS
        .iter()
        .find(|&&(s, d, _)| (x == s && y == d) || (x == d && y == s))
        .map(|p| p.2)
}

/// The zone a declaration names: "PST/PDT" is the region's clock, which
/// follows daylight saving (kept under the first name written).
fn declared_zone(text: &str) -> Option<Zone> {
    let zs = grammar::zones_in(text);
    // "All times ET", "(all times PT)", "times are CT": a two-letter US
    // zone, too short to be taken anywhere in a line, right after the
    // words that declare the times' zone.
    static SHORT_DECLARED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(all\s+times?|times?\s+(are|is|in|shown|given|listed))\s+((are|in)\s+)?(?P<z>(?-i:ET|PT|CT|MT))\b",
        )
    });
    if zs.is_empty() {
        return SHORT_DECLARED
            .captures(text)
            .and_then(|c| grammar::parse_zone(&c["z"]));
    }
    let mut z = zs.first()?.1.clone();
    // "Eastern Daylight Time (UTC-04:00)": a spelled-out name with its
    // offset beside it; the offset is the comparable way it is written.
    let is_offset = |n: &str| {
        let n = n.to_ascii_uppercase();
        (n.starts_with("UTC") || n.starts_with("GMT")) && n.len() > 3
    };
    if z.name.contains(' ')
        && let Some((_, y)) = zs.get(1).filter(|(_, y)| is_offset(&y.name))
    {
        return Some(y.clone());
    }
    // "Central Standard Time (CST)", "Australian Eastern Standard Time
    // (AEST, UTC+10)": the name spelled out and then abbreviated; the
    // abbreviation is how the times are written and compared.
    // Only in parentheses or after a comma right after the name ("UK
    // time, GMT"; "... unless marked UTC" names another zone).
    let (at, at1) = (zs[0].0, zs.get(1).map_or(0, |z| z.0));
    let abbreviation = |n: &str| {
        (2..=5).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(n, "AM" | "PM")
            && text
                .get(at + z.name.len()..at1)
                .is_some_and(|between| matches!(between.trim(), "(" | ","))
    };
    if z.name.contains(' ')
        && let Some((_, y)) = zs.get(1).filter(|(_, y)| abbreviation(&y.name))
    {
        return Some(y.clone());
    }
    if let Some((_, y)) = zs.get(1)
        && let Some(iana) = region_of_pair(&z.name, &y.name)
    {
        z.offset = None;
        z.iana = Some(iana);
    }
    Some(z)
}

/// Whether two zones are names of one region's clock: its standard and
/// daylight abbreviations (`PST`, `PDT`), or an abbreviation and the region
/// (`PST`, `US/Pacific`).
fn same_region(a: &Zone, b: &Zone) -> bool {
    let paired = |x: &str, y: &str| region_of_pair(x, y).is_some();
    let of_region = |fixed: &Zone, dst: &Zone| {
        dst.iana.is_some()
            && fixed.offset.is_some()
            && [(2024, 1, 15), (2024, 7, 15)]
                .iter()
                .any(|&(y, m, d)| dst.offset_on(Some(jiff::civil::date(y, m, d))) == fixed.offset)
    };
    paired(&a.name, &b.name) || of_region(a, b) || of_region(b, a)
}

/// Whether `a` is a later moment than `b`: by date and time when both
/// are dated, else on the clock (and the day offset of a timeline).
fn is_later(a: &Stamp, b: &Stamp) -> bool {
    match (
        a.date.and_then(|d| d.to_civil()),
        b.date.and_then(|d| d.to_civil()),
    ) {
        (Some(_), Some(_)) => abs_guess(a) > abs_guess(b),
        _ => clock_min(a) > clock_min(b),
    }
}

/// Minutes from the first timeline day to a stamp, on the clock. In i64:
/// dated entries thousands of years apart overflow i32 minutes.
fn clock_min(s: &Stamp) -> i64 {
    i64::from(s.day) * 1440 + i64::from(s.minutes)
}

/// Minutes from `a` to `b` (the next day when `b` is earlier and undated).
fn span_min(a: &Stamp, b: &Stamp) -> i64 {
    // Days written without a year are measured on one calendar (a leap
    // year's when neither end has a year).
    let near = [a.date, b.date]
        .into_iter()
        .flatten()
        .find_map(|d| d.to_civil())
        .or_else(|| a.date.or(b.date).and_then(calendar_day));
    let (a, b) = (&in_year_near(a, near), &in_year_near(b, near));
    let base = a.date.or(b.date).and_then(|d| d.to_civil());
    let z = a.zone.as_ref().or(b.zone.as_ref());
    let w = absolute(b, base, z) - absolute(a, base, z);
    if w < 0 && b.date.is_none() {
        w + 1440
    } else {
        w
    }
}

/// The outage's length as the text states it outright ("for a duration of
/// 70 minutes", "lasted 2 hours", "over a period of 3 hours"), if one is.
fn stated_total(doc: &Document) -> Option<i64> {
    let (w, _) = pick(duration_cands(doc));
    w.and_then(|w| w.value.as_i64()).filter(|d| *d > 0)
}

/// A duration labelled as the outage's total ("Duration: 45 min", "total
/// downtime", "lasted").
static TOTAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(duration|total(ling)?|downtime|lasted|lasting)\b"));

/// A duration under a table header that names the total ("| Incident
/// Duration |").
const TOTAL_COLUMN_RULE: &str = "stated-duration-column";

fn duration_stated(doc: &Document, ex: &mut Extraction) {
    let mut cands = duration_cands(doc);
    duration_pick(&mut cands, ex);
}

/// Score of a stated duration before where it is written counts.
const DUR_BASE: f32 = 1.0;
/// Added when "duration" labels it ("Duration: 45 min"): the authors'
/// figure for the outage.
const DUR_LABELLED: f32 = 2.0;
/// Added in a summary, impact or unlabelled section.
const DUR_SUMMARY: f32 = 1.0;
/// Taken off in a timeline, where durations are mostly of steps.
const DUR_TIMELINE: f32 = 0.5;
/// Added in parentheses ("(45 minutes)"), as after the range it measures.
const DUR_PARENS: f32 = 0.5;
/// Taken off when no word near the duration names an outage ("stayed on
/// the front page for more than 24 hours"), so that one that does wins.
const DUR_UNNAMED: f32 = 0.25;
/// Taken off below zero for a duration under a tenth of the window, so
/// that it loses to any other.
const DUR_STEP_PENALTY: f32 = 1.0;

/// Added to a stated length that the window computed from the times bears
/// out (within a twentieth), when another stated length does not.
const DUR_AGREES: f32 = 1.0;

/// How far after a stated length the range it measures may begin ("for 4
/// hours 45 minutes on 2024-04-09, from 09:10 to 13:55").
const RANGE_AFTER_REACH: usize = 60;

/// Minutes on the clock from `a` to `b`, past midnight when `b` is earlier.
fn clock_span(a: &TimeMention, b: &TimeMention) -> i32 {
    (b.minutes() - a.minutes()).rem_euclid(1440)
}

/// How far before a stated length the range it measures may be written.
const RANGE_LENGTH_REACH: usize = 400;

/// Stated outage lengths in the text, scored (before any check against
/// the window).
fn duration_cands(doc: &Document) -> Vec<Candidate> {
    static CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(duration|lasted|lasting|outage|downtime|time\s+to\s+(recover|recovery|restore|restoration|resolution)|(cascading\s+|total\s+|complete\s+|partial\s+)?(failure|interruption)|down\s+for|offline\s+for|unavailable\s+for|disruption|(period|window|span|stretch)\s+of|(failed|failing|interrupted|disrupted|stuck|halted|broke|broken|degraded|closed|blocked|paused|frozen|disabled|inaccessible|unusable|unreachable)\s+for|(failed|failing|unable)\s+to\s+(\w+\s+){1,2}for|(could\s+not|couldn't|cannot|can't)\s+(\w+\s+){1,3}for|all\s+told|(halt|standstill|stoppage|shutdown|blackout)\s+(in|of)\s+(\S+\s+){0,4}?for\s+(the\s+next\s+|about\s+|nearly\s+|almost\s+|over\s+)?\d|for\s+(a\s+total\s+of|an?\s+(aggregate|cumulative|combined)(\s+total)?\s+of)|(was|were|went|stayed|remained)\s+(down|offline|unavailable|unreachable)|total(ling)?|in\s+total|(restored|resolved|recovered)\s+within|before\s+(being\s+|it\s+was\s+)?(mitigated|resolved|restored|stopped|contained|fixed)|of\s+(partial\s+|degraded\s+|reduced\s+|intermittent\s+)?(availability|unavailability|service\s+degradation|degraded\s+(service|performance)|errors|impact)|of\s+(\w+\s+)?(failures|errors|timeouts|outage|downtime)|of\s+(\w+\s+)?(failed|failing|broken|dropped|rejected|declined|lost|delayed|stalled)\s+\w+)\b",
        )
    });
    // "for about 3 hours": a length, but of what the words do not say.
    static FOR_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\bfor\s+(about|approximately|roughly|nearly|over|around|almost|more\s+than|at\s+least)\b",
        )
    });
    static NOT_OUTAGE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(within|every|after|took|spent|wait(ed|ing)?|each|per|interval|intervals|later|ago|before|earlier|prior|retention|ttl|timeout|time\s+to\s+(detect|repair|resolve|acknowledge)|mttr|mttd|detect(ed|ion)?\s+(in|within)|to\s+detect|to\s+identify|to\s+diagnose|process|un(noticed|detected|seen|reported|acknowledged)|lifetime|life\s*span|(older|newer|younger)\s+than)\b",
        )
    });
    // A table column headed by the outage's length ("| Service Outage |"
    // over "| 3h 45m |") labels the figures under it.
    static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(duration|downtime|outage|length\s+of\s+(the\s+)?(outage|incident|impact))\b")
    });
    let mut cands = Vec::new();
    // The first line of the table the current line is in.
    let mut table_first = None;
    for (li, l) in doc.lines.iter().enumerate() {
        table_first = Document::is_table_line(l).then(|| table_first.unwrap_or(li));
        let roles = l.roles(doc);
        // "**Total downtime:** ~30 minutes" in a trailer under the action
        // items: a line labelled as the outage's length says so anywhere.
        static LENGTH_KEY: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"^\W*(total\s+(downtime|duration|outage(\s+(time|duration))?)|(outage|incident|downtime)\s+duration)\W*$",
            )
        });
        let length_key = l.label_len > 0 && LENGTH_KEY.is_match(&l.text[..l.label_len]);
        if l.kind == Kind::Code || excluded_section(roles) && !length_key {
            continue;
        }
        let lower = l.text.to_ascii_lowercase();
        // A length hard-wrapped in two ("The problem lasted 1 hour and 45
        // / minutes"): read with the next line's first word, when the line
        // ends in a number and the next one goes on with the paragraph.
        let durations = match doc.lines.get(li + 1) {
            Some(next)
                if l.text.trim_end().ends_with(|c: char| c.is_ascii_digit())
                    && doc.wrapped_line_before(li + 1).is_some() =>
            {
                let head = next.text.split_whitespace().next().unwrap_or("");
                let joined = format!("{} {head}", l.text.trim_end());
                let len = l.text.trim_end().len();
                find_durations(&joined)
                    .into_iter()
                    .filter(|d| d.start < len)
                    .map(|mut d| {
                        d.end = d.end.min(len);
                        d
                    })
                    .collect()
            }
            _ => find_durations(&l.text),
        };
        let prev_tail = if durations.is_empty() {
            String::new()
        } else {
            doc.wrapped_line_before(li).map_or(String::new(), |p| {
                let t = p.text.to_ascii_lowercase();
                grammar::clip(&t, t.len().saturating_sub(60), t.len()).to_string()
            })
        };
        let clocks = if durations.is_empty() {
            Vec::new()
        } else {
            find_times(&l.text)
        };
        for (di, d) in durations.iter().cloned().enumerate() {
            // "0300hrs" is a clock time, not three hundred hours.
            if clocks.iter().any(|t| t.start < d.end && d.start < t.end) {
                continue;
            }
            let before = &lower[..d.start];
            // "for 4-5 hours": a guess between two lengths is not stated.
            static SPAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                re(r"(\d\s*(-|–|to)|\bbetween\s+\d+(\.\d+)?\s+and|\b\d+(\.\d+)?\s+or)\s*$")
            });
            if SPAN_BEFORE.is_match(before) {
                continue;
            }
            // "varied from 25 minutes to 45 minutes": either end of a span
            // of lengths is no one length.
            // (Only its neighbours: the mentions are in order.)
            static SPAN_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(-|–|to|or)\s*$"));
            static BETWEEN_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*and\s*$"));
            let spans = |a: &grammar::DurationMention, b: &grammar::DurationMention| {
                if a.end > b.start {
                    return false;
                }
                let gap = &lower[a.end..b.start];
                SPAN_GAP.is_match(gap)
                    || BETWEEN_GAP.is_match(gap) && lower[..a.start].trim_end().ends_with("between")
            };
            let prev = di.checked_sub(1).and_then(|k| durations.get(k));
            if prev.is_some_and(|p| spans(p, &d))
                || durations.get(di + 1).is_some_and(|n| spans(&d, n))
            {
                continue;
            }
            // "Bounded to at maximum 16 hours", "at most a day": a bound on
            // a length nobody knows is not the length.
            static BOUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                re(r"\b(at\s+(the\s+)?max(imum)?|(upper\s+)?bound(ed)?\s+(of|to|by|at))\s+$")
            });
            if BOUND_BEFORE.is_match(before) {
                continue;
            }
            // "The agreement allows ~40 mins of weekly downtime": an allowance,
            // not an outage.
            static ALLOWANCE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(allows?|permits?|(limit|allowance|budget|cap)\s*(of|:)?)\s*(~\s*|about\s+|up\s+to\s+)?$",
                )
            });
            static PER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\s*(of\s+)?(weekly|monthly|quarterly|yearly|annual|per\s+(week|month|quarter|year))\s+(downtime|outage|unavailability)",
                )
            });
            if ALLOWANCE.is_match(before) || PER_PERIOD.is_match(&lower[d.end..]) {
                continue;
            }
            // A hard-wrapped paragraph: the words before the duration may
            // end the line above ("failed to resolve for\napproximately one
            // hour").
            let joined = format!("{prev_tail} {lower}");
            let at = prev_tail.len() + 1 + d.start;
            // Read within the duration's sentence: "lasted until 3:01pm.
            // For the past two weeks ..." gives the weeks no "lasted".
            let (from, to) = (
                grammar::sentence_start(&joined, at),
                grammar::sentence_end(&joined, at + d.end - d.start),
            );
            // The reading window starts at most 60 bytes back, never
            // before the sentence.
            let lo = at.saturating_sub(60).max(from);
            let window = grammar::clip(&joined, lo, (at + d.end - d.start + 30).min(to));
            let near_before = grammar::clip(&joined, at.saturating_sub(30).max(from), at);
            // "(45 minutes)" right after a stated time range is the outage's.
            // So is one in parentheses on a "Date:" or "When:" line
            // ("Date: 3 Nov (~1727) to 3 Nov (~1900) (~1.5 hours)").
            static WHEN_LABEL: LazyLock<Regex> =
                LazyLock::new(|| re(r"\b(date|when|time|period|window|outage|incident)\b"));
            let in_parens = near_before
                .trim_end()
                .trim_end_matches(['~', '\u{2248}'])
                .trim_end()
                .ends_with('(');
            let after_range = in_parens
                && (find_times(&l.text[..d.start])
                    .last()
                    .is_some_and(|t| d.start - t.end < 12)
                    || l.label_len > 0 && WHEN_LABEL.is_match(&lower[..l.label_len]));
            // "For 4 hours 20 minutes (10:30 UTC - 14:49 UTC) the oracle
            // blocked": a length whose range follows in parentheses.
            // (Not "Time from detection to mitigation: 23min (from 9:56AM
            // to 10:19AM)": only a length told as the outage's, "for" or
            // "lasted" it.)
            static FOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(for|lasted|lasting|over)\s+((about|approximately|roughly|around|nearly|almost|(a\s+little\s+|just\s+|well\s+)?(over|under)|more\s+than|less\s+than)\s+)?$",
                )
            });
            let for_before = FOR_BEFORE.is_match(near_before);
            let range_after = for_before && {
                let rest = l.text[d.end..].trim_start();
                rest.starts_with('(')
                    && rest.find(')').is_some_and(|close| {
                        let inner = &rest[..close];
                        find_times(inner).len() == 2 && find_durations(inner).is_empty()
                    })
            };
            let after_range = after_range || range_after;
            let header = table_first.and_then(|first| doc.column_header(first, li, d.start));
            let column = header.is_some_and(|h| COLUMN.is_match(h));
            // "| Incident Duration |" says total as plainly as a label.
            let total_column = header.is_some_and(|h| TOTAL.is_match(h));
            // A line labelled as the outage's length ("Duration of
            // Outage: ... For two whole hours, from 2:00 PM to 4:00 PM").
            // So is a key-value table row whose key names it ("| Customer
            // impact | 78 minutes |").
            let row_key = Document::row_key(l, d.start);
            // A key or column of the impact names a length only where the
            // cell holds nothing else ("| Customer impact | 78 minutes |",
            // not "| Customer impact | emails delayed by 45 minutes |").
            static IMPACT_KEY: LazyLock<Regex> =
                LazyLock::new(|| re(r"\b(customer|user|service)\s+impact\b"));
            let cell_is_the_length = || {
                let lo = lower[..d.start].rfind('|').map_or(0, |k| k + 1);
                let hi = lower[d.end..].find('|').map_or(lower.len(), |k| d.end + k);
                static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
                    re(r"^(~|about|approximately|approx\.?|around|roughly|circa)?\s*$")
                });
                ABOUT.is_match(lower[lo..d.start].trim()) && lower[d.end..hi].trim().is_empty()
            };
            let impact_key = row_key.is_some_and(|k| IMPACT_KEY.is_match(k))
                || header.is_some_and(|h| IMPACT_KEY.is_match(h));
            let labelled = l.label_len > 0
                && COLUMN.is_match(&lower[..l.label_len.min(lower.len())])
                || row_key.is_some_and(|k| COLUMN.is_match(k))
                || impact_key && cell_is_the_length();
            // "An hour and a half of web mayhem!" opening an item of the
            // impact: the impact's length.
            // So does "About 11.5 hours without downloads." there.
            static APPROX_ONLY: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W*((about|approximately|approx\.?|roughly|around|nearly|almost|over|more\s+than|just\s+(over|under))\s*)?$",
                )
            });
            let opens_impact = roles.has(Roles::IMPACT)
                && !roles.has(Roles::TIMELINE)
                && APPROX_ONLY.is_match(&lower[..d.start]);
            // "It took 1 hour and 31 minutes from the start of the incident
            // to the deploy of the fix": the whole outage, measured.
            static FROM_START_TO_FIX: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(from|since)\s+(the\s+)?(start|beginning|onset)\s+of\s+(the\s+)?(incident|outage|issue|problem|impact|disruption)\s+(to|until|till)\s+(the\s+)?(\w+\s+){0,2}?(deploy\w*|fix|resolution|recovery|restoration|mitigation|end)\b",
                )
            });
            // "It took almost five hours before service was fully
            // restored": the wait for service to come back is the outage.
            static UNTIL_BACK: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(before|until|till)\s+(full\s+)?(service|services|the\s+(site|website|service|platform|app|api|system|store|shop)|everything|access)\s+(was|were|is|are|came|got|had\s+been|has\s+been)\s+(fully\s+|completely\s+|finally\s+)?(restored|back|recovered|resolved|available|online|up)\b",
                )
            });
            let from_start =
                FROM_START_TO_FIX.is_match(&lower[d.end..]) || UNTIL_BACK.is_match(&lower[d.end..]);
            // "an 82-minute incident": the length names what it measures.
            static OF_INCIDENT: LazyLock<Regex> = LazyLock::new(|| {
                re(r"^\s*(long\s+)?(incident|outage|disruption|interruption|blackout)\b")
            });
            static OF_MEETING: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\s*(long\s+)?(incident|outage|disruption|interruption|blackout)\s+(review|call|retro\w*|meeting|bridge|report|channel|post-?mortem|debrief|drill|exercise|simulation)",
                )
            });
            let of_incident =
                OF_INCIDENT.is_match(&lower[d.end..]) && !OF_MEETING.is_match(&lower[d.end..]);
            // "from 17:30 to 19:58 WAT - 2 hours 28 minutes", "between 16:05
            // and 16:52. During those 47 minutes": the length of a range the
            // line states, worked out by its authors.
            // (Only the times in the 400 bytes before the length, so that
            // a line of thousands of times costs no more than a short one.)
            let near: Vec<&TimeMention> = clocks
                .iter()
                .filter(|t| t.end <= d.start && t.start + RANGE_LENGTH_REACH >= d.start)
                .collect();
            let measures = |a: &TimeMention, b: &TimeMention| {
                let span = clock_span(a, b);
                span > 0 && (i64::from(span) - d.minutes).abs() <= 1
            };
            let of_range = near
                .iter()
                .enumerate()
                .any(|(k, a)| near[k + 1..].iter().any(|b| measures(a, b)));
            // "restarted in a loop for 1 hour and 58 minutes, from 16:22 to
            // 18:20 UTC": the range it measures right after it.
            static THEN_RANGE: LazyLock<Regex> = LazyLock::new(|| {
                re(r"^\s*(on\s+[^,;.]{1,25},?\s*)?[,(\x{2014}\x{2013}-]?\s*(from|between)\s")
            });
            // (Told as how long something lasted, "for" it: not "Time
            // from detection to mitigation: 23min (from 9:56AM to
            // 10:19AM)".)
            let range_follows = for_before && THEN_RANGE.is_match(&lower[d.end..]) && {
                let after: Vec<&TimeMention> = clocks
                    .iter()
                    .filter(|t| t.start >= d.end && t.start <= d.end + RANGE_AFTER_REACH)
                    .collect();
                after.len() >= 2 && measures(after[0], after[1])
            };
            let of_range = of_range || range_follows;
            // "The search page returned no results for 37 minutes", "for 37
            // minutes starting at 14:03": a length the sentence gives its
            // impact, or one that opens at a stated moment.
            static STARTING_AT: LazyLock<Regex> = LazyLock::new(|| {
                re(r"^,?\s*(starting|beginning|commencing)\s+(at|from|around|on)\b")
            });
            // (The impact in the clause the length closes, not a state
            // that lasted: "remained valid for 15 minutes", "has been
            // normal for 30 minutes".)
            static LASTING_STATE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(valid|normal|healthy|stable|green|back|fine|ok|okay|available|up|operational|cached|retained|kept|stored|remained|stayed|lasts?|alive|open|active|running)\b",
                )
            });
            // ("For 24 minutes, half of all users got errors": a sentence
            // that opens with the length tells its impact after it.)
            let opens = for_before
                && joined[from..at]
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with("for");
            let clause = if opens {
                grammar::clip(&joined, at, to.min(at + d.end - d.start + 80))
            } else {
                grammar::clip(&joined, at.saturating_sub(60).max(from), at)
            };
            let impact_for = for_before
                && !roles.has(Roles::TIMELINE)
                && !LASTING_STATE.is_match(clause)
                && (IMPACT_CUE.is_match(clause) || STARTING_AT.is_match(&lower[d.end..]));
            // "invoked 31 minutes after the failure began": how long after
            // the start something was done. "restored 47 minutes after the
            // problem began" is the outage's length.
            static AFTER_BEGAN: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(after|since)\s+(the\s+)?(\w+\s+)?(failure|outage|incident|problem|issue|impact|disruption|errors?)\s+(began|started|first\s+(appeared|started|began))\b",
                )
            });
            static RESTORED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(restored|resolved|recovered|fixed|back(\s+(up|online|to\s+normal))?|returned\s+to\s+normal|mitigated|ended|over)\s+((about|approximately|roughly|around|nearly|almost|some|just|only)\s+)?$",
                )
            });
            let after_began = AFTER_BEGAN.is_match(&lower[d.end..]);
            let restored_after_start = after_began && RESTORED_BEFORE.is_match(near_before);
            let named = CONTEXT.is_match(window)
                || impact_for
                || after_range
                || column
                || labelled
                || opens_impact
                || from_start
                || of_incident
                || of_range
                || restored_after_start;
            if !named && !FOR_ABOUT.is_match(window) {
                continue;
            }
            // Weeks told in a timeline entry are background ("has not
            // frozen rows for about seven weeks"), not the outage.
            if roles.has(Roles::TIMELINE) && d.minutes >= WEEK_MIN {
                continue;
            }
            // "restored within 6.5 hours" is the outage's length; "detected
            // within 5 minutes" is not.
            static RESTORED_WITHIN: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(restored|resolved|recovered|fixed|back\s+online)\s+within\s+(approximately\s+|about\s+|around\s+|roughly\s+)?$",
                )
            });
            if NOT_OUTAGE.is_match(near_before)
                && !RESTORED_WITHIN.is_match(near_before)
                && !from_start
            {
                continue;
            }
            // "happened 3 days after the change", "two weeks ago": how far
            // apart two moments were, not how long anything lasted ("38
            // minutes before being mitigated" is a length).
            static OFFSET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(ago\b|(after|before|prior\s+to)\s+(the\s+|a\s+|an\s+|our\s+|its\s+|that\s+|this\s+)?(\w+\s+){0,3}?(change|deploy\w*|update|upgrade|migration|release|switch|roll-?out|install\w*|patch|merge|launch|maintenance)\b)",
                )
            });
            if OFFSET_AFTER.is_match(&lower[d.end..]) {
                continue;
            }
            if after_began && !restored_after_start {
                continue;
            }
            // "the same failure came back 25 minutes later": how long the
            // service held before a relapse, not the outage's length
            // ("Everything was back at 6:05pm, two hours later" is).
            static RELAPSE: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"\b(failures?|outage|problem|issue|errors?|fault|bug|crash(es)?)\s+(came\s+back|returned|recurred|reappeared|resurfaced|struck\s+again|happened\s+again)\s+((about|some|roughly|only|just)\s+)?$",
                )
            });
            if lower[d.end..].trim_start().starts_with("later") && RELAPSE.is_match(near_before) {
                continue;
            }
            // "Not noticed or flagged for at least 2 weeks": how long it
            // went unseen, told in the words before the duration.
            static UNSEEN: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"(\b(not|never)|n['’]t)\s+(\w+\s+)?(noticed|detected|flagged|seen|reported|caught|spotted)\b|\bun(noticed|detected|seen|reported)\b",
                )
            });
            if UNSEEN.is_match(grammar::clip(&joined, lo, at)) {
                continue;
            }
            // "live for more than 37 hours before anyone noticed": how long
            // it went unseen, told after the duration; "10 hours of the
            // outage was spent waiting": a part of the outage.
            static UNSEEN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(before\s+(anyone|anybody|someone|somebody|we|they|it\s+was|being)\s+(\w+\s+)?(noticed|detected|spotted|caught|flagged|reported)|of\s+(the|this|that)\s+(outage|incident|disruption|downtime)\b)",
                )
            });
            if UNSEEN_AFTER.is_match(&lower[d.end..]) {
                continue;
            }
            // "reviewed the last 15 minutes of application errors": a look
            // back over part of it; "About 3 hours of engineering time
            // spent cleaning up": work, not the outage.
            static LOOK_BACK: LazyLock<Regex> =
                LazyLock::new(|| re(r"\b(last|past|previous|first|next|final)\s+$"));
            static WORK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"^\W{0,2}(of\s+(\w+\s+){0,2}(time|effort|work|toil|labou?r)\b|(were|was)\s+spent\b|spent\b)",
                )
            });
            if LOOK_BACK.is_match(near_before) || WORK_AFTER.is_match(&lower[d.end..]) {
                continue;
            }
            let mut score = DUR_BASE;
            if before.contains("duration")
                || l.label_len > 0 && lower[..l.label_len].contains("duration")
                || column
            {
                score += DUR_LABELLED;
            }
            if roles.has(Roles::SUMMARY) || roles.has(Roles::IMPACT) || roles.is_empty() {
                score += DUR_SUMMARY;
            }
            if roles.has(Roles::TIMELINE) {
                score -= DUR_TIMELINE;
            }
            if lower[d.end..].trim_start().starts_with(')') || near_before.contains('(') {
                score += DUR_PARENS;
            }
            if !named {
                score -= DUR_UNNAMED;
            }
            cands.push(Candidate {
                value: json!(d.minutes),
                provenance: Provenance::line(l),
                rule: if total_column {
                    TOTAL_COLUMN_RULE
                } else if !named {
                    UNNAMED_RULE
                } else {
                    "stated-duration"
                },
                score,
                lost_because: None,
            });
        }
    }
    cands
}

/// A week in minutes.
const WEEK_MIN: i64 = 7 * 24 * 60;

/// A stated length that no word ties to the outage ("for about 3 hours"),
/// until `duration_pick` has checked it against the window; then it is a
/// `stated-duration` like any other.
const UNNAMED_RULE: &str = "stated-duration-unnamed";

fn duration_pick(cands: &mut Vec<Candidate>, ex: &mut Extraction) {
    // A stated duration under a tenth of the start-to-end window is a step
    // or a disruption within the outage ("a disruption of nearly 5 min on
    // one service" in a day-long incident), not the outage's length.
    // A duration labelled as the total ("Duration: 45 min", "total
    // downtime", "lasted") is the authors' word and stays.
    if let Some(wm) = ex.incident.window_min.filter(|w| *w >= 60) {
        for c in cands.iter_mut() {
            let labelled = c.rule == TOTAL_COLUMN_RULE
                || matches!(&c.provenance, Provenance::Line { text, .. } if TOTAL.is_match(text));
            if !labelled && c.value.as_i64().is_some_and(|m| m * 10 < wm) {
                c.lost_because = Some(format!(
                    "under a tenth of the {wm}-minute window: a step, not the outage"
                ));
                c.score = c.score.min(0.0) - DUR_STEP_PENALTY;
            }
        }
    }
    // Of two stated lengths ("for over four hours" and "lasted four hours
    // and fifteen minutes"), the one the authors' own times bear out is
    // the outage's.
    if let Some(wm) = ex.incident.window_min.filter(|w| *w > 0)
        && cands.len() > 1
    {
        let agrees = |m: i64| (m - wm).abs() <= (wm / 20).max(2);
        if cands
            .iter()
            .any(|c| c.lost_because.is_none() && !c.value.as_i64().is_some_and(agrees))
        {
            for c in cands.iter_mut() {
                if c.lost_because.is_none() && c.value.as_i64().is_some_and(agrees) {
                    c.score += DUR_AGREES;
                }
            }
        }
    }
    // A length no word ties to the outage ("managed a heavy workload for
    // more than three hours", "had been going for nearly an hour") is
    // taken only where the computed window does not contradict it (by more
    // than a tenth).
    if let Some(wm) = ex.incident.window_min.filter(|w| *w > 0) {
        for c in cands.iter_mut() {
            if c.rule == UNNAMED_RULE
                && c.lost_because.is_none()
                && c.value.as_i64().is_some_and(|m| (m - wm).abs() * 10 > wm)
            {
                c.lost_because = Some(format!(
                    "no word ties it to the outage, and the {wm}-minute window disagrees"
                ));
                c.score = c.score.min(0.0) - DUR_STEP_PENALTY;
            }
        }
    }
    for c in cands.iter_mut() {
        if c.rule == UNNAMED_RULE {
            c.rule = "stated-duration";
        }
    }
    let (w, all) = pick(std::mem::take(cands));
    let w = w.filter(|w| w.lost_because.is_none());
    if w.is_none() && !all.is_empty() {
        ex.decide("duration_stated_min", None, "none", 0.0, all);
        return;
    }
    if let Some(w) = w {
        ex.incident.duration_stated_min = w.value.as_i64();
        let conf = confidence(&w, &all);
        ex.decide(
            "duration_stated_min",
            Some(w.provenance.clone()),
            w.rule,
            conf,
            all,
        );
    }
}

/// When impact was mitigated (not scored): the first event saying so.
fn mitigated(events: &[Event], ex: &mut Extraction, doc: &Document) {
    static MIT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(mitigat(ed|ion)|workaround|temporar(y|ily)\s+(fix|restored)|partially\s+restored)\b",
        )
    });
    if let Some(e) = events.iter().find(|e| MIT.is_match(&e.what)) {
        ex.incident.mitigated = Some(hhmm(e.stamp.minutes));
        let prov = e.stamp.line.map(|li| Provenance::line(&doc.lines[li]));
        ex.decide(
            "mitigated",
            prov,
            "timeline-mitigation",
            MITIGATED_CONFIDENCE,
            vec![],
        );
    }
}

#[cfg(test)]
mod tests {

    use crate::corpus::document::parse;
    use crate::extract::extract as run;

    fn ex(text: &str) -> crate::extract::Incident {
        run(&parse(text), "t.md").incident
    }

    #[test]
    fn phases_whose_times_carry_bare_days_chain() {
        let i = ex(
            "# Return to service\n\nAll times PST.\n\n### Early triage (10/28 13:37 – 10/29 02:00)\nPlayers dropped.\n\n### Attempt one (10/29 02:00 – 04:00)\nWe tried.\n",
        );
        assert_eq!(i.start.as_deref(), Some("13:37"));
        assert_eq!(i.end.as_deref(), Some("04:00"));
    }

    #[test]
    fn labels_with_a_zone_note_state_the_start_and_end() {
        let i = ex(
            "# Incident: search returns 500\n\n## Metadata\n\n- Owner: ops\n- Start (UTC): 2026-02-06T14:55:33Z\n- End (UTC): 2026-02-06T15:05:15Z\n\n## Summary\n\nA deploy referenced a column that did not exist yet.\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:55"));
        assert_eq!(i.end.as_deref(), Some("15:05"));
        assert_eq!(i.window_min, Some(10));
    }

    #[test]
    fn a_sentence_wrapped_onto_the_next_line_is_read_whole() {
        let i = ex(
            "# Outage\n\nOn Tuesday at 02:01 UTC several services provided by the project\nhad a 98 minute service disruption. Images were affected.\n",
        );
        assert_eq!(i.start.as_deref(), Some("02:01"));
        // A sentence that ends on its line is not read on.
        let i = ex(
            "# Outage\n\nThe nightly job ran at 02:01 UTC.\nThe site had a service disruption later that week.\n",
        );
        assert_eq!(i.start, None);
    }

    #[test]
    fn services_that_had_a_disruption_at_a_time_began_then() {
        let i = ex(
            "# Outage\n\n## Summary\n\nOn Tuesday at 02:01 UTC several services had a service disruption.\n",
        );
        assert_eq!(i.start.as_deref(), Some("02:01"));
    }

    #[test]
    fn am_or_pm_after_a_range_holds_for_both_ends() {
        let i = ex(
            "# 502s\n\n## Summary\n\nOn July 1st 2022, from 12:02 to 12:20 AM EAT all requests returned 502 errors.\n",
        );
        assert_eq!(i.start.as_deref(), Some("00:02"));
        assert_eq!(i.window_min, Some(18));
        // ... unless it would put the start after the end.
        let i = ex(
            "# 502s\n\n## Summary\n\nOn July 1st 2022, from 11:00 to 1:00 PM EAT all requests returned 502 errors.\n",
        );
        assert_eq!(i.start.as_deref(), Some("11:00"));
        assert_eq!(i.window_min, Some(120));
    }

    #[test]
    fn a_publication_line_dates_the_titles_yearless_day() {
        let i = ex(
            "# More details about the October 4 outage\n\nPOSTED ON OCTOBER 5, 2021 TO Networking\n\nNow that our platforms are up and running, we want to share more.\n\nA related post from AUG 9, 2021 is linked below.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-10-04"));
        // An "updated:" line in a header dates the edit, not the incident.
        let i = ex(
            "slug: downtime\npublished: Mon, 17 Feb 2020 at 04:57 AM\nupdated: Mon, 30 Aug 2021 at 01:09 AM\ntitle: Downtime\n\nThe site was down for a while today (~6 hours).\n",
        );
        assert_eq!(i.date.as_deref(), Some("2020-02-17"));
    }

    #[test]
    fn a_date_far_along_an_entry_is_not_the_entrys_day() {
        // "16:13 - ... set a deadline of July 15, 2021" under a June 24
        // day heading happened on June 24.
        let i = ex(
            "# Exposed endpoint\n\n## Timeline\n\nAll times are EDT.\n\n**June 24, 2021**\n\n16:13 - The coordination office receives the disclosure, rates it critical and sets a remediation deadline of July 15, 2021.\n\n18:08 - The report is forwarded to the product team.\n\n**June 25, 2021**\n\n09:30 - The team deploys a fix.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-06-24"));
        // A date right after the time is the time's own.
        let i = ex(
            "# Outage\n\n## Timeline\n\n- 16:13 on July 15, 2021 - The API starts failing.\n- 17:00 - Fixed.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-07-15"));
    }

    #[test]
    fn the_day_a_summary_says_it_started_or_occurred_beats_a_later_day() {
        let i = ex(
            "# Catalogue down\n\n## Incident date\n - Discovered: Sept 3, 2019\n - Thought to have occurred: Aug 31, 2019\n\n## Summary\nAll indexes disappeared and searches failed.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2019-08-31"));
        // A blog post's front matter timestamp is when it was published:
        // the body starts the incident on an earlier day.
        let i = ex(
            "---\ndate: '2023-03-23T20:10:01.466Z'\ntitle: March 17th infrastructure incident\nlayout: blog-post\n---\n\n# The incident\n\nStarting on March 15th and going through to March 17th, users were receiving intermittent 404 responses.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2023-03-15"));
        assert_ne!(i.start.as_deref(), Some("20:10"));
    }

    #[test]
    fn present_tense_recovery_and_a_bare_operational_entry_end_the_outage() {
        let i = ex(
            "# Halt\n\n## Timeline\n\n| Day | Time (UTC) | Event |\n|---|---|---|\n| 2025-05-02 | 09:10 | The chain halts at block 100 |\n| 2025-05-02 | 09:20 | A validator notices and tells the developers |\n| 2025-05-03 | 08:40 | Most validators upgrade and the chain resumes |\n",
        );
        assert_eq!(i.end.as_deref(), Some("08:40"));
        assert_eq!(i.window_min, Some(23 * 60 + 30));
        let i = ex(
            "# Logins\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-05-02 10:00 | Logins fail for every user |\n| 2025-05-02 10:30 | Proxy change rolled back |\n| 2025-05-02 10:31 | Service operational. |\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:31"));
    }

    #[test]
    fn a_check_that_found_everything_fine_is_neither_impact_nor_detection() {
        let i = ex(
            "# Logins\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-05-02 08:00 | Proxy switched to the new version |\n| 2025-05-02 08:20 | Smoke tests indicate all fine, and this is reported in chat |\n| 2025-05-02 09:00 | A developer reports many failed logins |\n| 2025-05-02 09:40 | Service operational |\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:00"));
    }

    #[test]
    fn a_machine_reporting_errors_is_no_one_noticing() {
        let i = ex(
            "# Watches\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-05-02 13:50 | Node starts reporting \"too many open files\" |\n| 2025-05-03 10:00 | Pod killed, releasing the handles |\n",
        );
        assert_eq!(i.detected, None);
    }

    #[test]
    fn a_recovery_seen_afterwards_is_not_the_end() {
        let i = ex(
            "# Launches\n\n## Timeline\n\n### 10:34\n\nLaunch success falls to 0%.\n\n### 10:55\n\nThe cluster heals and launches return to normal.\n\n### 15:00\n\nThe dip is noticed on a dashboard. We cordon the node, although it appears to have recovered.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:55"));
        assert_eq!(i.window_min, Some(21));
        // Detected after the end: the detection-to-resolution time cannot
        // be true and is left empty.
        assert_eq!(i.detect_to_resolve_min, None);
    }

    #[test]
    fn a_timeline_after_a_summary_with_times_keeps_its_own_day() {
        let i = ex(
            "# Port mix-up\n\n## Summary\n\nHalf the requests failed. Customer impact lasted 56 minutes\n(15:18-16:14 UTC).\n\n## Timeline\n\n- 13:42 config change applied\n- 15:18 the proxy listens on the wrong port\n- 15:28 a customer complains about failures\n- 16:14 traffic flowing normally again\n",
        );
        assert_eq!(i.ttd_min, Some(10));
        assert_eq!(i.detect_to_resolve_min, Some(46));
    }

    #[test]
    fn a_range_restated_in_another_zone_is_the_first_zones() {
        // Every range written twice: the zone the authors lead with, and the
        // range whose length is the stated duration, across midnight.
        let i = ex(
            "# Validator report\n## August 18-19, 2025 - Two consensus problems\n\n### Summary\nThis report covers two problems on August 18-19, 2025.\n\n**Findings:**\n- **Second problem (23:15-02:43 UTC / 16:15-19:43 PDT)**: blocks were missed (spans August 18-19 UTC)\n- **First problem (15:30-18:00 UTC / 08:30-11:00 PDT)**: peers dropped after an upgrade\n\n## Problem 2 (23:15-02:43 UTC / 16:15-19:43 PDT)\n\n**Duration**: 3 hours 28 minutes\n\n#### **Phase 1 (23:15-00:30 UTC / 16:15-17:30 PDT)**\n- **23:15 UTC / 16:15 PDT**: missed blocks begin\n- **23:15-00:30 UTC / 16:15-17:30 PDT**: missed blocks grow\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        assert_eq!(i.start.as_deref(), Some("23:15"));
        assert_eq!(i.end.as_deref(), Some("02:43"));
        assert_eq!(i.window_min, Some(208));
    }

    #[test]
    fn an_aside_between_a_range_s_times_keeps_the_range() {
        let i = ex(
            "# Outage\n\n* On Sunday, 2023-10-14 from ~12:00 (maybe earlier) to 17:55 CEST, the shop returned errors for every search.\n",
        );
        assert_eq!(i.end.as_deref(), Some("17:55"));
        assert_eq!(i.window_min, Some(355));
    }

    #[test]
    fn a_post_s_publication_day_dates_it_when_the_body_names_no_other() {
        let i = ex(
            "# Web outage\npublished on March 3, 2019\n\n## What happened\n\n- An alert fired @ 23:38 saying the site was down\n",
        );
        assert_eq!(i.date.as_deref(), Some("2019-03-03"));
        // Any day the body names wins over it.
        let i = ex(
            "# Web outage\npublished on March 3, 2019\n\n## What happened\n\n- On March 1, 2019 an alert fired @ 23:38 saying the site was down\n",
        );
        assert_eq!(i.date.as_deref(), Some("2019-03-01"));
    }

    #[test]
    fn a_line_of_zones_heads_paired_times_and_an_alert_closing_ends_it() {
        let i = ex(
            "# Outage\n\n## Timeline\n\nUTC/ACDT\n\n03:16/13:46 - Grafana reports \"Error rate high\"\n03:20/13:50 - node restarted\n03:41/14:11 - Grafana closes \"Error rate high\"\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        assert_eq!(i.start.as_deref(), Some("03:16"));
        assert_eq!(i.end.as_deref(), Some("03:41"));
        assert_eq!(i.window_min, Some(25));
    }

    #[test]
    fn nothing_since_a_time_is_no_start() {
        let i = ex(
            "# X\n\n## Summary\n\nThe exploit was closed with the upgrade at 10:23 UTC on 2026-08-26, two hours after the first attack transaction.\nThe attacker has sent no request since\n08:39, well before the upgrade.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 08:30 | First exploit transaction |\n| 08:31 | Last exploit transaction |\n| 10:23 | Program upgraded, vulnerability closed |\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:30"));
        assert_eq!(i.window_min, Some(113));
    }

    #[test]
    fn an_incident_opened_is_noticed() {
        let i = ex(
            "# Disk failure\n\n#### Updates\n\n* [21:20 CET] Incident opened.\n* [23:43 CET] The disk has been replaced.\n* [00:42 CET] We are noticing errors on the second disk too.\n* [13:58 CET] All hosts are operational again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("21:20"));
        assert_eq!(i.start.as_deref(), Some("21:20"));
        assert_eq!(i.window_min, Some(998));
    }

    #[test]
    fn a_day_without_its_year_takes_the_year_written_with_it_elsewhere() {
        let i = ex(
            "# Queue failure\n\nOn 23rd October, the job queue stopped taking work.\n\nThe workers then picked up jobs dated 11th September 2014, so we reset the counter to the first job of 23rd October 2014.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2014-10-23"));
    }

    #[test]
    fn the_window_of_data_lost_is_not_the_outage_s() {
        let i = ex(
            "# Database incident\n\nWe are restoring from a backup: any data created between 17:20 UTC and 23:25 UTC on 2017-01-31 is lost.\n\n## Timeline\n\nAt 2017/01/31 18:00 UTC, we detected spammers hammering the database.\n\nAt 2017/01/31 21:00 UTC, writes locked up, causing downtime.\n\nAt 2017/01/31 23:50 UTC, the site is back online.\n",
        );
        assert_eq!(i.start.as_deref(), Some("18:00"));
        assert_eq!(i.end.as_deref(), Some("23:50"));
    }

    #[test]
    fn the_zone_tells_the_order_of_day_and_month_no_date_settles() {
        let text = "# Login outage\n\n## Timeline\n\n- 04-12-2022 7:23 AM GMT+1 - Some users opened a ticket that they could not sign in.\n- 04-12-2022 9:05 AM GMT+1 - Sign-in restored.\n";
        assert_eq!(ex(text).date.as_deref(), Some("2022-12-04"));
        assert_eq!(
            ex(&text.replace("GMT+1", "EST")).date.as_deref(),
            Some("2022-04-12")
        );
        // UTC, or no zone, says nothing: the day stays unread.
        assert_eq!(ex(&text.replace(" GMT+1", "")).date, None);
    }

    #[test]
    fn learning_about_it_is_noticing() {
        let i = ex(
            "# Package incident\n\nAt around 4:40pm GMT on December 30, 2022, we learned about a malicious package uploaded under our name.\n\nBy 7:00pm GMT the package was removed and the index was clean again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("16:40"));
    }

    #[test]
    fn a_restatement_is_a_zone_and_a_separator() {
        assert!(super::restates(" UTC / "));
        assert!(super::restates(" / "));
        assert!(super::restates(" UTC or "));
        assert!(super::restates(" ("));
        assert!(!super::restates(" for "));
        assert!(!super::restates(" and then from "));
    }

    #[test]
    fn a_range_across_midnight_on_a_day_without_its_year_has_a_window() {
        let i = ex("# Outage\n\nOn August 18, the API was down from 23:15 to 02:43 UTC.\n");
        assert_eq!(i.date, None);
        assert_eq!(i.window_min, Some(208));
    }

    #[test]
    fn a_date_given_as_of_a_status_is_not_the_incident_day() {
        let i = ex(
            "# Upgrade report\n\n**Date**: 30th January 2023\\\n**Status**: Resolved\n\n## Introduction\n\nThe upgrade met several problems.\n\nAs of the 8th February 2023, the patched release runs on every validator and the network works as expected.\n\n## What happened\n\nOn Monday 30th January the upgrade halted the network.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2023-01-30"));
    }

    #[test]
    fn a_start_stated_in_prose_beats_the_first_report() {
        let i = ex(
            "# Media\n\n## Summary\n\nOn March 3rd, 2023 at approximately 04:10 UTC we experienced a service degradation in which uploads failed.\n\n## Timeline\n\n- 04:07 a moderator reports failing uploads\n- 04:30 certificate renewed\n",
        );
        assert_eq!(i.start.as_deref(), Some("04:10"));
        assert_eq!(i.ttd_min, Some(-3));
    }

    #[test]
    fn a_job_that_begins_is_no_impact() {
        let i = ex(
            "# Pipeline\n\n## Timeline\n\n- 10:40 branch deployed\n- 16:01 the nightly job begins\n- 23:27 the job crashes and an alert is sent\n- 23:50 job restarted, back to normal\n",
        );
        assert_eq!(i.start.as_deref(), Some("23:27"));
        let i = ex(
            "# Pipeline\n\n## Timeline\n\n- 16:01 errors began on the API\n- 16:20 back to normal\n",
        );
        assert_eq!(i.start.as_deref(), Some("16:01"));
    }

    #[test]
    fn a_summary_table_of_dated_moments_does_not_shift_the_log_days() {
        let i = ex(
            "| Data group | Working group |\n|---|---|\n| **Event** | Import of a bad record |\n| **Detected** | 2021-03-05 23:27 |\n| **Resolved** | 2021-03-06 03:34 |\n| **Team** | AB |\n\n## Timeline\n\n### 2021-03-05 \n* `10:40` - branch deployed to production\n* `21:32` - the import job starts\n* `23:27` - the importer sends an alert to the chat channel\n    * AB gets a notification\n",
        );
        assert_eq!(i.ttd_min, Some(0));
        assert_eq!(i.window_min, Some(247));
        assert_eq!(i.detect_to_resolve_min, Some(247));
    }

    #[test]
    fn an_undated_log_start_takes_the_day_the_summary_states_for_it() {
        let i = ex(
            "| Group | Team |\n|---|---|\n| **Detected** | `2022-04-28 10:34` |\n| **Resolved** | `2022-04-29 12:01` |\n\n## Summary\n\nA DNS glitch resulted in the queue listener failing since it could not reach its endpoint at `2022-04-20 19:48`. It stayed down for eight days.\n\n## Timeline\n\n* `19:48` - the listener service fails as it cannot resolve the queue endpoint.\n* `10:38` - an engineer finds the service failed and restarts it.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2022-04-20"));
        assert_eq!(i.window_min, Some(12493));
        assert_eq!(i.ttd_min, Some(10966));
    }

    #[test]
    fn a_timeline_table_headed_by_a_zone_declares_it() {
        let i = ex(
            "# Backups\n\n## Timeline\n\n| NZST | UTC | Event |\n|---|---|---|\n| 2026-06-17 09:46 | 2026-06-16 21:46 | the backup fails |\n| 2026-06-17 11:00 | 2026-06-16 23:00 | backup restored |\n",
        );
        assert_eq!(i.tz.as_deref(), Some("NZST"));
        // A city in a table of regions declares nothing.
        let i = ex(
            "# Errors\n\n## Impact\n\n| Region | Error ratio |\n|---|---|\n| Tokyo | 16% of requests |\n\n## Timeline\n\n- 10:00 errors start\n- 10:30 errors stop, back to normal\n",
        );
        assert_eq!(i.tz, None);
    }

    #[test]
    fn yesterday_in_a_post_dated_only_by_its_metadata_is_the_day_before() {
        let i = ex(
            "<!--\n.. link:\n.. tags: Outages\n.. date: 2016-12-22 01:00:00\n.. title: Server outage\n.. author: A. Admin\n-->\n\nThe server that runs this website went offline without notice yesterday. We are restoring it from backups.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2016-12-21"));
        // A heading that names the day says it: "yesterday" is then the
        // authors' own day count, not ours to apply.
        let i = ex(
            "## February 11, 2016 incident report\n\nYesterday the booking service was unavailable for 14 minutes.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2016-02-11"));
    }

    #[test]
    fn a_stated_time_to_recovery_is_the_outage_length() {
        let i = ex(
            "# Logins\n\n## Summary\n\nLogins failed after a proxy change.\n\n## Stats\n\n- Time to detection: 40 minutes\n- Time to recovery: 75 minutes\n",
        );
        assert_eq!(i.duration_stated_min, Some(75));
    }

    #[test]
    fn a_time_header_beside_the_date_header_states_the_start() {
        let i = ex(
            "## Incident report: rewards not paid\n\n## Date: 12th March 2023\n\n## Time: 5:13:57 UTC\n\n### Introduction\n\nThe daily payout failed because of a bug.\n",
        );
        assert_eq!(i.start.as_deref(), Some("05:13"));
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        // "Time" inside a sentence is no label.
        let i = ex(
            "# Payout failure\n\nDate: 12th March 2023\n\nResponse time: 5:13 was when the payout job finished.\n",
        );
        assert_eq!(i.start, None);
    }

    #[test]
    fn an_alert_that_did_not_fire_is_not_the_detection() {
        let i = ex(
            "# Checkout 502s\n\n## Timeline (PST)\n\n- 09:00 - First 502s in the edge logs (found afterwards). Rate too low to trigger the 5xx alert.\n- 09:40 - Customer care reports customers seeing payment errors.\n- 10:05 - On-call confirms the 502s.\n- 13:00 - No 502s for 15 minutes; incident closed.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:00"));
        assert_eq!(i.detected.as_deref(), Some("09:40"));
        // The same entry with an alert that fired is the detection.
        let i = ex(
            "# Checkout 502s\n\n## Timeline (PST)\n\n- 09:00 - First 502s; the 5xx alert fired.\n- 09:40 - Customer care reports customers seeing payment errors.\n- 13:00 - No 502s for 15 minutes; incident closed.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:00"));
    }

    #[test]
    fn a_dated_time_told_in_a_summary_sentence_is_no_entry() {
        let doc = "---\ntitle: DB overwrite\ndate: 2017-02-09\n---\n\n## Summary\nThe hub was reportedly down at 1am. Users were greeted with a proxy error. This was all fixed and an all-clear signalled at about 2017-02-09 11:35 AM.\n\n## Timeline\n### 2017-02-09 00:25 - 00:29 AM\n\nAn engineer ran a bad sql command.\n\n### 1:12 AM\n\nA user notices his notebooks are gone.\n\n### 11:17 AM\n\nEverything is working again.\n";
        let i = ex(doc);
        assert_ne!(i.start.as_deref(), Some("11:35"));
        assert!(i.window_min.is_some_and(|w| w < 720), "{:?}", i.window_min);
        // A stamp set off after an update is still that update's time.
        let i = ex(
            "# Status\n\n## Updates\n\nWe are seeing errors on the API. (2024-03-02 13:10 UTC)\n\nThe API is back online and working normally. (2024-03-02 14:10 UTC)\n",
        );
        assert_eq!(i.end.as_deref(), Some("14:10"));
    }

    #[test]
    fn a_date_on_a_card_that_names_the_incident_dates_the_incident() {
        let card = "# Chain halt report\n\n| Key | Value |\n|---|---|\n| Incident | Chain halt in the key-value store |\n| Date | 2023-04-24 19:32:57 (UTC) |\n| Block | 10264944 |\n| Authors | A. Writer, B. Writer |\n\nThe testnet halted.\n";
        let i = ex(card);
        assert_eq!(i.start.as_deref(), Some("19:32"));
        // A card about the write-up (author, status) dates the write-up.
        let i = ex(&card
            .replace(
                "| Incident | Chain halt in the key-value store |\n",
                "| Status | Final |\n",
            )
            .replace("| Block | 10264944 |\n", ""));
        assert_eq!(i.start, None);
    }

    #[test]
    fn entries_told_as_who_could_do_what() {
        let i = ex(
            "# Keys\n\n## Timeline\n\nAll times in UTC\n\n*03:21* - The team encounters and flags a key bug preventing the wallet from signing transactions.\n\n*06:17* - Fix for the key bug is completed.\n\n*09:30* - The team starts debugging a second bug.\n\n*11:48* - The new certificate is issued, enabling students to connect.\n\n*12:30* - Team lunch.\n",
        );
        assert_eq!(i.start.as_deref(), Some("03:21"));
        assert_eq!(i.detected.as_deref(), Some("03:21"));
        assert_eq!(i.end.as_deref(), Some("11:48"));
        // A bug preventing something is the impact, before anyone noticed.
        let i = ex(
            "# Keys\n\n## Timeline\n\n- 03:21 - A key bug is preventing the wallet from signing transactions.\n- 04:10 - The on-call engineer is paged.\n- 06:00 - Fix deployed; wallets are signing again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("03:21"));
        // Users who still could not connect is no recovery.
        let i = ex(
            "# Keys\n\n## Timeline\n\n- 03:21 - Users could not connect to the hub.\n- 04:00 - Users could not connect still, we restart the proxy.\n- 05:10 - Users can now connect; all is well.\n",
        );
        assert_eq!(i.end.as_deref(), Some("05:10"));
    }

    #[test]
    fn an_exception_in_the_logs_is_impact_a_browser_exception_is_not() {
        let t = "# Hub down\n\n## Timeline\n\n### 00:20\n\nAn engineer adds a permanent exception for the certificate in his browser.\n\n### 00:25\n\nThe following exception shows up in the hub logs.\n\n### 01:12\n\nA user notices his notebooks are gone.\n\n### 11:17\n\nAll users are back online.\n";
        assert_eq!(ex(t).start.as_deref(), Some("00:25"));
    }

    #[test]
    fn not_back_until_states_the_end() {
        let i = ex(
            "# Block production halt\n\nThe chain stopped producing blocks on Friday, December 17, 2021 at 2:55 PM and did not resume production until 6:02 PM the same day.\n",
        );
        assert_eq!(i.end.as_deref(), Some("18:02"));
        // "not found until" is when it was noticed, not the end.
        let i = ex(
            "# Block production halt\n\nThe chain stopped producing blocks on Friday, December 17, 2021 at 2:55 PM; the cause was not found until 6:02 PM.\n",
        );
        assert_ne!(i.end.as_deref(), Some("18:02"));
    }

    #[test]
    fn stated_range_with_zone_after_second_time() {
        let i = ex(
            "# Outage\n\n## Summary\nOn March 8th, 2024, between 1:15 PM and 2:00 PM SAST (45 minutes) checkout failed.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-08"));
        assert_eq!(i.start.as_deref(), Some("13:15"));
        assert_eq!(i.end.as_deref(), Some("14:00"));
        assert_eq!(i.tz.as_deref(), Some("SAST"));
        assert_eq!(i.window_min, Some(45));
        assert_eq!(i.duration_stated_min, Some(45));
        assert_eq!(i.start_utc.as_deref(), Some("2024-03-08T11:15:00Z"));
    }

    #[test]
    fn timeline_picks_impact_not_trigger_and_last_restore() {
        let i = ex(
            "# X\n\n## Timeline (WAT)\n- 10:15 AM - configuration pushed to production\n- 10:30 AM - outage starts, pagers alerted the team\n- 11:15 AM - failed fix attempt\n- 12:10 PM - rollback\n- 12:50 PM - the site is back online\n- 1:30 PM - postmortem meeting\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:30"));
        assert_eq!(i.detected.as_deref(), Some("10:30"));
        assert_eq!(i.end.as_deref(), Some("12:50"));
        assert_eq!(i.tz.as_deref(), Some("WAT"));
        assert_eq!(i.window_min, Some(140));
        assert_eq!(i.date, None);
    }

    #[test]
    fn wrapped_entry_cue_on_continuation_line() {
        let i = ex(
            "# X\n\n## Timeline\n\n2022-03-04, 09:00 UTC: the checkout page starts returning errors.\n\n2022-03-04, 09:20 UTC: an engineer noticed the alert.\n\n2022-03-04, 11:30 UTC: the certificate was replaced with a new one and\nthe proxy reloaded its configuration. Service restored.\n\n## Lessons\n\nRenew earlier.\n",
        );
        assert_eq!(i.end.as_deref(), Some("11:30"));
        assert_eq!(i.window_min, Some(150));
    }

    #[test]
    fn status_reported_by_a_check_is_no_detection() {
        let i = ex(
            "# X\n\n## Timeline\n- 08:00 UTC -- queue workers begin failing\n- 08:06 UTC -- half the jobs fail while the status probe still\n  reports healthy (probe history).\n- 08:10 UTC -- the on-call engineer is paged\n- 08:40 UTC -- service restored\n",
        );
        assert_eq!(i.detected.as_deref(), Some("08:10"));
    }

    #[test]
    fn passing_tests_and_reported_success_are_neither_impact_nor_detection() {
        let i = ex(
            "# X\n\n## Timeline\n- 09:00 UTC: the release build is published\n- 09:30 UTC: QA reports the previously failing smoke tests pass\n- 10:00 UTC: the team reports the migration dry run succeeded\n- 11:00 UTC: first customer reports checkout errors\n- 12:00 UTC: service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("11:00"));
        assert_eq!(i.detected.as_deref(), Some("11:00"));
    }

    #[test]
    fn a_date_alone_on_a_line_or_heading_dates_the_entries_below() {
        let i = ex(
            "# X\n\n## Timeline\n\n### 2024-03-04\n\n- 22:00 UTC: the checkout page starts returning errors\n- 22:10 UTC: on-call engineer paged\n\n### 2024-03-06\n\n- 09:00 UTC: service restored\n",
        );
        assert_eq!(i.window_min, Some(2100));
        let i = ex(
            "# X\n\n## Timeline\n2024-03-04\n\n* 22:00 UTC the checkout page starts returning errors\n* 22:10 UTC on-call engineer paged\n\n2024-03-06\n\n* 09:00 UTC service restored\n",
        );
        assert_eq!(i.detect_to_resolve_min, Some(2090));
    }

    #[test]
    fn a_length_the_sentence_gives_its_impact_is_stated() {
        let d = |t: &str| ex(&format!("# X\n\n{t}\n")).duration_stated_min;
        assert_eq!(
            d("For 24 minutes, about half of our users got 500 errors from the API."),
            Some(24)
        );
        assert_eq!(d("Users saw errors for 37 minutes."), Some(37));
        assert_eq!(
            d("On 7 May 2024, for 37 minutes starting at 14:03 CET, search returned nothing."),
            Some(37)
        );
        // A state that lasted, not the impact.
        assert_eq!(
            d("The first errors came at 13:20 because old tokens remained valid for 15 minutes."),
            None
        );
        assert_eq!(d("Resolved: latency has been normal for 30 minutes."), None);
        assert_eq!(d("We waited for 37 minutes for the vendor."), None);
    }

    #[test]
    fn a_dated_start_that_is_a_log_entry_dates_the_log() {
        // The log opens the evening before with the deploy; its 09:10 is
        // the summary's dated start, so 11:45 is the same morning.
        let i = ex(
            "# X\n\nFor 4 hours 45 minutes on 2024-04-09, from 09:10 to 13:55 JST, search showed stale prices.\n\n## Timeline\n\n| Time (JST) | Event |\n|---|---|\n| 22:00 | indexer 3.4.0 deployed |\n| 09:10 | first indexer pods OOMKilled; indexing stops |\n| 11:45 | merchandising team reports stale prices in search |\n| 13:55 | backlog processed; search results current again |\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:10"));
        assert_eq!(i.detected.as_deref(), Some("11:45"));
        assert_eq!((i.ttd_min, i.detect_to_resolve_min), (Some(155), Some(130)));
    }

    #[test]
    fn a_failing_monitor_check_or_a_colleague_who_sees_it_is_the_detection() {
        let det = |log: &str| {
            ex(&format!("# X\n\n## Timeline (UTC)\n\n- 10:02 I ran the hardening script on db-01.\n{log}- 11:20 MySQL listens on the private address again; the site is back.\n")).detected
        };
        assert_eq!(
            det("- 10:05 Datadog HTTP checks for web-01 and web-02 start failing; pages show a database error.\n- 10:09 I acknowledge the page and look at Apache.\n").as_deref(),
            Some("10:05")
        );
        assert_eq!(
            det("- 10:05 A shift supervisor posts in #ops-help that scanners cannot save.\n- 10:12 On-call DBA sees sessions waiting on locks.\n").as_deref(),
            Some("10:05")
        );
        assert_eq!(
            det("- 10:05 A colleague in Leeds mentions in chat that the scanners show errors.\n- 10:30 I list the release folders.\n").as_deref(),
            Some("10:05")
        );
        // A client's signature check that fails is impact, not a monitor.
        assert_eq!(
            det("- 10:05 Every signature check by clients fails with EXPKEYSIG.\n- 10:40 A user opens a bug report.\n").as_deref(),
            Some("10:40")
        );
    }

    #[test]
    fn what_would_have_happened_states_no_moment() {
        let i = ex(
            "# X\n\nOn 2 May 2023 pick lists stopped.\n\n## Timeline\n\n- **07:40 BST** - The first worker replica is OOM-killed.\n- **12:10 BST** - All pending pick lists generated; back to normal.\n\n## Why not roll back\n\nThe release also moved the worker to a new consumer group. Rolling back would\nhave restarted consumption from the old group's offsets, which were\nhours behind, and produced duplicate pick lists for every order since 06:15.\n",
        );
        assert_eq!(i.start.as_deref(), Some("07:40"));
        assert_eq!(i.window_min, Some(270));
    }

    #[test]
    fn a_zone_is_declared_by_its_own_sentence() {
        let i = ex(
            "# X\n\nOur team is split between Seattle and Lisbon. This document uses Pacific time (PDT) for the whole incident.\n\nOn 12 September 2024 matchmaking failed from 6:45 p.m. until 8:20 p.m.\n",
        );
        assert_eq!(i.tz.as_deref(), Some("PDT"));
        let i = ex(
            "# X\n\n**Time convention:** This report uses UTC throughout. Local time (Gulf Standard Time, GST = UTC+4) is shown in brackets.\n\nOn 2 April 2024 check-in failed from 02:15 until 06:00.\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
    }

    #[test]
    fn ends_told_as_a_fault_cleared_or_a_flow_running_again() {
        // A fault cleared, and a flow that did not run again until then,
        // end it.
        let i = ex(
            "# X\n\nOn Monday 4 November 2024 logins failed from 08:50 UTC. The fault was cleared at 10:20 UTC.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:20"));
        let i = ex(
            "# X\n\nOn Saturday 2 November 2024 at 23:10 UTC card payments stopped. Payments did not flow again until 23:55 UTC.\n",
        );
        assert_eq!(i.end.as_deref(), Some("23:55"));
    }

    #[test]
    fn a_time_inside_a_sentence_of_a_timeline_section_is_read() {
        // Entries open with "At HH:MM"; the recovery is told mid-sentence
        // and hard-wrapped.
        let x = ex(
            "# Launch day\n## Timeline\nAt 09:00, the launch page went live.\nAt 09:04, checkout began failing under the load.\nWe moved the image service off the shared nodes and at about 09:31 checkout was\nworking normally again.\n",
        );
        assert_eq!(x.end.as_deref(), Some("09:31"));
        assert_eq!(x.window_min, Some(27));
    }

    #[test]
    fn the_stated_duration_picks_which_told_moment_ended_the_outage() {
        // Two moments told as recoveries: ours (the switch to the other
        // host) and the provider's, hours later. "A 42 minute outage"
        // from 06:10 says the first.
        let x = ex(
            "# Assets blocked\n\nOn Monday at 06:10 UTC our asset host started refusing requests, causing\na 42 minute outage for most users.\n\nWe switched the asset domain to a second host, which restored service for everyone at 06:52 UTC.\n\nThe first host lifted its block at 15:30 UTC.\n",
        );
        assert_eq!(x.start.as_deref(), Some("06:10"));
        assert_eq!(x.end.as_deref(), Some("06:52"));
        assert_eq!(x.window_min, Some(42));
    }

    #[test]
    fn a_stated_range_is_kept_though_the_stated_duration_disagrees() {
        // "Duration: 20 mins" beside "09:05 ~ 09:15": the authors' range
        // stands; the later entry that happens to agree with 20 minutes
        // does not replace its end.
        let x = ex(
            "# Queue stuck\n\n**Duration: 20 mins** (09:05 ~ 09:15 UTC).\n\n## Timeline\n\n- 09:05 UTC: jobs stopped running.\n- 09:15 UTC: the worker was restarted and jobs ran again.\n- 09:25 UTC: incident closed after checks.\n",
        );
        assert_eq!(x.end.as_deref(), Some("09:15"));
        assert_eq!(x.window_min, Some(10));
    }

    #[test]
    fn requests_succeeding_again_and_customers_emailing_are_read() {
        let x = ex(
            "# Checkout errors\n\nOn Friday at 18:05 UTC checkout started returning errors. Customers began emailing support at 18:21 UTC.\n\nWe restarted the payment workers at 18:40 UTC; by 18:47 UTC all payments were succeeding.\n",
        );
        assert_eq!(x.detected.as_deref(), Some("18:21"));
        assert_eq!(x.end.as_deref(), Some("18:47"));
        assert_eq!(x.window_min, Some(42));
        assert_eq!(x.detection, "customer-report");
    }

    #[test]
    fn a_fix_gone_live_and_a_disk_filled_are_read() {
        let x = ex(
            "# Search errors\n\nThe first customer complaint reached us at 11:20 (UTC). The cause was found at 11:45 and the fix was live at 12:05, after which no further errors were seen.\n",
        );
        assert_eq!(x.detected.as_deref(), Some("11:20"));
        assert_eq!(x.end.as_deref(), Some("12:05"));
        let x = ex(
            "# Wiki down\n\nAt 2:50 am the log rotation job filled the disk. At 7:10 am an admin noticed the alerts. By 7:40 am space was cleared and the wiki was back up.\n",
        );
        assert_eq!(x.start.as_deref(), Some("02:50"));
        assert_eq!(x.window_min, Some(290));
    }

    #[test]
    fn packet_loss_that_disappeared_ends_the_outage() {
        let x = ex(
            "# Nameserver flood\n\nAt about 3:00pm a flood of traffic hit our nameserver and caused packet loss.\n\nBy 3:25pm we had filtered the traffic and the packet loss should have disappeared.\n",
        );
        assert_eq!(x.end.as_deref(), Some("15:25"));
        assert_eq!(x.window_min, Some(25));
    }

    #[test]
    fn a_correction_deployed_to_production_ends_the_outage() {
        let x = ex(
            "# Expired certificate\nTimeline\n- 0940PST: Support receives first reports of certificate warnings.\n- 0951PST: Wrong certificate found on the edge proxy.\n- 1002PST: Proxy settings corrected and the renewed certificate deployed to production.\n",
        );
        assert_eq!(x.end.as_deref(), Some("10:02"));
        assert_eq!(x.window_min, Some(22));
        assert_eq!(x.detection, "customer-report");
    }

    #[test]
    fn start_and_end_date_labels_and_a_labelled_first_entry() {
        // A notice with "Start Date:" and "End Date:" lines.
        let x = ex(
            "# Portal outage\nService: Portal\nStart Date: Monday, 4th of March 2019, 7:00 AM (GMT)\nEnd Date: Monday, 4th of March 2019, 9:30 AM (GMT)\nThe portal went offline and came back after a rollback.\n",
        );
        assert_eq!(x.end.as_deref(), Some("09:30"));
        assert_eq!(x.window_min, Some(150));
        // "Start:" opening a timeline entry that tells who noticed: the
        // entry is the detection too.
        let x = ex(
            "# Mail delays\n\nTimeline:\n\nStart: 2015/01/22 08:10 – Some users reported that mail was delayed.\n2015/01/22 08:15 – Support began investigating.\n2015/01/22 08:40 – The database issue was fixed.\nEnd: 2015/01/22 11:55 – The queue was cleared.\n",
        );
        assert_eq!(x.start.as_deref(), Some("08:10"));
        assert_eq!(x.detected.as_deref(), Some("08:10"));
        assert_eq!(x.ttd_min, Some(0));
    }

    #[test]
    fn events_held_later_or_unharmed_do_not_start_the_outage() {
        let i = ex(
            "# X\n\n**Incident date:** Monday, December 9, 2024\n\nAt 9 a.m. the course site became unavailable to students sitting exams. It was restored at 10:20 a.m.\n\nReplacement sittings were held on Thursday, December 12, beginning at 12 noon.\n\nAfternoon exams, beginning at 2 p.m., ran without incident.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-12-09"));
        assert_eq!(i.start.as_deref(), Some("09:00"));
        assert_eq!(i.window_min, Some(80));
        // An unharmed part does not hide an end told in the same sentence.
        let i = ex(
            "# X\n\nAt 09:00 UTC card payments began failing. Card payments were restored at 10:20 UTC; bank transfers ran without incident.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:20"));
        // A replacement part that failed is no event held later.
        let i = ex(
            "# X\n\nOn 3 May 2024 the replacement disk controller began failing at 07:45 UTC. Service was restored at 09:15 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("07:45"));
        // Contact that failed, and business hours, can be the outage's range.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 10:40 alert: the billing portal returns errors\n- 13:10 resolved\n\nCustomers needing help can phone our helpline between 8am and 6pm on weekdays.\n",
        );
        assert_eq!(i.window_min, Some(150));
        let i = ex(
            "# X\n\nOn 3 May 2024 customers could not contact us between 10:05 and 10:50 UTC because the chat widget failed.\n",
        );
        assert_eq!(i.window_min, Some(45));
        let i = ex(
            "# X\n\nOn 3 May 2024, during business hours, between 09:00 and 11:30 BST, branch terminals could not reach the ledger.\n",
        );
        assert_eq!(i.window_min, Some(150));
        // The hours someone answers the phone are not the outage's.
        let i = ex(
            "# X\n\nOn Monday 7 October 2024 online banking was down.\n\nIf you could not use online banking on Monday, please contact us. You can call us on the usual number between 8am and 8pm, or visit any branch.\n",
        );
        assert_eq!((i.start.as_deref(), i.end.as_deref()), (None, None));
    }

    #[test]
    fn lengths_that_are_not_the_outage_are_not_stated() {
        let d = |t: &str| ex(&format!("# X\n\n{t}\n")).duration_stated_min;
        // A span of lengths is no one length.
        assert_eq!(
            d("The total amount of downtime varied from 25 minutes to 45 minutes."),
            None
        );
        assert_eq!(d("Downtime was between 20 and 40 minutes per site."), None);
        // How long it went unseen, said after the length.
        assert_eq!(
            d("The outage was live for more than 37 hours before anyone noticed."),
            None
        );
        // A part of the outage.
        assert_eq!(
            d("Approximately 10 hours of the outage was spent waiting for approval."),
            None
        );
        // How long after the start something was done; but being restored
        // so long after the start is the outage's length.
        assert_eq!(
            d("The plan was invoked 31 minutes after the failure began."),
            None
        );
        assert_eq!(
            d("Service was restored 47 minutes after the problem began."),
            Some(47)
        );
        // A look back over part of it; work spent on it.
        assert_eq!(
            d("During the outage we reviewed the last 15 minutes of application errors."),
            None
        );
        let i = ex(
            "# X\n\n## Impact\n\n- About 3 hours of engineering time spent cleaning up queues.\n",
        );
        assert_eq!(i.duration_stated_min, None);
        // A length no word ties to the outage, which the window
        // contradicts; one the window bears out stays.
        let i = ex(
            "# X\n\nOn 3 May 2024 the ward system failed at 01:50 UTC and was restored at 02:50 UTC.\n\nThe switchboard team managed a heavy telephone workload for more than three hours.\n",
        );
        assert_eq!((i.window_min, i.duration_stated_min), (Some(60), None));
        let i = ex(
            "# X\n\nOn 3 May 2024 the ward system failed at 01:50 UTC and was restored at 02:52 UTC.\n\nThe switchboard team managed a heavy telephone workload for about an hour.\n",
        );
        assert_eq!((i.window_min, i.duration_stated_min), (Some(62), Some(60)));
        // How long it held before a relapse.
        assert_eq!(
            d("We declared victory too early, and the same failure came back 25 minutes later."),
            None
        );
        assert_eq!(
            d(
                "The outage began at 15:40. Everything was back at 18:05, two hours and 25 minutes later."
            ),
            Some(145)
        );
        // Ages and lifetimes.
        assert_eq!(
            d("Restores of files older than 30 days failed for all customers during the outage."),
            None
        );
        assert_eq!(
            d("During the outage the old key had a maximum token lifetime (30 minutes)."),
            None
        );
    }

    #[test]
    fn lengths_told_in_other_words_are_stated() {
        let d = |t: &str| ex(&format!("# X\n\n{t}\n")).duration_stated_min;
        assert_eq!(d("51 minutes of write failures."), Some(51));
        assert_eq!(
            d("Total time with Git unavailable: roughly an hour and three quarters."),
            Some(105)
        );
        assert_eq!(
            d("For a little over ten hours, customers got errors on every restore."),
            Some(600)
        );
        // The range it measures right after it.
        assert_eq!(
            d(
                "On 3 October 2023 the pods restarted in a loop for 1 hour and 58 minutes, from 16:22 to 18:20 UTC."
            ),
            Some(118)
        );
        assert_eq!(
            d(
                "For 4 hours 45 minutes on 2024-04-09, from 09:10 to 13:55 JST, search showed stale prices."
            ),
            Some(285)
        );
        assert_eq!(
            d("Customers saw 28 minutes of failed card payments."),
            Some(28)
        );
        // Hard-wrapped between the number and its unit.
        assert_eq!(
            d(
                "Some customers could not complete checkout. The problem lasted 1 hour and 45\nminutes and hit bundle orders."
            ),
            Some(105)
        );
        // Opening an item of the impact, after "about".
        let i = ex("# X\n\n## Impact\n\n- About 11.5 hours without downloads.\n");
        assert_eq!(i.duration_stated_min, Some(690));
        // Of two stated lengths, the one the times bear out.
        let i = ex(
            "# X\n\nOn 30 April 2024 submissions failed for over four hours of the evening, from 20:15 ET.\n\nSubmissions worked again from 00:30 ET. Our outage lasted four hours and fifteen minutes.\n",
        );
        assert_eq!(i.window_min, Some(255));
        assert_eq!(i.duration_stated_min, Some(255));
    }

    #[test]
    fn a_problem_that_stopped_is_the_end() {
        let i = ex(
            "# X\n\nAt 09:14 UTC the API began returning errors. By 09:45 errors had stopped.\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("09:14"), Some("09:45"))
        );
        let i =
            ex("# X\n\nAt 09:14 UTC the API began returning errors. The 503s subsided at 09:45.\n");
        assert_eq!(i.end.as_deref(), Some("09:45"));
        // In a log's present tense.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 14:02 first 502s from the edge\n- 14:03 synthetic check fails and pages the on-call\n- 14:21 bad route withdrawn\n- 14:24 502s stop\n",
        );
        assert_eq!(i.end.as_deref(), Some("14:24"));
        // An outage that stopped something is the impact, not its end.
        let i = ex(
            "# X\n\nAt 09:14 UTC an outage stopped all payments. At 09:50 payments were back.\n",
        );
        assert_eq!(i.end.as_deref(), Some("09:50"));
    }

    #[test]
    fn a_label_with_its_day_between_it_and_the_time() {
        // "began on <date> at <time>": the day between the label and the
        // time does not hide the label.
        let i = ex(
            "# X\n\nImpact began on 2024-02-12 at 22:10 UTC, when the replicas fell behind and the daily reports showed old figures.\nAn alert fired at 22:25 UTC.\nImpact ended on 2024-02-14 at 06:40 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("22:10"));
        assert_eq!(i.window_min, Some(1950));
        assert_eq!(i.ttd_min, Some(15));
    }

    #[test]
    fn a_time_that_takes_the_full_stop_closes_its_line() {
        // The noticing's sentence ends at "a.m.": the restoring on the next
        // line is not its own.
        let i = ex(
            "# X\n\nThursday, May 16, 2024.\nA customer complaint came in at 8:44 a.m.\nBuilds were fully restored at 9:25 a.m.\n",
        );
        assert_eq!(i.end.as_deref(), Some("09:25"));
        assert_eq!(i.detected.as_deref(), Some("08:44"));
        assert_eq!(
            crate::text::grammar::sentence_end("at 8:44 a.m. UTC the site", 0),
            25
        );
    }

    #[test]
    fn the_change_that_began_before_the_impact_is_no_stated_start() {
        let i = ex(
            "# X\n\nThe deploy began on 2024-03-02 at 21:50 UTC. Checkout started failing at 22:10 UTC. Service was restored at 23:02 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("22:10"));
        let i = ex(
            "# X\n\nMaintenance work began at 21:00 UTC on 2024-03-02. At 22:10 UTC checkout started failing. Service was restored at 23:02 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("22:10"));
    }

    #[test]
    fn a_meridiem_before_a_zone_or_a_name_stays_in_its_sentence() {
        let i = ex(
            "# X\n\nOn 2024-03-02 at 9:40 a.m. Eastern, checkout began failing. It was restored at 10:30 a.m. Eastern.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:40"));
        let i = ex(
            "# X\n\nOn 2024-03-02 at 3:25 p.m. Maria from support escalated the customer reports of failed logins.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("15:25"));
    }

    #[test]
    fn a_plural_after_digits_ends_a_sentence() {
        // "503s." closes its sentence: the alert in the next one is not
        // the first moment's.
        let i = ex(
            "# X\n\nAt 09:14 UTC on 2024-02-07 the API began returning 503s. An alert fired at 09:16.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:14"));
        assert_eq!(i.ttd_min, Some(2));
    }

    #[test]
    fn one_date_written_for_a_range_that_crosses_midnight_dates_its_start() {
        let i = ex(
            "# X\n\nThe outage ran from 22:10 to 01:35 UTC (May 3-4, 2023) and took 3 hours 25 minutes.\n",
        );
        assert_eq!(i.window_min, Some(205));
        assert_eq!(i.end_utc.as_deref(), Some("2023-05-04T01:35:00Z"));
        let i = ex("# X\n\nOn 3 May 2023 between 23:30 and 00:45 UTC the queue stalled.\n");
        assert_eq!(i.window_min, Some(75));
        // A range of days written once: the end is on its last day.
        let i = ex("# X\n\nThe outage ran from 22:10 to 01:35 UTC (May 3-5, 2023).\n");
        assert_eq!(i.window_min, Some(1645));
        // Dates of their own on each end still say which day is which.
        let i = ex("# X\n\nFrom 3 May 2023 22:10 UTC to 5 May 2023 01:35 UTC the queue stalled.\n");
        assert_eq!(i.window_min, Some(1645));
    }

    #[test]
    fn an_entry_told_out_of_order_is_an_aside_not_a_new_day() {
        // The log comes back to the clock it had left: no midnight passed.
        let i = ex(
            "# X\n\n## Timeline\n\n- 16:20 UTC - 502s from the gateway begin for all customers.\n- 16:24 UTC - Alert fired on the 5xx ratio.\n- 16:35 UTC - We see a certificate job ran this morning.\n- 14:00 UTC - Follow-up: earlier logs show warnings from that job.\n- 16:58 UTC - Previous certificate restored; 502s stopped.\n",
        );
        assert_eq!(i.window_min, Some(38));
        assert_eq!(i.detect_to_resolve_min, Some(34));
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n### 2022-06-01\n\n- 15:30 UTC - A customer writes to support about failing logins.\n- 15:50 UTC - Engineers confirm the errors; the logs show they began earlier.\n- 13:10 UTC - Errors begin (reconstructed from the logs).\n- 16:20 UTC - Pods restarted; errors stop.\n",
        );
        assert_eq!(i.end.as_deref(), Some("16:20"));
        assert_eq!(i.detect_to_resolve_min, Some(50));
        // A log that switches zone is compared in one zone: no day passed.
        let i = ex(
            "# X\n\n## Timeline\n\n### 2022-06-01\n\n- 23:30 CEST - Ingest stops writing events; dashboards go blank.\n- 21:34 UTC - Pipeline lag alert fires.\n- 22:35 UTC - Ingest back online.\n",
        );
        assert_eq!(i.ttd_min, Some(4));
        assert_eq!(i.window_min, Some(65));
        // A log that does not come back is past midnight.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 23:05 error rate climbs, the pager fires\n- 23:40 rollback started\n- 00:10 errors stop\n- 00:30 all clear\n",
        );
        assert_eq!(i.window_min, Some(85));
    }

    #[test]
    fn the_entry_before_the_first_noticing_says_what_went_wrong_first() {
        // Words no impact cue knows, just above the page: impact began
        // there.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 07:40 search indexer upgraded to 4.1\n- 07:52 product pages stop showing prices\n- 08:01 the on-call is paged by the checkout alert\n- 08:30 indexer rolled back; prices back\n",
        );
        assert_eq!(i.start.as_deref(), Some("07:52"));
        assert_eq!(i.detected.as_deref(), Some("08:01"));
        assert_eq!(i.ttd_min, Some(9));
        assert_eq!(i.window_min, Some(38));
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 14:03 queue depth above 50,000 on the mail workers\n- 14:10 alert fires for delayed receipts\n- 14:45 extra workers added; queue drained\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:03"));
        assert_eq!(i.ttd_min, Some(7));
        // A scene, a check that passed or a change before the page is not
        // the impact: the page stays the start.
        for before in [
            "- 19:00 canary at 5%, not showing any problems",
            "- 19:00 ride volume high as expected for a Friday",
            "- 19:00 the city marathon starts downtown",
            "- 19:00 smoke tests report all fine",
            "- 19:00 gateway settings modified to set retries to zero",
            "- 19:00 payments team deploys the new handling of late callbacks",
        ] {
            let i = ex(&format!(
                "# X\n\n## Timeline (UTC)\n\n{before}\n- 19:20 support is paged: riders see errors booking\n- 20:05 gateway switched back; errors stop\n"
            ));
            assert_eq!(i.start.as_deref(), Some("19:20"), "{before}");
        }
    }

    #[test]
    fn list_items_that_each_open_with_a_time_are_a_log_without_a_heading() {
        let i = ex(
            "# X\n\nAll times UTC, 3 March 2025.\n- 07:40 search indexer upgraded to 4.1\n- 07:55 checkout errors climb past 20%\n- 08:30 indexer rolled back; errors stop\n",
        );
        assert_eq!(i.start.as_deref(), Some("07:55"));
        assert_eq!(i.end.as_deref(), Some("08:30"));
        assert_eq!(i.window_min, Some(35));
        // A list right under a line of text (Markdown needs no blank line
        // there), and a two-letter zone declared for all the times.
        let i = ex(
            "# X\n\nMay 6, 2025, all times PT\n- 2:05PM invoice exports start timing out\n- 2:12PM a customer ticket about missing invoices\n- 2:58PM patch deployed; exports complete again\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:05"));
        assert_eq!(i.ttd_min, Some(7));
        assert_eq!(i.tz.as_deref(), Some("PT"));
        // A range that opens an entry is a step's span, as in a timeline
        // section: the outage runs to the entry that says it ended.
        let i = ex(
            "# X\n\nAll times UTC, 3 March 2025.\n- 10:05-10:12 card payments failing, nobody paged\n- 10:12 payments alert fires\n- 10:50 processor switched; payments restored\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:50"));
        assert_eq!(i.window_min, Some(45));
        // A list of times where nothing goes wrong, is noticed or comes
        // back is an agenda or a rota, not a log: the prose's times stand.
        let i = ex(
            "# X\n\nThe API failed at 03:12 UTC on 2024-05-02 and was restored at 03:50 UTC.\n\nReview meeting agenda:\n- 10:00 introductions\n- 10:15 walk through the timeline\n- 11:00 close\n",
        );
        assert_eq!(i.start.as_deref(), Some("03:12"));
        assert_eq!(i.window_min, Some(38));
        // One item with a time among items without is no log.
        let i = ex(
            "# X\n\nWhat we will do:\n- 09:00 standup gets a reliability slot\n- add alerting on the queue\n",
        );
        assert_eq!(i.start, None);
    }

    #[test]
    fn a_line_of_a_day_and_a_zone_in_parentheses_sets_the_zone() {
        for (line, zone) in [
            ("Thursday, March 6, 2025 (MST)", "MST"),
            ("Log, 6 Mar 2025 (UTC):", "UTC"),
        ] {
            let i = ex(&format!(
                "# X\n\n{line}\n- 10:12 am: card payments start failing\n- 10:20 am: payments alert fires\n- 10:55 am: processor switched; payments restored\n"
            ));
            assert_eq!(i.tz.as_deref(), Some(zone), "{line}");
            assert_eq!(i.date.as_deref(), Some("2025-03-06"), "{line}");
        }
        // A sentence with a date and a zone named in passing declares
        // nothing.
        let i = ex(
            "# X\n\nWe moved hosting to Frankfurt (EU) on 6 Mar 2025.\n- 10:12 card payments start failing\n- 10:55 payments restored\n",
        );
        assert_eq!(i.tz, None);
    }

    #[test]
    fn a_component_named_for_reports_is_no_report() {
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 16:45 the reporting service begins returning 504s\n- 17:02 a customer writes in about slow exports\n- 18:10 workers restarted; exports back to normal\n",
        );
        assert_eq!(i.detected.as_deref(), Some("17:02"));
        assert_eq!(i.ttd_min, Some(17));
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 09:12 writes lock up behind long reporting queries\n- 09:15 error-rate alert raised; on-call notified\n- 10:40 lock released; writes flowing again\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:15"));
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 19:02 ticket display fails in the app for all fans\n- 19:09 app error alert fires\n- 19:40 cache rebuilt; tickets load again\n",
        );
        assert_eq!(i.detected.as_deref(), Some("19:09"));
        // Reports as documents: "nightly reports fail" tells no report
        // made.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 15:40 dashboards load empty and nightly reports fail\n- 15:52 query-error alert fires\n- 18:05 query layer rolled back; dashboards back\n",
        );
        assert_eq!(i.detected.as_deref(), Some("15:52"));
        // "Acme reports API timeouts", "users report database errors":
        // a report made, the component named after the verb.
        for line in [
            "- 10:20 Acme reports API timeouts on every call",
            "- 10:20 two users report database errors on save",
        ] {
            let i = ex(&format!(
                "# X\n\n## Timeline (UTC)\n\n- 10:05 deploy of web 5.1\n{line}\n- 10:50 web 5.0 rolled back; service restored\n"
            ));
            assert_eq!(i.detected.as_deref(), Some("10:20"), "{line}");
        }
        // A report made is still one.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n- 16:45 exports begin returning 504s\n- 17:02 a customer reports slow exports\n- 18:10 workers restarted; exports back to normal\n",
        );
        assert_eq!(i.detected.as_deref(), Some("17:02"));
    }

    #[test]
    fn a_table_row_says_what_its_own_cells_say() {
        // A row of facts ("| **Start** | ... |") with a report owner two
        // rows below: the owner is no report of the outage.
        let i = ex(
            "# X\n\n| | |\n|---|---|\n| **Start** | 2024-06-04T09:12:00+02:00 |\n| **End** | 2024-06-04T12:47:00+02:00 |\n| **Report owner** | IT Operations |\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:12"));
        assert_eq!(i.detected, None);
        // A measure is no moment: "| Time to detect | 00:12 |".
        let i = ex(
            "# X\n\nOrders failed from 09:30 to 11:15 UTC on 2024-08-01.\n\n| Metric | Value |\n|---|---|\n| Time to detect | 00:12 |\n| Time to resolve | 01:45 |\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:30"));
        assert_eq!(i.detected, None);
        // A log kept with the time in the last cell is still a log.
        let i = ex(
            "# X\n\n## Timeline\n\n| Event | Time (UTC) |\n|---|---|\n| Card payments start failing | 10:05 |\n| Payments alert fires | 10:12 |\n| Processor switched; payments restored | 10:50 |\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:05"));
        assert_eq!(i.detected.as_deref(), Some("10:12"));
        assert_eq!(i.end.as_deref(), Some("10:50"));
    }

    #[test]
    fn a_state_the_authors_call_usual_is_no_impact() {
        // The slow job the evening before is ordinary: the outage, and its
        // day, begin the next morning.
        let i = ex(
            "# X\n\n## 2024-09-13\n- 22:00 the nightly export runs slow, as usual on Fridays\n\n## 2024-09-14\n- 08:10 orders stop reaching the warehouse\n- 08:30 warehouse lead reports no new pick lists\n- 09:05 worker restarted; orders flowing again, restored\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-09-14"));
        assert_eq!(i.start.as_deref(), Some("08:10"));
        assert_eq!(i.window_min, Some(55));
    }

    #[test]
    fn a_log_split_by_date_headings_needs_no_timeline_heading() {
        // One entry alone under the last day's heading is still an entry
        // of the log, on that day.
        let i = ex(
            "# X\n\n### 2023-08-14 (all times UTC)\n- 21:10 upload latency climbs above 4 s\n- 21:25 storage SLO alert fires\n### 2023-08-15\n- 06:40 failing disk shelf found\n- 11:00 shelf drained\n### 2023-08-16\n- 08:20 rebuild complete; latency at baseline and service fully restored\n",
        );
        assert_eq!(i.end.as_deref(), Some("08:20"));
        assert_eq!(i.window_min, Some(2110));
        assert_eq!(i.detect_to_resolve_min, Some(2095));
        // The heading's date, not the next day, when days are skipped.
        let i = ex(
            "# X\n\n### 2023-08-14 (all times UTC)\n- 21:10 upload latency climbs above 4 s\n- 21:25 storage SLO alert fires\n### 2023-08-16\n- 08:20 rebuild complete; service fully restored\n",
        );
        assert_eq!(i.window_min, Some(2110));
    }

    #[test]
    fn entries_under_a_date_heading_cross_midnight_when_the_clock_goes_back() {
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n### 2022-06-01\n\n- 22:50 version 2.3 is deployed\n- 23:05 error rate climbs and the pager fires\n- 23:40 rollback started\n- 00:10 error rates back to normal\n",
        );
        assert_eq!(i.start.as_deref(), Some("23:05"));
        assert_eq!(i.end.as_deref(), Some("00:10"));
        assert_eq!(i.window_min, Some(65));
        assert_eq!(i.detect_to_resolve_min, Some(65));
        // A new heading's date starts its own count.
        let i = ex(
            "# X\n\n## Timeline (UTC)\n\n**2022-06-01**\n\n- 23:05 error rate climbs and the pager fires\n- 00:10 fix rolled out\n\n**2022-06-03**\n\n- 01:00 error rates back to normal\n",
        );
        assert_eq!(i.window_min, Some(1555));
    }

    #[test]
    fn a_stated_start_that_is_a_dated_log_entry_takes_the_log_day() {
        let i = ex(
            "# X\n\n## Summary\n\nDate/time: 2024-03-05 21:14 UTC\n\n## Timeline\n\n### 2024-03-04\n\n- 21:14 UTC: the site goes down\n- 21:20 UTC: an alert fires\n\n### 2024-03-05\n\n- 09:00 UTC: service restored\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-04"));
        assert_eq!(i.ttd_min, Some(6));
        assert_eq!(i.window_min, Some(706));
    }

    #[test]
    fn a_yearless_start_takes_the_one_year_the_body_states() {
        let i = ex(
            "# Queue stuck\n\nBetween March 3 and March 5, 2024 the job queue was stuck.\n\nFrom March 3, 10:00 UTC to March 4, 09:00 UTC no jobs ran.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-03"));
        let i = ex(
            "# Queue stuck\n\nBetween March 3 and March 5, 20XX the job queue was stuck.\n\nFrom March 3, 10:00 UTC to March 4, 09:00 UTC no jobs ran.\n",
        );
        assert_eq!(i.date, None);
    }

    #[test]
    fn slowly_is_no_slowness() {
        let i = ex(
            "# X\n\n## Timeline\n- 09:00 UTC: disk usage on the queue hosts slowly creeping up\n- 11:00 UTC: API requests slowed to a crawl\n- 12:00 UTC: service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("11:00"));
        assert_eq!(i.window_min, Some(60));
    }

    #[test]
    fn timeline_crossing_midnight() {
        let i = ex(
            "# X\n\n## Timeline\n- 23:40 UTC: error rate spikes\n- 23:45 UTC: alert fired\n- 00:30 UTC: rollback\n- 01:15 UTC: service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("23:40"));
        assert_eq!(i.end.as_deref(), Some("01:15"));
        assert_eq!(i.window_min, Some(95));
        assert_eq!(i.ttd_min, Some(5));
        assert_eq!(i.detect_to_resolve_min, Some(90));
    }

    #[test]
    fn mixed_zones_are_converted_before_subtracting() {
        let i = ex(
            "# X\n\nThe outage began at 06:05 CAT.\n\n## Timeline\n- 06:05 CAT: pages fail\n- 06:30 UTC: engineer noticed the errors\n- 07:00 UTC: service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("06:05"));
        // 06:05 CAT is 04:05 UTC.
        assert_eq!(i.ttd_min, Some(145));
        assert_eq!(i.window_min, Some(175));
    }

    #[test]
    fn status_page_front_matter_gives_start_and_end_across_days() {
        let i = ex(
            "---\ntitle: Queue stuck\ndate: 2023-03-28T14:00:00Z\nresolvedWhen: 2023-03-29T15:55:00Z\n---\nBuilds are stuck.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2023-03-28"));
        assert_eq!(i.start.as_deref(), Some("14:00"));
        assert_eq!(i.end.as_deref(), Some("15:55"));
        assert_eq!(i.window_min, Some(1555));
        assert_eq!(i.tz.as_deref(), Some("UTC"));
    }

    #[test]
    fn a_post_whose_title_names_an_earlier_day_was_published_after_it() {
        let i = ex(
            "---\ntitle: 'Report on the relay incident of 3rd May 2021'\ndate: 2021-05-20 09:30:00\n---\n\n## Setup\n\nTwo relays and a sentry.\n\n## What happened on 3rd May 2021\n\nWe were told in chat that the relay had stopped, and restarted it.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-05-03"));
        assert_eq!(i.start, None);
        // The same post without the earlier day: a status page's start.
        let i = ex(
            "---\ntitle: 'Relay incident'\ndate: 2021-05-20 09:30:00\n---\n\n## What happened\n\nWe were told in chat that the relay had stopped, and restarted it.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:30"));
    }

    #[test]
    fn a_yearless_day_months_before_the_post_makes_its_date_a_publication() {
        let i = ex(
            "---\ntitle: Keys printed in our logs\ndate: 2022-10-13 08:34\n---\n\nOn March 29th, at around 10:00 a.m. EST, one of our engineers noticed that a deploy tool was printing secrets in its logs.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2022-03-29"));
        assert_eq!(i.start.as_deref(), Some("10:00"));
    }

    #[test]
    fn publication_date_yields_to_the_body() {
        let i = ex(
            "+++\ntitle = \"Cache\"\ndate = 2024-05-20\n+++\nOn May 18 the cache fell over from 10:00 to 11:00 UTC.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-05-18"));
    }

    #[test]
    fn no_year_means_no_date() {
        let i = ex("# X\nThe outage occurred from 10:00 AM to 12:30 PM (UTC) on May 15, 20XX.\n");
        assert_eq!(i.date, None);
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.end.as_deref(), Some("12:30"));
        assert_eq!(i.window_min, Some(150));
    }

    #[test]
    fn day_month_order_from_evidence_in_the_file() {
        let i = ex(
            "# X\nStart: 02/03/2022, 3:00 AM\nEnd: 08/03/2022, 5:00 PM\nRestored to the 28/02/2022 state.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2022-03-02"));
        assert_eq!(i.window_min, Some(6 * 1440 + 14 * 60));
        let i = ex("# X\nStart: 02/03/2022, 3:00 AM\n");
        assert_eq!(i.date, None);
    }

    #[test]
    fn missing_end_leaves_window_null() {
        let i = ex(
            "# X\n## Timeline\n- 10:00 UTC: alert fired for errors\n- 10:20 UTC: investigating\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.end, None);
        assert_eq!(i.window_min, None);
        assert_eq!(i.ttd_min, Some(0));
    }

    #[test]
    fn duration_of_repair_step_is_not_the_outage() {
        let i = ex(
            "# X\n## Summary\nThe outage lasted 2 hours 45 minutes.\n## Timeline\n- 10:00: the restart took 5 minutes\n",
        );
        assert_eq!(i.duration_stated_min, Some(165));
    }

    #[test]
    fn how_long_it_went_unnoticed_is_not_the_outage_with_either_apostrophe() {
        for q in ["'", "\u{2019}"] {
            let i = ex(&format!(
                "# X\n## Lessons\n- Slow detection: the failing disk wasn{q}t noticed for almost 9 hours, far too long.\n"
            ));
            assert_eq!(i.duration_stated_min, None, "apostrophe {q}");
        }
    }
}

#[cfg(test)]
mod more_tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    #[test]
    fn times_with_seconds_in_a_range() {
        let doc = parse(
            "# T\n\n## Summary\nFrom 09:33:11 to 12:19:46 UTC on January 8, 2024, search failed.\n",
        );
        let i = extract(&doc, "t.md").incident;
        assert_eq!(i.start.as_deref(), Some("09:33"));
        assert_eq!(i.end.as_deref(), Some("12:19"));
        assert_eq!(i.date.as_deref(), Some("2024-01-08"));
    }
}

#[cfg(test)]
mod status_log_tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    fn ex(text: &str) -> crate::extract::Incident {
        extract(&parse(text), "t.md").incident
    }

    #[test]
    fn a_dated_stamp_closing_an_update_is_an_entry() {
        let i = ex(
            "+++\ntitle = \"Tiles\"\ndate = 2022-03-01T08:00:00-07:00\n+++\nThe tile server is returning errors for every request.\n\n**Update**: the storage volume is back online and tiles load normally. {{< track \"2022-03-01T09:25:00-07:00\" >}}\n",
        );
        assert_eq!(i.end.as_deref(), Some("09:25"));
        assert_eq!(i.window_min, Some(85));
        // The stamp that ended it is not also when it was noticed.
        assert_eq!(i.detected, None);
    }

    #[test]
    fn a_timeline_told_in_the_present_tense_is_noticed_when_it_says_so() {
        let i = ex(
            "# Queue stall\n## Timeline\n### Tuesday 2023-06-13 - 07:50\n1. The billing page shows a spinner for everyone\n1. We look at the workers and discover that the queue is not draining\n### 08:40\n1. Someone opens a ticket with the hosting company\n### 10:05\nThe queue drains and the billing page is working again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("07:50"));
        assert_eq!(i.ttd_min, Some(0));
        assert_eq!(i.end.as_deref(), Some("10:05"));
    }

    #[test]
    fn an_end_label_opening_a_timeline_line_states_the_end() {
        let i = ex(
            "# Disk full\n## Timeline\nStart Time: June 2, 2023, 21:15 (WAT)\n\nEnd Time: June 4, 2023, 08:05 (WAT)\n\nThe API refused writes during this time.\n",
        );
        assert_eq!(i.end.as_deref(), Some("08:05"));
        assert_eq!(i.window_min, Some(2 * 1440 - 13 * 60 - 10));
        // "until" in an entry's prose is not a label.
        let i = ex(
            "# Disk full\n## Timeline\nStart Time: June 2, 2023, 21:15 (WAT)\n\nThe cleanup job did not run until 23:40.\n",
        );
        assert_eq!(i.end, None);
    }

    #[test]
    fn entries_that_say_the_issue_was_solved_or_verified_operational_end_it() {
        let i = ex(
            "# Cache\n## Timeline (UTC)\n| Time | Event |\n|---|---|\n| 2022-05-04 09:10 | An upgrade made the cache nodes crash |\n| 2022-05-04 09:14 | Automated warning from the provider about failed health |\n| 2022-05-04 09:40 | Nodes downgraded, which solved the issue |\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:14"));
        assert_eq!(i.end.as_deref(), Some("09:40"));
        assert_eq!(i.detection, crate::schema::Detection::Monitoring);
        assert_eq!(i.resolution, crate::schema::Resolution::Rollback);
        let i = ex(
            "# Cache\n## Timeline (UTC)\n- 2022-05-04 09:10 - the cache nodes crash\n- 2022-05-04 11:05 - all systems verified operational\n",
        );
        assert_eq!(i.end.as_deref(), Some("11:05"));
    }

    #[test]
    fn the_day_service_came_back_is_not_the_incident_day_and_weeks_are_read() {
        let i = ex(
            "# Mirror errors\n## Summary\nFor about two weeks in March 2025, some users saw errors, and downloads are back to normal since March 19, 2025.\n## Timeline\n### March 5, 2025\nFirst reports of failed downloads.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2025-03-05"));
        assert_eq!(i.duration_stated_min, Some(14 * 24 * 60));
        // Weeks told in a timeline entry are background.
        let i = ex(
            "# Wraparound\n## Timeline\n| Time | Event |\n|---|---|\n| 2024-07-16 08:37 | Autovacuum has not frozen rows for about seven weeks. |\n",
        );
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn restarting_is_not_starting_and_a_partial_recovery_is_not_the_end() {
        let i = ex(
            "# Node\n## Summary\nA connection spike at 00:27 UTC made a node unresponsive. The node was recycled and began restarting at 01:01 UTC.\n## Timeline\n- **01:13 UTC:** Node has restored and regained healthy status, but volumes will not mount to it.\n",
        );
        // "began restarting at 01:01" is no start; the first impact is.
        assert_ne!(i.start.as_deref(), Some("01:01"));
        assert_eq!(i.end, None);
    }

    #[test]
    fn a_hard_wrapped_paragraph_keeps_its_words_across_the_line_break() {
        let i = ex(
            "# Mail relay\n\n## Summary\n\nOutbound mail from the relay failed to send for\napproximately two hours. The outage started at\n09:12 UTC and the queue was restored at\n11:20 UTC.\n",
        );
        assert_eq!(i.duration_stated_min, Some(120));
        assert_eq!(i.start.as_deref(), Some("09:12"));
        assert_eq!(i.end.as_deref(), Some("11:20"));
        // A sentence that ends the line above does not label the next one.
        let i = ex(
            "# Mail relay\n\n## Summary\n\nThe relay had been restored.\n09:12 UTC the queue started to grow.\n",
        );
        assert_eq!(i.end, None);
    }

    #[test]
    fn a_date_in_a_path_dates_a_file_not_the_incident() {
        let i = ex(
            "# Outage\n\nThe shop went down at noon on March 3, 2021.\n\n<img src=\"/img/2021-04-20-shop-outage/graph.png\" />\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-03-03"));
        let i = ex("# Outage\n\nSee /reports/2021-04-20/summary.txt for the graph.\n");
        assert_eq!(i.date, None);
        // (The <img> tag above is stripped whole by the cleaner; an
        // attribute on a line of its own, as multi-line tags leave it,
        // reaches the date reader.)
        let i = ex(
            "# Outage\n\nsrc=\"/img/2021-02-20-shop-outage/graph.png\"\n\nThe shop went down at noon on March 3, 2021.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-03-03"));
        // Two days written with a slash are no path.
        let i = ex("# Network outage (2024-12-19/20)\n\nThe routers dropped routes.\n");
        assert_eq!(i.date.as_deref(), Some("2024-12-19"));
    }

    #[test]
    fn a_later_sentence_with_another_time_is_another_moment() {
        // The fix published the next morning is not this entry's end.
        let i = ex(
            "# Sync\n\nOn Saturday, 3 June 2023, 18h05 UTC, the nodes stopped syncing. The cause was a hash mismatch. A fix was published the next morning at 08h30 UTC.\n",
        );
        assert_ne!(i.end.as_deref(), Some("18:05"));
        assert_eq!(i.window_min, None);
        // The same time told again is the same moment: what it says counts.
        let i = ex(
            "# Queue\n\n## Root cause\n\nAt 8:00 AM PST, a bad release went out with a wrong address. The workers hung and, at 8:00 am, the outage began.\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:00"));
        assert_eq!(i.tz.as_deref(), Some("PST"));
    }

    #[test]
    fn a_day_declared_for_the_entries_dates_those_without_one() {
        let i = ex(
            "# Disk full\n\n## Timeline\n\nUnless noted otherwise, all events happened on 2021-03-09, and all times are UTC.\n\n- 2021-03-08 23:40: uploads started failing\n- 00:20: the site went down\n- 01:05: the site is back online\n",
        );
        assert_eq!(i.start.as_deref(), Some("23:40"));
        assert_eq!(i.end.as_deref(), Some("01:05"));
        assert_eq!(i.window_min, Some(85));
        let i = ex(
            "# Disk full\n\n## Timeline\n\nUnless noted otherwise, all events happened on 2021-03-10, and all times are UTC.\n\n- 2021-03-08 23:40: uploads started failing\n- 00:20: the site went down\n- 01:05: the site is back online\n",
        );
        assert_eq!(i.window_min, Some(24 * 60 + 85));
    }

    #[test]
    fn a_timeline_in_the_present_tense_returns_to_normal() {
        let i = ex(
            "# Launches\n\n## Timeline\n\n### 2018-05-02 10:34\n\nLaunch success rate drops to 0%.\n\n### 2018-05-02 10:55\n\nThe node self-heals and launches return to normal.\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:34"));
        assert_eq!(i.end.as_deref(), Some("10:55"));
        assert_eq!(i.window_min, Some(21));
        let i = ex(
            "# Steps\n\n## Timeline\n\n- Thurs 07:06 PDT: paged for a growing backlog\n- Thurs 07:40 PDT: the backlog starts to decrease\n- Thurs 07:50 PDT: the backlog is reduced to zero\n",
        );
        assert_eq!(i.end.as_deref(), Some("07:50"));
        let i = ex(
            "# Chat\n\n## Timeline\n\n1. 2025-12-05 09:00:00 - Staff were not able to connect to the chat service.\n2. 2025-12-05 09:10:00 - The provider's outage was reported internally.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:00"));
    }

    #[test]
    fn how_long_it_went_unnoticed_is_not_how_long_it_lasted() {
        let i = ex(
            "# Leak\n## Summary\nA muted channel is why the leak went unnoticed for over two and a half hours.\n",
        );
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn an_update_under_a_resolutions_heading_ends_it() {
        let i = ex(
            "+++\ntitle = \"Proxy\"\ndate = 2022-05-02T17:00:00Z\n+++\nA new proxy rejected some keys.\n\n### Resolutions\nThe old certificate went back on the proxy. {{< track \"2022-05-03T09:10:00Z\" >}}\n",
        );
        assert_eq!(i.end.as_deref(), Some("09:10"));
        assert_eq!(i.window_min, Some(16 * 60 + 10));
    }

    #[test]
    fn a_date_going_back_in_an_ordered_log_is_a_slip() {
        let i = ex(
            "# X\n## Timeline\n### 2022-08-09 10:00\nAlerts fire for a high error rate.\n### 2022-08-09 10:20\nErrors continue.\n### 2022-08-01 10:40\nWe deploy a revert and error rates drop back to zero.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:40"));
        assert_eq!(i.window_min, Some(40));
    }

    #[test]
    fn a_shipped_fix_ends_a_log_that_never_says_restored() {
        let i = ex(
            "# X\n## Timeline\n| Time | Event |\n|---|---|\n| 05:00 UTC | Error rate alert fires |\n| 06:30 UTC | Cause found in the retry logic |\n| 07:15 UTC | Retry logic patched and deployed |\n",
        );
        assert_eq!(i.end.as_deref(), Some("07:15"));
    }

    #[test]
    fn status_page_stages_are_entries_and_investigating_is_detection() {
        let i = ex(
            "# Slow checkout\n\n**Resolved** - Aug 7, 17:02 UTC - This incident has been resolved.\n\n**Identified** - Aug 7, 16:30 UTC - We have identified the issue: capacity.\n\n**Investigating** - Aug 7, 16:02 UTC - We are looking into slow checkouts.\n\nOn Aug 7, 2024 checkout was slow from 15:54 UTC.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("16:02"));
        assert_eq!(i.end.as_deref(), Some("17:02"));
    }

    #[test]
    fn a_customer_email_to_support_is_the_detection() {
        let i = ex(
            "# X\n## Timeline\n- 15:50 UTC: the site stops loading for some customers\n- 15:56 UTC: customer email to support about the site not loading\n- 16:06 UTC: alert finally fires\n- 16:40 UTC: service restored\n",
        );
        assert_eq!(i.detected.as_deref(), Some("15:56"));
        assert_eq!(i.detection, "customer-report");
    }

    #[test]
    fn ambiguous_slash_dates_are_read_the_way_that_keeps_them_close() {
        let i = ex("# X\nstart : 02/02/2022, 3:AM\nend : 08/02/2022, 5:PM\n");
        assert_eq!(i.window_min, Some(6 * 1440 + 14 * 60));
        let i = ex("# X\nstart : 02/03/2022, 3:00 AM\nend : 02/04/2022, 5:00 AM\n");
        // Both readings are close (a day or a month apart): no order wins,
        // and the date stays unread rather than guessed.
        assert_eq!(i.date, None);
    }

    #[test]
    fn chained_phase_headings_span_the_outage() {
        let i = ex(
            "# Testnet incident\n## Overview\nOn March 5, 2025 the upgrade went wrong. Service was fully restored within approximately 6.5 hours.\n## Response\n### Issue identified after the upgrade (7:30 - 10:30 UTC)\nBlocks were empty.\n### Fix preparation (10:30 - 14:00 UTC)\nFixes were written.\n## Detailed log\n### 10:45-11:37 AM: Fix testing\ntests\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("07:30"), Some("14:00"))
        );
        assert_eq!(i.detected.as_deref(), Some("07:30"));
        assert_eq!(i.duration_stated_min, Some(390));
    }

    #[test]
    fn metrics_that_look_normal_are_no_recovery() {
        let i = ex(
            "# X\n## Timeline\n- 04:50 UTC: a ping says finality is late; the charts seemed normal\n- 05:00 UTC: all other metrics are normal, but finality is still missing\n- 09:45 UTC: relay nodes scaled down\n- 10:45 UTC: now that all pods are healthy, the relay is turned back on\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:45"));
    }

    #[test]
    fn a_delay_after_a_stated_time_gives_the_end() {
        let i = ex(
            "# X\n## Background\nOn 9 Sep 2022 at 08:10 (UTC) our on-call engineer noticed unusual withdrawals. The attack was contained 14 minutes later.\n",
        );
        assert_eq!(i.end.as_deref(), Some("08:24"));
        assert_eq!(i.detect_to_resolve_min, Some(14));
    }

    #[test]
    fn a_range_to_an_approximate_end() {
        let i = ex(
            "# X\nOn Tuesday 9 January 2018 from 17:09 EST to approximately 23:42 EST the platform was unavailable.\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("17:09"), Some("23:42"))
        );
        assert_eq!(i.tz.as_deref(), Some("EST"));
    }

    #[test]
    fn a_date_line_in_a_metadata_block_yields_to_the_summary() {
        let i = ex(
            "# Testnet incident\nAuthor: R. Ames\nStatus: Resolved\nDate: Apr 2, 2024\n\n## Incident overview\nOn March 27, 2024, at 07:30 UTC the upgrade activated and blocks came out empty.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-27"));
        // With nothing else stated, the metadata date is the incident's.
        let i = ex(
            "# P2P drop\n**Date:** 26/11/2019\n**Authors:** N.\n**Summary:** message rates fell.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2019-11-26"));
    }

    #[test]
    fn a_short_disruption_inside_a_day_long_outage_is_neither_its_length_nor_its_detection() {
        let i = ex(
            "---\ntitle: Cluster credential expired\ndate: 2022-03-07T09:40:00Z\nresolvedWhen: 2022-03-08T11:10:00Z\n---\nCalls to the cloud API are refused since 2022-03-07T09:40:00Z.\n\n* There was a disruption of nearly 4 min on the docs site around 08:30 UTC, reported in the chat by a reader.\n",
        );
        assert_eq!(i.window_min, Some(1530));
        assert_eq!(i.duration_stated_min, None);
        assert_eq!(i.detected, None);
        assert_eq!(i.ttd_min, None);
        // A labelled total stays, whatever the window.
        let i = ex(
            "---\ntitle: Cluster credential expired\ndate: 2022-03-07T09:40:00Z\nresolvedWhen: 2022-03-08T11:10:00Z\n---\nTotal downtime: 4 min (the rest of the day was degraded only).\n",
        );
        assert_eq!(i.duration_stated_min, Some(4));
        // The same sentence in a short outage is its length.
        let i = ex(
            "---\ntitle: Docs down\ndate: 2022-03-07T08:28:00Z\nresolvedWhen: 2022-03-07T08:33:00Z\n---\nThere was a disruption of nearly 4 min on the docs site.\n",
        );
        assert_eq!(i.duration_stated_min, Some(4));
    }

    #[test]
    fn a_dated_log_opening_with_the_change_is_dated_by_its_first_report() {
        let i = ex(
            "# Lost writes\n| | |\n|---|---|\n| Authors | kim@ |\n| Date | 2022-06-01 |\n\n## Summary\nA refactor made commits non-atomic.\n\n## Timeline\n| Date | Event |\n|---|---|\n| 2022-01-10 | Pull request that lost writes was merged |\n| 2022-01-20 | Release v2.4.0 was published |\n| 2022-02-03 | Report of lost writes |\n| 2022-02-20 | Release v2.4.1 with the fix was published |\n",
        );
        assert_eq!(i.date.as_deref(), Some("2022-02-03"));
    }

    #[test]
    fn dotted_times_and_four_digit_ranges() {
        let i = ex(
            "# X\nOn 3 May 2022 the failure started at approximately 10.16, and was fixed by the provider at approximately 11.35.\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("10:16"), Some("11:35"))
        );
        let i =
            ex("# X\nOn 3 May 2022 between the hours of 1900 and 2100 UTC, writes were slow.\n");
        assert_eq!(i.window_min, Some(120));
    }
}

#[cfg(test)]
mod minutes_tests {
    use super::{Date, Stamp, derive_minutes};

    fn st(minutes: i32, date: Option<(i16, u8, u8)>, meridiem: Option<bool>) -> Stamp {
        Stamp {
            line: None,
            minutes,
            zone: None,
            date: date.map(|(y, m, d)| Date {
                year: Some(y),
                month: m,
                day: d,
            }),
            day: 0,
            meridiem,
            carried: false,
        }
    }

    #[test]
    fn an_afternoon_end_written_without_pm_is_read_on_a_12_hour_clock() {
        // Start 13:08, end written "1:19" on the same stated day.
        let s = st(13 * 60 + 8, Some((2024, 5, 3)), None);
        let e = st(60 + 19, Some((2024, 5, 3)), None);
        let m = derive_minutes(Some((788, &s)), Some((79, &e)), None, true, None);
        assert_eq!(m.window, Some(11));
        assert!(m.nulled.is_empty());
        // In a document on a 24-hour clock it cannot be read so: nulled.
        let m = derive_minutes(Some((788, &s)), Some((79, &e)), None, false, None);
        assert_eq!(m.window, None);
    }

    #[test]
    fn an_undated_end_before_the_start_is_the_next_day_on_a_24_hour_clock() {
        let s = st(23 * 60, None, None);
        let e = st(60, None, None);
        let m = derive_minutes(Some((1380, &s)), Some((60, &e)), None, false, None);
        assert_eq!(m.window, Some(120));
        // Written with am/pm elsewhere, 1:00 still cannot be 13:00 (before
        // 23:00): midnight passed.
        let m = derive_minutes(Some((1380, &s)), Some((60, &e)), None, true, None);
        assert_eq!(m.window, Some(120));
    }

    #[test]
    fn an_end_before_the_start_on_stated_dates_is_nulled_with_a_reason() {
        let s = st(15 * 60, Some((2024, 5, 3)), None);
        let e = st(14 * 60, Some((2024, 5, 3)), Some(true));
        let m = derive_minutes(Some((900, &s)), Some((840, &e)), None, false, None);
        assert_eq!(m.window, None);
        assert_eq!(m.nulled.len(), 1);
        assert_eq!(m.nulled[0].0, "window_min");
        assert!(m.nulled[0].1.contains("before the start"), "{:?}", m.nulled);
    }

    #[test]
    fn a_window_over_a_week_needs_a_stated_end_date() {
        let s = st(600, None, None);
        let e = st(600, None, None);
        let m = derive_minutes(
            Some((600, &s)),
            Some((600 + 9 * 1440, &e)),
            None,
            false,
            None,
        );
        assert_eq!(m.window, None);
        assert!(m.nulled[0].1.contains("9 days"), "{:?}", m.nulled);
        let e = st(600, Some((2024, 5, 12)), None);
        let m = derive_minutes(
            Some((600, &s)),
            Some((600 + 9 * 1440, &e)),
            None,
            false,
            None,
        );
        assert_eq!(m.window, Some(9 * 1440));
    }

    #[test]
    fn detection_after_a_dated_end_is_nulled_not_negative() {
        let s = st(600, Some((2024, 5, 3)), None);
        let e = st(700, Some((2024, 5, 3)), None);
        let d = st(800, Some((2024, 5, 3)), None);
        let m = derive_minutes(
            Some((600, &s)),
            Some((700, &e)),
            Some((800, &d)),
            false,
            None,
        );
        assert_eq!(m.window, Some(100));
        assert_eq!(m.ttd, Some(200));
        assert_eq!(m.detect_to_resolve, None);
        assert_eq!(m.nulled[0].0, "detect_to_resolve_min");
    }
}

#[cfg(test)]
mod rules_tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    fn ex(text: &str) -> crate::extract::Incident {
        extract(&parse(text), "t.md").incident
    }

    #[test]
    fn a_day_heading_with_its_zone_dates_the_entries_below() {
        let i = ex(
            "# Build farm down\n\n## Timeline\n\n#### 14-05-2022 (All times CEST)\n\n- 16:10 The runner image was switched to a new base.\n\n### 18-05-2022 (All times CEST)\n\n- 03:40 **OUTAGE BEGINS** - the nightly jobs time out\n- 08:15 The on-call engineer reads the alert\n\n### 19-05-2022 (All times CEST)\n\n- 11:20 **OUTAGE MITIGATED**, runners rebuilt on the old image. Caches are still cold.\n- 12:00 Decision to keep the old image for now.\n",
        );
        // The entries under "18-05-2022 (All times CEST)" are on that day,
        // not the day after the first heading's.
        assert_eq!(i.date.as_deref(), Some("2022-05-18"));
        assert_eq!(i.start.as_deref(), Some("03:40"));
        // The entry marked as the outage's end is the end, though it says
        // something is still left to do.
        assert_eq!(i.end.as_deref(), Some("11:20"));
        assert_eq!(i.window_min, Some(1900));
    }

    #[test]
    fn a_gap_between_a_change_and_the_outage_is_no_duration() {
        let i = ex(
            "# Build farm down\n\n**Trigger**: unclear. The first failure came 4 days after the runner image change.\n\nThe builds were down for 5 hours.\n",
        );
        assert_eq!(i.duration_stated_min, Some(300));
        let i = ex(
            "# Build farm down\n\n**Trigger**: unclear. The first failure came 4 days after the runner image change.\n",
        );
        assert_eq!(i.duration_stated_min, None);
        // Measured up to the fix, it is a length.
        let i = ex("# Build farm down\n\nJobs failed for 40 minutes before being restarted.\n");
        assert_eq!(i.duration_stated_min, Some(40));
    }

    #[test]
    fn a_vendor_reporting_recovery_is_no_detection() {
        let i = ex(
            "# CI down\n\n## Timeline\n- 2025-03-02 08:00 UTC - Build jobs began failing to start containers.\n- 2025-03-02 14:15 UTC - The registry vendor reported full recovery of their service.\n- 2025-03-02 14:30 UTC - Build pipelines resumed and the queue was cleared.\n",
        );
        assert_eq!(i.end.as_deref(), Some("14:30"));
        assert_eq!(i.detected, None);
    }

    #[test]
    fn a_pasted_log_records_zone_is_not_the_authors_clock() {
        let text = "# Deploys stopped\n\n## Timeline\n\n* 00:00 The deploy bot stops syncing.\n* 09:20 A team asks why nothing deploys.\n* 10:05 The key is replaced and deploys resume.\n\n## Cause\n\nThe bot logged:\n\ntime=\"2022-01-11T00:03:33Z\" level=error msg=\"key type no longer allowed\"\n";
        let i = ex(text);
        assert_eq!(i.start.as_deref(), Some("00:00"));
        assert_eq!(i.tz, None);
        // A zone the authors write is theirs.
        let i = ex(&text.replace("* 00:00 The", "* 00:00 UTC The"));
        assert_eq!(i.tz.as_deref(), Some("UTC"));
    }

    #[test]
    fn a_paragraph_about_what_came_long_before_does_not_date_the_incident() {
        let i = ex(
            "# Game servers flooded\n\nLong before this wave of floods began, a few small ones hit us now and then. The first of those was on May 19th, 2013.\n\nStarting around July 5th, 2013, the floods grew until the servers went down.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2013-07-05"));
    }

    #[test]
    fn a_day_labelled_as_the_first_sighting_dates_the_incident() {
        let i = ex(
            "# Incident on 2023-03-09 - leaked build token\n\n- **Key events**\n  - First detected 2023-03-08 (time unknown)\n  - Incident declared 2023-03-09 09:10\n  - Resolved 2023-03-20 16:00\n",
        );
        assert_eq!(i.date.as_deref(), Some("2023-03-08"));
        // The only entry with a time at the line's start says it was
        // resolved: it is the end, never the start.
        assert_eq!(i.end.as_deref(), Some("16:00"));
        assert_eq!(i.start, None);
    }

    #[test]
    fn an_alert_that_the_site_was_down_is_also_the_earliest_start() {
        let i = ex(
            "# Shop down\n\n## What happened\n\n*   A monitoring alert was received @ 21:10 telling us the shop was down\n*   A customer told us the shop was down @ 21:40\n*   The web server was rebooted\n",
        );
        assert_eq!(i.detected.as_deref(), Some("21:10"));
        assert_eq!(i.start.as_deref(), Some("21:10"));
        assert_eq!(i.ttd_min, Some(0));
    }

    #[test]
    fn an_operators_command_that_failed_is_the_change_not_the_outage() {
        let i = ex(
            "# X\n\n## Timeline\n\n- 12:03 Ana runs the deploy tool to create a test copy of the shop. The command fails, and the tool rolls itself back.\n\n- 12:09 Ana notices that the shop is no longer reachable.\n\n- 13:09 The shop is back up.\n",
        );
        assert_eq!(i.start.as_deref(), Some("12:09"));
        assert_eq!(i.end.as_deref(), Some("13:09"));
    }

    #[test]
    fn each_time_of_a_sentence_is_read_with_its_own_clause() {
        // One sentence tells the noticing and the fix: the first time is
        // the noticing, though "resolved" comes later in the sentence.
        let i = ex(
            "# Cache outage\n\nOn 12 March 2024 the cache service went down at around 09:10 UTC. Our support engineers spotted the failures by 13:40 UTC and resolved them at 13:52 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:10"));
        assert_eq!(i.detected.as_deref(), Some("13:40"));
        assert_eq!(i.end.as_deref(), Some("13:52"));
        assert_eq!(i.ttd_min, Some(270));
        assert_eq!(i.detect_to_resolve_min, Some(12));
    }

    #[test]
    fn a_timeline_told_in_sentences_gives_its_moments() {
        // Every entry carries its time inside the sentence.
        let i = ex(
            "# Search outage\n## Timeline\n- The support desk paged the on-call engineer about failing searches at 09:40 UTC.\n- The search cluster was restarted and service was restored at 11:05 UTC.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:40"));
        assert_eq!(i.detected.as_deref(), Some("09:40"));
        assert_eq!(i.end.as_deref(), Some("11:05"));
        assert_eq!(i.window_min, Some(85));
        assert_eq!(i.tz.as_deref(), Some("UTC"));
    }

    #[test]
    fn a_time_inside_a_note_of_a_timed_entry_is_no_entry() {
        // Entries open with their times; the time in the sub-bullet is when
        // the nodes were replaced, not when anyone noticed anything.
        let i = ex(
            "# Nodes replaced\n## Timeline\n- 2024-05-02 04:45 - availability drops on the uptime dashboard\n- 2024-05-02 08:07 - a customer reports the outage\n    - the engineer noticed that the nodes had been replaced at 05:33\n- 2024-05-02 09:15 - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("04:45"));
        assert_eq!(i.detected.as_deref(), Some("08:07"));
        assert_eq!(i.window_min, Some(270));
        assert_eq!(i.detect_to_resolve_min, Some(68));
    }

    #[test]
    fn a_dated_sentence_entry_does_not_reverse_an_undated_log() {
        // The first entry carries a full date, the last only a day and
        // month: the log is in time order, not newest first.
        let i = ex(
            "# Locator outage\n## Timeline\n- The team reported the outage at 12:16 ET on June 16, 2020.\n- Staff escalated to leadership at approximately 1:00 PM ET.\n- The issue was resolved at approximately 4:00 PM ET, June 16.\n",
        );
        assert_eq!(i.start.as_deref(), Some("12:16"));
        assert_eq!(i.end.as_deref(), Some("16:00"));
        assert_eq!(i.window_min, Some(224));
    }

    #[test]
    fn an_end_read_as_afternoon_is_written_on_the_24_hour_clock() {
        let i = ex(
            "# X\n\nOn June 16, 2020 the outage started at 11:00 AM ET and the service was restored at 1:30 ET.\n",
        );
        assert_eq!(i.window_min, Some(150));
        assert_eq!(i.end.as_deref(), Some("13:30"));
    }

    #[test]
    fn a_site_responsive_again_is_the_end() {
        let i = ex(
            "# X\n## Timeline\n- 11:55 response times rise and pages fail to load\n- 12:20 the site became responsive again\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:20"));
        assert_eq!(i.window_min, Some(25));
    }

    #[test]
    fn a_timeline_pasted_as_code_is_read() {
        let i = ex(
            "# Sync outage\n## Timeline\n\nAll times are in UTC.\n\n```\n2023-05-02 18:05 sync errors on every node\n2023-05-02 19:10 issue reported by a user in the chat\n2023-05-03 06:00 fix merged\n2023-05-03 11:30 nodes back in sync\n2023-05-03 11:30 incident over\n```\n",
        );
        assert_eq!(i.start.as_deref(), Some("18:05"));
        assert_eq!(i.detected.as_deref(), Some("19:10"));
        assert_eq!(i.end.as_deref(), Some("11:30"));
        assert_eq!(i.window_min, Some(1045));
    }

    #[test]
    fn log_output_in_a_timeline_is_no_entry() {
        // Seconds with fractions: a log pasted under an entry.
        let i = ex(
            "# Keystore failure\n## Timeline\n- 08:07 a customer reports the outage\n\n```\n07:34:22.609 ERROR failed to mark memory page as executable\n07:34:42.976 INFO stream closed\n```\n\n- 09:15 service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:07"));
        assert_eq!(i.window_min, Some(68));
    }

    #[test]
    fn an_entry_where_someone_met_the_failure_is_its_detection() {
        let i = ex(
            "# X\n## Timeline\n- 08:10 UTC: visitors encountered errors on the shop\n- 08:30 UTC: the engineer restarted the service\n- 08:40 UTC: service restored\n",
        );
        assert_eq!(i.detected.as_deref(), Some("08:10"));
        assert_eq!(i.ttd_min, Some(0));
        // The onset told as such is the impact, not its discovery.
        let i = ex(
            "# X\n## Timeline\n- 08:10 UTC: visitors start getting errors on the shop\n- 08:25 UTC: uptime check fails and pages the on-call engineer\n- 08:40 UTC: service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:10"));
        assert_eq!(i.detected.as_deref(), Some("08:25"));
    }

    #[test]
    fn a_dated_range_whose_end_is_approximate() {
        let i = ex("# X\n\n* Window: March 3 2025, 09:15 UTC - March 4 2025, ~13:15 UTC\n");
        assert_eq!(i.start.as_deref(), Some("09:15"));
        assert_eq!(i.end.as_deref(), Some("13:15"));
        assert_eq!(i.window_min, Some(1680));
    }

    #[test]
    fn an_end_stated_as_full_recovery_outranks_the_end_of_degradation() {
        let i = ex(
            "# Queue delays\n\n## Summary\n\nBetween March 3 and March 5, 2025 our event pipeline was slow.\n\nFrom March 3, 9:00 AM UTC to March 4, 1:00 PM UTC event processing was degraded.\n\n- Time to drain the backlog and complete recovery: until March 5, 02:30 UTC\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:00"));
        assert_eq!(i.end.as_deref(), Some("02:30"));
        // The days have no year: they are measured on the calendar, in
        // the year of the report (not read as 2:30 PM on the first day).
        assert_eq!(i.window_min, Some(2 * 1440 - 390));
    }

    #[test]
    fn a_problem_not_fixed_is_no_end() {
        let i = ex(
            "# X\n## Timeline\n- 19:26 UTC - build farm errors, trees closed\n- 19:40 UTC - DNS change reverted\n- 20:46 UTC - trees closed again, as the problem is not fixed\n",
        );
        // "Closed" says nothing came back where the sentence denies it.
        assert_ne!(i.end.as_deref(), Some("20:46"));
    }

    #[test]
    fn a_front_matter_date_after_the_incident_is_when_it_was_published() {
        let i = ex(
            "---\ntitle: Chat server outage\ndate: 2025-10-10 10:00:00 +0000\n---\n\nThe chat server was down on 2nd September 2025.\n\n## Timeline\n\n- 2025-09-02 17:45 UTC: the homeserver stops answering\n- 2025-09-03 18:00 UTC: full service resumed\n",
        );
        assert_eq!(i.date.as_deref(), Some("2025-09-02"));
        assert_eq!(i.start.as_deref(), Some("17:45"));
        assert_eq!(i.window_min, Some(1455));
        // The same front matter on the day of the incident is its start.
        let i = ex(
            "---\ntitle: Chat server outage\ndate: 2025-09-02 17:40:00 +0000\n---\n\nThe chat server was down.\n\n## Timeline\n\n- 18:30 UTC: full service resumed\n",
        );
        assert_eq!(i.start.as_deref(), Some("17:40"));
    }

    #[test]
    fn unavailable_from_and_resumed_at_state_the_bounds() {
        let i = ex(
            "# Chat server outage\n\n## Summary\n\nThe chat server was unavailable from 2025-09-02 17:45 UTC and full service resumed at 2025-09-03 18:00 UTC.\n\n## Timeline\n\n- 2025-09-02 11:17 UTC: a disk drops out of the array and monitoring fires\n- 2025-09-03 09:35 UTC: the first backup is restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("17:45"));
        assert_eq!(i.end.as_deref(), Some("18:00"));
        assert_eq!(i.window_min, Some(1455));
    }

    #[test]
    fn entries_dated_day_month_year_with_dashes() {
        let i = ex(
            "# Outage on 27-09-2023\n## Timeline\n- 27-09-2023 09:10 UTC - checkout requests fail with errors\n- 27-09-2023 09:20 UTC - alert fired for the error rate\n- 27-09-2023 10:05 UTC - service restored\n",
        );
        assert_eq!(i.date.as_deref(), Some("2023-09-27"));
        assert_eq!(i.start.as_deref(), Some("09:10"));
        assert_eq!(i.end.as_deref(), Some("10:05"));
        assert_eq!(i.window_min, Some(55));
    }

    #[test]
    fn a_range_whose_end_carries_its_own_date() {
        let i = ex(
            "# X\n## Summary\nThe API was down from June 3, 2022, 11:00 PM to June 4, 2022, 1:30 AM UTC.\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("23:00"), Some("01:30"))
        );
        assert_eq!(i.window_min, Some(150));
        let i = ex(
            "# X\n## Summary\nWrites failed from 22:00 to June 4 at 01:00 UTC, on June 3, 2022.\n",
        );
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("22:00"), Some("01:00"))
        );
        let i =
            ex("# X\n## Impact\nDegraded: June 3, 2022, 22:00 UTC -- June 5, 2022, 01:00 UTC.\n");
        assert_eq!(i.window_min, Some(27 * 60));
    }

    #[test]
    fn entries_marked_as_the_start_and_end_of_the_outage() {
        let i = ex(
            "# X\n## Timeline\n- 09:00 - a slow query shows up in one report\n- 10:00 - release 4.2 is published to stable **START OF OUTAGE**\n- 10:20 - builds fail for users, alert fires\n- 11:30 - the rollback completes **END OF OUTAGE**\n- 12:00 - we confirm things look fine\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.end.as_deref(), Some("11:30"));
        assert_eq!(i.window_min, Some(90));
    }

    #[test]
    fn released_to_stable_is_no_recovery_but_stable_again_is() {
        let i = ex(
            "# X\n## Timeline\n- 10:00 - logins fail with errors\n- 10:10 - alert fired\n- 10:40 - version 3.1 is released to stable\n",
        );
        assert_eq!(i.end, None);
        let i = ex(
            "# X\n## Timeline\n- 10:00 - logins fail with errors\n- 10:10 - alert fired\n- 10:40 - logins are stable again\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:40"));
    }

    #[test]
    fn stops_and_ceases_are_impact_and_notifies_is_detection() {
        let i = ex(
            "# X\n## Timeline\n- 08:00 - nightly config rollout\n- 08:10 - nightly backups completed\n- 08:30 - the scheduler stops running jobs\n- 08:45 - cache warmed\n- 09:10 - a team notifies us in chat\n- 10:00 - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:30"));
        assert_eq!(i.detected.as_deref(), Some("09:10"));
        let i = ex(
            "# X\n## Timeline\n- 08:00 - nightly config rollout\n- 08:10 - nightly backups completed\n- 08:30 - replication ceases on the replica\n- 10:00 - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:30"));
    }

    #[test]
    fn declaring_an_incident_is_detection_unless_declared_resolved() {
        let i = ex(
            "# X\n## Timeline\n- 14:00 - unrelated deployment of the web app\n- 14:10 - error rates climb\n- 14:15 - graphs reviewed\n- 14:25 - incident declared, rollback started\n- 15:00 - incident declared resolved\n",
        );
        assert_eq!(i.detected.as_deref(), Some("14:25"));
        assert_eq!(i.end.as_deref(), Some("15:00"));
    }

    #[test]
    fn starting_to_work_again_is_recovery_not_impact() {
        let i = ex(
            "# X\n## Timeline\n- 02:00 - nightly rollout of the storage change\n- 07:30 - uploads starts working again by itself\n",
        );
        assert_eq!(i.start.as_deref(), Some("02:00"));
        assert_eq!(i.end.as_deref(), Some("07:30"));
        assert_eq!(i.window_min, Some(330));
        let i = ex(
            "# X\n## Timeline\n- 02:00 - validators stopped producing blocks\n- 02:10 - alert fired\n- 04:00 - validators are signing again\n",
        );
        assert_eq!(i.end.as_deref(), Some("04:00"));
    }

    #[test]
    fn a_tool_noticing_a_new_version_is_the_change_not_the_detection() {
        let i = ex(
            "# X\n## Timeline\n- 03:00 - the node updater noticed a new image was available and started the update\n- 03:40 - availability drops sharply\n- 05:00 - an engineer reports the outage in chat\n- 06:00 - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("03:40"));
        assert_eq!(i.detected.as_deref(), Some("05:00"));
    }

    #[test]
    fn a_change_that_breaks_pages_starts_it_and_an_investigation_starting_detects_it() {
        let i = ex(
            "# X\n## Timeline\nAll times CEST.\n- **2026-06-10 20:46-22:33** - New login path ships; the first deploy breaks all pages.\n- **2026-06-12 ~20:16** - Operator fails to log in, investigation starts.\n- **2026-06-12 21:30** - fix merged, logins work again.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2026-06-10"));
        assert_eq!(i.start.as_deref(), Some("20:46"));
        assert_eq!(i.detected.as_deref(), Some("20:16"));
        assert_eq!(i.end.as_deref(), Some("21:30"));
        assert_eq!(i.ttd_min, Some(2850));
    }

    #[test]
    fn a_declared_zone_with_its_offset_is_read_despite_the_offset_looking_like_a_time() {
        let i = ex(
            "# X\n## Timeline\n*All times are in Eastern Daylight Time (UTC-04:00).*\n* March 16, 12:07 PM: the storage server reboots and the site is down.\n* March 16, 1:00 PM: service restored.\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC-04:00"));
        assert_eq!(i.start.as_deref(), Some("12:07"));
        // A time "since the outage began" is later than its start; a check
        // "concluding the incident" ends it.
        let i = ex(
            "# X\n## Timeline\n* 12:07 PM: the storage server reboots and the VPN is down.\n* 9:07 PM: remote access obtained for the first time since the outage began.\n* 11:56 PM: the array is fully operational.\n* 11:59 PM: all services found working, concluding the incident.\n",
        );
        assert_eq!(i.start.as_deref(), Some("12:07"));
        assert_eq!(i.end.as_deref(), Some("23:59"));
    }

    #[test]
    fn a_date_of_incident_line_with_a_clock_time_states_the_start() {
        let i = ex(
            "# Chain halt\n**Date of Incident:** Wednesday 20th September 2023, 14:32 UTC\n## Timeline\n13:50 GST: the testnet halted, flagged by a validator.\n18:32 GST: the mainnet halted.\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:32"));
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        assert_eq!(i.date.as_deref(), Some("2023-09-20"));
    }

    #[test]
    fn trees_or_sign_ups_reopened_end_the_outage() {
        let i = ex(
            "# X\n## Timeline\n- 19:26 UTC - builds fail, trees closed\n- 21:01 UTC - services restarted\n- 22:10 UTC - trees re-opened\n",
        );
        assert_eq!(i.end.as_deref(), Some("22:10"));
        let i = ex(
            "# X\n## Timeline\n- 10:00 - sign-ups fail with errors\n- 10:30 - patch deployed\n- 10:45 - registrations were re-enabled\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:45"));
    }

    #[test]
    fn a_stuck_chain_in_prose_dated_with_an_abbreviated_month() {
        let i = ex(
            "# Mainnet stuck\nIn ~7am PDT of Oct. 30 2019, mainnet got stuck at height 1200. After the operators upgraded, chain operation came back round ~11am PDT of Oct. 30 2019.\n",
        );
        assert_eq!(i.start.as_deref(), Some("07:00"));
        assert_eq!(i.end.as_deref(), Some("11:00"));
        assert_eq!(i.tz.as_deref(), Some("PDT"));
    }

    #[test]
    fn telling_users_is_not_noticing() {
        let i = ex(
            "# X\n## Timeline\n- 08:00 - the claims API stops responding\n- 08:05 - public endpoint shows a high error rate\n- 10:00 - a banner is added to alert users of delays\n- 12:00 - service restored\n",
        );
        assert_eq!(i.detected.as_deref(), Some("08:05"));
        // Whoever is told (node operators asked to upgrade), it is telling.
        let i = ex(
            "# X\n## Timeline\n- 02:00 - release announced, notified node delegates to upgrade\n- 03:00 - block production stopped\n- 03:10 - an alert went off\n- 05:00 - block production resumed\n",
        );
        assert_eq!(i.detected.as_deref(), Some("03:10"));
        assert_eq!(i.start.as_deref(), Some("03:00"));
    }

    #[test]
    fn a_fix_that_lands_or_a_final_release_published_ends_the_log() {
        let i = ex(
            "# X\n## Timeline\n- 10:00 - builds fail with errors\n- 10:30 - cause found\n- 12:00 - the fix lands\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:00"));
        let i = ex(
            "# X\n## Timeline\n- 10:00 - builds fail with errors\n- 10:30 - cause found\n- 12:00 - the final release was published\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:00"));
    }

    #[test]
    fn no_first_response_to_an_entry_a_day_after_the_start() {
        let i = ex(
            "---\ntitle: Agents down\ndate: 2023-05-02T14:00:00Z\nresolvedWhen: 2023-05-03T16:00:00Z\n---\n[Update - 2023-05-03 15h50 UTC]\nQueue cleaned, watching it.\n\n[Update - 2023-05-03 15h30 UTC]\nThe controller is unresponsive again.\n\n[Update - 2023-05-02 21h00 UTC]\nAgents are working as expected and started taking builds.\n",
        );
        assert_eq!(i.detected, None);
    }

    #[test]
    fn not_until_is_no_end() {
        let i = ex(
            "# X\n## Summary\nThe outage began at 09:00 UTC. The cause was not found until 10:30 UTC.\n",
        );
        assert_eq!(i.end, None);
    }

    #[test]
    fn an_alert_in_an_earlier_sentence_does_not_make_a_detection() {
        let i = ex(
            "# X\n## Summary\nAfter being alerted, we looked at the builds. By 16:30 no builds were broken.\n",
        );
        assert_eq!(i.detected, None);
    }

    #[test]
    fn first_noticed_is_detection_too() {
        let i = ex("# X\n## Summary\nOn May 2, 2023 the errors were first noticed at 12:10 UTC.\n");
        assert_eq!(i.detected.as_deref(), Some("12:10"));
        assert_eq!(i.start.as_deref(), Some("12:10"));
    }

    #[test]
    fn a_date_slash_time_label_gives_the_start() {
        let i = ex(
            "# X\n## Summary\nDate/time: 2023-05-02 21:10 UTC\n## Timeline\n- 15:00 UTC - a library version is published\n- 21:40 UTC - builds fail with errors\n- 23:00 UTC - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("21:10"));
    }

    #[test]
    fn a_second_episode_is_not_the_start() {
        let i = ex(
            "# X\n## Summary\nOn May 2, 2023 a burst of writes slowed the cluster. A second burst began at 23:10 UTC.\n## Timeline\n- 14:00 UTC - write latency climbs\n- 16:00 UTC - service restored\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:00"));
    }

    #[test]
    fn opening_a_ticket_with_a_provider_is_not_detection() {
        let i = ex(
            "# X\n## Timeline\n- 10:00 - the site is unreachable\n- 10:05 - graphs reviewed\n- 10:40 - opened a ticket with the hosting provider\n- 12:00 - service restored\n",
        );
        assert_eq!(i.detected.as_deref(), Some("10:05"));
    }

    #[test]
    fn a_midnight_front_matter_date_is_a_publication_day() {
        let i = ex(
            "---\ntitle: Repos read-only\ndate: 2023-06-09T00:00:00Z\n---\nOn June 5, 2023 from 2:00 PM to 4:30 PM Pacific Time repos were read-only.\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:00"));
        assert_eq!(i.date.as_deref(), Some("2023-06-05"));
    }

    #[test]
    fn a_column_headed_by_the_outage_labels_the_duration_under_it() {
        let i = ex(
            "# Queue outage\n\n| Teams hit | Tickets | Service Outage |\n|---|---|---|\n| All | 3 | 2h 10m |\n",
        );
        assert_eq!(i.duration_stated_min, Some(130));
        let i =
            ex("# Queue outage\n\n| Region | Incident Duration |\n| :-- | --: |\n| EU | ~48m |\n");
        assert_eq!(i.duration_stated_min, Some(48));
        // A total column's figure stands beside a day-long window (the
        // rest of the day was not the outage), as a labelled total does.
        let i = ex(
            "---\ntitle: Hooks\ndate: 2022-03-07T09:40:00Z\nresolvedWhen: 2022-03-08T11:10:00Z\n---\n| Region | Incident Duration |\n|---|---|\n| EU | ~48m |\n",
        );
        assert_eq!(i.window_min, Some(1530));
        assert_eq!(i.duration_stated_min, Some(48));
        // Another column's figure is no duration.
        let i = ex(
            "# Queue outage\n\n| Step | Took | Outage |\n|---|---|---|\n| restart | 20m | yes |\n",
        );
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn durations_read_in_context() {
        let i = ex("# X\n## Summary\nWrites were refused for a period of about 2.5h.\n");
        assert_eq!(i.duration_stated_min, Some(150));
        let i = ex("# X\n## Summary\nCheckout failed for 32 minutes.\n");
        assert_eq!(i.duration_stated_min, Some(32));
        let i = ex("# X\n## Summary\nThe outage made the portal unusable for 4-5 hours.\n");
        assert_eq!(i.duration_stated_min, None);
        let i = ex("# X\n## Summary\nThe outage started at 0300hrs (EAT) on the gateway.\n");
        assert_eq!(i.duration_stated_min, None);
        // The length told as the failure's adjective.
        let i = ex("# X\n## Summary\nOn Tuesday the forum had a 9 minute cascading failure.\n");
        assert_eq!(i.duration_stated_min, Some(9));
        // An outage in bursts, stated as their sum.
        let i = ex(
            "# X\n## Summary\nFor an aggregate of 24 minutes, one request in ten returned errors.\n",
        );
        assert_eq!(i.duration_stated_min, Some(24));
        // After a range, approximate; "closed for"; but not how long it
        // went unseen.
        let i =
            ex("# X\n## Summary\nDate: 3 Nov 2016 (~1727) to 3 Nov 2016 (~1900) (~1.5 hours)\n");
        assert_eq!(i.duration_stated_min, Some(90));
        let i = ex("# X\n## Fallout\nAll trees were closed for 17 hours.\n");
        assert_eq!(i.duration_stated_min, Some(1020));
        // (In the summary: a lessons section's durations are not read at all.)
        let i = ex("# X\n## Summary\nThe issue was not noticed or flagged for at least 2 weeks.\n");
        assert_eq!(i.duration_stated_min, None);
        // A compound number word is one number.
        let i = ex("# X\n## Summary\nThe site was down for about twenty four hours.\n");
        assert_eq!(i.duration_stated_min, Some(1440));
        // The context word must be in the duration's own sentence, and a
        // closing that is not the incident's ends nothing.
        let i = ex(
            "# X\n## Summary\nOn 2016-11-17 at 12:05pm the site went down and lasted until 3:01pm. For the past two weeks we could not deploy. Sign-ups closed at 9pm that evening.\n",
        );
        assert_eq!(i.duration_stated_min, None);
        assert_eq!(i.end.as_deref(), Some("15:01"));
    }

    #[test]
    fn a_weekday_before_an_entry_time() {
        let i = ex(
            "# X\n## Timeline\n### Tuesday 2023-03-14 - 08:10\nJobs are failing with errors.\n### Tuesday 2023-03-14 - 08:25\nAn alert fires for the backlog.\n### Tuesday 2023-03-14 - 09:40\nService restored.\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:10"));
        assert_eq!(i.detected.as_deref(), Some("08:25"));
    }

    #[test]
    fn the_range_that_agrees_with_the_stated_duration_wins() {
        let i = ex("# Queue delays
The event ran from 09:00 to 10:30 (all times are UTC).

On 3 April 2021, message delivery was delayed for a duration of 45 minutes.

On 3 April 2021 from 09:20 to 10:05 UTC, messages were queued for minutes before delivery.
");
        assert_eq!(i.start.as_deref(), Some("09:20"));
        assert_eq!(i.end.as_deref(), Some("10:05"));
        assert_eq!(i.window_min, Some(45));
    }

    #[test]
    fn errors_for_the_duration_of_the_incident_is_no_duration_line() {
        let i = ex("# Queue delays
The event ran from 09:00 to 10:30 (all times are UTC).

Reports in one region failed for the duration of the incident; exports failed from 09:40 to 10:10.
");
        assert_eq!(i.start.as_deref(), Some("09:00"));
        assert_eq!(i.end.as_deref(), Some("10:30"));
    }

    #[test]
    fn the_end_date_after_on_the() {
        let i = ex(
            "# Peering loss\nBetween 20:10 UTC on 04 Mar 2019 and 21:40 UTC on the 05 Mar 2019, some customers lost connectivity.\n",
        );
        assert_eq!(i.window_min, Some(1530));
    }

    #[test]
    fn a_yearless_start_date_takes_the_end_dates_year() {
        let i = ex(
            "# Gateway errors\nBetween 22:30 UTC on 14 Feb and 01:00 UTC on 15 Feb 2021, a subset of customers saw errors.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2021-02-14"));
        assert_eq!(i.window_min, Some(150));
    }

    #[test]
    fn as_early_as_and_as_late_as_bound_a_range() {
        let i = ex(
            "# Sign-in failures\nBetween as early as 10:00 UTC on 03 Oct 2018 and as late as 12:30 UTC on 04 Oct 2018, some users could not sign in.\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.window_min, Some(1590));
    }

    #[test]
    fn of_two_equal_stated_ends_the_later_one() {
        let i = ex(
            "# Storage errors\nBeginning at 9:10 AM PST, some volumes became unreachable. Most volumes were restored at 10:05 AM PST.\n\nA few volumes continued to fail until 11:20 AM PST, when they were restored as well.\n",
        );
        assert_eq!(i.end.as_deref(), Some("11:20"));
    }

    #[test]
    fn fully_resolved_outweighs_first_signs_of_recovery() {
        let i = ex(
            "# Link loss\nAt 6:00 AM CET, customers saw packet loss on the link. Customers saw recovery by 8:15 AM CET, and by 9:05 AM CET the issue was fully resolved.\n",
        );
        assert_eq!(i.end.as_deref(), Some("09:05"));
    }

    #[test]
    fn one_regions_two_zone_names_in_a_range_are_one_clock() {
        let i = ex(
            "# Deploy failures\nOn 14 July 2022, from 10:05 PST until 11:35 US/Pacific, deploys failed.\n",
        );
        assert_eq!(i.window_min, Some(90));
        let i = ex(
            "# Deploy failures\nOn 14 July 2022, from 10:05 EST to 11:35 EDT, deploys failed.\n",
        );
        assert_eq!(i.window_min, Some(90));
    }

    #[test]
    fn an_evening_to_morning_range_after_one_date_ends_the_next_day() {
        let i = ex(
            "# API down\nOn 24/03/2021 from 10:15 PM EST until 7:45 AM EST, the API returned errors.\n",
        );
        assert_eq!(i.start.as_deref(), Some("22:15"));
        assert_eq!(i.end.as_deref(), Some("07:45"));
        assert_eq!(i.window_min, Some(570));
    }

    #[test]
    fn a_zone_declared_on_a_heading_covers_its_subsections_and_the_summary() {
        let text = "# Builds broken\n## Summary\nDate/time: 2021-03-02 09:00\n## Timeline (all times in EST/EDT)\n### 2021-03-02\n**09:00** A bad release is published <START OF OUTAGE>\n**09:20** An engineer reports failing builds\n**11:30** The release is reverted <END OF OUTAGE>\n## Root causes\nA bad release.\n";
        let i = ex(text);
        assert_eq!(i.tz.as_deref(), Some("EST"));
        assert_eq!(i.window_min, Some(150));
        // In summer the declared pair is daylight time: a summary start
        // written in EDT agrees with the entries.
        let text = "# Builds broken\n## Summary\nDate/time: 2021-07-02 09:00 EDT\n## Timeline (all times in EST/EDT)\n### 2021-07-02\n**09:00** A bad release is published <START OF OUTAGE>\n**09:20** An engineer reports failing builds\n**11:30** The release is reverted <END OF OUTAGE>\n";
        let i = ex(text);
        assert_eq!(i.window_min, Some(150));
        assert_eq!(i.ttd_min, Some(20));
    }

    #[test]
    fn a_dateline_under_the_title_dates_a_yearless_body_date() {
        let i = ex(
            "Summary of the March 3rd storage event\nMarch 9, 2015\n\nOn March 3rd at 4:10PM EST, one storage cluster stopped serving reads.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2015-03-03"));
        let i = ex(
            "Summary of the December 30th network event\nJanuary 4, 2016\n\nOn December 30th at 4:10PM EST, one router failed.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2015-12-30"));
    }
}

#[cfg(test)]
mod fuzz_regressions {
    //! Inputs found by `fuzz/` (FUZZING.md), each once a panic.

    use super::*;
    use crate::corpus::document::parse;

    fn ex(text: &str) -> crate::extract::Incident {
        crate::extract::extract(&parse(text), "t.md").incident
    }

    #[test]
    fn a_first_line_that_opens_with_postmortem_is_the_title_not_a_posting_stamp() {
        let i = ex(
            "Postmortem: July 18, 2024, 07:15 Eastern Time to 09:15\n\nThe site was down and nobody could log in.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-07-18"));
        assert_eq!(i.start.as_deref(), Some("07:15"));
        assert_eq!(i.end.as_deref(), Some("09:15"));
        assert_eq!(i.tz.as_deref(), Some("Eastern Time"));
        // Below the title, the same words are when the write-up was posted.
        let i = ex(
            "Checkout errors\n\nPostmortem - Jan 25, 2024 - 14:00 UTC\n\nThe checkout failed on Jan 19, 2024 from 09:10 UTC to 10:00 UTC.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-01-19"));
        assert_eq!(i.start.as_deref(), Some("09:10"));
    }

    #[test]
    fn the_event_before_which_occurred_and_recoveries_that_harmed_no_one() {
        let x = ex(
            "# Edge router\n\nOn 2021-06-08 the edge router lost power at 11:35 pm. There was nothing we could have done but wait for power to be restored, which occurred at 12:27 am.\n",
        );
        assert_eq!(x.start.as_deref(), Some("23:35"));
        assert_eq!(x.end.as_deref(), Some("00:27"));
        assert_eq!(x.window_min, Some(52));
        // A circuit that came back while nothing was harmed is neither the
        // outage's start nor its end.
        let x = ex(
            "# Edge router\n\nOn 2021-06-08 the first circuit came back up at 11:21 pm, and no subscriber traffic had been affected by that power outage.\n",
        );
        assert_eq!(x.start, None);
        assert_eq!(x.end, None);
    }

    #[test]
    fn a_failure_reported_by_machines_and_a_day_and_zone_in_parentheses() {
        // The moment the servers reported the failure is also its start;
        // the day and zone in one parenthesis are the time's.
        let x = ex(
            "# Cache\n\nAt 9:34 pm (24th February 2024 NZT), our servers reported a cache out-of-memory error. A larger machine was ready at 10:14 pm and errors stopped at 10:57 pm.\n",
        );
        assert_eq!(x.start.as_deref(), Some("21:34"));
        assert_eq!(x.tz.as_deref(), Some("NZT"));
        assert_eq!(x.start_utc.as_deref(), Some("2024-02-24T08:34:00Z"));
        // A volume reaching capacity is the failure.
        let x = ex(
            "# Storage\n\nAt approximately 3:00 AM PT on February 1, 2024, a rebalancing job put all the data on one server, its storage volume reaching capacity.\n",
        );
        assert_eq!(x.start.as_deref(), Some("03:00"));
    }

    #[test]
    fn review_mends_harm_elsewhere_and_this_occurred() {
        // "no other services were affected" keeps the start of the one that
        // went down.
        let x = ex(
            "# X\n\nOn 2024-06-11 at 09:00 UTC the API went down, but no other services were affected. It was restored at 09:40 UTC.\n",
        );
        assert_eq!(x.start.as_deref(), Some("09:00"));
        // "This occurred at" still dates the event before it.
        let x = ex(
            "# X\n\nOn 2024-06-11 the primary database crashed. This occurred at 03:12 UTC. Service was restored at 04:00 UTC.\n",
        );
        assert_eq!(x.start.as_deref(), Some("03:12"));
    }

    #[test]
    fn an_unexpected_shutdown_is_where_the_outage_began() {
        let x = ex(
            "# Terminal server\n\nAt 5 PM ET on 9/6/2018 one of our terminal servers had an unexpected shutdown, closing every open session.\n",
        );
        assert_eq!(x.start.as_deref(), Some("17:00"));
        assert_eq!(x.tz.as_deref(), Some("ET"));
    }

    #[test]
    fn a_key_event_named_before_its_time_is_that_event_not_the_text_below() {
        let x = ex(
            "# Incident on 2025-03-18 - nodes drained\n\n- **Key events**\n  - First detected 2025-03-18 09:36\n  - Repaired 2025-03-18 10:40\n  - Resolved 2025-03-20 12:09\n\n- **Time to repair**: 1h 4m\n\n- **Identified**:\n  - Users reported outages on production services\n\n- **Context**:\n  - 2025-03-18 09:36: Users reported that their pods were getting terminated.\n  - 2025-03-18 10:40: Pods began recovering, and services were operational.\n",
        );
        // "Resolved 12:09" is where it ended, never where it began.
        assert_eq!(x.date.as_deref(), Some("2025-03-18"));
        assert_eq!(x.start.as_deref(), Some("09:36"));
    }

    #[test]
    fn a_blog_posts_date_is_when_it_was_published() {
        let post = "---\nlayout: post\ntitle: Stopping a DDoS\npermalink: /post/1/stopping-a-ddos\ndate: 2013-09-19 02:18:00 +0000\n---\nFor months attacks kept the servers offline. Here is how we stopped them.\n";
        assert_eq!(ex(post).start, None);
        // A status page's incident keeps its stated start.
        let status = "---\ntitle: API down\ndate: 2019-01-28 09:10:00\nseverity: major-outage\nresolved: true\n---\nThe API was down.\n";
        assert_eq!(ex(status).start.as_deref(), Some("09:10"));
    }

    #[test]
    fn instants_past_the_year_9999_are_null_not_a_panic() {
        // 23:00 at -05:00 on 9999-12-31 is 04:00 on 10000-01-01 in UTC,
        // past what an instant can hold (jiff's add panicked): the end's
        // UTC instant is null, the start's stays.
        let i = ex(
            "---\ntitle: Far end\ndate: 2023-11-24T06:02:00-05:00\nresolvedWhen: 9999-12-31T23:00:00-05:00\n---\nThe queue stalled.\n",
        );
        assert_eq!(i.start_utc.as_deref(), Some("2023-11-24T11:02:00Z"));
        assert_eq!(i.end_utc, None);
        let i = ex(
            "---\ntitle: Far end\ndate: 2023-11-24T06:02:00-05:00\nresolvedWhen: 9999-12-30T10:00:00-05:00\n---\nThe queue stalled.\n",
        );
        // jiff's last instant is 9999-12-30T22:00:00Z.
        assert_eq!(i.end_utc.as_deref(), Some("9999-12-30T15:00:00Z"));
    }

    #[test]
    fn a_window_over_a_year_is_a_mistyped_date_and_null() {
        let i = ex(
            "---\ntitle: Far end\ndate: 2023-11-24T06:02:00-05:00\nresolvedWhen: 2032-11-24T09:47:00-05:00\n---\nThe queue stalled.\n",
        );
        assert_eq!(i.window_min, None);
        // Two weeks with stated dates stays.
        let i = ex(
            "---\ntitle: Slow leak\ndate: 2023-11-24T06:02:00-05:00\nresolvedWhen: 2023-12-08T06:02:00-05:00\n---\nThe queue stalled.\n",
        );
        assert_eq!(i.window_min, Some(14 * 1440));
    }

    #[test]
    fn dates_millennia_apart_do_not_overflow_minutes() {
        // `near_in_time` multiplied 2,104,000 days by 1440 in i32.
        let i = ex("7809-07-30T1:00: 2023-1-9 1:03and 5:41");
        assert!(i.window_min.is_none_or(|w| w >= 0));
        // So did the gap between timeline entries (`first_response`).
        let i = ex("7809-07-30T6:00\n2024-05-07T1:00\nfailing\n3:00:0ol");
        assert!(i.window_min.is_none_or(|w| w >= 0));
        let a = |y| Stamp {
            line: None,
            minutes: 60,
            zone: None,
            date: Some(Date {
                year: Some(y),
                month: 1,
                day: 1,
            }),
            day: 0,
            meridiem: None,
            carried: false,
        };
        assert!(!near_in_time(&a(2023), &a(9999), 180));
        assert!(near_in_time(&a(2023), &a(2023), 180));
    }

    #[test]
    fn a_timeline_opening_the_day_before_is_measured_on_the_calendar() {
        // The start is read in the summary, the detection in a timeline
        // whose first entry is the evening before: the page fired five
        // minutes into the outage, not a day and five minutes.
        let i = ex(
            "# Cache outage (2024-05-02)\n\n## Summary\n\nThe API returned errors from 10:00 to 12:00 UTC after a cache setting\nchanged the evening before filled the disk.\n\n## Timeline (UTC)\n\n| when | what |\n|---|---|\n| 2024-05-01 18:00 | the cache setting is applied |\n| 2024-05-02 09:50 | the disk fills; the cache stops |\n| 10:05 | the page fires and the on-call engineer is paged |\n| 11:40 | the setting is reverted |\n| 12:00 | the API answers again |\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.detected.as_deref(), Some("10:05"));
        assert_eq!(i.ttd_min, Some(5));
        assert_eq!(i.detect_to_resolve_min, Some(115));
    }

    #[test]
    fn a_wait_is_no_outage_and_a_length_said_of_the_outage_beats_one_that_is_not() {
        let i = ex(
            "# Release post\n\nOn the release day the site suffered a service interruption, so we waited a day and wrote this post.\n\nThe search index broke and was rebuilt.\n",
        );
        assert_eq!(i.duration_stated_min, None);
        let i = ex(
            "# Launch week\n\nOn May 27 our launch stayed on the front page for more than 24 hours.\n\nThe DNS provider limit was hit at 4am. The owner was asleep, so for 3 hours our systems were down.\n",
        );
        assert_eq!(i.duration_stated_min, Some(180));
    }

    #[test]
    fn a_later_finding_is_no_detection_and_an_entry_already_answered_is() {
        // "We discover further problems" the next morning is not when the
        // outage was noticed; the entry where the migration broke already
        // tells the team deciding what to do.
        let i = ex(
            "# Upgrade gone wrong\n\n## Timeline\n\n| Date | Time | What |\n|---|---|---|\n| May 3 | 14:00 | We start the planned upgrade |\n| May 3 | 16:30 | The schema migration breaks the jobs table. Attempts to repair it in place fail, and we decide to restore the last backup. |\n| May 3 | 18:00 | The backup restore completes |\n| May 4 | 09:00 | We discover further problems with the new settings and keep the site closed |\n| May 4 | 10:15 | The site is back online |\n",
        );
        assert_eq!(i.start.as_deref(), Some("16:30"));
        assert_eq!(i.detected.as_deref(), Some("16:30"));
        assert_eq!(i.ttd_min, Some(0));
        assert_eq!(i.detect_to_resolve_min, Some(1065));
    }

    #[test]
    fn a_day_in_the_front_matter_title_beats_the_publication_date() {
        let i = ex(
            "---\ntitle: \"What happened on March 3\"\ndate: 2024-03-10\n---\n\n### Morning\n\nIn the morning the mail queue grew and deliveries were late for hours.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-03"));
        let i = ex(
            "---\ntitle: \"Mail delays\"\nsummary: \"On March 4, 2024, some users saw delays.\"\ndate: 2024-03-10\n---\n\n### Morning\n\nIn the morning the mail queue grew.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn twelve_past_noon_written_am_after_a_morning_start_is_noon() {
        let i = ex(
            "# Connectivity\n\nBetween 07:05am UTC and 12:43am UTC on Wednesday, January 25, 2023, customers saw timeouts reaching their instances.\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:43"));
        assert_eq!(i.window_min, Some(338));
        // Past midnight after a late start stays past midnight.
        let i = ex("# Late\n\nOn May 2 the site was down from 11:00pm to 12:30am.\n");
        assert_eq!(i.end.as_deref(), Some("00:30"));
        assert_eq!(i.window_min, Some(90));
    }

    #[test]
    fn entries_in_underscore_emphasis_are_read_and_a_mode_or_a_write_up_notices_nothing() {
        // Times set in "**_02:39_**"; a firewall switched to "detection
        // mode" and a link to another write-up are no detection: the
        // support engineer's report is, before the stated start.
        let i = ex(
            "# Routing migration\n\nFrom 3:37pm UTC on January 25, 2023 to 3:44pm UTC on January 26, 2023, some customers got 404 responses.\n\n## Timeline\n\n_(All times UTC)_\n\n**_02:00_** An engineer deployed the routing change between edge profiles.\n\n**_02:39_** The engineer switched the edge firewall from prevention mode to detection mode because it blocked valid traffic.\n\n**_07:05_** A provider network outage hid the issue - see our [connectivity disruption report](https://example.com/r).\n\n**_12:21_** A support engineer in the EU reported intermittent 404s on the main domain.\n\n**_15:44_** Status page: incident resolved.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("12:21"));
        assert_eq!(i.ttd_min, Some(-196));
        // An engineer who "noted" the portal down noticed it.
        let i = ex(
            "# Provider network\n\nBetween 07:05 UTC and 11:37 UTC on January 25, 2023, customers saw timeouts.\n\n## Timeline\n\n**_7:45:_** An engineer noted access to the provider portal was down due to request timeouts.\n\n**_8:14:_** The on-call engineer declared an incident.\n\n**_11:37:_** The incident was declared resolved.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("07:45"));
        assert_eq!(i.ttd_min, Some(40));
        assert_eq!(i.detection, "internal-report");
    }

    #[test]
    fn time_to_resolution_in_a_key_timings_table_is_the_stated_length() {
        let i = ex(
            "# Provider network\n\nBetween 07:05 UTC and 11:37 UTC on January 25, 2023, customers saw timeouts.\n\n## Key timings\n\n| Measure | Time |\n|---|---|\n| Time to detection | 40 mins |\n| Time to resolution | 4hrs 32mins |\n",
        );
        assert_eq!(i.duration_stated_min, Some(272));
    }

    #[test]
    fn failures_identified_by_staff_is_the_detection() {
        let i = ex(
            "# Builds failing\n\n- **Duration:** 6:29pm to 11:05pm PT\n\n## Timeline\n\n- **6:29pm**: A volume claim change is applied\n- **10:26pm**: Build failures identified by staff, response initiated\n- **10:46pm**: Storage expert paged\n- **11:05pm**: Builds succeed again\n",
        );
        assert_eq!(i.detected.as_deref(), Some("22:26"));
        assert_eq!(i.ttd_min, Some(237));
        assert_eq!(i.detection, "internal-report");
    }

    #[test]
    fn a_status_page_with_a_follow_up_keeps_the_stated_start_and_the_healthy_since() {
        let page = "Reports status - Slow dashboards\n\nResolved\nDashboards have been loading normally since 09:03 UTC. Thanks for your patience.\nMay 7, 2024 - 09:20 UTC\n\nUpdate\nLoad times are improving.\nMay 7, 2024 - 08:55 UTC\n\nInvestigating\nWe are looking into slow dashboards.\nMay 7, 2024 - 08:25 UTC\n\n---\n\nFollow-up (posted May 14, 2024)\n\nDashboard performance began degrading at 08:12 UTC on May 7, 2024, and about one load in seven failed.\n";
        let i = ex(page);
        // The healthy state "since 09:03" is the end, not a start; the
        // follow-up post is read (it is no list of work), and what it says
        // began at 08:12 is the start, before the first status post.
        assert_eq!(i.end.as_deref(), Some("09:03"));
        assert_eq!(i.start.as_deref(), Some("08:12"));
        assert_eq!(i.window_min, Some(51));
    }

    #[test]
    fn a_range_that_happens_every_day_is_not_the_outage() {
        let i = ex(
            "# Quotes slow\n\nThe quote service normally grows from 10 to 24 instances between 07:30 and 09:00. From 08:15 every launch request was rejected, and quotes were slow until 09:20.\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:15"));
        assert_eq!(i.end.as_deref(), Some("09:20"));
    }

    #[test]
    fn a_status_page_update_pasted_with_its_stamp_below_is_read_from_above() {
        // Newest first, each update above its stamp: the stamp under
        // "Resolved" ends the outage (read from below, it would take the
        // older update under it).
        for text in [
            "# API errors\n\n**Resolved** - The error rates are back to normal.\nJun 2, 2024 - 10:50 UTC\n\n**Monitoring** - A fix is out and we are watching it.\nJun 2, 2024 - 10:20 UTC\n\n**Investigating** - We are looking into failing API calls.\nJun 2, 2024 - 09:35 UTC\n",
            "# API errors\n\nResolved\nThe error rates are back to normal.\nPosted Jun 2, 2024 - 10:50 UTC\n\nMonitoring\nA fix is out and we are watching it.\nPosted Jun 2, 2024 - 10:20 UTC\n\nInvestigating\nWe are looking into failing API calls.\nPosted Jun 2, 2024 - 09:35 UTC\n",
        ] {
            let i = ex(text);
            assert_eq!(i.start.as_deref(), Some("09:35"), "{text}");
            assert_eq!(i.end.as_deref(), Some("10:50"), "{text}");
            assert_eq!(i.window_min, Some(75), "{text}");
        }
        // A blog's "Posted ..." line under a paragraph still dates the post.
        let i = ex(
            "# API errors\n\nSome words about our week.\nPosted Jun 9, 2024 - 08:00 UTC\n\n## Timeline\n\n- 09:35 UTC: Failing API calls reported.\n- 10:50 UTC: Fixed.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:35"));
    }

    #[test]
    fn a_length_before_its_range_in_parentheses_or_broken_for_is_stated() {
        let i = ex(
            "# Oracle halt\n\n**Summary:** For 3 hours 10 minutes (08:20 UTC - 11:30 UTC) the price oracle stopped updating.\n",
        );
        assert_eq!(i.duration_stated_min, Some(190));
        let i =
            ex("# Queue stuck\n\n### It broke for 4 days.\n\nA cron job left processes hanging.\n");
        assert_eq!(i.duration_stated_min, Some(5760));
        // A span between two other moments is not the outage's length.
        let i = ex(
            "# Files\n\n## Timeline\n\n- 9:40AM: errors begin\n- 10:19AM: fixed\n\nTime from detection to mitigation: 23min (from 9:56AM to 10:19AM).\n",
        );
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn someone_who_resumes_diagnosing_restores_nothing_and_a_fix_resolving_the_issue_ends_it() {
        let i = ex(
            "# Cluster down\n\n## Timeline\n\n- 2021-05-03\n  - 09:50: all services restart and become unreachable\n  - 10:30: RT resumes diagnosing the issue\n  - 12:09: Proxy 2.4.1 deployed, resolving issue\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:09"));
        assert_eq!(i.window_min, Some(139));
    }

    #[test]
    fn someone_who_is_aware_has_noticed() {
        let i = ex(
            "# App down\n\nOn September 15, 2021, at ~5:08pm, the app went down.\n\n## Timeline\n\n- 2021-09-15\n  - 17:08: the app goes down\n  - 17:45: RT is aware, and rolls back\n  - 17:50: the app is back up\n",
        );
        assert_eq!(i.detected.as_deref(), Some("17:45"));
        assert_eq!(i.ttd_min, Some(37));
        // Not aware is no notice.
        let i = ex(
            "# App down\n\n## Timeline\n\n- 17:08: the app goes down; we were not aware of it\n- 17:45: an alert fires\n- 17:50: the app is back up\n",
        );
        assert_eq!(i.detected.as_deref(), Some("17:45"));
    }

    #[test]
    fn a_site_that_was_up_again_is_restored() {
        let i = ex(
            "# Site down\n\n## Timeline\n- **09:58 UTC:** Users call support: the site does not load\n- **10:06 UTC:** The fixed code is uploaded\n- **10:08 UTC:** The website was up and runnig again\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:08"));
        assert_eq!(i.window_min, Some(10));
    }

    #[test]
    fn a_timeline_from_midnight_to_a_restoration_of_functionality() {
        let i = ex(
            "# Blog down\n\n**Timeline:**\n- **Midnight (SAST):** I detected odd behaviour through a monitoring alert.\n- **1:00 AM:** Logs read.\n- **3:00 AM:** I corrected the Apache setting, heralding the restoration of full website functionality.\n",
        );
        assert_eq!(i.start.as_deref(), Some("00:00"));
        assert_eq!(i.end.as_deref(), Some("03:00"));
        assert_eq!(i.window_min, Some(180));
        assert_eq!(i.detection, "monitoring");
    }

    #[test]
    fn an_end_told_with_words_between_and_a_detection_labelled_line() {
        let i = ex(
            "# Slow blog\n\n- **Duration:** The outage gave us a long afternoon on May 2, 2023, starting at 13:00 UTC, but it ended on a happy note at 15:10 UTC.\n\n**Timeline:**\n\n- **Detection:** The trouble began at 13:00 UTC when users sent in their reviews, complaining about slow pages.\n- **Resolution:** The typo was fixed.\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:10"));
        assert_eq!(i.window_min, Some(130));
        assert_eq!(i.detected.as_deref(), Some("13:00"));
        assert_eq!(i.detection, "customer-report");
    }

    #[test]
    fn a_length_on_a_line_labelled_as_the_outages_even_behind_an_emoji() {
        for text in [
            "# X\n\n- **Duration of Outage**: Picture this - a dark afternoon on October 11, 2023. For two whole hours, from 2:00 PM to 4:00 PM UTC, our fortress was down.\n",
            "# X\n\n- **\u{1f570}\u{fe0f} Duration of Outage**: Picture this - a dark afternoon on October 11, 2023. For two whole hours, from 2:00 PM to 4:00 PM UTC, our fortress was down.\n",
        ] {
            assert_eq!(ex(text).duration_stated_min, Some(120), "{text}");
        }
        // A complaint, misspelt, that came in from a user.
        let i = ex(
            "# X\n\n## Timeline\n\n* 2306HRS - A complain came in via email from an avid user of our site\n* 0030HRS - Service restored\n",
        );
        assert_eq!(i.detection, "customer-report");
    }

    #[test]
    fn dotted_times_listed_at_an_entrys_head_share_it() {
        let i = ex(
            "# API down\n\n## Timeline\n\n21.00 a change is merged\n\n21.13 onwards search down alerts\n\n21.20 the release is rolled back\n\n21.20, 21.27 recovery notification\n",
        );
        assert_eq!(i.end.as_deref(), Some("21:27"));
        assert_eq!(i.window_min, Some(14));
    }

    #[test]
    fn a_malicious_package_taken_down_or_tokens_revoked_ends_an_attack() {
        let i = ex(
            "# Compromised release\n\n## Timeline\n\n- `09:10 UTC` — A malicious version is published with a stolen token.\n- `09:40 UTC` — A user reports odd network calls.\n- `11:05 UTC` — The registry team unpublished the malicious package version.\n",
        );
        assert_eq!(i.end.as_deref(), Some("11:05"));
        // The malicious publication is when the harm began.
        assert_eq!(i.start.as_deref(), Some("09:10"));
        assert_eq!(i.ttd_min, Some(30));
        let i = ex(
            "# Compromised release\n\n## Timeline\n\n* **2018-07-12 09:49 UTC**: A malicious version is published.\n* **2018-07-12 11:17 UTC**: A user reports it.\n* **2018-07-12 18:42 UTC**: The registry revoked all access tokens generated before noon.\n",
        );
        assert_eq!(i.end.as_deref(), Some("18:42"));
    }

    #[test]
    fn an_attack_that_began_at_a_time_starts_the_outage() {
        let i = ex(
            "# Network outage\n\n## The incident\n\nAt around 05:00 UTC on March 3rd, a layer 3 DDoS\nattack began to target our hosting. Starting from about 05:00, our\nmonitoring systems noticed that something was wrong and raised the alarm.\n\nWe were unable to reach our provider until their office opened at\n13:00 UTC. Service was fully restored at 19:00 UTC on March 3rd.\n",
        );
        assert_eq!(i.start.as_deref(), Some("05:00"));
        assert_eq!(i.detected.as_deref(), Some("05:00"));
        assert_eq!(i.detection, "monitoring");
    }

    #[test]
    fn the_tenth_entry_glued_to_its_number_still_ends_the_outage() {
        let i = ex(
            "# Outage\n\nTimeline\n8. 11:45 AM UTC: Corrected code deployed.\n9. 12:00 PM UTC: Situation monitored for stability.\n10.12:30 PM UTC: Service fully restored.\n\n1. 10:00 AM UTC: Reports arrive.\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:30"));
    }

    #[test]
    fn a_length_opening_an_impact_item_is_the_impacts() {
        let i = ex(
            "# Outage\n\n## Duration\n\n- Start Time: 2023-11-12 20:23 UTC\n- End Time: 2023-11-12 21:53 UTC\n\n## Impact\n\n- An hour and a half of web mayhem!\n- 37% of users saw errors.\n",
        );
        assert_eq!(i.duration_stated_min, Some(90));
        // Unable to do something for a length names the outage's.
        let i = ex("# Outage\n\nOn June 15, 2024 users were unable to log in for 40 minutes.\n");
        assert_eq!(i.duration_stated_min, Some(40));
    }

    #[test]
    fn service_back_told_as_a_state_ends_the_outage() {
        let i = ex(
            "# Auth errors\n\n| Time | Event |\n|---|---|\n| 07:05 | Mobile API starts rejecting tokens |\n| 07:41 | Gateway route made public |\n| 07:50 | 401 rate normal |\n",
        );
        assert_eq!(i.end.as_deref(), Some("07:50"));
        let i = ex(
            "# Search outage\n\n## Timeline\n\n- 12:00 searches failing\n- 12:24 template fixed, pods rolling\n- 12:31 tracking fully back\n- 12:40 all shards healthy\n",
        );
        assert_eq!(i.end.as_deref(), Some("12:40"));
        // "far above normal" and "its normal memory" are no recovery, nor a
        // server that came back with a read-only volume.
        let i = ex(
            "# Outage\n\n## Timeline\n\n- 14:00 site down\n- 14:25 requests per second far above normal\n- 14:27 traffic at 9x normal.\n- 14:30 each worker at several times its normal memory\n- 14:40 the server came back with the volume read-only\n",
        );
        assert_eq!(i.end, None);
        // A relapse told with "again" is no recovery.
        let i = ex("# Outage\n\n## Timeline\n\n- 09:00 site down\n- 09:20 pods flapping again\n");
        assert_eq!(i.end, None);
    }

    #[test]
    fn a_zone_declared_in_other_words_and_a_log_of_plain_lines() {
        let i = ex(
            "# Outage\n\n2024-07-30 - times UTC\n\n13:47 CSS from the CDN start failing for 40% of requests\n13:52 RUM alert: JS error rate spike\n15:05 error rate at baseline; incident closed\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        assert_eq!(i.start.as_deref(), Some("13:47"));
        assert_eq!(i.detected.as_deref(), Some("13:52"));
        assert_eq!(i.end.as_deref(), Some("15:05"));
        let i = ex(
            "# Outage\n\nDate: 2024-05-02\nZone: CEST\n\n- 10:00 checkout down\n- 10:40 checkout restored\n",
        );
        assert_eq!(i.tz.as_deref(), Some("CEST"));
        let i = ex(
            "# Outage\n\nAll timestamps are in UTC.\n\n- 10:00 checkout down\n- 10:40 checkout restored\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
    }

    #[test]
    fn start_and_end_labels_written_with_a_hyphen_or_above_their_time() {
        // "Start-time:" and "End-time:" on one line, dates in the
        // day/month-name/year form of web-server logs.
        let i = ex(
            "# Outage\n\nStart-time: 06/May/2022 2:17 PM (GMT) End-time: 06/May/2022 3:07 PM (GMT)\n\n## Timeline\n\n2:20 PM (GMT) a user complained\n\n2:24 PM (GMT) other internal websites were working okay\n",
        );
        assert_eq!(i.date.as_deref(), Some("2022-05-06"));
        assert_eq!(i.start.as_deref(), Some("14:17"));
        assert_eq!(i.end.as_deref(), Some("15:07"));
        assert_eq!(i.window_min, Some(50));
        // The label alone on the line above its time.
        let i = ex(
            "# Outage\n\n* Start-time:\n06/May/2022 2:17 PM (GMT) End-time: 06/May/2022 3:07 PM (GMT)\n\n## Timeline\n\n2:20 PM (GMT) a user complained\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:17"));
        // A key of a pasted log record is no label.
        let i = ex(
            "# Outage\n\n* 00:00 deployments start working again by itself.\n\n```\n```\n\ngrpc.start_time=\"2022-01-11T00:03:31Z\" grpc.time_ms=1359.753\n",
        );
        assert_ne!(i.start.as_deref(), Some("00:03"));
    }

    #[test]
    fn a_halt_for_days_and_the_time_from_the_start_to_the_fix_are_stated_lengths() {
        let i = ex(
            "# X\n\nOn January 10, 2024 our editing tool broke. This resulted in a halt in our video productions for 5 days.\n",
        );
        assert_eq!(i.duration_stated_min, Some(7200));
        let i = ex(
            "# X\n\n## Timeline\n\nIt took 1 hour and 31 minutes from the start of the incident to the deploy of the fix.\n\n- 21:17 crates published and lost\n- 22:48 fix deployed\n",
        );
        assert_eq!(i.duration_stated_min, Some(91));
        // How long a step took is still no outage length.
        let i = ex("# X\n\nThe rollback took 20 minutes.\n");
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn an_entry_announcing_the_recovery_comes_after_it() {
        let i = ex(
            "# Halt\n\n## Timeline (UTC)\n\n- 2024-04-01 0258: block generation halted\n- 2024-04-01 0611: recovery of the mainnet completed\n- 2024-04-01 0620: announced the recovery of the mainnet on discord and twitter\n",
        );
        assert_eq!(i.end.as_deref(), Some("06:11"));
        // Announced and nothing else: the announcement is what the log has.
        let i = ex(
            "# Halt\n\n## Timeline (UTC)\n\n- 2024-04-01 0258: block generation halted\n- 2024-04-01 0620: announced the recovery of the mainnet on discord\n",
        );
        assert_eq!(i.end.as_deref(), Some("06:20"));
        // Closing the incident after service came back is paperwork.
        let i = ex(
            "# Outage\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 1432Z | Checkout errors begin. |\n| 1547Z | All regions healthy. |\n| 1600Z | Incident closed. |\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:47"));
        // Closed and nothing else: the closing is what the log has.
        let i = ex(
            "# Outage\n\n## Timeline\n\n- 14:32 checkout errors begin\n- 16:00 incident closed\n",
        );
        assert_eq!(i.end.as_deref(), Some("16:00"));
    }

    #[test]
    fn a_zone_spelled_out_goes_by_the_short_form_the_text_gives_it() {
        let tz = |t: &str| ex(t).tz;
        assert_eq!(
            tz("# Outage\n\nAll times in this document are Central Standard Time (CST).\n\n## Timeline\n\n- 2024-03-05 09:40 checkout down\n- 2024-03-05 10:10 checkout restored\n").as_deref(),
            Some("CST")
        );
        assert_eq!(
            tz("# Outage\n\nAll times in this write-up are Pacific Time (PT).\n\n## Timeline\n\n- 2024-03-05 09:40 checkout down\n- 2024-03-05 10:10 checkout restored\n").as_deref(),
            Some("PT")
        );
        assert_eq!(
            tz("# Outage\n\nTimes are PT (Pacific Time), where our on-call was.\n\n## Timeline\n\n- 2024-03-05 09:40 checkout down\n- 2024-03-05 10:10 checkout restored\n").as_deref(),
            Some("PT")
        );
        assert_eq!(
            tz("# Outage\n\nFiling failed from 3:12 p.m. to 6:47 p.m. Eastern Daylight Time (EDT) on Friday, June 28, 2024.\n").as_deref(),
            Some("EDT")
        );
        // "Australian Eastern Standard Time (AEST, UTC+10)" is not the US
        // Eastern clock: the abbreviation decides the offset too.
        let i = ex(
            "# Outage\n\nTimes are Australian Eastern Standard Time (AEST, UTC+10).\n\n## Timeline\n\n- 2024-07-18 23:58 card payments declined\n- 2024-07-19 03:20 payments restored\n",
        );
        assert_eq!(i.tz.as_deref(), Some("AEST"));
        assert_eq!(i.window_min, Some(202));
        // A name with no short form stays as written.
        assert_eq!(
            tz("# Outage\n\nFrom 09:10 Central Standard Time the site was down until 09:40 Central Standard Time.\n").as_deref(),
            Some("Central Standard Time")
        );
    }

    #[test]
    fn lengths_told_after_a_range_or_naming_what_they_measure() {
        let d = |t: &str| ex(&format!("# X\n\n{t}\n")).duration_stated_min;
        assert_eq!(
            d("All told, roughly eight and a half hours where your emails were delayed."),
            Some(510)
        );
        assert_eq!(
            d("Customers could not place bets for 99 minutes, starting at 12:52 p.m."),
            Some(99)
        );
        assert_eq!(
            d("All PoPs were healthy again by 11:03 UTC - an 82-minute incident."),
            Some(82)
        );
        assert_eq!(
            d(
                "The event began at 14:10 IST and was fully resolved at 16:02 IST - 1 hour 52 minutes."
            ),
            Some(112)
        );
        assert_eq!(
            d(
                "Tickets could not be scanned between 16:05 and 16:52. During those 47 minutes, staff used paper lists."
            ),
            Some(47)
        );
        assert_eq!(
            d(
                "| Field | Value |\n|---|---|\n| Detected | 2024-05-21 10:16 UTC |\n| Customer impact | 78 minutes |"
            ),
            Some(78)
        );
        // A length that is not the range's stays unnamed.
        assert_eq!(
            d(
                "The deploy went out at 14:10 and we checked again at 16:02; the review took 20 minutes."
            ),
            None
        );
    }

    #[test]
    fn a_bare_detection_hour_under_an_afternoon_range_is_in_the_afternoon() {
        let i = ex(
            "# Sync\n\nOn Thursday, 5 December 2024, from 2:14 p.m. to 3:02 p.m. PST, calendar changes did not sync.\n\n## Timeline\n\n- 1:55 - the deploy goes out.\n- 2:19 - I notice the flat graph.\n- 3:02 - sync is back.\n",
        );
        assert_eq!(i.start.as_deref(), Some("14:14"));
        assert_eq!(i.detected.as_deref(), Some("14:19"));
        assert_eq!(i.ttd_min, Some(5));
        // A morning detection that the afternoon reading would put after
        // the end stays in the morning.
        let i = ex(
            "# Sync\n\nOn Thursday, 5 December 2024, from 2:14 p.m. to 3:02 p.m. PST, calendar changes did not sync.\n\n## Timeline\n\n- 9:40 - a customer reports a stale calendar.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:40"));
    }

    #[test]
    fn a_schedule_stated_as_a_range_is_not_the_outage() {
        let i = ex(
            "# Patch day\n\nTuesday's maintenance for the patch was scheduled from 06:00 to 10:00 CEST on 2024-10-08. The servers did not come back at 10:00.\n\n## Timeline\n\n- 10:00 servers still offline after maintenance\n- 14:35 all regions back online\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:00"));
        assert_eq!(i.end.as_deref(), Some("14:35"));
        // A range the sentence calls the outage stays the outage.
        let i = ex(
            "# Patch day\n\nThe planned maintenance caused an outage from 06:00 to 10:00 CEST on 2024-10-08.\n",
        );
        assert_eq!(i.start.as_deref(), Some("06:00"));
        assert_eq!(i.end.as_deref(), Some("10:00"));
    }

    #[test]
    fn an_entry_that_says_no_alert_came_noticed_nothing() {
        let i = ex(
            "# Outage\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 1341Z | 1.14.2 canary started in us-east-2 (5%). No alerts. |\n| 1432Z | Checkout errors begin in all regions. |\n| 1436Z | Error-rate alert fires; on-call paged. |\n| 1547Z | All regions healthy. |\n",
        );
        assert_eq!(i.detected.as_deref(), Some("14:36"));
        assert_eq!(i.start.as_deref(), Some("14:32"));
    }

    #[test]
    fn a_report_number_and_a_posted_date_do_not_date_the_incident() {
        let date = |t: &str| ex(t).date;
        assert_eq!(
            date("# Promo outage\n\nPIR No. 2024-02-03 | Severity 1 | Date of incident: Friday, 9 February 2024 | Circulated: 15 February 2024\n\nCheckout failed for two hours.\n").as_deref(),
            Some("2024-02-09")
        );
        assert_eq!(
            date("# Login outage\n\n*Engineering blog \u{b7} posted 19/02/2024 \u{b7} 6 min read*\n\nOn Tuesday 13 February 2024 logins failed from 9h14 to 11h02.\n").as_deref(),
            Some("2024-02-13")
        );
        // A byline's date, its parts set apart by middle dots, and a
        // review's date are the write-up's.
        assert_eq!(
            date("# Feeds went stale\n\n*Acme Audio \u{b7} Notes from the team \u{b7} May 17, 2024*\n\nOn Wednesday, May 15, 2024, feeds stopped updating.\n").as_deref(),
            Some("2024-05-15")
        );
        assert_eq!(
            date("# Checkout\n\nstatus: closed, RCA reviewed 2024-06-05\n\nCheckout failed on 2 June 2024 from 23:41 to 00:58.\n").as_deref(),
            Some("2024-06-02")
        );
        // A posted date alone still dates the post, as a last resort.
        assert_eq!(
            date("# Login outage\n\n*Engineering blog \u{b7} posted 19/02/2024*\n\nLogins failed for an hour.\n").as_deref(),
            Some("2024-02-19")
        );
    }

    #[test]
    fn a_range_across_named_weekdays_and_a_time_something_was_scheduled_for() {
        let i = ex(
            "# Card declines\n\nOn 18 July 2024 the end-of-day batch was scheduled to start at 11:45pm, as usual.\n\nBetween 11:58pm on Thursday and 3:20am on Friday, card payments were declined.\n\n## Timeline\n\n- **12:06am** - On-call engineer paged by the decline-rate alert.\n- **3:20am** - Declines stop.\n",
        );
        assert_eq!(i.start.as_deref(), Some("23:58"));
        assert_eq!(i.end.as_deref(), Some("03:20"));
        assert_eq!(i.window_min, Some(202));
    }

    #[test]
    fn todays_rules_keep_out_of_what_they_do_not_read() {
        // Another zone named further on is not the short form.
        let i = ex(
            "# Outage\n\nAll times below are Eastern Time unless marked UTC.\n\n## Timeline\n\n- 2024-03-05 09:10 site down\n- 2024-03-05 09:40 site restored\n",
        );
        assert_eq!(i.tz.as_deref(), Some("Eastern Time"));
        // A meridiem before a zone in parentheses is no short form.
        let i = ex(
            "# Outage\n\nOn March 5, 2024 the site went down at 10:00 AM (Pacific Time) and was restored at 11:30 AM (Pacific Time).\n",
        );
        assert_eq!(i.tz.as_deref(), Some("Pacific Time"));
        // Sessions dropped and a session halted are outages, not schedules.
        for t in [
            "# Login outage\n\nOn 2024-03-05, user sessions were dropped from 14:02 to 14:31 UTC and everyone had to log in again.\n",
            "# Exchange halt\n\nOn 2024-03-05 trading in the afternoon session was halted from 14:02 to 14:31 UTC after the matching engine crashed.\n",
        ] {
            assert_eq!(ex(t).window_min, Some(29), "{t}");
        }
        // Restored and then announced, or a breaker closed with traffic
        // flowing again: the end.
        let i = ex(
            "# Outage\n\n## Timeline (UTC)\n\n- 2024-03-05 14:02 checkout errors begin\n- 2024-03-05 14:40 primary database recovered\n- 2024-03-05 15:10 all services restored; announced on the status page\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:10"));
        let i = ex(
            "# Outage\n\n## Timeline (UTC)\n\n- 2024-03-05 14:02 checkout errors begin\n- 2024-03-05 14:40 first region resolved\n- 2024-03-05 15:10 circuit breaker closed, traffic flowing again\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:10"));
        // An impact cell that says more than a length, an incident review,
        // a halt put to deploys: no outage length.
        for t in [
            "# Outage\n\n| Field | Value |\n|---|---|\n| Date | 2024-03-05 |\n| Customer impact | Emails delayed by up to 45 minutes |\n",
            "# Outage\n\nOn 2024-03-05 the checkout API returned errors after a bad deploy. The team rolled back. The next morning we held a 45-minute incident review.\n",
            "# Outage\n\nOn 2024-03-05 a bad deploy broke checkout. After the incident we put a halt to all deploys for 2 weeks while we added canaries.\n",
        ] {
            assert_eq!(ex(t).duration_stated_min, None, "{t}");
        }
        // A 24-hour document's morning alert stays in the morning.
        let i = ex(
            "# Disk\n\nOn 2024-03-04 the API was degraded from 13:30 to 23:50 UTC.\n\n## Timeline (UTC)\n\n- 07:10 disk usage alert fires at 85%, acknowledged and snoozed\n- 13:30 disk full, writes fail\n- 23:50 disk cleaned, API back\n",
        );
        assert_eq!(i.detected.as_deref(), Some("07:10"));
    }

    #[test]
    fn a_range_whose_sentence_tells_of_noticing_opens_at_the_detection() {
        let i = ex(
            "# Payroll stuck\n\nAll times are Pacific Time. On Wednesday, 31 July 2024, payroll runs stalled from 7:12 a.m. to 11:05 a.m.\n\nOur first signal came from customers. Between 7:40 and 8:00 a.m., our support team received 63 tickets saying payroll was stuck. The on-call engineer was paged by support at 7:52 a.m.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("07:40"));
        assert_eq!(i.start.as_deref(), Some("07:12"));
        // A word that only begins like a cue ("ticketing site") tells of
        // no noticing.
        let i = ex(
            "# Credits\n\nBetween 2020-05-29 10:47 UTC and 2020-05-29 14:41 UTC, ticketing site users saw referral credits not working.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2020-05-29 10:47 UTC | Calls start failing. |\n| 2020-05-29 10:53 UTC | PagerDuty pages the on-call: queue depth > 50k. |\n",
        );
        assert_eq!(i.detected.as_deref(), Some("10:53"));
    }

    #[test]
    fn support_receiving_the_first_call_is_the_noticing() {
        let i = ex(
            "# Pivots idle\n\nOn 2024-06-04 irrigation schedules were missed from 04:00 CST.\n\n## Timeline\n\n- 04:00 - Scheduled pivot starts are missed.\n- 06:45 - Support receives the first call.\n- 07:20 - Support escalates to engineering.\n- 09:10 - Schedules run again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("06:45"));
    }

    #[test]
    fn a_word_that_only_begins_like_ticket_or_report_notices_nothing() {
        let i = ex(
            "# Tax outage\n\nAll times are GMT. On 2024-03-05 checkout failed.\n\n## How it unfolded\n\n- **4:14 AM GMT** - tax-calculator logs `connection refused`; the ticketing site errors out.\n- **4:17 AM GMT** - Grafana alert on queue depth fires.\n- **4:44 AM GMT** - Service restored.\n",
        );
        assert_eq!(i.start.as_deref(), Some("04:14"));
        assert_eq!(i.detected.as_deref(), Some("04:17"));
        assert_eq!(i.ttd_min, Some(3));
    }

    #[test]
    fn wrong_output_produced_is_where_impact_began() {
        let i = ex(
            "# Ledger halt\n\n## Timeline (UTC)\n\n- 2025-02-03 1104: invalid state was committed at height 7721\n- 2025-02-03 1112: a partner reports the ledger is stuck\n- 2025-02-03 1340: ledger producing again\n",
        );
        assert_eq!(i.start.as_deref(), Some("11:04"));
        assert_eq!(i.ttd_min, Some(8));
        // A wrong value written in a configuration is a change, not output.
        let i = ex(
            "# Ledger halt\n\n## Timeline (UTC)\n\n- 2025-02-03 1104: wrong setting pushed to the fleet\n- 2025-02-03 1112: a partner reports the ledger is stuck\n- 2025-02-03 1340: ledger producing again\n",
        );
        assert_eq!(i.start.as_deref(), Some("11:12"));
    }

    #[test]
    fn a_summary_clock_later_than_the_log_entry_for_the_same_impact_yields() {
        let text = "# Ledger halt\n\n## Summary\n\nOn May 4, 2025, at 18:04 UTC, invalid state was committed at height 99.\n\n## Timeline (UTC)\n\n- 2025-05-04 0904: invalid state was committed at height 99\n- 2025-05-04 0907: alerts fired on two replicas\n- 2025-05-04 1500: ledger producing again\n";
        let i = ex(text);
        assert_eq!(i.start.as_deref(), Some("09:04"));
        assert_eq!(i.ttd_min, Some(3));
        assert_eq!(i.window_min, Some(356));
        // The summary that agrees with the log, or comes before it, stands.
        let i = ex(&text.replace("18:04", "09:01"));
        assert_eq!(i.start.as_deref(), Some("09:01"));
    }

    #[test]
    fn a_number_that_begins_with_five_is_no_server_error() {
        let i = ex(
            "# Gateway errors\n\n## Timeline\n\n- 09:00 key rotation for validator 5123 done\n- 09:20 users see 502s on login\n- 10:00 error rate back to normal\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:20"));
        assert_eq!(i.window_min, Some(40));
    }

    #[test]
    fn an_issue_that_goes_away_is_the_end() {
        let i = ex(
            "# Builds stuck\n\n## Timeline\n\n### 2024-03-01 09:00 - Pods stopped scheduling\n\nNothing launches.\n\n### 13:10 - Team paged\n\n### 13:40 - Quota object recreated and issue goes away\n\nLaunches succeed.\n",
        );
        assert_eq!(i.end.as_deref(), Some("13:40"));
        assert_eq!(i.window_min, Some(280));
    }

    #[test]
    fn an_upper_bound_on_an_unknown_length_is_no_stated_duration() {
        let i =
            ex("# Hook down\n\nThe outage's length is unknown, bounded to at maximum 12 hours.\n");
        assert_eq!(i.duration_stated_min, None);
        let i = ex("# Hook down\n\nThis caused an outage of 12 hours.\n");
        assert_eq!(i.duration_stated_min, Some(720));
    }

    #[test]
    fn a_user_seeing_the_service_unresponsive_noticed_it_and_resolution_confirmed_is_the_end() {
        let i = ex(
            "# Bot silent\n\nAll times in UTC\n\n- 2024-02-02 03:10: config with a duplicate key uploaded\n- 2024-02-02 05:40: a contributor mentions seeing the bot unresponsive in chat\n- 2024-02-02 07:02: on-call pinged\n- 2024-02-02 07:30: @ana posts that resolution is confirmed complete\n",
        );
        assert_eq!(i.detected.as_deref(), Some("05:40"));
        assert_eq!(i.end.as_deref(), Some("07:30"));
        assert_eq!(i.detect_to_resolve_min, Some(110));
    }

    #[test]
    fn utc_written_before_the_time_is_its_zone() {
        let i = ex(
            "# Site down\n\nShort outages were seen beginning from UTC 05:13 on 2023-01-04.\n\n## Timeline\n\n*2023-01-04 05:13*: The website monitor raised an alert.\n",
        );
        assert_eq!(i.tz.as_deref(), Some("UTC"));
        // A zone name that ends a phrase before a time is not read so.
        let i =
            ex("# Site down\n\nWe moved the jobs to EST. 05:13 on 2023-01-04 the site failed.\n");
        assert_eq!(i.tz, None);
    }

    #[test]
    fn a_downtime_allowance_is_no_stated_duration() {
        let i = ex(
            "# Router down\n\nOur nodes' SLA allows ~40 mins of weekly downtime.\n\n## Impact\n\n- Network downtime lasted about 18 minutes.\n",
        );
        assert_eq!(i.duration_stated_min, Some(18));
    }

    #[test]
    fn a_zone_that_opens_a_line_is_its_times_own() {
        let i = ex(
            "# Login outage\n\nAll times JST.\n\n## Timeline\n\n- **14:32 JST** - Login API begins returning errors.\n- **14:35 JST** - Alert fires.\n- **17:05 JST** - Recovered.\n\n(In UTC: impact began 05:32, alert at 05:35, recovery 08:05.)\n",
        );
        // Whichever clock the start is read in, the outage is 153 minutes,
        // not nine hours longer.
        assert_eq!(i.window_min, Some(153));
        assert_eq!(i.ttd_min, Some(3));
    }

    #[test]
    fn a_purpose_a_recovery_seen_or_a_clean_report_notices_nothing() {
        let i = ex(
            "# Slots\n\n## Timeline\n\n- 16:10 - Deploy of slot-service 3.7: holds move earlier to prevent 'slot stolen' complaints.\n- 18:40 - Conversion drops by half.\n- 18:52 - Alert pages on-call.\n- 20:00 - Rolled back; conversion back to normal.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("18:52"));
        let i = ex(
            "# Fares\n\n## Timeline\n\n- 21:00 - Fares start mismatching.\n- 22:00 - Nightly data quality report runs. Report is green.\n- 23:10 - An analyst notices the mismatch.\n- 23:50 - Fares fixed and working again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("23:10"));
        let i = ex(
            "# Storage\n\nImpact was worst between 16:04 and 17:22 UTC. Between 17:22 and 18:10 UTC error rates fell, and some customers observed a full recovery. The issue was resolved at 19:37 UTC.\n",
        );
        assert_eq!(i.detected, None);
    }

    #[test]
    fn an_entry_marking_the_end_outweighs_clean_up_after_it() {
        let i = ex(
            "# DNS failures\n\n## Timeline (UTC)\n\n- 14:32 - SERVFAIL errors jump on all PoPs.\n- 14:40 - Alert pages on-call.\n- 14:58 - SERVFAIL rate back to baseline on all PoPs. Impact ends.\n- 15:45 - Signing pipeline resumed.\n",
        );
        assert_eq!(i.end.as_deref(), Some("14:58"));
        assert_eq!(i.window_min, Some(26));
        // Without the mark, the last entry saying something came back.
        let i = ex(
            "# DNS failures\n\n## Timeline (UTC)\n\n- 14:32 - SERVFAIL errors jump on all PoPs.\n- 14:40 - Alert pages on-call.\n- 14:58 - SERVFAIL rate back to baseline on some PoPs.\n- 15:45 - Signing pipeline resumed.\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:45"));
    }

    #[test]
    fn a_length_keyed_as_total_downtime_counts_in_a_trailer() {
        let i = ex(
            "# Pages 404\n\n## Post-Incident Actions\n\n- [ ] Add schema checks\n\n---\n\n**Resolved:** 3:40 PM EST, May 2, 2025\n**Total downtime:** ~30 minutes\n",
        );
        assert_eq!(i.duration_stated_min, Some(30));
        // Other lengths under action items are still no outage's.
        let i = ex("# Pages 404\n\n## Action items\n\n- Keep the outage drill to 30 minutes\n");
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn the_wait_before_service_was_restored_is_the_outage() {
        let i = ex(
            "# Fibre cut\n\nA digger cut our only uplink, and it took almost five hours before service was fully restored.\n",
        );
        assert_eq!(i.duration_stated_min, Some(300));
        // The time a step took is not.
        let i = ex("# Fibre cut\n\nIt took almost five hours to find the damaged cable.\n");
        assert_eq!(i.duration_stated_min, None);
    }

    #[test]
    fn users_affected_begins_and_restrictions_removed_ends() {
        let i = ex(
            "# Order updates\n\n06 Nov 2023\n\n09:15 AM: Trade confirmations were affected in one cluster.\n\n10:00 AM: The confirmation workers slowed down.\n\n11:22 AM: Confirmations caught up.\n\n12:09 PM: All restrictions on new trades are removed.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:15"));
        assert_eq!(i.end.as_deref(), Some("12:09"));
        assert_eq!(i.window_min, Some(174));
    }

    #[test]
    fn a_weekday_beside_a_time_counts_from_the_incidents_day() {
        let text = "# Badge readers down\n\n- January 15, 2020\n\n1. What happened\n   - Between 3AM and 4AM on Wednesday, January 15, 2020, door badges stopped working.\n   - Access was partially restored by 2:00 PM on Wednesday.\n   - Access was fully restored by 9:00 AM on Friday.\n";
        let i = ex(text);
        assert_eq!(i.end.as_deref(), Some("09:00"));
        assert_eq!(i.window_min, Some(3240));
        // Without the weekday, the same day.
        let i = ex(&text.replace(" on Friday", ""));
        assert_eq!(i.window_min, Some(360));
    }

    #[test]
    fn a_short_range_guessing_the_onset_is_no_span() {
        let text = "# Site unstyled\n\nA vendor's cache setting changed at 7:55 AM but didn't break the pages we serve until old entries expired sometime around 8:20-8:25 AM.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 8:23 AM | Our web team began troubleshooting |\n| 8:34 AM | A new deployment resolved the issue |\n";
        let i = ex(text);
        assert_eq!(i.start.as_deref(), Some("08:20"));
        assert_eq!(i.end.as_deref(), Some("08:34"));
        assert_eq!(i.window_min, Some(14));
        // A range said to be the outage's stays one.
        let i = ex(&text.replace(
            "didn't break the pages we serve until old entries expired sometime around",
            "the site was down from",
        ));
        assert_eq!(i.end.as_deref(), Some("08:25"));
    }

    #[test]
    fn staff_pinging_someone_about_a_failure_noticed_it() {
        let i = ex(
            "# Workers not provisioned\n\n## Timeline (UTC)\n\n- 23:01 the provisioner stops launching new workers\n- 01:03 Dana (build duty) pings Omar about test jobs not starting\n- 01:34 PagerDuty page sent\n- 02:40 issue considered resolved\n",
        );
        assert_eq!(i.detected.as_deref(), Some("01:03"));
        // A ping about something else is no noticing.
        let i = ex(
            "# Workers not provisioned\n\n## Timeline (UTC)\n\n- 23:01 the provisioner stops launching new workers\n- 01:03 Dana pings Omar about the release notes\n- 01:34 PagerDuty page sent\n- 02:40 issue considered resolved\n",
        );
        assert_eq!(i.detected.as_deref(), Some("01:34"));
    }

    #[test]
    fn reviewed_impact_cues_hold_their_limits() {
        // Nothing was affected by the maintenance: the errors begin it.
        let i = ex(
            "# Checkout outage\n\n## Timeline (UTC)\n\n- 2024-04-02 09:00 Planned maintenance on the search cluster started; no services were affected.\n- 2024-04-02 09:40 Payment provider token expired.\n- 2024-04-02 09:45 Checkout API began returning errors to all shoppers.\n- 2024-04-02 09:52 PagerDuty alert fired for checkout error rate.\n- 2024-04-02 10:30 New token installed; checkout working again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:45"));
        // A bad build published is the change, not the impact.
        let i = ex(
            "# Blank pages on the storefront\n\nDate: 2024-06-11\n\n## Timeline (UTC)\n\n- 10:15 A bad build was published to the CDN by the release pipeline.\n- 10:30 Cache TTL expired; users start seeing blank pages.\n- 10:41 Customer support reported a spike in complaints.\n- 11:05 Previous build redeployed; pages loading again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("10:30"));
        // A precursor alert in the log does not displace the summary's start.
        let i = ex(
            "# Checkout down\n\n## Summary\n\nOn May 4, 2025, at 09:30 UTC, checkout went down for all customers after a database failover.\n\n## Timeline (UTC)\n\n- 2025-05-04 08:10 Alert on elevated disk latency on db-2 (no customer impact).\n- 2025-05-04 09:28 Automatic failover of db-2 started.\n- 2025-05-04 09:30 Checkout requests failing.\n- 2025-05-04 10:45 Checkout working again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("09:30"));
    }

    #[test]
    fn reviewed_end_cues_hold_their_limits() {
        // Blocks removed from an index is clean-up, not the end.
        let i = ex(
            "# Chain halt\n\n## Timeline (UTC)\n\n- 2024-09-01 03:00 Validators stopped producing blocks.\n- 2024-09-01 03:20 On-call paged.\n- 2024-09-01 05:10 Patched binary rolled out; chain producing again.\n- 2024-09-01 06:40 Orphaned blocks were removed from the explorer index.\n",
        );
        assert_eq!(i.end.as_deref(), Some("05:10"));
        // A forecast of the end is no end.
        let i = ex(
            "# Storage degradation\n\n## Timeline (UTC)\n\n- 14:00 Object storage writes failing.\n- 14:06 Monitoring alert fired.\n- 14:30 Status page updated: expected end of outage around 16:00.\n- 15:20 Writes succeeding again; service fully restored.\n",
        );
        assert_eq!(i.end.as_deref(), Some("15:20"));
        // "Outage over", then still failing, then fully restored.
        let i = ex(
            "# Payments outage\n\n## Timeline (UTC)\n\n- 08:00 Card payments failing for all merchants.\n- 08:04 Alert fires on payment error rate.\n- 08:50 Primary gateway restarted; card payments succeeding again. Outage over.\n- 09:20 Merchants report that refunds and payouts are still failing.\n- 10:40 Payout queue fixed; refunds and payouts fully restored.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:40"));
        // A problem that went unnoticed did not go away.
        let i = ex(
            "# Queue stall\n\n## Timeline (UTC)\n\n- 10:00 Order queue consumers stalled.\n- 10:06 Alert on queue depth.\n- 10:40 Consumers restarted; orders processing again.\n- 11:30 Team reviewed why the problem went unnoticed by the canary.\n",
        );
        assert_eq!(i.end.as_deref(), Some("10:40"));
    }

    #[test]
    fn reviewed_duration_cues_hold_their_limits() {
        let i = ex(
            "# Weekly deploy broke search\n\nOur weekly deploy caused a 45-minute outage of search on 2024-02-13.\nThe deploy went out at 10:00 and search was back at 10:45.\n",
        );
        assert_eq!(i.duration_stated_min, Some(45));
        // The time one step took before a replica was up.
        let i = ex(
            "# Database outage\n\nOn 2024-08-20 from 13:00 to 15:30 UTC our primary database was unreachable and the app returned errors.\nWe decided to provision a new replica; it took 20 minutes before the new replica was up.\n",
        );
        assert_eq!(i.duration_stated_min, None);
        // "1 h 10 after the first alert" is a length, not a clock.
        let i = ex(
            "# Payroll export failure\n\nOn 2024-09-30 the payroll export failed at 16:20 CET. We restored service 1 h 10 after the first alert, at 17:35 CET.\n",
        );
        assert_ne!(i.end.as_deref(), Some("01:10"));
    }

    #[test]
    fn reviewed_noticing_filters_hold_their_limits() {
        let i = ex(
            "# Login outage\n\n## Timeline (UTC)\n\n- 2024-06-03 07:50 Identity provider starts rejecting valid tokens.\n- 2024-06-03 08:05 Customer reports ran into the hundreds on the support queue.\n- 2024-06-03 08:20 Engineers paged.\n- 2024-06-03 09:00 Token signing key restored; logins working again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("08:05"));
        let i = ex(
            "# DNS outage\n\n## Timeline (UTC)\n\n- 2024-03-19 10:00 Zone push with an empty NS record set.\n- 2024-03-19 10:05 Datadog synthetic checks detected resolution failures for api.example.com.\n- 2024-03-19 10:20 On-call engineer starts investigating.\n- 2024-03-19 10:50 Zone reverted; DNS answering normally again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("10:05"));
        let i = ex(
            "# Subscription changes failing\n\n## Timeline (UTC)\n\n- 2024-07-02 09:00 Release 8.1 of the subscriptions service deployed.\n- 2024-07-02 09:12 Users trying to stop a recurring order reported errors via chat.\n- 2024-07-02 09:40 Engineers started investigating.\n- 2024-07-02 10:15 Release rolled back; subscription changes working again.\n",
        );
        assert_eq!(i.detected.as_deref(), Some("09:12"));
    }

    #[test]
    fn a_weekday_is_the_nearest_such_day_to_the_incidents() {
        // "began Thursday" under a Friday title: the day before.
        let i = ex(
            "# Search degradation (Friday, March 8, 2024)\n\nSearch latency degradation began Thursday at 16:00 when the index rebuild started. We noticed it on Friday at 08:30 and search was fully restored by 11:00 AM on Friday.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-07"));
        assert_eq!(i.window_min, Some(1140));
        assert_eq!(i.ttd_min, Some(990));
        // "5 PM on Friday" before a Monday: three days before.
        let i = ex(
            "# Weekend billing outage \u{2014} March 11, 2024\n\nInvoices began failing at 5 PM on Friday after a schema change. Nobody noticed until Monday at 09:00 when customers reported missing invoices. A fix was deployed and invoicing was restored at 11:30 on Monday.\n",
        );
        assert_eq!(i.date.as_deref(), Some("2024-03-08"));
        assert_eq!(i.window_min, Some(3990));
    }

    #[test]
    fn second_review_impact_and_end_limits() {
        // "Not clear yet when impact ends" marks no end.
        let i = ex(
            "# Error spike\n\n## Timeline (UTC)\n\n- 2024-08-01 10:00 API errors rise for all clients.\n- 2024-08-01 10:04 Alert fired.\n- 2024-08-01 10:30 Not clear yet when impact ends; errors continue.\n- 2024-08-01 11:15 Error rate back to normal.\n",
        );
        assert_eq!(i.end.as_deref(), Some("11:15"));
        // An alert with "no user-facing impact" is a precursor.
        let i = ex(
            "# Checkout down\n\n## Timeline (UTC)\n\n- 2024-07-08 07:30 Disk usage alert on db-3 (no user-facing impact).\n- 2024-07-08 07:45 Log rotation triggered manually \u{2014} no customer impact at this point.\n- 2024-07-08 08:10 Checkout requests failing for all users.\n- 2024-07-08 09:00 Disk expanded; checkout working again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:10"));
        // "500 invoices" is a count, not a server error.
        let i = ex(
            "# Invoice emails delayed\n\n## Timeline (UTC)\n\n- 2024-07-01 08:00 Batch of 500 invoices queued for sending.\n- 2024-07-01 08:30 Mail provider starts rejecting our messages; invoices not delivered.\n- 2024-07-01 08:45 Alert on bounce rate.\n- 2024-07-01 09:30 Provider lifts the block; invoices delivered again.\n",
        );
        assert_eq!(i.start.as_deref(), Some("08:30"));
    }

    #[test]
    fn a_step_said_with_back_does_not_unsay_the_service_coming_back() {
        let i = ex(
            "# Payment errors\n\n## Timeline (UTC)\n\n- 2024-07-05 13:00 Order 5023 placed by a test account.\n- 2024-07-05 13:10 Payment service returns HTTP 500 for all card payments.\n- 2024-07-05 13:14 Alert fired.\n- 2024-07-05 13:50 Previous release rolled back; payments succeeding again.\n",
        );
        assert_eq!(i.end.as_deref(), Some("13:50"));
        let i = ex(
            "# Edge node crash\n\nOn 2024-02-11 edge node fra-3 crashed. The node was last rebooted after 1900 hours of uptime, and by 2200 hours of uptime the kernel leaks memory steadily.\n\n## Timeline (UTC)\n\n- 13:05 fra-3 stops serving traffic; requests to Frankfurt time out.\n- 13:09 Alert fired.\n- 13:30 Node rebooted; traffic served again.\n",
        );
        assert_eq!(i.end.as_deref(), Some("13:30"));
        // A relapse told with "back" is still no end.
        let i = ex(
            "# Payment errors\n\n## Timeline (UTC)\n\n- 13:10 Payments fail.\n- 13:30 Rolled back; payments failing again.\n- 14:00 Payments succeeding again.\n",
        );
        assert_eq!(i.end.as_deref(), Some("14:00"));
    }

    #[test]
    fn a_recoverys_weekday_counts_forward() {
        // Friday start, restored "on Wednesday": five days on.
        let i = ex(
            "# Email delivery outage \u{2014} Friday, March 8, 2024\n\nOutbound email stopped on Friday at 17:00 UTC when the relay's reputation was blocked by a major provider. Customers reported missing emails on Saturday at 10:00. After delisting, email delivery was fully restored on Wednesday at 09:00 UTC.\n",
        );
        assert_eq!(i.window_min, Some(6720));
        // A noticing in the clause before a recovery stays nearest.
        let i = ex(
            "# Weekend payment outage \u{2014} March 11, 2024\n\nPayments began failing on Saturday at 23:00 UTC after a certificate expired. Customers reported it on Sunday at 08:15, and payments were restored on Monday at 02:00 UTC after the certificate was renewed.\n",
        );
        assert_eq!(i.ttd_min, Some(555));
        assert_eq!(i.window_min, Some(1620));
    }
}
