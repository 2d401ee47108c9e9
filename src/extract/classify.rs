//! Root cause, detection and resolution categories.
//!
//! Each category has weighted cue patterns; every sentence of the document
//! votes with the weight of its section (a root-cause section counts more
//! than lessons learned), hedged sentences ("we first suspected a traffic
//! spike", "the database was healthy") count little, and the taxonomy's
//! tie-break rules are applied to the totals.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::json;

use super::{Candidate, Extraction, Provenance};
use crate::corpus::document::{Document, Kind, Line, Roles};

pub const ROOT_CAUSES: &[&str] = &[
    "software-bug",
    "memory-leak",
    "misconfiguration",
    "resource-exhaustion",
    "capacity-overload",
    "database",
    "network",
    "dependency",
    "hardware",
    "security",
    "human-error",
    "unknown",
];
pub const DETECTIONS: &[&str] = &[
    "monitoring",
    "customer-report",
    "internal-report",
    "unknown",
];
pub const RESOLUTIONS: &[&str] = &[
    "rollback",
    "restart",
    "hotfix",
    "config-fix",
    "scaling",
    "failover",
    "other",
    "unknown",
];

type Rules = Vec<(&'static str, Regex, f32)>;

fn rules(spec: &[(&'static str, &str, f32)]) -> Rules {
    spec.iter()
        .map(|(c, p, w)| (*c, Regex::new(&format!("(?i){p}")).unwrap(), *w))
        .collect()
}

static CAUSE_RULES: LazyLock<Rules> = LazyLock::new(|| {
    rules(&[
        (
            "memory-leak",
            r"\bmemory\s+leak|\bleak(ing|ed|s)?\s+(memory|objects|connections)|\bleak\b|memory\s+(usage\s+)?(grew|growing|kept\s+growing|climbed|increasing\s+steadily)|unreleased\s+memory|not\s+(being\s+)?released",
            3.0,
        ),
        (
            "misconfiguration",
            r"\bmis-?configur|\bconfiguration\s+(error|mistake|issue|problem|change|file|setting|drift)|\bconfig(uration)?\s+(was\s+)?(wrong|incorrect|invalid|missing|bad|broken)|\b(wrong|incorrect|invalid|missing|bad|faulty|erroneous)\s+(\w+\s+)?(config(uration)?|settings?|port|permissions?|environment\s+variable|env\s+var|dns\s+record|flag|value|path|address|directive|rule|key|ownership)|\bfeature\s+flag|\bpermissions?\b|\bchmod|\bchown|listen(ing)?\s+on\s+(the\s+)?(wrong\s+)?port|\bport\s+\d+|\btypo\s+in\s+(the\s+)?(\w+\s+)?(config|configuration|nginx|apache|settings?)|\bfirewall\s+rule|\bsemicolon|\bnginx\.conf|\b\.conf\b|\bconfig\b",
            1.5,
        ),
        (
            "software-bug",
            r"\bbug\b|\bbugs\b|\binfinite\s+loop|\btypo\b|\bunhandled\s+exception|\brace\s+condition|\bnull\s+pointer|\bregression|\bdefect|\blogic\s+error|\bcode\s+(change|deployment|error|defect|update)|\bfaulty\s+(code|deployment|release|update)|\bnew\s+(code|release|feature|version)|\bsyntax\s+error|\bcrash(ed)?\s+due\s+to\s+an?\s+(error|exception)|\bincompatib|\bsoftware\s+(error|glitch)|\bglitch|\.phpp|misspell",
            1.0,
        ),
        (
            "resource-exhaustion",
            r"\bdisk\s+(was\s+)?(full|space)|\bout\s+of\s+(disk|space|file\s+descriptors|connections|threads)|\bno\s+space\s+left|\bcpu\s+(saturation|exhaustion|usage|utili[sz]ation|spike)|\b(connection|thread)\s+pool\s+(was\s+)?(exhaust|depleted|full|saturat)|\bexhaust(ed|ion)\b|\bquota|\bfile\s+descriptors?|\bran\s+out\s+of|\binodes?|\bresource\s+(exhaustion|limits?|starvation)|\blog\s+files?\s+(filled|grew)",
            1.5,
        ),
        (
            "capacity-overload",
            r"\b(surge|spike|influx|burst|flood)\s+(in|of)\s+(traffic|users|requests|visitors|load)|\btraffic\s+(surge|spike|increase)|\bincreas(e|ed|ing)\s+(in\s+)?(traffic|number\s+of\s+users|load|demand|user\s+activity)|\bhigh\s+(traffic|load|demand)|\bviral|\bflash\s+sale|\bblack\s+friday|\bpromotion|\boverloaded\s+(by|with)\s+(traffic|requests|users)|\bcapacity|\bunder-?provisioned|\bnot\s+(sized|scaled)|\bmore\s+(traffic|load|requests)\s+than",
            1.2,
        ),
        (
            "database",
            r"\b(inefficient|slow|unoptimi[sz]ed|expensive|heavy|n\+1|long-running)\s+(database\s+|sql\s+|db\s+)?quer(y|ies)|\bmissing\s+index|\bdatabase|\bdb\b|\bmysql|\bpostgres|\bmongo|\bsql\b|\b(sql|database|db)\s+quer(y|ies)|\b(database|db|table)\s+index(es)?\b|\bdeadlock|\blocks?\b|\breplication|\breplica|\bmigration|\bschema|\btable\s+lock|\bslow\s+query",
            0.8,
        ),
        (
            "network",
            r"\bnetwork|\bdns\b|\bload\s+balancer|\brouting|\brouter|\bbgp\b|\bfirewall|\bconnectivity|\bpacket\s+loss|\blatency\s+between|\bhaproxy|\bswitch\b|\bssl\s+termination|\bproxy|\bcdn\s+routing|\bp2p|\bpeers?\b",
            1.0,
        ),
        (
            "dependency",
            r"\bthird[-\s]party|\bvendor|\bprovider|\bupstream|\bexternal\s+(service|api|dependency|provider)|\bpayment\s+gateway|\bcdn\b|\baws\b|\bazure|\bgcp\b|\bgoogle\s+cloud|\bcloud\s+(provider|outage)|\bcloudflare|\bstripe|\bgithub\s+(outage|was\s+down)|\bdependency|\bdependencies",
            1.0,
        ),
        (
            "hardware",
            r"\bhardware|\bdisk\s+fail|\bfailed\s+(disk|drive|server|power\s+supply|nic)|\bpower\s+(outage|failure|loss|supply)|\bdata\s*cent(er|re)|\bfaulty\s+(ram|memory\s+module|hardware)|\bssd\s+fail|\bphysical",
            1.5,
        ),
        (
            "security",
            r"\battack|\bddos|\bbreach|\bexploit|\bvulnerab|\bmalicious|\bintrusion|\bunauthori[sz]ed|\bhack(ed|er|ers)?\b|\bcredential|\bcertificate\s+(expired|expir)|\bexpired\s+(\w+\s+)?(certificate|cert|token|credential|key|secret)|\bssl\s+cert|\btls\s+cert|\btoken\s+(leak|exposed|expired)|\bleaked\s+(token|key|credential|secret)|\bbrute[-\s]force|\bsql\s+injection|\bphishing|\bransomware",
            1.8,
        ),
        (
            "human-error",
            r"\bhuman\s+error|\baccidental(ly)?|\bmistaken(ly)?|\bby\s+mistake|\bwrong\s+command|\binadvertent(ly)?|\bmanual\s+(error|mistake)|\bdeleted\s+(by\s+mistake|accidentally)|\boperator\s+error|\brm\s+-rf|\bfat[-\s]finger",
            2.0,
        ),
    ])
});

static DETECTION_RULES: LazyLock<Rules> = LazyLock::new(|| {
    rules(&[
        (
            "monitoring",
            r"\bmonitor(ing|s|ed)?\b|\balert(s|ed|ing)?\b|\balarm|\bpager|\bpaged|\bpagerduty|\bopsgenie|\bdatadog|\bnagios|\bprometheus|\bgrafana|\bnew\s+relic|\bsentry|\bzabbix|\bdashboard|\bautomated\s+(check|system|test)|\bhealth\s*-?checks?|\buptime\s+(robot|check|monitor)|\bsynthetic|\bthreshold|\bids\b|\bintrusion\s+detection|\bwatchdog",
            1.0,
        ),
        (
            "customer-report",
            r"\bcustomers?\s+(reported|complained|contacted|called|emailed|tweeted|noticed|started\s+reporting|began\s+reporting|raised)|\busers?\s+(reported|complained|contacted|started\s+reporting|began\s+reporting|noticed|raised|flooded)|\b(customer|user|client)\s+(reports?|complaints?|tickets?|feedback)|\bsupport\s+(tickets?|requests?|team\s+received|calls?)|\breports?\s+from\s+(customers|users|clients)|\bcomplaints?\s+from|\bsocial\s+media|\btwitter|\binflux\s+of\s+(support|complaints|tickets)|\breported\s+by\s+(a\s+)?(customer|user|client)s?",
            1.5,
        ),
        (
            "internal-report",
            r"\b(engineer|developer|team\s+member|staff|employee|admin|administrator|sre|devops|qa|tester|colleague|ops\s+team|operator|we)\s+(\w+\s+)?(noticed|discovered|observed|spotted|found|realized|realised)|\bnoticed\s+(by|while)|\bmanual(ly)?\s+(check|test|inspection|testing)|\bduring\s+(routine|a\s+routine|manual|testing|a\s+build)|\binternal(ly)?\s+(report|testing|users?)|\bwhile\s+(testing|working|building|deploying)|\b(started|running)\s+(a|the)\s+\w+\s+build",
            1.3,
        ),
    ])
});

static RESOLUTION_RULES: LazyLock<Rules> = LazyLock::new(|| {
    rules(&[
        (
            "rollback",
            r"\broll(ed|ing)?\s*-?back|\brollback|\brevert(ed|ing)?\b|\brevert\b|\bdowngrad(e|ed|ing)|\bprevious\s+(stable\s+)?(version|release|configuration|config|build)|\brestored\s+the\s+previous|\bundid|\bundo",
            2.0,
        ),
        (
            "restart",
            r"\brestart(ed|ing)?\b|\breboot(ed|ing)?\b|\bbounced|\brecycl(ed|ing)\b|\bkill(ed)?\s+(and\s+)?(re)?start|\bpower[-\s]cycl|\bsystemctl\s+restart|\bservice\s+\w+\s+restart",
            1.0,
        ),
        (
            "hotfix",
            r"\bhot-?fix|\bpatch(ed|ing)?\b|\bfix\s+(was\s+)?deployed|\bdeployed\s+(a\s+)?(code\s+)?fix|\bcode\s+fix|\bbug\s*fix|\bfixed\s+the\s+(bug|code|typo|query|leak)|\bcorrected\s+the\s+(code|typo|query|bug)|\boptimi[sz](ed|ing)\s+(the\s+)?(query|queries|code)|\bquery\s+optimi[sz]ation|\bpuppet|\bscript\s+to\s+fix|\bfix\s+(for|to)\s+the|\bupdated\s+the\s+code|\brewrote|\bindex(es)?\s+(were\s+)?added|\badded\s+(an?\s+)?(missing\s+)?index",
            1.5,
        ),
        (
            "config-fix",
            r"\b(corrected|fixed|updated|changed|adjusted|modified|amended|restored|edited|reconfigured|set)\s+(the\s+)?(\w+\s+){0,2}(config(uration)?|settings?|port|permissions?|variable|dns\s+record|flag|directive|rule|ownership|value|parameter|limit)\b|\bconfig(uration)?\s+(was\s+|were\s+)?(corrected|fixed|updated|changed|adjusted|restored)|\breconfigur|\bchmod|\bchown|\bsed\s+-i|\bfeature\s+flag\s+(was\s+)?(disabled|turned\s+off|flipped)|\bdisabled\s+the\s+(\w+\s+)?flag",
            1.5,
        ),
        (
            "scaling",
            r"\bscal(ed|ing)\s+(up|out)|\bscaled\b|\badd(ed|ing)\s+(more\s+)?(servers|instances|nodes|capacity|replicas|workers|resources|ram|memory|cpu)|\bincreas(ed|ing)\s+(the\s+)?(capacity|instances|number\s+of\s+(servers|instances|workers)|resources|memory|ram|disk|pool\s+size|connection\s+pool|limits?)|\bautoscal|\bprovisioned\s+(more|additional)|\bupgraded\s+(the\s+)?(server|instance|plan|hardware)|\bfreed\s+(up\s+)?(disk|space)|\bcleared\s+(disk|space|logs)",
            1.3,
        ),
        (
            "failover",
            r"\bfail(ed)?\s*-?over|\bfailover|\bswitch(ed|ing)?\s+(over\s+)?to\s+(the\s+)?(backup|standby|secondary|replica|another|a\s+different|alternate)|\bpromot(ed|ing)\s+(the\s+)?(replica|standby|secondary)|\bredirected\s+traffic|\brerouted",
            2.0,
        ),
        (
            "other",
            r"\bre-?issued|\brenew(ed|al)|\brotat(ed|ing)\s+(the\s+)?(key|token|credential|secret)|\bblock(ed|ing)\s+(the\s+)?(ip|attacker|traffic)|\bcleared\s+(the\s+)?(queue|cache)|\bpurg(ed|ing)|\bwaited|\bvendor\s+(fixed|resolved|restored)|\bprovider\s+(fixed|resolved|restored)|\brestored\s+from\s+(a\s+)?backup",
            1.0,
        ),
    ])
});

/// Sentences that describe a false lead or a negated finding count little.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(suspect|suspected|suspicion|assum|initial(ly)?|at\s+first|first\s+thought|misleading|ruled\s+out|not\s+the\s+(cause|issue|problem)|no\s+(significant|signs?|evidence|issues?|anomal)|was\s+(healthy|normal|fine)|were\s+(healthy|normal|fine)|normal\s+(operation|performance)|might|may\s+have|possible|possibly|potential(ly)?|could\s+(be|have)|if\s+|prevent|future|will\s+|would\s+|should\s+|plan\s+to|going\s+forward)\b").unwrap()
});
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(not|no|never|without|nor|isn't|wasn't|weren't|didn't|doesn't)\b").unwrap()
});
static ROOT_CAUSE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(root\s+cause|was\s+caused\s+by|caused\s+by|due\s+to|stemmed\s+from|traced\s+(back\s+)?to|the\s+cause\s+(was|is)|because\s+of|result(ed)?\s+of|triggered\s+by|originated)\b").unwrap()
});
static TEMPORARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(temporar(y|ily)|initially|first\s+attempt|attempt(ed|s)?\s+to|tried\s+to|did\s+not|didn't|failed|unsuccessful|briefly|partial(ly)?|but\s+(the\s+)?(issue|problem|errors?)\s+(persisted|returned|remained|continued))\b").unwrap()
});

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'!' | b'?' | b';')
            && (i + 1 == b.len() || b[i + 1] == b' ')
            && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit())
        {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

struct Vote {
    category: &'static str,
    score: f32,
    line: usize,
}

fn vote(
    doc: &Document,
    rules: &Rules,
    weight_of: impl Fn(&Line, Roles) -> f32,
    hedge_factor: f32,
) -> Vec<Vote> {
    let mut votes = Vec::new();
    for (li, l) in doc.lines.iter().enumerate() {
        if l.kind == Kind::Code || l.text.is_empty() {
            continue;
        }
        let roles = l.roles(doc);
        let w = weight_of(l, roles);
        if w <= 0.0 {
            continue;
        }
        for s in sentences(&l.text) {
            let mut sw = w;
            if HEDGE.is_match(s) {
                sw *= hedge_factor;
            }
            if ROOT_CAUSE_SENTENCE.is_match(s) {
                sw *= 2.0;
            }
            for (cat, re, cw) in rules.iter() {
                let hits = re.find_iter(s).count();
                if hits == 0 {
                    continue;
                }
                // "no memory leak was found" argues against, weakly.
                let m = re.find(s).unwrap();
                let before = super::grammar::clip(s, m.start().saturating_sub(25), m.start());
                let neg = NEGATION.is_match(before);
                let v = sw * cw * (1.0 + 0.25 * (hits as f32 - 1.0).min(2.0));
                votes.push(Vote {
                    category: cat,
                    score: if neg { -0.3 * v } else { v },
                    line: li,
                });
            }
        }
    }
    votes
}

fn tally(votes: &[Vote], cats: &[&'static str]) -> Vec<(&'static str, f32, Option<usize>)> {
    let mut out: Vec<(&'static str, f32, Option<usize>)> =
        cats.iter().map(|c| (*c, 0.0, None)).collect();
    for v in votes {
        if let Some(e) = out.iter_mut().find(|e| e.0 == v.category) {
            e.1 += v.score;
            // Provenance: the line that gave the largest single vote.
            if e.2.is_none() {
                e.2 = Some(v.line);
            }
        }
    }
    // Provenance of the strongest vote.
    for e in out.iter_mut() {
        if let Some(best) = votes
            .iter()
            .filter(|v| v.category == e.0 && v.score > 0.0)
            .max_by(|a, b| a.score.total_cmp(&b.score))
        {
            e.2 = Some(best.line);
        }
    }
    out
}

fn decide(
    ex: &mut Extraction,
    doc: &Document,
    field: &str,
    mut scores: Vec<(&'static str, f32, Option<usize>)>,
    min: f32,
) -> &'static str {
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    let cands: Vec<Candidate> = scores
        .iter()
        .filter(|s| s.1 > 0.0)
        .map(|(c, s, l)| Candidate {
            value: json!(c),
            provenance: l.map_or(Provenance::derived(), |l| Provenance::line(&doc.lines[l])),
            rule: "weighted-cues",
            score: (*s * 100.0).round() / 100.0,
            lost_because: None,
        })
        .collect();
    let total: f32 = scores.iter().filter(|s| s.1 > 0.0).map(|s| s.1).sum();
    let (cat, score, line) = scores[0];
    if score < min {
        let mut cands = cands;
        for c in cands.iter_mut() {
            c.lost_because = Some(format!("evidence below threshold {min}"));
        }
        ex.decide(
            field,
            Some(Provenance::derived()),
            "no-evidence",
            0.3,
            cands,
        );
        return "unknown";
    }
    let mut cands = cands;
    for c in cands.iter_mut().skip(1) {
        c.lost_because = Some(format!("less evidence ({} < {:.2})", c.score, score));
    }
    let conf = ((score / total) * (score / (score + 2.0))).clamp(0.05, 0.99);
    let prov = line.map_or(Provenance::derived(), |l| Provenance::line(&doc.lines[l]));
    ex.decide(
        field,
        Some(prov),
        "weighted-cues",
        (conf * 100.0).round() / 100.0,
        cands,
    );
    cat
}

fn section_weight(roles: Roles, for_cause: bool) -> f32 {
    if roles.has(Roles::ACTIONS) || roles.has(Roles::SIGNOFF) {
        return 0.1;
    }
    if roles.has(Roles::LESSONS) {
        return 0.2;
    }
    let mut w: f32 = 1.0;
    if for_cause && roles.has(Roles::ROOT_CAUSE) {
        w = w.max(3.0);
    }
    if roles.has(Roles::SUMMARY) || roles.has(Roles::IMPACT) {
        w = w.max(1.5);
    }
    if roles.has(Roles::TIMELINE) {
        w = w.min(0.8);
    }
    if !for_cause && roles.has(Roles::RESOLUTION) {
        w = w.max(3.0);
    } else if !for_cause && roles.has(Roles::ROOT_CAUSE) {
        // A root-cause section describes the mechanism, not the fix.
        w = w.min(0.5);
    }
    w
}

pub fn extract(doc: &Document, ex: &mut Extraction) {
    // ---- root cause
    let title_line = doc.sections.get(1).and_then(|s| s.line);
    let votes = vote(
        doc,
        &CAUSE_RULES,
        |l, roles| {
            let lab = l.label;
            let mut w = section_weight(roles, true);
            if lab.has(Roles::ROOT_CAUSE) {
                w = w.max(4.0);
            }
            if Some(l.no) == title_line.map(|i| doc.lines[i].no) {
                w = w.max(2.0);
            }
            w
        },
        0.15,
    );
    let mut scores = tally(&votes, ROOT_CAUSES);
    // Tie-breaks of the taxonomy: a leak is a leak even if code caused it;
    // an inefficient query is a database problem even if a deploy shipped it.
    let get = |s: &[(&str, f32, Option<usize>)], c: &str| {
        s.iter().find(|e| e.0 == c).map_or(0.0, |e| e.1)
    };
    let leak = get(&scores, "memory-leak");
    if leak > 2.0 {
        for e in scores.iter_mut() {
            if e.0 == "memory-leak" {
                e.1 += get(&votes_as_scores(&votes), "software-bug") * 0.5
                    + get(&votes_as_scores(&votes), "resource-exhaustion") * 0.5;
            }
        }
    }
    let cause = decide(ex, doc, "root_cause", scores, 1.0);
    ex.incident.root_cause = cause.to_string();

    // ---- detection: the detected line and sentences about noticing.
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(detect|notic|alert|discover|report|aware|identif|flag|spotted|observ|complain|paged|escalat|monitor|first\s+sign)").unwrap()
    });
    let detected_line = match ex.incident.provenance.get("detected") {
        Some(Provenance::Line { line, .. }) => Some(*line),
        _ => None,
    };
    let votes = vote(
        doc,
        &DETECTION_RULES,
        |l, roles| {
            let mut w = if roles.has(Roles::ACTIONS)
                || roles.has(Roles::LESSONS)
                || roles.has(Roles::SIGNOFF)
            {
                0.0
            } else if NOTICE.is_match(&l.text) {
                1.0
            } else {
                0.15
            };
            if Some(l.no) == detected_line {
                w *= 3.0;
            }
            if roles.has(Roles::DETECTION) || l.label.has(Roles::DETECTION) {
                w *= 2.0;
            }
            w
        },
        0.3,
    );
    let detection = decide(ex, doc, "detection", tally(&votes, DETECTIONS), 0.9);
    ex.incident.detection = detection.to_string();

    // ---- resolution: what restored service.
    // The timeline entry where service came back (even when the end time
    // itself was stated in the summary): what happened just before it is
    // what restored service.
    let end_line = ex
        .hints
        .end_event_line
        .or(match ex.incident.provenance.get("end") {
            Some(Provenance::Line { line, .. }) => Some(*line),
            _ => None,
        });
    let votes = vote(
        doc,
        &RESOLUTION_RULES,
        |l, roles| {
            let mut w = section_weight(roles, false);
            if l.label.has(Roles::RESOLUTION) {
                w = w.max(3.0);
            }
            if TEMPORARY.is_match(&l.text) {
                w *= 0.3;
            }
            if let Some(e) = end_line {
                if l.no == e {
                    w *= 3.0;
                } else if l.no < e && l.no + 3 >= e && roles.has(Roles::TIMELINE) {
                    w *= 2.0;
                }
            }
            w
        },
        0.5,
    );
    let resolution = decide(ex, doc, "resolution", tally(&votes, RESOLUTIONS), 1.0);
    ex.incident.resolution = resolution.to_string();
}

fn votes_as_scores(votes: &[Vote]) -> Vec<(&'static str, f32, Option<usize>)> {
    tally(votes, ROOT_CAUSES)
}

#[cfg(test)]
mod tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    fn i(t: &str) -> crate::extract::Incident {
        extract(&parse(t), "t.md").incident
    }

    #[test]
    fn root_cause_section_outweighs_lessons() {
        let x = i(
            "# X\n## Root Cause\nA memory leak in the session cache exhausted the heap.\n## Lessons Learned\nWe need better database indexes and network monitoring and database reviews.\n",
        );
        assert_eq!(x.root_cause, "memory-leak");
    }

    #[test]
    fn hedged_false_leads_count_little() {
        let x = i(
            "# X\n## Timeline\n- 10:00 we suspected a sudden increase in traffic\n- 10:30 the database was healthy\n## Root Cause\nAn nginx configuration error: the server listened on the wrong port.\n",
        );
        assert_eq!(x.root_cause, "misconfiguration");
    }

    #[test]
    fn inefficient_query_is_database() {
        let x = i(
            "# X\n## Root Cause\nA recent deployment introduced an inefficient database query that overloaded MySQL.\n",
        );
        assert_eq!(x.root_cause, "database");
    }

    #[test]
    fn unknown_when_nothing_is_said() {
        let x = i("# X\nThe site was down for a while. It came back.\n");
        assert_eq!(x.root_cause, "unknown");
        assert_eq!(x.detection, "unknown");
    }

    #[test]
    fn detection_categories() {
        let x = i(
            "# X\n## Timeline\n- 10:00 UTC: monitoring alerts fired for high latency\n- 10:30 UTC: service restored\n",
        );
        assert_eq!(x.detection, "monitoring");
        let x = i(
            "# X\n## Timeline\n- 10:00 UTC: customers reported failed payments via support tickets\n- 10:30 UTC: service restored\n",
        );
        assert_eq!(x.detection, "customer-report");
        let x = i(
            "# X\n## Timeline\n- 10:00 UTC: an engineer noticed the build queue was stuck\n- 10:30 UTC: service restored\n",
        );
        assert_eq!(x.detection, "internal-report");
    }

    #[test]
    fn resolution_is_what_restored_service_not_a_temporary_step() {
        let x = i(
            "# X\n## Timeline\n- 14:30 SAST: temporarily restarted the web servers\n- 14:45 SAST: developers deployed a hotfix for the leak\n- 15:15 SAST: confirmed full resolution, all services operational\n## Resolution\nThe team deployed a hotfix.\n",
        );
        assert_eq!(x.resolution, "hotfix");
        let x = i("# X\n## Resolution\nWe rolled back the deployment to the previous version.\n");
        assert_eq!(x.resolution, "rollback");
        let x =
            i("# X\n## Resolution\nThe nginx configuration was corrected to listen on port 80.\n");
        assert_eq!(x.resolution, "config-fix");
    }
}
