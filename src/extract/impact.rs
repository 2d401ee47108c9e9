//! Impact figures: the share and count of affected users and the money lost.
//! Only figures about users, customers or people count: "25% of
//! transactions" or "100% of the web servers" are not a user share.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::json;

use super::{Candidate, Extraction, Provenance, confidence, pick};
use crate::corpus::document::{Document, Kind, Line};

const WHO: &str = r"(?:users?|customers?|visitors?|clients?|people|personnel|employees|staff|members|subscribers|accounts|players|shoppers|buyers|merchants|developers|students|learners|patients|drivers|riders|sellers|end-users|end\s+users|user\s+base|userbase|audience|traffic\s+from\s+users)";

static PCT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?i)\b(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:of\s+|o\s+)?(?:(?:the|our|all|active|registered|total|online|its|their|site|platform|web|app|website|mobile|global|affected|concurrent|logged-in|paying|day[-\s]to[-\s]day|regular|usual|typical|existing|loyal|[a-z]+-?based)\s+){{0,3}}(?:[a-z]+\s+)?{WHO}"
    ))
    .unwrap()
});
static PCT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?i){WHO}\W{{1,3}}(?:\w+\s+){{0,3}}?\(?(?:approximately|about|around|roughly|nearly|over|~)?\s*(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent)"
    ))
    .unwrap()
});
static ALL_USERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?i)\b(all|every|entire|100%\s+of)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?{WHO}|\b(entire|whole)\s+(user\s*base|customer\s+base)|\b(anyone|everyone|everybody|anybody)\s+(who\s+tried|that\s+tried|trying|daring|attempting|wanting|who\s+wanted)\s+to\s+(access|visit|use|reach|load|open|log\s*in|sign\s+in|connect)\b"
    ))
    .unwrap()
});
/// What may stand between a count and the people it counts ("1,200 active
/// users", "two of our customers"), before `WHO`.
const BEFORE_WHO: &str = r"(?:(?:active|registered|unique|daily|monthly|online|concurrent|paying|affected|impacted|warehouse|end|mobile|web|app|enterprise|internal|of\s+our|of\s+the|our|the|[a-z]+)\s+){0,2}";
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?i)(?P<n>\b\d{{1,3}}(?:,\d{{3}})+|\b\d+(?:\.\d+)?)\s*(?P<mult>million|m\b|thousand|k\b|billion|bn)?\+?\s+{BEFORE_WHO}{WHO}\b"
    ))
    .unwrap()
});
/// Small numbers written as words, with their values.
const NUMBER_WORDS: [(&str, f64); 15] = [
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
];
/// "two users": small counts written as words, read on their own (a year
/// before them, "On May 9th, 2025 two users", must not swallow them).
static COUNT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    crate::text::rx::new(&format!(
        r"(?i)(?P<n>\b(?:{}))\s+{BEFORE_WHO}{WHO}\b",
        words.join("|")
    ))
    .unwrap()
});
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(
        r"(?i)(?P<cur>[$€£¥₦]|usd|eur|gbp|ngn|zar|kes|r)\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<mult>million|m\b|thousand|k\b|billion|bn)?|(?P<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<mult2>million|thousand|billion|m\b|k\b|bn\b)?\s*(?P<cur2>dollars|usd|euros?|eur|pounds|gbp|naira|rand|dai|usdc|usdt|eth|ether|btc)\b",
    )
    .unwrap()
});
static MONEY_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(loss|lost|losses|revenue|cost|costs|costing|sales|refunds?|damages?|penalt|missed\s+orders|financial|impact\s+of|worth)\b").unwrap()
});
static THING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)^['’]?s?\s*(websites?|sites?|domains?|data|records?|orders?|payments?|transactions?|requests?|devices?|servers?|apps?|pages?|files?|emails?|messages?|databases?|endpoints?|workloads?)\b").unwrap()
});
static REMAINING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(?:the\s+)?(?:remaining|other|rest)\s+(?:of\s+the\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*%\s+(?:\w+\s+){0,2}(?:faced|experienced|saw|had|suffered|were|got|hit)|\b(?:for|affecting|impacting|hitting)\s+the\s+(?:remaining|other|rest)\s+(?:of\s+the\s+)?(?P<n2>\d{1,3}(?:\.\d+)?)\s*%").unwrap()
});
/// Sentences about sharing the write-up, not about impact.
static SHARING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(shared|communicated|circulated|distributed|informed|notified|sent\s+to|presented|reviewed\s+by)\b").unwrap()
});
static NOT_USERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(requests?|transactions?|traffic|servers?|instances?|nodes?|hosts?|pods?|cpu|memory|disk|capacity|uptime|availability|error\s+rate|packets?|queries|orders|sales|team|teams|engineers?|on-?call)\b").unwrap()
});

fn mult(m: Option<&str>) -> f64 {
    match m.map(|s| s.to_lowercase()) {
        Some(s) if s.starts_with("mil") || s == "m" => 1e6,
        Some(s) if s.starts_with("bil") || s == "bn" => 1e9,
        Some(s) if s.starts_with("th") || s == "k" => 1e3,
        _ => 1.0,
    }
}

fn num(s: &str) -> Option<f64> {
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)) {
        return Some(*v);
    }
    s.replace(',', "").parse().ok()
}

/// Added to a share written as a number ("85% of users"): it outweighs
/// "all users" in the same kind of section.
const SHARE_BONUS: f32 = 1.0;
/// Factor on the weight of "all users": vaguer than a share written out.
const ALL_USERS_FACTOR: f32 = 0.5;
/// The smallest figure read as a count of users.
const MIN_USER_COUNT: f64 = 2.0;
/// Below this, a figure with a fraction ("2.5 users") is no count; from it
/// up, it is rounded to one ("1.5k" is 1500).
const FRACTIONAL_COUNT_MIN: f64 = 1000.0;

pub fn extract(doc: &Document, ex: &mut Extraction) {
    let mut pct = Vec::new();
    let mut count = Vec::new();
    let mut money = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let l = &doc.lines[i];
        if l.kind == Kind::Code {
            i += 1;
            continue;
        }
        // A hard-wrapped paragraph is read whole ("35% of\nour users").
        let mut j = i + 1;
        // A labelled line ("Impact: ...") weighs by its label: its own unit.
        while j < doc.lines.len()
            && doc.lines[j].label_len == 0
            && doc.wrapped_line_before(j).is_some()
        {
            j += 1;
        }
        let u = Unit::new(&doc.lines[i..j]);
        let roles = l.roles(doc);
        let w = super::weights::section_weight(roles, super::weights::Purpose::Impact);
        shares_of_users(&u, w, &mut pct);
        all_users(&u, w, &mut pct);
        counts_of_users(&u, w, &mut count);
        money_lost(&u, w, &mut money);
        i = j;
    }
    if let (Some(w), all) = pick(pct) {
        ex.incident.users_affected_pct = w.value.as_f64();
        let c = confidence(&w, &all);
        ex.decide(
            "users_affected_pct",
            Some(w.provenance.clone()),
            w.rule,
            c,
            all,
        );
    }
    if let (Some(w), all) = pick(count) {
        ex.incident.users_affected_count = w.value.as_i64();
        let c = confidence(&w, &all);
        ex.decide(
            "users_affected_count",
            Some(w.provenance.clone()),
            w.rule,
            c,
            all,
        );
    }
    if let (Some(w), all) = pick(money) {
        ex.incident.revenue_loss = w.value.as_f64();
        let c = confidence(&w, &all);
        ex.decide("revenue_loss", Some(w.provenance.clone()), w.rule, c, all);
    }
}

/// The text of a line, or of the lines of one hard-wrapped paragraph
/// joined by spaces, with where each line starts in it.
struct Unit<'a> {
    text: std::borrow::Cow<'a, str>,
    starts: Vec<(usize, &'a Line)>,
}

impl<'a> Unit<'a> {
    fn new(lines: &'a [Line]) -> Unit<'a> {
        // Most units are one line: borrowed, not copied.
        if let [l] = lines {
            return Unit {
                text: l.text.as_str().into(),
                starts: vec![(0, l)],
            };
        }
        let mut text = String::new();
        let mut starts = Vec::with_capacity(lines.len());
        for l in lines {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push((text.len(), l));
            text.push_str(&l.text);
        }
        Unit {
            text: text.into(),
            starts,
        }
    }

    /// Provenance of what was read at byte `at`: the line it is on.
    fn at(&self, at: usize) -> Provenance {
        let k = self.starts.partition_point(|(s, _)| *s <= at).max(1) - 1;
        Provenance::line(self.starts[k].1)
    }
}

/// Shares of users on a line ("85% of customers", "users (about 30%)"),
/// with a remaining share added ("78% ..., the remaining 22% ...").
fn shares_of_users(u: &Unit, w: f32, pct: &mut Vec<Candidate>) {
    let t = &u.text;
    for c in PCT.captures_iter(t).chain(PCT_BEFORE.captures_iter(t)) {
        let m = c.get(0).unwrap();
        // "100% of the web servers" is not about users, nor is "40% of
        // customer websites".
        if NOT_USERS.is_match(m.as_str()) || THING_AFTER.is_match(&t[m.end()..]) {
            continue;
        }
        if let Some(mut v) = c.name("n").and_then(|n| num(n.as_str()))
            && v > 0.0
            && v <= 100.0
        {
            // "78% saw a full outage, the remaining 22% degraded video":
            // both shares were affected.
            if let Some(r) = REMAINING.captures(&t[m.end()..])
                && let Some(x) = r.name("n").or(r.name("n2")).and_then(|n| num(n.as_str()))
                && v + x <= 100.0
            {
                v += x;
            }
            pct.push(Candidate {
                value: json!(v),
                provenance: u.at(m.start()),
                rule: "share-of-users",
                score: w + SHARE_BONUS,
                lost_because: None,
            });
        }
    }
}

/// Words saying people were hit: "all users" and small counts in words
/// count only in a sentence that has one ("all users should upgrade" is
/// advice, not impact).
static HIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(affect\w*|impact\w*|unable|could\s+not|couldn't|cannot|experienc\w*|saw|hit\b|lost|without|denied|locked\s+out|prevent\w*|down\s+for|outage|errors?|failed|failing|disrupt\w*|broken|unusable|unavailable|inaccessible)").unwrap()
});

/// "All users" hit by the outage: a share of 100%.
fn all_users(u: &Unit, w: f32, pct: &mut Vec<Candidate>) {
    let t: &str = &u.text;
    let Some(all) = ALL_USERS.find(t) else {
        return;
    };
    let from = t[..all.start()].rfind(". ").map_or(0, |i| i + 2);
    let to = t[all.end()..]
        .find(". ")
        .map_or(t.len(), |i| all.end() + i + 1);
    let sentence = &t[from..to];
    let said = all.as_str();
    // "A 406 does not take the site down for every visitor": denied.
    static DENIED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)\b((does|do|did|was|were|is|are)\s+not|doesn't|don't|didn't|wasn't|weren't|isn't|aren't)\b").unwrap()
    });
    // "all affected users were refunded", "refunds to all customers
    // affected by the bills": every one of the affected, not every user.
    static AFFECTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)^\s*((who|that)\s+(were|was|are|have\s+been|had\s+been)\s+)?(affected|impacted)\b").unwrap()
    });
    // The denial is read in the clause of "all users" ("The site was not
    // listening on port 80, causing all users to be unable ..." denies
    // nothing of the users).
    let clause = t[from..all.start()]
        .rfind([',', ';'])
        .map_or(from, |i| from + i + 1);
    if HIT.is_match(sentence)
        && !DENIED.is_match(&t[clause..all.start()])
        && !SHARING.is_match(sentence)
        && !said.to_ascii_lowercase().contains("affected")
        && !AFFECTED_AFTER.is_match(&t[all.end()..])
        && !NOT_USERS.is_match(said)
    {
        pct.push(Candidate {
            value: json!(100.0),
            provenance: u.at(all.start()),
            rule: "all-users",
            score: w * ALL_USERS_FACTOR,
            lost_because: None,
        });
    }
}

/// Counts of users on a line ("1.2 million users", "500,000 customers").
fn counts_of_users(u: &Unit, w: f32, count: &mut Vec<Candidate>) {
    let t = &u.text;
    // Small numbers written as words are as often the team ("went through
    // three people") as those hit: they count only in a sentence that
    // says they were hit.
    let hit_in_sentence = |at: usize| {
        let from = t[..at].rfind(". ").map_or(0, |i| i + 2);
        let to = t[at..].find(". ").map_or(t.len(), |i| at + i + 1);
        HIT.is_match(&t[from..to])
    };
    let words = COUNT_WORD
        .captures_iter(t)
        .filter(|c| hit_in_sentence(c.get(0).unwrap().start()));
    for c in COUNT.captures_iter(t).chain(words) {
        let whole = c.get(0).unwrap();
        let n = c.name("n").unwrap();
        // A share is not a count ("85% of users" is matched above).
        let after_n = &t[n.end()..];
        if after_n.trim_start().starts_with('%') || after_n.trim_start().starts_with("percent") {
            continue;
        }
        if NOT_USERS.is_match(whole.as_str()) {
            continue;
        }
        // A rate ("about 10 users per 15 minutes", "40 users/hour") is
        // traffic, not how many were hit.
        static RATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)^\s*(per|a|an|every|each|/)\s*(\d+\s*)?(sec(ond)?s?|min(ute)?s?|hours?|hr|h|days?|weeks?|months?)\b").unwrap()
        });
        if RATE_AFTER.is_match(&t[whole.end()..]) {
            continue;
        }
        // "two similar customer reports", "four fifths of users", "three
        // clients requested explanations": the figure counts something
        // else (reports, a fraction, people who asked for something).
        static OTHER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)^\s*(reports?|tickets?|complaints?|requests?|records?|data|sessions?|ids?|e-?mails?|messages?|support|service|success|facing|journeys?|experience|segments?|groups?|profiles?|types?|tiers?|cohorts?|lists?|categories|requested|demanded|asked\s+for|expressed)\b").unwrap()
        });
        static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)\b(halves|thirds|quarters|fifths|tenths)\b").unwrap()
        });
        if OTHER_NOUN.is_match(&t[whole.end()..]) || FRACTION.is_match(whole.as_str()) {
            continue;
        }
        // "a 504 error for users", "3 emails to customers": the figure is
        // of something else, which the words between name.
        static OTHER_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(
                r"(?i)\b(for|to|from|by|with|per|errors?|status|responses?|codes?)\b",
            )
            .unwrap()
        });
        if OTHER_BETWEEN.is_match(&t[n.end()..whole.end()]) {
            continue;
        }
        let before = &t[..whole.start()];
        // Times, dates and ordinals right before ("10:30 users") are noise.
        if before.ends_with(':') || before.ends_with('/') || before.ends_with('.') {
            continue;
        }
        // The year of a date ("On February 9th, 2025 two users ..."): the
        // date grammar says where dates are. Only four digits can be one,
        // so the line is read for dates only then.
        if n.len() == 4
            && crate::text::grammar::find_dates(t)
                .iter()
                .any(|d| d.start <= n.start() && n.end() <= d.end)
        {
            continue;
        }
        let Some(v) = num(&c["n"]) else { continue };
        let v = v * mult(c.name("mult").map(|m| m.as_str()));
        if v < MIN_USER_COUNT || v.fract() != 0.0 && v < FRACTIONAL_COUNT_MIN {
            continue;
        }
        count.push(Candidate {
            value: json!(v.round() as i64),
            provenance: u.at(whole.start()),
            rule: "count-of-users",
            score: w,
            lost_because: None,
        });
    }
}

/// Amounts of money on a line that speaks of a loss ("$50,000 in lost
/// revenue", "11m DAI").
fn money_lost(u: &Unit, w: f32, money: &mut Vec<Candidate>) {
    let t = &u.text;
    if !MONEY_CONTEXT.is_match(t) {
        return;
    }
    for c in MONEY.captures_iter(t) {
        let n = c.name("n").or(c.name("n2")).map(|m| m.as_str());
        let Some(v) = n.and_then(num) else { continue };
        let cur = c.name("cur").or(c.name("cur2")).map_or("", |m| m.as_str());
        if cur.eq_ignore_ascii_case("r") && !c.get(0).unwrap().as_str().starts_with('R') {
            continue;
        }
        let v = v * mult(c.name("mult").or(c.name("mult2")).map(|m| m.as_str()));
        if v <= 0.0 {
            continue;
        }
        // "$10,000 a month", "$50 to upwards of $10,000 a month": a price
        // or a rate, not what was lost ("a range" reads to the next figure).
        static PER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)^([^.;]{0,40}?\s)?(a|an|per|each|/)\s*(month|year|week|day|hour|mo|yr|annum)\b").unwrap()
        });
        let whole = c.get(0).unwrap();
        if PER_PERIOD.is_match(&t[whole.end()..]) {
            continue;
        }
        money.push(Candidate {
            value: json!(v),
            provenance: u.at(whole.start()),
            rule: "money-lost",
            score: w,
            lost_because: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    fn i(t: &str) -> crate::extract::Incident {
        extract(&parse(t), "t.md").incident
    }

    #[test]
    fn figures_of_a_hard_wrapped_paragraph_are_read_across_its_lines() {
        let x = i(
            "# X\n\n## Impact\n\nThe outage hit roughly 35% of\nour users and about 12,000\ncustomers could not pay, costing an estimated\n$40,000 in lost sales.\n",
        );
        assert_eq!(x.users_affected_pct, Some(35.0));
        assert_eq!(x.users_affected_count, Some(12_000));
        assert_eq!(x.revenue_loss, Some(40_000.0));
        // Provenance names the line the figure starts on.
        let d = crate::extract::extract(
            &parse(
                "# X\n\n## Impact\n\nThe outage hit roughly 35% of\nour users and about 12,000\ncustomers.\n",
            ),
            "t.md",
        );
        assert_eq!(
            d.incident
                .provenance
                .get("users_affected_count")
                .and_then(|p| p.line_no()),
            Some(6)
        );
    }

    #[test]
    fn all_users_counts_only_where_its_sentence_says_they_were_hit() {
        let x = i("# X\nThe release failed. Claims are now open to all users who sign in.\n");
        assert_eq!(x.users_affected_pct, None);
        let x = i("# X\nThe checkout was down for all users for an hour.\n");
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i(
            "# X\nA 406 on the cart does not take the site down or show an error for every visitor.\n",
        );
        assert_eq!(x.users_affected_pct, None);
        // Broken for all users is a hit; the team being unavailable is not.
        let x = i("# X\nLogin was fully broken for all users for two days.\n");
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i("# X\nAll of the team members who answer customers were unavailable that day.\n");
        assert_eq!(x.users_affected_pct, None);
        // The year of a date before a count is no count; the count is.
        let x = i("# X\nOn February 9th, 2025 two users submitted requests that failed.\n");
        assert_eq!(x.users_affected_count, Some(2));
        // "user_agent=node" names no users.
        let x = i("# X\nThe logs show 19x422 from user_agent=node and no successes.\n");
        assert_eq!(x.users_affected_count, None);
        // Every one of those hit, named after the users, is not all users.
        for who in ["affected by", "who were impacted by"] {
            let x = i(&format!(
                "# X\nWe sent vouchers to all customers {who} the failed renewals.\n"
            ));
            assert_eq!(x.users_affected_pct, None, "{who}");
        }
    }

    #[test]
    fn share_and_count_of_users() {
        let x = i(
            "# X\n## Impact\nThis impacted 100% of users (approximately 50 warehouse personnel).\n",
        );
        assert_eq!(x.users_affected_pct, Some(100.0));
        assert_eq!(x.users_affected_count, Some(50));
        let x = i("# X\nRoughly 1.2 million users and 85% of customers saw errors.\n");
        assert_eq!(x.users_affected_count, Some(1_200_000));
        assert_eq!(x.users_affected_pct, Some(85.0));
        let x = i("# X\nApproximately 500,000 users experienced downtime.\n");
        assert_eq!(x.users_affected_count, Some(500_000));
    }

    #[test]
    fn anyone_trying_to_get_in_is_every_user() {
        let x = i(
            "# X\n\nAt midnight the server went down, giving a 504 error for anyone trying to access the website.\n",
        );
        assert_eq!(x.users_affected_pct, Some(100.0));
        // Advice to anyone is no impact.
        let x = i(
            "# X\n\nWe recommend a fresh login for anyone trying to access the website after the upgrade.\n",
        );
        assert_eq!(x.users_affected_pct, None);
        let x = i(
            "# X\n\nAbout a thousand people, about 65% of our day to day users, could not log in.\n",
        );
        assert_eq!(x.users_affected_pct, Some(65.0));
    }

    #[test]
    fn explicit_share_beats_all_users() {
        let x =
            i("# X\nThe outage affected all users; approximately 80% of users could not log in.\n");
        assert_eq!(x.users_affected_pct, Some(80.0));
        let x = i("# X\nAll users were unable to access the system.\n");
        assert_eq!(x.users_affected_pct, Some(100.0));
    }

    #[test]
    fn shares_of_servers_or_transactions_are_not_users() {
        let x = i("# X\n25% of transactions failed and 100% of the web servers were offline.\n");
        assert_eq!(x.users_affected_pct, None);
    }

    #[test]
    fn shares_about_users_only_and_complements() {
        let x = i(
            "# X\nUser Experience: 78% of users experienced a complete outage, while the remaining 22% faced severe buffering.\n",
        );
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i(
            "# X\n- Impact: checkout errors for 25% of users; slow pages for the remaining 75%\n",
        );
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i("# X\n- 40% of customer websites exposed to attacks\n");
        assert_eq!(x.users_affected_pct, None);
        let x = i("# X\nThe issue impacted 100% o the users of the site.\n");
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i("# X\nThe issue has been resolved and all affected users have been refunded.\n");
        assert_eq!(x.users_affected_pct, None);
        let x = i("# X\nThe outage report was shared with all staff and stakeholders.\n");
        assert_eq!(x.users_affected_pct, None);
    }

    #[test]
    fn small_counts_written_as_words() {
        let x = i("# X\nThree customers could not log in that morning.\n");
        assert_eq!(x.users_affected_count, Some(3));
        // Reports, fractions and people who asked for something are not
        // how many were hit, in words or digits.
        for t in [
            "Support saw two similar customer reports in the queue.",
            "Support saw 2 similar customer reports in the queue.",
            "Four fifths of users could not reach the docs.",
            "Afterwards three major clients requested a written account.",
            "Afterwards 3 major clients requested a written account.",
            "With 240 stores and nine customer segments the keys multiplied.",
            "The escalation went through three people before reaching the owner.",
        ] {
            assert_eq!(i(&format!("# X\n{t}\n")).users_affected_count, None, "{t}");
        }
    }

    #[test]
    fn a_share_of_users_named_with_any_adjective() {
        let x = i("# X\n## Impact\nThe login outage locked out roughly 30% of our loyal users.\n");
        assert_eq!(x.users_affected_pct, Some(30.0));
        let x = i("# X\n## Impact\nAbout 75% of all GCP customers were affected.\n");
        assert_eq!(x.users_affected_pct, Some(75.0));
    }

    #[test]
    fn a_rate_of_users_is_not_a_count() {
        let x =
            i("# X\nAnalytics showed about 10 users per 15 minutes trying to start sessions.\n");
        assert_eq!(x.users_affected_count, None);
        let y = i("# X\nAbout 40 users/hour could not log in, 300 users in all.\n");
        assert_eq!(y.users_affected_count, Some(300));
    }

    #[test]
    fn money_lost() {
        let x = i("# X\nLoss of revenue estimated at $50,000 due to the outage.\n");
        assert_eq!(x.revenue_loss, Some(50000.0));
        let x = i("# X\nAn estimated $18k in lost orders.\n");
        assert_eq!(x.revenue_loss, Some(18000.0));
        let x = i("# X\nThe exploit led to 11m DAI of deposits being lost.\n");
        assert_eq!(x.revenue_loss, Some(11_000_000.0));
        let x = i("# X\nWe run 3 servers at $20 each.\n");
        assert_eq!(x.revenue_loss, None);
    }

    #[test]
    fn a_status_code_before_the_users_is_no_count() {
        let x = i(
            "# Outage\n\nAt midnight the site went down, resulting in a 504 error for users trying to reach it.\n",
        );
        assert_eq!(x.users_affected_count, None);
        let x = i("# Outage\n\nAt midnight the site went down and 504 users could not reach it.\n");
        assert_eq!(x.users_affected_count, Some(504));
    }

    #[test]
    fn a_price_per_month_is_no_loss() {
        let x = i(
            "# DDoS\n\nMitigation services that absorb the attack traffic cost from $50 to upwards of $10,000 a month, which is a loss we cannot afford.\n",
        );
        assert_eq!(x.revenue_loss, None);
        let x = i("# Outage\n\nThe outage cost us $12,000 in lost sales.\n");
        assert_eq!(x.revenue_loss, Some(12000.0));
    }

    #[test]
    fn a_denial_in_another_clause_does_not_deny_all_users() {
        let x = i(
            "# Outage\n\nThe site was not listening on port 80, causing all users to be unable to access the website.\n",
        );
        assert_eq!(x.users_affected_pct, Some(100.0));
        let x = i("# Outage\n\nA 406 does not take the site down for every visitor.\n");
        assert_eq!(x.users_affected_pct, None);
        // Users who reach a page are traffic, not users hit.
        let x = i(
            "# Outage\n\nThe cache was not used, and every single user hitting the home page ran the totals query.\n",
        );
        assert_eq!(x.users_affected_pct, None);
    }
}
