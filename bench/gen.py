#!/usr/bin/env python3
"""Deterministic synthetic postmortem corpus for incidex benchmarks.

    python3 bench/gen.py --count N --seed S --out DIR

Writes N postmortems (pm-000000.md / .txt ...) into DIR and DIR/labels.jsonl,
one JSON object a file with every field of the extraction contract
(shared/EXTRACTION.md), computed by the generator from what the text states.
Standard library only; the same seed gives the same bytes on every run.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab as V  # noqa: E402

NB = "\x01"  # non-breaking space inside times and dates; becomes " " on output

FIRST_DAY = dt.date(2020, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)
SPAN = (LAST_DAY - FIRST_DAY).days + 1

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
        8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen",
        20: "twenty", 30: "thirty", 40: "forty", 45: "forty-five", 50: "fifty"}

CAUSES = [("software-bug", 24), ("misconfiguration", 20), ("database", 10), ("dependency", 10),
          ("capacity-overload", 8), ("network", 7), ("memory-leak", 6),
          ("resource-exhaustion", 5), ("security", 4), ("hardware", 3), ("human-error", 2),
          ("unknown", 1)]
DETECTIONS = [("monitoring", 60), ("customer-report", 25), ("internal-report", 15)]
LAYOUTS = [("student", 14), ("company", 14), ("status", 9), ("plain", 10), ("hugo", 8),
           ("cloud", 8), ("bold", 9), ("numbered", 8), ("ticket", 7), ("weekly", 6),
           ("email", 7)]

# Per layout: file extension(s), zone families, time styles, whether every
# timestamp carries its date (multi-day windows allowed), optional features.
LAYOUT_SPEC = {
    "student": dict(ext=[".md"], zones=["WAT", "EAT", "SAST", "CAT", "UTC+2", "GMT", "UTC", "IST", "GMT+1", "uk"],
                    times=["12", "12", "12low", "12pad", "24", "12dot"], dated=False, noyear=True,
                    notimes=True, nozone=True, noend=True, dur=0.85),
    "company": dict(ext=[".md"], zones=["UTC", "UTC", "UTC", "us_west", "us_east", "eu", "JST"],
                    times=["24"], dated=True, noyear=False, notimes=False, nozone=False, noend=True, dur=0.55),
    "status": dict(ext=[".md"], zones=["UTC"], times=["24"], dated=True, noyear=False,
                   notimes=False, nozone=False, noend=False, dur=0.2),
    "plain": dict(ext=[".txt"], zones=["UTC", "GMT", "us_east", "us_west", "eu", "IST", "SAST", "EAT", "uk", "JST"],
                  times=["24", "24", "24s", "h"], dated=False, noyear=True, notimes=True, nozone=True,
                  noend=True, dur=0.6),
    "hugo": dict(ext=[".md"], zones=["uk", "eu", "us_east", "us_west", "IST", "UTC", "SAST", "US/Pacific"],
                 times=["24", "24", "12"], dated=False, noyear=False, notimes=True, nozone=False,
                 noend=True, dur=0.7),
    "cloud": dict(ext=[".md"], zones=["UTC", "UTC", "UTC", "us_west", "eu"], times=["24", "24", "24s"],
                  dated=True, noyear=False, notimes=False, nozone=False, noend=False, dur=0.7),
    "bold": dict(ext=[".md"], zones=["uk", "GMT", "EAT", "IST", "us_east", "eu", "WAT", "CAT", "UTC"],
                 times=["12dot", "12", "24", "12low"], dated=False, noyear=True, notimes=True,
                 nozone=True, noend=True, dur=0.8),
    "numbered": dict(ext=[".md"], zones=["eu", "UTC", "us_east", "us_west", "IST", "JST"], times=["24"],
                     dated=False, noyear=True, notimes=False, nozone=True, noend=True, dur=0.5),
    "ticket": dict(ext=[".txt", ".txt", ".md"], zones=["UTC", "us_west", "us_east", "eu", "JST", "US/Pacific"],
                   times=["24"], dated=True, noyear=False, notimes=False, nozone=False, noend=True, dur=0.75),
    "weekly": dict(ext=[".md"], zones=["UTC", "eu", "us_east", "us_west", "uk"], times=["24", "h"],
                   dated=False, noyear=False, notimes=False, nozone=False, noend=True, dur=0.7),
    "email": dict(ext=[".txt"], zones=["EAT", "WAT", "IST", "UTC", "us_east", "us_west", "eu", "CAT"],
                  times=["24", "12", "24"], dated=False, noyear=False, notimes=True, nozone=True,
                  noend=True, dur=0.5),
}

FIXED_OFF = {"UTC": 0, "GMT": 0, "WAT": 60, "EAT": 180, "SAST": 120, "CAT": 120, "EST": -300,
             "EDT": -240, "PST": -480, "PDT": -420, "CET": 60, "CEST": 120, "BST": 60, "IST": 330,
             "JST": 540, "UTC+2": 120, "GMT+1": 60}


def is_dst(d):
    return 4 <= d.month <= 10


def zone_name(fam, d):
    if fam == "us_east":
        return "EDT" if is_dst(d) else "EST"
    if fam == "us_west":
        return "PDT" if is_dst(d) else "PST"
    if fam == "eu":
        return "CEST" if is_dst(d) else "CET"
    if fam == "uk":
        return "BST" if is_dst(d) else "GMT"
    return fam


def zone_offset(zone, d):
    if zone == "US/Pacific":
        return -420 if is_dst(d) else -480
    return FIXED_OFF[zone]


class W:
    """Weighted choice with precomputed cumulative weights."""

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        tot = 0
        self.cum = []
        for p in pairs:
            tot += p[1]
            self.cum.append(tot)
        self.tot = tot

    def pick(self, rng):
        x = rng.random() * self.tot
        for item, c in zip(self.items, self.cum):
            if x < c:
                return item
        return self.items[-1]


W_CAUSE = W(CAUSES)
W_DET = W(DETECTIONS)
W_LAYOUT = W(LAYOUTS)


# ---------------------------------------------------------------- formatting

def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def fdate(d, style):
    """A date with its year, in one of several spellings."""
    if style == "us" and d.day <= 12:
        style = "mdy"
    M, y = MONTHS[d.month - 1], d.year
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day}{NB}{M}{NB}{y}"
    if style == "mdy":
        return f"{M}{NB}{d.day},{NB}{y}"
    if style == "mdy_th":
        return f"{M}{NB}{ordinal(d.day)},{NB}{y}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{y}"
    if style == "dmy3":
        return f"{d.day}{NB}{MON3[d.month - 1]}{NB}{y}"
    if style == "wdmy":
        return f"{WEEKDAYS[d.weekday()]},{NB}{d.day}{NB}{M}{NB}{y}"
    if style == "wmdy":
        return f"{WEEKDAYS[d.weekday()]},{NB}{M}{NB}{d.day},{NB}{y}"
    raise ValueError(style)


def fdate_noyear(d, style):
    M = MONTHS[d.month - 1]
    if style == "dm":
        return f"{d.day}{NB}{M}"
    if style == "md":
        return f"{M}{NB}{d.day}"
    if style == "md_th":
        return f"{M}{NB}{ordinal(d.day)}"
    if style == "wdm":
        return f"{WEEKDAYS[d.weekday()]},{NB}{d.day}{NB}{M}"
    if style == "wmd":
        return f"{WEEKDAYS[d.weekday()]},{NB}{M}{NB}{d.day}"
    if style == "20xx":
        return f"{M}{NB}{d.day},{NB}20XX"
    raise ValueError(style)


DATE_STYLES = ["iso", "dmy", "mdy", "mdy_th", "us", "dmy3", "wdmy", "wmdy"]
NOYEAR_STYLES = ["dm", "md", "md_th", "wdm", "wmd", "20xx"]


def ftime(t, style, sec):
    h, m = t.hour, t.minute
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "24s":
        return f"{h:02d}:{m:02d}:{sec:02d}"
    if style == "h":
        return f"{h:02d}h{m:02d}"
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if style == "12":
        return f"{h12}:{m:02d}{NB}{ap}"
    if style == "12low":
        return f"{h12}:{m:02d}{NB}{ap.lower()}"
    if style == "12dot":
        return f"{h12}.{m:02d}{NB}{ap}"
    if style == "12pad":
        return f"{h12:02d}:{m:02d}{NB}{ap}"
    raise ValueError(style)


def hm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def mins(a, b):
    return int((b - a).total_seconds() // 60)


def dur_phrase(rng, m):
    """A phrase that states m minutes."""
    h, mm = divmod(m, 60)
    if h == 0:
        opts = [f"{m} minutes", f"{m} minutes", f"{m} min"]
        if m in NUMW:
            opts.append(f"{NUMW[m]} minutes")
        return rng.choice(opts)
    hs = "hour" if h == 1 else "hours"
    if mm == 0:
        opts = [f"{h} {hs}", f"{h}h"]
        if h in NUMW:
            opts += [f"{NUMW[h]} {hs}", f"{NUMW[h]} {hs}"]
        if m <= 180:
            opts.append(f"{m} minutes")
        return rng.choice(opts)
    opts = [f"{h} {hs} {mm} minutes", f"{h} {hs} and {mm} minutes", f"{h}h{mm}m", f"{h}h {mm}m",
            f"{h} {hs}, {mm} minutes"]
    if mm == 30:
        opts += [f"{h}.5 hours", f"{h}.5 hours"]
        if h in NUMW:
            opts.append(f"{NUMW[h]} and a half hours")
    if mm in (15, 45) and rng.random() < 0.3:
        opts.append(f"{h}.{25 if mm == 15 else 75} hours")
    if m < 200:
        opts.append(f"{m} minutes")
    return rng.choice(opts).replace(" ", NB)


def lower_first(s):
    if len(s) > 1 and s[0].isupper() and s[1].islower():
        return s[0].lower() + s[1:]
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def num(n):
    return f"{n:,}"


def wrap(text, width=76, first="", rest=""):
    """Greedy wrap that never starts a line with a list marker, heading or table pipe."""
    words = text.split(" ")
    lines = []
    cur = first + words[0]
    limit = width
    for w in words[1:]:
        if not w:
            continue
        if len(cur) + 1 + len(w) <= limit or bad_start(w):
            cur += " " + w
        else:
            lines.append(cur)
            cur = rest + w
    lines.append(cur)
    return "\n".join(lines)


def bad_start(w):
    c = w[0]
    if c in "-*+#|>=`[":
        return True
    if c.isdigit():
        t = w.rstrip(".)")
        return t.isdigit() and len(t) < len(w)
    return False


# ---------------------------------------------------------------- the incident


class Ev:
    __slots__ = ("t", "kind", "text")

    def __init__(self, t, kind, text):
        self.t, self.kind, self.text = t, kind, text


class Inc:
    pass


def make_ctx(rng, cat, scen, svc=None):
    svc = svc or rng.choice(V.SERVICES)
    svc2 = rng.choice(V.SERVICES)
    while svc2 == svc:
        svc2 = rng.choice(V.SERVICES)
    dbkind, dbshort = rng.choice(V.DATABASES)
    major, minor, patch = rng.randint(1, 9), rng.randint(0, 40), rng.randint(1, 9)
    port = rng.choice([80, 443, 8080, 8443, 3000, 5000, 9000])
    wrongport = rng.choice([p for p in (81, 8000, 8081, 8888, 3001, 5001, 9090) if p != port])
    host_prefix = rng.choice(["web", "app", "lb", "db", "worker", "api", "es-data", "kafka", "cache", "node"])
    hn = rng.randint(1, 24)
    host = f"{host_prefix}-{hn:02d}"
    host2 = f"{host_prefix}-{(hn % 24) + 1:02d}"
    vkind = {"payments": "payments", "cdn": "cdn", "cloud": "cloud", "email": rng.choice(["email", "sms"]),
             "thirdparty-api": rng.choice(["maps", "kyc", "shipping", "auth"])}.get(scen["k"], rng.choice(list(V.VENDORS)))
    team = rng.choice(V.TEAMS)
    team2 = rng.choice(V.TEAMS)
    metric = rng.choice(V.METRICS)
    region = rng.choice(V.REGIONS)
    region2 = rng.choice([r for r in V.REGIONS if r != region])
    city = rng.choice(V.CITIES)
    ctx = dict(
        svc=svc, svc2=svc2, db=rng.choice(V.DB_NAMES), dbkind=dbkind, dbshort=dbshort,
        ver=f"{major}.{minor}.{patch}", oldver=f"{major}.{minor}.{patch - 1}", newver=f"{major}.{minor}.{patch + 1}",
        host=host, host2=host2, vendor=rng.choice(V.VENDORS[vkind]), vendorwhat=V.VENDOR_WHAT[vkind],
        dnsvendor=rng.choice(V.VENDORS["dns"]), region=region, region2=region2, city=city,
        city2=rng.choice([c for c in V.CITIES if c != city]), endpoint=rng.choice(V.ENDPOINTS),
        err=rng.choice(V.ERRORS), feature=rng.choice(V.FEATURES), field=rng.choice(V.FIELDS),
        entity=rng.choice(V.ENTITIES), flag=rng.choice(V.FLAGS), envvar=rng.choice(V.ENV_VARS),
        cfgfile=rng.choice(V.CFG_FILES), port=port, wrongport=wrongport, lib=rng.choice(V.LIBS),
        n1=0, n2=0, table=rng.choice(V.TABLES), team=team, team2=team2,
        teamslug=team.lower().replace(" & ", "-").replace(" ", "-"),
        metric=metric, metric_cap=cap(metric), product=rng.choice(V.PRODUCTS),
        proxy=rng.choice(V.PROXIES), cache=rng.choice(V.CACHES), incno=rng.randint(1000, 9999),
        sev=rng.choice(V.SEVS), person2=f"{rng.choice(V.FIRST)} {rng.choice(V.LAST)}",
        decoy=rng.choice([d for d, c in V.DECOY_THEORIES if cat not in c.split()]),
        event=rng.choice(V.EVENTS), media=rng.choice(V.MEDIA),
        mult=rng.randint(3, 15), rack=f"{rng.choice('ABCDEFGH')}{rng.randint(1, 20)}",
        comp=rng.choice(V.COMPONENTS), lang=rng.choice(V.LANGS)[0], reqpct=rng.randint(2, 60),
        company=rng.choice(V.COMPANIES),
    )
    ctx["proxycfg"] = rng.choice(V.PROXY_CFG[ctx["proxy"]])
    ctx["timeoutvar"] = rng.choice(V.TIMEOUT_VARS)
    n1 = rng.randint(3, 24)
    ctx["n1"], ctx["n2"] = n1, n1 * rng.randint(2, 4)
    ctx["alert"] = rng.choice(V.ALERTS).format(svc=svc)
    ctx["alertname"] = "".join(p.capitalize() for p in svc.split("-")) + rng.choice(
        ["HighErrorRate", "LatencyHigh", "Down", "SLOBurn", "TargetsUnhealthy"])
    ctx["sym"] = rng.choice(scen["sym"]).format_map(ctx)
    return ctx


def F(tpl, ctx):
    return tpl.format_map(ctx)


def pick_res(rng, scen, v):
    """Resolution category by weight; the phrase variant follows the scenario variant v."""
    items = list(scen["res"].items())
    tot = sum(w for _, (w, _) in items)
    x = rng.random() * tot
    for cat, (w, phrases) in items:
        x -= w
        if x < 0:
            return cat, phrases[v % len(phrases)]
    cat, (w, phrases) = items[-1]
    return cat, phrases[v % len(phrases)]


KEEP_ON_RECUR = ("db", "dbkind", "table", "host", "host2", "vendor", "vendorwhat", "feature", "field",
                 "entity", "lib", "proxy", "proxycfg", "cache", "cfgfile", "flag", "envvar", "timeoutvar", "team",
                 "product", "company", "region", "region2", "endpoint", "sym")


def plan(rng, idx, history):
    I = Inc()
    I.idx = idx
    I.layout = W_LAYOUT.pick(rng)
    L = LAYOUT_SPEC[I.layout]
    I.ext = rng.choice(L["ext"])
    I.wrapped = rng.random() < 0.55

    # the day (uniform over five years); then maybe a recurrence of an incident
    # generated earlier that happened 45-420 days before, same service and failure
    I.day = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN))
    I.recur_of = None
    if rng.random() < 0.12:
        for _ in range(12):
            lst = history.get(I.day.toordinal() - rng.randint(45, 420))
            if lst:
                I.recur_of = lst[rng.randrange(len(lst))]
                break
    if I.recur_of:
        pday, psvc, pcat, pk, keep = I.recur_of
        I.cat = pcat
        I.scen = next(s for s in V.SCENARIOS[pcat] if s["k"] == pk)
        I.ctx = make_ctx(rng, I.cat, I.scen, svc=psvc)
        I.ctx.update(zip(KEEP_ON_RECUR, keep))
        I.nth = rng.choice(["second", "second", "third"])
    else:
        I.cat = W_CAUSE.pick(rng)
        I.scen = rng.choice(V.SCENARIOS[I.cat])
        I.ctx = make_ctx(rng, I.cat, I.scen)
    history.setdefault(I.day.toordinal(), []).append(
        (I.day, I.ctx["svc"], I.cat, I.scen["k"], tuple(I.ctx[k] for k in KEEP_ON_RECUR)))
    ctx = I.ctx
    I.det = W_DET.pick(rng)
    # variant: cause, narrative, "found" entry and fix phrase are written to match each other
    I.v = v = rng.randrange(2)
    I.res, fix = pick_res(rng, I.scen, v)
    if isinstance(fix, tuple):
        I.fix_tl, I.fix_prose = F(fix[0], ctx), F(fix[1], ctx)
    else:
        f = F(fix, ctx)
        I.fix_tl, I.fix_prose = cap(f) + ".", "we " + f

    # zone
    fam = rng.choice(L["zones"])
    I.zone = zone_name(fam, I.day)
    I.status_offset = None
    if I.layout == "status" and rng.random() < 0.25:
        I.zone = zone_name(rng.choice(["us_east", "us_west", "eu"]), I.day)
        I.status_offset = zone_offset(I.zone, I.day)
    I.tstyle = rng.choice(L["times"])

    # variants
    r = rng.random
    I.no_times = L["notimes"] and r() < 0.04
    I.no_year = L["noyear"] and r() < 0.10
    I.no_zone = (L["nozone"] and r() < 0.05) or I.no_times
    # a fix phrased as someone else's action ("the vendor restores ...") implies the end; keep those with an end
    I.no_end = ((not I.no_times) and L["noend"] and I.fix_prose.startswith("we ")
                and "restor" not in I.fix_prose and r() < 0.07)
    I.neg_ttd = (not I.no_times and not I.no_end and I.det == "monitoring"
                 and I.cat in ("resource-exhaustion", "capacity-overload", "database", "memory-leak")
                 and I.layout in ("company", "cloud", "student", "ticket", "weekly") and r() < 0.04)
    I.end_utc = (I.layout == "ticket" and I.zone != "UTC" and r() < 0.35)
    I.dual = (I.layout in ("cloud", "company") and I.zone != "UTC" and r() < 0.25)
    I.cloud_nodetect = I.layout == "cloud" and r() < 0.1

    # times
    if r() < 0.06:
        m0 = rng.randrange(22 * 60, 24 * 60)
    elif r() < 0.65:
        m0 = rng.randrange(7 * 60, 21 * 60)
    else:
        m0 = rng.randrange(0, 24 * 60)
    I.start = dt.datetime.combine(I.day, dt.time()) + dt.timedelta(minutes=m0)
    if I.det == "monitoring":
        ttd = max(1, int(rng.expovariate(1 / 7.0)))
        ttd = min(ttd, 75)
    elif I.det == "customer-report":
        ttd = min(3 + int(rng.expovariate(1 / 25.0)), 240)
    else:
        ttd = min(1 + int(rng.expovariate(1 / 18.0)), 180)
    if I.neg_ttd:
        ttd = -rng.randint(4, 40)
    elif I.cat == "human-error" and r() < 0.4 and I.layout != "status":
        ttd = 0
    d2r = int(math.exp(rng.gauss(math.log(55), 0.85))) + 6
    if I.cat in ("dependency", "hardware") and r() < 0.5:
        d2r = int(d2r * 1.8)
    if L["dated"] and r() < 0.05:
        d2r = rng.randint(20 * 60, 60 * 60)
    cap_min = 3 * 1440 if L["dated"] else 18 * 60
    d2r = max(6, min(d2r, cap_min - max(ttd, 0)))
    I.ttd = ttd
    I.detected = I.start + dt.timedelta(minutes=ttd)
    I.end = I.detected + dt.timedelta(minutes=d2r)
    if I.neg_ttd and I.end <= I.start + dt.timedelta(minutes=5):
        I.end = I.start + dt.timedelta(minutes=rng.randint(6, 60))
    I.window = mins(I.start, I.end)

    # stated duration
    I.dur = None
    I.dur_text = None
    if I.no_end:
        if r() < 0.3:
            I.dur = rng.choice([60, 90, 120, 180, 240, 300, 360])
            I.dur_text = "roughly " + dur_phrase(rng, I.dur)
    elif r() < L["dur"] or I.no_times:
        w = I.window
        x = r()
        if x < 0.12 and w >= 40:
            step = 15 if w < 120 else 30 if w < 360 else 60
            I.dur = int(round(w / step)) * step
            I.dur_text = rng.choice(["about ", "roughly ", "around "]) + dur_phrase(rng, I.dur)
        elif x < 0.15 and w >= 30 and rng.random() < 0.25:
            I.dur = w + rng.choice([-1, 1]) * rng.randint(5, 20)
            I.dur_text = dur_phrase(rng, I.dur)
        else:
            I.dur = w
            I.dur_text = dur_phrase(rng, w)

    # impact numbers
    I.pct = I.count = I.rev = None
    I.pct_all = False
    if r() < 0.35:
        I.pct = rng.choice([1, 2, 3, 5, 8, 10, 12, 15, 18, 20, 22, 25, 30, 33, 35, 40, 45, 50,
                            60, 65, 70, 75, 80, 85, 90, 100, 100])
        I.pct_all = I.pct == 100 and r() < 0.5
    if r() < 0.35:
        lo, hi = rng.choice([(20, 900), (1000, 9999), (10000, 99999), (100000, 2500000)])
        n = rng.randint(lo, hi)
        digits = len(str(n))
        q = 10 ** max(0, digits - 2)
        I.count = max(1, (n // q) * q)
    if r() < 0.15:
        a = rng.choice([rng.randint(5, 99) * 100, rng.randint(10, 999) * 100, rng.randint(1, 60) * 1000,
                        rng.randint(10, 40) * 100000])
        I.rev = a
        I.cur = rng.choice(["$", "$", "$", "$", "€", "£"])

    # action items
    if I.layout == "status":
        I.n_actions = 0
    else:
        I.n_actions = rng.choice([0, 0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12])

    I.used = set()
    I.sev = ctx["sev"]
    I.author = f"{rng.choice(V.FIRST)} {rng.choice(V.LAST)}"
    I.services = [ctx["svc"]] + ([ctx["svc2"]] if r() < 0.5 else []) + ([ctx["db"]] if r() < 0.3 else [])
    I.title = F(rng.choice(I.scen["titles"]), ctx)
    sc = I.scen
    I.cause = F(sc["cause"][v % len(sc["cause"])], ctx)
    I.why = F(sc["why"][v % len(sc["why"])], ctx)
    I.found = F(sc["found"][v % len(sc["found"])], ctx)
    I.impact_tl = F(rng.choice(I.scen["impact"]), ctx)
    I.change_tl = F(rng.choice(I.scen["change"]), ctx) if I.scen["change"] and r() < 0.65 else None
    build_events(rng, I, L)
    return I


def build_events(rng, I, L):
    ctx = I.ctx
    ev = []
    s, d, e = I.start, I.detected, I.end
    r = rng.random
    if I.change_tl:
        back = rng.randint(60, 420) if I.cat == "memory-leak" else rng.randint(2, 120)
        if I.neg_ttd:
            back = max(back, -I.ttd + rng.randint(2, 30))
        ct = s - dt.timedelta(minutes=back)
        if ct.date() == s.date() or L["dated"]:
            ev.append(Ev(ct, "change", I.change_tl))
        else:
            I.change_tl = None
    det_text = F(rng.choice(V.DETECT_TL[I.det]), ctx)
    if I.neg_ttd:
        warn = F(rng.choice(['Warning alert "{metric} above 80%" fires; on-call starts looking.',
                             'Early-warning alert on {metric} for {svc} pages the on-call engineer.',
                             'Capacity alert for {svc} fires; on-call acknowledges and watches.']), ctx)
        ev.append(Ev(d, "detect", warn))
        I.det_text = warn
        ev.append(Ev(s, "start", I.impact_tl))
    elif I.ttd == 0:
        txt = I.impact_tl + " " + rng.choice(["The engineer notices at once and raises the alarm.",
                                              "Noticed immediately by the engineer at the keyboard."])
        ev.append(Ev(s, "start", txt))
        I.det_text = txt
        I.det = "internal-report"
    else:
        txt = I.impact_tl
        if I.det != "monitoring" and I.ttd > 10 and r() < 0.4:
            txt += rng.choice([" (seen later in the graphs)", " (found later in the logs)",
                               " Nobody was watching at the time."])
        ev.append(Ev(s, "start", txt))
        ev.append(Ev(d, "detect", det_text))
        I.det_text = det_text
    first = max(s, d)
    # fix time
    span = mins(first, e)
    lag = 0 if span < 4 or r() < 0.25 else rng.randint(1, min(35, span - 2))
    fix_t = e - dt.timedelta(minutes=lag)
    if I.no_end:
        fix_t = e
    middle = []
    if I.det != "monitoring" and r() < 0.5:
        middle.append(F(V.LATE_ALERT, ctx))
    inv = rng.sample(V.INVESTIGATION, rng.randint(1, 4))
    middle += [F(x, ctx) for x in inv]
    if r() < 0.3:
        if I.res != "restart":
            middle.append(F(V.FALSE_RESTART, ctx))
        elif I.res != "scaling":
            middle.append(F(V.FALSE_SCALE, ctx))
    middle.append(I.found)
    room = mins(first, fix_t) - 1
    k = min(len(middle), max(0, room))
    if k < len(middle):
        # keep the "found" entry if there is room for anything
        middle = middle[-k:] if k else []
    if k:
        offs = sorted(rng.sample(range(1, room + 1), k))
        for o, txt in zip(offs, middle):
            ev.append(Ev(first + dt.timedelta(minutes=o), "mid", txt))
    I.found_t = ev[-1].t if middle and ev[-1].text == I.found else None
    end_text = F(rng.choice(V.END_TEXTS), ctx)
    if I.no_end:
        ev.append(Ev(fix_t, "fix", I.fix_tl))
    elif lag == 0:
        ev.append(Ev(e, "end", I.fix_tl + " " + end_text))
    else:
        ev.append(Ev(fix_t, "fix", I.fix_tl))
        if lag >= 4 and r() < 0.25:
            ev.append(Ev(fix_t + dt.timedelta(minutes=rng.randint(1, lag - 1)), "mid", rng.choice(V.PARTIAL_TEXTS)))
        ev.append(Ev(e, "end", end_text))
    I.fix_t = fix_t
    if not I.no_end:
        t = e
        for txt in rng.sample(V.POST_TEXTS, rng.choice([0, 0, 1, 1, 2])):
            t = t + dt.timedelta(minutes=rng.randint(10, 300))
            if not L["dated"] and t.date() != e.date():
                break
            ev.append(Ev(t, "post", F(txt, ctx)))
    I.events = ev


# ---------------------------------------------------------------- text pieces

class Doc:
    """Formatting helpers bound to one incident's styles."""

    def __init__(self, rng, I):
        self.rng, self.I = rng, I
        self.zone = None if I.no_zone else I.zone
        self.each = I.layout in ("student", "hugo", "bold", "cloud") and rng.random() < 0.7
        self.dstyle = rng.choice(DATE_STYLES)
        self.nystyle = rng.choice(NOYEAR_STYLES)
        self.salt = rng.randrange(60)

    def sec(self, x):
        return (x.hour * 31 + x.minute * 17 + self.salt) % 60

    def t(self, x, zone=True):
        """Time; followed by its zone when the document writes the zone on every time."""
        s = ftime(x, self.I.tstyle, self.sec(x))
        if zone and self.zone and self.each:
            s += NB + self.zone
        return s

    def tz(self, x):
        """Time always followed by its zone (when there is one)."""
        s = ftime(x, self.I.tstyle, self.sec(x))
        return s + (NB + self.zone if self.zone else "")

    def date(self, d=None, style=None):
        d = d or self.I.day
        if self.I.no_year and d == self.I.day:
            return fdate_noyear(d, self.nystyle)
        return fdate(d, style or self.dstyle)


def impact_sentences(rng, I):
    """Sentences stating the impact numbers exactly as labelled."""
    out = []
    who = rng.choice(["users", "customers", "shoppers", "users", "customers", "visitors", "subscribers"])
    if I.pct is not None and I.count is not None and rng.random() < 0.5:
        out.append(rng.choice([
            f"About {I.pct}% of our {who} were affected: roughly {count_phrase(rng, I.count, who)}.",
            f"Roughly {I.pct}% of {who}, about {count_phrase(rng, I.count, who)}, were affected.",
        ]))
    else:
        if I.pct is not None:
            if I.pct_all:
                out.append(rng.choice([f"All {who} were affected.", f"The outage affected all {who}.",
                                       f"It affected all {who} of the {I.ctx['product']}."]))
            else:
                out.append(rng.choice([
                    f"About {I.pct}% of {who} were affected.",
                    f"Roughly {I.pct}% of {who} saw errors or very slow pages.",
                    f"{I.pct}% of our {who} were affected.",
                    f"Approximately {I.pct}% of {who} could not use {I.ctx['feature']}.",
                ]))
        if I.count is not None:
            out.append(rng.choice([
                f"Roughly {count_phrase(rng, I.count, who)} were affected.",
                f"In total, {count_phrase(rng, I.count, who)} were affected.",
                f"We estimate that {count_phrase(rng, I.count, who)} could not complete what they came to do.",
                f"Approximately {count_phrase(rng, I.count, who)} saw errors.",
            ]))
    if I.rev is not None:
        amt = money(rng, I.rev, I.cur)
        out.append(rng.choice([
            f"Finance estimates {amt} in lost revenue.",
            f"We estimate {amt} in lost orders.",
            f"The incident cost an estimated {amt} in lost sales.",
            f"Lost revenue is estimated at {amt}.",
        ]))
    if rng.random() < 0.04:
        out.append(f"Affected customers received a {rng.choice(['$5', '$10', '€10', '£5'])} credit as an apology.")
    return " ".join(out)


def count_phrase(rng, n, who):
    if n >= 1_000_000 and n % 100_000 == 0:
        v = n / 1_000_000
        s = f"{v:.1f}".rstrip("0").rstrip(".")
        return f"{s}{NB}million {who}"
    noun = who
    if n < 1000 and rng.random() < 0.4:
        noun = rng.choice(["warehouse staff", "drivers", "sellers", "clinic staff", "merchants", "agents"])
    return f"{num(n)} {noun}"


def money(rng, a, cur):
    if a >= 1_000_000 and a % 100_000 == 0 and rng.random() < 0.6:
        v = a / 1_000_000
        return f"{cur}{v:.1f}".rstrip("0").rstrip(".") + f"{NB}million"
    return f"{cur}{num(a)}"


def dur_sentence(rng, I):
    if I.dur is None:
        return ""
    t = I.dur_text
    return rng.choice([f"The incident lasted {t}.", f"The outage lasted {t}.",
                       f"Total impact: {t}.", f"The disruption lasted {t}.",
                       f"Users were affected for {t}.", f"The service was down for {t}."])


def cause_sentence(rng, I):
    if I.cat == "unknown":
        return rng.choice(["The root cause is not yet known.", "We have not found the root cause yet."])
    return rng.choice([f"The root cause was {I.cause}.", f"Root cause: {I.cause}.", f"It was caused by {I.cause}."])


def res_sentence(rng, I):
    if I.no_end:
        return rng.choice([f"After {I.fix_prose}, things improved slowly; we did not record when the last errors stopped.",
                           f"Once {I.fix_prose}, errors tapered off over the following hours."])
    return rng.choice([f"Service was restored once {I.fix_prose}.", f"{cap(I.fix_prose)}, which restored service.",
                       f"The fix: {I.fix_prose}; errors stopped shortly after."])


def recur_sentence(rng, I, D):
    if not I.recur_of:
        return ""
    pday = I.recur_of[0]
    if I.no_year:
        when = rng.choice(["a few months ago", "earlier this year", "last season"])
    else:
        when = "on " + fdate(pday, rng.choice(["dmy", "mdy", "iso"]))
    return rng.choice([
        f"This is the {I.nth} time {I.ctx['svc']} has failed in this way; the same thing happened {when}.",
        f"We have seen this before: {I.ctx['svc']} failed the same way {when}, and the follow-ups from that incident were not finished.",
    ])


def det_prose(rng, I, D, with_time=True):
    tpl = rng.choice(V.DETECT_PROSE[I.det if I.ttd != 0 else "internal-report"])
    if I.neg_ttd:
        tpl = "An early-warning alert on {metric} fired at {t}, before customers were affected."
    ctx = dict(I.ctx)
    ctx["t"] = D.tz(I.detected) if with_time else "first"
    s = F(tpl, ctx)
    if not with_time:
        s = s.replace(" at first", "").replace(" first", "")
    return s


def detection_label(rng, I):
    return F(rng.choice(V.DETECT_LABEL[I.det]), I.ctx)


# ---------------------------------------------------------------- action items

ACTION_HEADINGS_MD = ["Action items", "Action Items", "Corrective and Preventative Measures",
                      "Corrective and preventive measures", "Follow-ups", "Follow-up actions", "Next steps",
                      "Remediation", "Remediations", "Preventive measures", "What we are doing",
                      "What we're doing about it", "Looking forward", "Improvements", "Tasks", "Prevention"]
ACTION_HEADINGS_CAPS = ["ACTION ITEMS", "FOLLOW-UPS", "REMEDIATION", "PREVENTION", "NEXT STEPS",
                        "CORRECTIVE ACTIONS", "ACTION ITEMS"]
ACTION_LABELS = ["Action items", "Follow-ups", "Next steps", "Corrective measures", "Action items"]


def action_items(rng, I, md=True):
    """Returns (lines, count, kind). kind: 'list', 'none-para', 'table'."""
    n = I.n_actions
    ctx = I.ctx
    if n == 0:
        if md and rng.random() < 0.15:
            return (["| Item | Owner | Due |", "|---|---|---|"] +
                    [f"| {F(a, ctx)} | {rng.choice(V.TEAMS)} | {rng.choice(['next sprint', 'this quarter', 'done'])} |"
                     for a in rng.sample(pool_for(I, V.ACTIONS), rng.randint(2, 5))], 0, "table")
        return (None, 0, "none")
    texts = [F(a, ctx) for a in rng.sample(pool_for(I, V.ACTIONS), n)]

    def owner():
        return F(rng.choice(V.OWNERS_FMT), dict(first=rng.choice(V.FIRST), team=rng.choice(V.TEAMS),
                                                handle=rng.choice(V.FIRST).lower()))

    if md:
        marker = rng.choice(["-", "-", "*", "+", "1.", "- [ ]", "- [ ]"])
    else:
        marker = rng.choice(["-", "-", "*", "1."])
    with_owner = rng.random() < 0.4
    structure = rng.random()
    lines = []

    def mk(i, m):
        if m == "1.":
            return f"{i}."
        if m == "- [ ]" and rng.random() < 0.2:
            return "- [x]"
        return m

    if structure < 0.15 and n >= 4:
        # grouped: group headers are list items too
        groups = rng.sample(V.ACTION_GROUPS, rng.randint(2, min(3, n // 2)))
        rest = n - len(groups)
        sizes = [1] * len(groups)
        for _ in range(rest - len(groups)):
            sizes[rng.randrange(len(groups))] += 1
        pos = 0
        gm = "-" if marker in ("1.", "- [ ]") else marker
        for g, sz in zip(groups, sizes):
            lines.append(f"{gm} {g}")
            for t in texts[pos:pos + sz]:
                lines.append(f"  {mk(1, '- [ ]' if marker == '- [ ]' else '-')} {t}" + (owner() if with_owner else ""))
            pos += sz
        return lines, len(groups) + sum(sizes), "list"
    # flat, optionally with nested children
    i = 0
    k = 0
    nested = structure < 0.4 and n >= 3
    while i < n:
        k += 1
        lines.append(f"{mk(k, marker)} {texts[i]}" + (owner() if with_owner else ""))
        i += 1
        if nested and i < n and rng.random() < 0.3:
            kids = min(n - i, rng.randint(1, 3))
            ind = "   " if marker == "1." else "  "
            km = "- [ ]" if marker == "- [ ]" else "-"
            for t in texts[i:i + kids]:
                lines.append(f"{ind}{mk(1, km)} {t}")
            i += kids
    return lines, n, "list"


# ---------------------------------------------------------------- padding

PAD_KINDS = ["impact", "narrative", "lessons", "well", "wrong", "lucky", "background", "graphs",
             "logs", "comms", "glossary", "whys", "questions", "logs", "narrative", "impact",
             "investigation", "investigation", "quotes"]


def fits(I, tags):
    """A padding sentence tagged "cat:X res:Y not:Z" fits when any cat/res tag matches and no not: tag does."""
    ok = None
    for t in tags.split():
        kind, _, val = t.partition(":")
        if kind == "not":
            if I.cat == val:
                return False
            ok = True if ok is None else ok
        elif (kind == "cat" and I.cat == val) or (kind == "res" and I.res == val):
            ok = True
        elif ok is None:
            ok = False
    return ok is not False


def pool_for(I, pool):
    return [p if isinstance(p, str) else p[0] for p in pool if isinstance(p, str) or fits(I, p[1])]


def sentences(rng, I, pool, ctx, lo, hi):
    """lo..hi sentences from pool that fit the incident and were not used yet in this document."""
    pool = [p for p in pool_for(I, pool) if p not in I.used]
    k = min(len(pool), rng.randint(lo, hi))
    out = rng.sample(pool, k)
    I.used.update(out)
    return " ".join(F(s, ctx) for s in out)


def log_block(rng, I, md, src):
    ctx = I.ctx
    n = rng.randint(5, 22)
    start = I.start
    end = I.end if not I.no_end else I.start + dt.timedelta(minutes=90)
    span = max(1, int((end - start).total_seconds()))
    use_utc = (not I.no_zone) and (not I.no_year) and I.zone is not None and rng.random() < 0.6
    off = zone_offset(I.zone, I.day) if use_utc else 0
    pod = f"{src}-{rng.getrandbits(24):06x}"
    lines = []
    offs = sorted(rng.randrange(span) for _ in range(n))
    for o in offs:
        t = start + dt.timedelta(seconds=o)
        ms = rng.randrange(1000)
        if use_utc:
            u = t - dt.timedelta(minutes=off)
            ts = f"{u.strftime('%Y-%m-%dT%H:%M:%S')}.{ms:03d}Z"
        else:
            ts = f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}.{ms:03d}"
        lvl = rng.choice(V.LOG_LEVELS)
        x = rng.random()
        if x < 0.5:
            msg = f"{rng.choice(V.ENDPOINTS).replace('{id}', str(rng.randint(1000, 99999)))} -> {rng.choice([500, 502, 503, 504, 499, 429])} in {rng.randint(3, 30000)}ms request_id={rng.getrandbits(32):08x}"
        elif x < 0.85:
            msg = rng.choice(V.ERRORS)
        else:
            msg = f"retrying call to {ctx['svc2'] if src != ctx['svc2'] else ctx['db']} (attempt {rng.randint(1, 5)}/5): {rng.choice(V.ERRORS)}"
        lines.append(f"{ts} {lvl:5} {pod} {msg}")
    if md:
        return "```\n" + "\n".join(lines) + "\n```"
    return "\n".join("    " + x for x in lines)


def pad_body(rng, I, kind, md, src):
    """Blocks (already formatted) for one padding section."""
    ctx = I.ctx
    blocks = []
    if kind == "impact":
        blocks.append(sentences(rng, I, V.IMPACT_SENT, ctx, 2, 5))
        if md and rng.random() < 0.5:
            rows = ["| Region | Error ratio | Orders vs. normal |", "|---|---|---|"]
            for c in rng.sample(V.CITIES, rng.randint(3, 6)):
                rows.append(f"| {c} | {rng.randint(1, 70)}% of requests | {rng.randint(5, 95)}% |")
            blocks.append("\n".join(rows))
    elif kind == "narrative":
        blocks.append(sentences(rng, I, V.NARR_SENT, ctx, 3, 5))
        blocks.append(sentences(rng, I, V.NARR_SENT, ctx, 2, 4))
    elif kind == "background":
        blocks.append(sentences(rng, I, V.NARR_SENT[:4] + V.NARR_SENT[6:9], ctx, 2, 4))
    elif kind in ("lessons", "well", "wrong", "lucky", "questions"):
        pool = {"lessons": V.LESSONS, "well": V.WELL, "wrong": V.WRONG, "lucky": V.LUCKY,
                "questions": V.QUESTIONS}[kind]
        pool = pool_for(I, pool)
        items = [F(s, ctx) for s in rng.sample(pool, min(len(pool), rng.randint(2, 5)))]
        if rng.random() < 0.3 and kind != "questions":
            blocks.append(" ".join(items))
        else:
            blocks.append("\n".join("- " + x for x in items))
    elif kind == "graphs":
        blocks.append(sentences(rng, I, V.GRAPH_SENT, ctx, 2, 4))
    elif kind == "logs":
        blocks.append(rng.choice(["Selected lines from the {src} logs:", "Representative log lines from {src}:",
                                  "An excerpt from the {src} logs during the incident:"]).format(src=src))
        blocks.append(log_block(rng, I, md, src))
    elif kind == "investigation":
        tools = rng.sample(V.TOOLS, 4)
        cons = rng.sample(V.CONCEPTS, 4)
        out = []
        for i, tpl in enumerate(rng.sample(V.INVEST_SENT, rng.randint(3, 6))):
            out.append(tpl.format(tool=tools[i % 4], tool2=tools[(i + 1) % 4], tool_cap=cap(tools[i % 4]),
                                  concept=cons[i % 4], concept2=cons[(i + 2) % 4]))
        blocks.append(" ".join(out))
    elif kind == "quotes":
        blocks.append(rng.choice(["A few of the messages support received:", "Some of what customers wrote to us:"]))
        qs = rng.sample(V.QUOTES, rng.randint(2, 5))
        blocks.append("\n".join(("> " if md else "  ") + q for q in qs))
    elif kind == "comms":
        blocks.append(sentences(rng, I, V.COMMS_SENT, ctx, 2, 4))
    elif kind == "glossary":
        items = rng.sample(V.GLOSSARY, rng.randint(3, 7))
        blocks.append("\n".join(f"- **{a}**: {b}." if md else f"- {a}: {b}." for a, b in items))
    elif kind == "whys":
        c = I.cause if I.cat != "unknown" else "something we have not identified yet"
        whys = [F(V.WHYS[0], ctx), f"Why did {ctx['svc']} stop working? Because of {c}."]
        whys += [F(x, ctx) for x in (V.WHYS[1:3] if I.change_tl else V.WHYS[3:5])]
        blocks.append("\n".join(f"{i + 1}. {s}" for i, s in enumerate(whys)))
    return blocks


def padding(rng, I, budget, style, allowed=None):
    """Padding sections as (heading, [blocks]) until budget chars are used."""
    out = []
    used = 0
    heads = set()
    md = style != "plain"
    tries = 0
    srcs = [I.ctx["svc"], I.ctx["svc2"], I.ctx["proxy"].lower(), I.ctx["db"]]
    while used < budget and tries < 40:
        tries += 1
        kind = rng.choice(allowed or PAD_KINDS)
        src = srcs[sum(1 for h in heads if h[0] == "logs") % 4]
        head = rng.choice(V.PAD_HEADINGS[kind]).format(src=src)
        if (kind, head) in heads or any(h[1] == head for h in heads):
            continue
        if kind not in ("logs", "narrative", "impact", "investigation") and any(h[0] == kind for h in heads):
            continue
        heads.add((kind, head))
        blocks = pad_body(rng, I, kind, md, src)
        if not blocks or not blocks[0]:
            continue
        size = len(head) + sum(len(b) for b in blocks) + 8
        if out and used + size > budget + 600:
            break
        out.append((head, blocks))
        used += size
    return out


def target_size(rng):
    x = int(math.exp(rng.gauss(math.log(4100), 0.6)))
    return max(1150, min(x, 19500))


def para(I, text, indent=""):
    text = text.strip()
    if not I.wrapped:
        return indent + text
    return wrap(text, 76, indent, indent)


def item(I, marker, text, width=76):
    if not I.wrapped:
        return f"{marker} {text}"
    return wrap(text, width, marker + " ", " " * (len(marker) + 1))


# ---------------------------------------------------------------- layouts

def render_student(rng, I, D):
    ctx = I.ctx
    title = rng.choice(["Postmortem: {t}", "Post-mortem: {t}", "{t} - Postmortem", "Postmortem - {t}"]).format(t=cap(I.title))
    p = [f"# {title}", ""]
    if rng.random() < 0.3:
        p += [f"Author: {I.author}", ""]
    p += ["## Issue Summary", ""]
    z = "" if D.each or not D.zone else NB + D.zone
    date = D.date()
    if I.no_times:
        line = f"**Duration:** {I.dur_text}, on {date}." if I.dur else f"**Date:** {date}."
    elif I.no_end:
        line = (f"**Duration:** {I.dur_text}" + ", " if I.dur else "**Duration:** ") + \
            f"starting on {date} at {D.t(I.start)}{z}; the end was not recorded."
        if I.dur:
            line = f"**Duration:** {I.dur_text}, starting on {date} at {D.t(I.start)}{z}; the exact end was not recorded."
    else:
        nxt = " (the next day)" if I.end.date() != I.start.date() else ""
        rng_txt = f"from {D.t(I.start)} to {D.t(I.end)}{z}{nxt}"
        if I.dur:
            line = rng.choice([f"**Duration:** {I.dur_text}, on {date}, {rng_txt}.",
                               f"**Duration:** {I.dur_text} ({date}, {rng_txt})."])
        else:
            line = f"**Duration:** {date}, {rng_txt}."
    p += [para(I, line), ""]
    if not D.each and D.zone and I.no_times is False and rng.random() < 0.3:
        p += [f"All times are in {D.zone}.", ""]
    imp = impact_sentences(rng, I)
    p += [para(I, f"**Impact:** {F(rng.choice(['requests from the {product} failed or were very slow', 'users saw {sym}', '{feature} was unavailable']), ctx)}. {imp}"), ""]
    p += [para(I, f"**Root cause:** {I.cause if I.cat != 'unknown' else 'still unknown'}."), ""]
    if not I.no_times:
        p += ["## Timeline", ""]
        style = rng.choice(["bold", "plain", "dash"])
        for e in I.events:
            t = D.t(e.t)
            if style == "bold":
                p.append(item(I, "-", f"**{t}:** {e.text}"))
            elif style == "plain":
                p.append(item(I, "-", f"{t}: {e.text}"))
            else:
                p.append(item(I, "*", f"{t} - {e.text}"))
        p.append("")
    else:
        p += ["## What happened", "",
              para(I, f"{cap(I.impact_tl)} {det_prose(rng, I, D, with_time=False)} {I.found}"), ""]
    p += ["## Root Cause and Resolution", "", para(I, f"{I.why} {recur_sentence(rng, I, D)}"), "",
          para(I, res_sentence(rng, I)), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=True)
    if kind != "none" or rng.random() < 0.3:
        p += ["## " + rng.choice(["Corrective and Preventative Measures", "Corrective and Preventive Measures",
                                   "Action items", "Preventive measures", "Next steps"]), ""]
        p += lines if lines else ["No further action is planned beyond the fix described above."]
        p.append("")
    return p, n, "md", title


def render_company(rng, I, D):
    ctx = I.ctx
    utc = I.zone == "UTC"
    iso = utc and rng.random() < 0.5

    def stamp(x):
        if iso:
            return f"{x.strftime('%Y-%m-%d')}T{x.hour:02d}:{x.minute:02d}:00Z"
        return f"{x.strftime('%Y-%m-%d')} {x.hour:02d}:{x.minute:02d}" + (" UTC" if utc else "")

    title = rng.choice([f"Incident report: {I.title} ({I.day.isoformat()})", f"{cap(I.title)}",
                        f"Incident {ctx['incno']}: {I.title}", f"Post-incident review: {I.title}"])
    p = [f"# {title}", ""]
    meta = [f"- **Severity:** {I.sev}", f"- **Affected services:** {', '.join(I.services)}",
            "- **Status:** " + rng.choice(["Closed", "Resolved", "Complete"]),
            f"- **Incident commander:** {ctx['person2']} (SRE)",
            f"- **Report author:** {I.author} ({ctx['team']} team)"]
    if not utc:
        meta.append(f"- **Times:** {I.zone}")
    p += meta + ["", "## Summary", ""]
    zs = NB + I.zone
    if I.dual:
        off = zone_offset(I.zone, I.day)
        su, eu = I.start - dt.timedelta(minutes=off), I.end - dt.timedelta(minutes=off)
        between = (f"Between {stamp(I.start)}{zs if not utc else ''} and {stamp(I.end)}{zs if not utc else ''}"
                   f" ({hm(su)}{NB}UTC to {hm(eu)}{NB}UTC)")
    else:
        between = f"Between {stamp(I.start)}{'' if utc else zs} and {stamp(I.end)}{'' if utc else zs}"
    if I.no_end:
        between = f"Starting at {stamp(I.start)}{'' if utc else zs}"
    what = F(rng.choice(["{svc} returned errors for a large share of requests",
                         "{product} users saw {sym}", "{feature} was unavailable on the {product}"]), ctx)
    s1 = f"{between}, {what}."
    if I.neg_ttd:
        s1 += f" The outage began at {stamp(I.start)}{'' if utc else zs}, after an early warning."
    summ = " ".join(x for x in [s1, dur_sentence(rng, I), impact_sentences(rng, I)] if x)
    p += [para(I, summ), ""]
    if rng.random() < 0.5:
        p += ["## Impact", ""]
        for x in rng.sample(V.IMPACT_SENT, rng.randint(2, 3)):
            p.append(item(I, "-", F(x, ctx)))
        p.append("")
    p += ["## Timeline", ""]
    head = "Time (UTC)" if utc else f"Time ({I.zone})"
    p += [f"| {head} | Event |", "|---|---|"]
    for e in I.events:
        p.append(f"| {stamp(e.t)} | {e.text} |")
    p += ["", "## Root cause", "", para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), ""]
    p += [para(I, res_sentence(rng, I)), ""]
    p.append("@@PAD@@")
    lines, n, kind = action_items(rng, I, md=True)
    if kind != "none" or rng.random() < 0.3:
        p += ["## " + rng.choice(ACTION_HEADINGS_MD), ""]
        p += lines if lines else ["Nothing beyond the fix itself."]
        p.append("")
    p.append("@@APPENDIX@@")
    return p, n, "md", title


def render_status(rng, I, D):
    ctx = I.ctx
    off = I.status_offset

    def fm(x):
        if off is None:
            return f"{x.strftime('%Y-%m-%d')}T{x.hour:02d}:{x.minute:02d}:00Z"
        sign = "-" if off < 0 else "+"
        a = abs(off)
        return f"{x.strftime('%Y-%m-%d')}T{x.hour:02d}:{x.minute:02d}:00{sign}{a // 60:02d}:{a % 60:02d}"

    zone = "UTC" if off is None else I.zone
    multi = I.end.date() != I.start.date()

    def stamp(x):
        if multi or rng.random() < 0.5:
            return f"{MON3[x.month - 1]}{NB}{x.day},{NB}{hm(x)}{NB}{zone}"
        return f"{hm(x)}{NB}{zone}"

    title = cap(F(rng.choice(["{product} unavailable", "Elevated error rates on {product}", "Degraded performance: {feature}",
                              "{sym_cap}", "Partial outage of {product}"]), dict(ctx, sym_cap=cap(ctx["sym"]))))
    ytitle = title if ":" not in title and "`" not in title and rng.random() < 0.7 else '"' + title.replace('"', "'") + '"'
    p = ["---", f"title: {ytitle}", f"date: {fm(I.start)}", "resolved: true", f"resolvedWhen: {fm(I.end)}",
         "severity: " + rng.choice(["major", "minor", "degraded", "partial-outage", "major-outage"]), "affected:"]
    p += [f"  - {x}" for x in I.services + ([ctx["product"]] if rng.random() < 0.5 else [])]
    if rng.random() < 0.4:
        p.append("section: issue")
    p += ["---", "", "@@PAD@@"]
    ups = []
    res_txt = {"other": I.fix_tl, "failover": I.fix_tl}.get(I.res, I.fix_tl)
    end_msg = rng.choice(["All services are operating normally.", "This incident has been resolved.",
                          "Everything is back to normal and we are closing this incident."])
    extra = " ".join(x for x in [impact_sentences(rng, I), dur_sentence(rng, I)] if x)
    ups.append(("Resolved", I.end, f"{end_msg} {extra} We're sorry for the disruption.".replace("  ", " ")))
    if I.fix_t < I.end:
        ups.append(("Monitoring", I.fix_t, f"{res_txt} We are monitoring the results."))
    mids = [e for e in I.events if e.kind == "mid" and I.detected < e.t < I.fix_t]
    found_t = I.found_t if I.found_t and I.detected < I.found_t < I.fix_t else None
    for e in mids[:2]:
        if e.t != found_t and rng.random() < 0.5:
            ups.append(("Update", e.t, rng.choice(["We are continuing to investigate this issue.",
                                                   "Engineers are still working on the problem.",
                                                   "Investigation is ongoing; we will post again soon."])))
    if found_t:
        c = I.cause if I.cat != "unknown" else "the cause is not clear yet, but we have a mitigation in progress"
        ups.append(("Identified", found_t, cap(f"we have identified the issue: {c}.")))
    inv = {"monitoring": "Our monitoring has detected elevated error rates on the {product}. We are investigating.",
           "customer-report": "We are receiving reports from customers about {sym}. We are investigating.",
           "internal-report": "Our team noticed {sym}. We are investigating."}[I.det]
    ups.append(("Investigating", I.detected, F(inv, ctx)))
    ups.sort(key=lambda u: u[1], reverse=True)
    if I.fix_t == I.end:
        ups[0] = ("Resolved", I.end, f"{res_txt} {ups[0][2]}")
    for name, t, txt in ups:
        p += [para(I, f"**{name}** - {stamp(t)} - {txt}"), ""]
    return p, 0, "status", title


def render_plain(rng, I, D):
    ctx = I.ctx
    title = rng.choice([f"INCIDENT: {cap(I.title)}", f"{cap(I.title)} - POSTMORTEM", cap(I.title),
                        f"{cap(I.title)} - incident notes"])
    p = [title, ""]
    kv = []
    date = D.date()
    if I.end.date() != I.start.date() and not I.no_year and not I.no_times and not I.no_end and rng.random() < 0.5:
        kv.append(("Date", f"{date} (ran past midnight into {fdate(I.end.date(), 'dmy')})"))
    else:
        kv.append(("Date", date))
    kv.append(("Service", ", ".join(I.services)))
    kv.append(("Severity", I.sev))
    if D.zone and not I.no_times:
        kv.append(("Times", rng.choice(["all times ", "", "all in "]) + D.zone))
    kv.append(("Written by", f"{I.author}, {ctx['team']} team"))
    w = max(len(k) for k, _ in kv) + 2
    p += [f"{k + ':':<{w}}{v}" for k, v in kv] + [""]
    p += ["SUMMARY", ""]
    summ = [F(rng.choice(["Users of the {product} saw {sym}.", "The {product} was degraded: {sym}."]), ctx),
            impact_sentences(rng, I)]
    if I.dur and not I.no_times and not I.no_end and rng.random() < 0.6:
        summ.append(f"Customer impact lasted {I.dur_text} ({D.t(I.start, False)}-{D.t(I.end, False)}"
                    f"{NB + D.zone if D.zone else ''}).")
    else:
        summ.append(dur_sentence(rng, I))
    if I.no_times:
        summ.append(det_prose(rng, I, D, with_time=False))
    p += [para(I, " ".join(x for x in summ if x)), ""]
    if not I.no_times:
        p += ["TIMELINE", ""]
        for e in I.events:
            t = D.t(e.t, False)
            lead = f"- {t}  "
            if I.wrapped:
                p.append(wrap(e.text, 76, lead, " " * len(lead)))
            else:
                p.append(lead + e.text)
        p.append("")
    p += ["ROOT CAUSE", "", para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), ""]
    p += ["RESOLUTION", "", para(I, res_sentence(rng, I)), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=False)
    if kind != "none":
        p += [rng.choice(ACTION_HEADINGS_CAPS), ""] + lines + [""]
    p.append("@@APPENDIX@@")
    return p, n, "plain", title


def render_hugo(rng, I, D):
    ctx = I.ctx
    pub = I.day + dt.timedelta(days=rng.randint(1, 3))
    title = cap(F(rng.choice(["{title}: what happened", "{title}", "Postmortem: {title}",
                              "What we learned from the {svc} incident"]), dict(ctx, title=I.title)))
    p = ["+++", f'title = "{title}"', f"date = {pub.isoformat()}",
         f'tags = ["postmortem", "{ctx["svc"]}", "{I.cat}"]', f'author = "{ctx["team"]} Engineering"']
    if rng.random() < 0.4:
        p.append("draft = false")
    p += ["+++", ""]
    if pub.year == I.day.year and rng.random() < 0.5:
        day = fdate_noyear(I.day, rng.choice(["wdm", "wmd"]))
    else:
        day = fdate(I.day, rng.choice(["wdmy", "wmdy", "dmy", "mdy"]))
    what = F(rng.choice(["{product} users saw {sym}", "{feature} did not work for many of our customers",
                         "requests to {svc} failed"]), ctx)
    if I.no_times:
        s = f"On {day}, {what}. {det_prose(rng, I, D, with_time=False)}"
    else:
        s = f"On {day}, {what}, starting at {D.tz(I.start)}."
    s = " ".join(x for x in [s, dur_sentence(rng, I), impact_sentences(rng, I)] if x)
    p += [para(I, s), ""]
    if D.zone and not I.no_times:
        p += [para(I, f"This post explains what went wrong and what we are changing. All times are {D.zone}."), ""]
    if not I.no_times:
        p += ["## " + rng.choice(["What happened", "Timeline", "How it unfolded"]), ""]
        for e in I.events:
            p.append(item(I, "-", f"**{D.t(e.t)}** - {e.text}"))
        p.append("")
    p += ["## " + rng.choice(["Why it happened", "Root cause", "The cause"]), "",
          para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), "",
          para(I, res_sentence(rng, I)), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=True)
    if kind != "none":
        p += ["## " + rng.choice(["Follow-ups", "What we are doing", "Looking forward", "Next steps",
                                   "Improvements"]), ""] + lines + [""]
    return p, n, "md", title


def render_cloud(rng, I, D):
    ctx = I.ctx
    multi = I.end.date() != I.start.date()
    z = D.zone
    if multi:
        dd = rng.choice(["dmy3", "dmy"])
        when_title = f"{I.start.day}-{I.end.day} {MONTHS[I.day.month - 1]} {I.day.year}" if (
            I.start.month == I.end.month and I.start.year == I.end.year and mins(I.start, I.end) < 1440 * 2) else fdate(I.day, "dmy")
        between = f"Between {D.t(I.start, False)}{NB}{z} on {fdate(I.start.date(), dd)} and {D.t(I.end, False)}{NB}{z} on {fdate(I.end.date(), dd)}"
    else:
        when_title = fdate(I.day, "dmy")
        between = f"Between {D.t(I.start, False)} and {D.t(I.end, False)}{NB}{z} on {fdate(I.day, rng.choice(['dmy3', 'dmy', 'mdy']))}"
        if I.dual:
            off = zone_offset(I.zone, I.day)
            su, eu = I.start - dt.timedelta(minutes=off), I.end - dt.timedelta(minutes=off)
            between += f" ({hm(su)}-{hm(eu)}{NB}UTC)"
    title = rng.choice([f"Summary of the {ctx['company']} service disruption on {when_title}".replace(NB, " "),
                        f"Summary of the {ctx['product']} event in the {ctx['region']} region",
                        f"Post-event summary: {I.title}"])
    p = [f"# {title}", ""]
    what = F(rng.choice(["a subset of customers in {region} experienced errors and very slow responses on the {product}",
                         "some customers could not use {feature}", "customers saw {sym}"]), ctx)
    s = f"{between}, {what}."
    if I.neg_ttd:
        s += f" The impact began at {D.t(I.start, False)}{NB}{z}."
    s = " ".join(x for x in [s, impact_sentences(rng, I), dur_sentence(rng, I)] if x)
    p += [para(I, s), "", "## Root cause", "", para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), ""]
    resp = []
    if not I.cloud_nodetect:
        resp.append(det_prose(rng, I, D))
    else:
        resp.append({"monitoring": "Our monitoring detected the problem shortly after it began.",
                     "customer-report": "Customers reported the problem soon after it started.",
                     "internal-report": "A member of staff noticed the problem shortly after it began."}[I.det])
    if I.found_t:
        resp.append(f"At {D.t(I.found_t, False)}{NB}{z} the team found the cause. {I.found}")
    resp.append(f"At {D.t(I.fix_t, False)}{NB}{z}, {I.fix_prose}.")
    if I.fix_t < I.end:
        resp.append(f"By {D.t(I.end, False)}{NB}{z} service was fully restored.")
    else:
        resp.append("Service recovered immediately.")
    p += ["## " + rng.choice(["Detection and response", "Mitigation", "Timeline of the response"]), "",
          para(I, " ".join(resp)), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=True)
    if kind != "none":
        p += ["## " + rng.choice(["Next steps", "What we are doing", "Looking forward", "Remediations"]), ""] + lines + [""]
    return p, n, "md", title


def render_bold(rng, I, D):
    ctx = I.ctx
    title = cap(F(rng.choice(["{title}", "{title} - incident write-up", "{title}"]), dict(ctx, title=I.title)))
    p = [f"# {title}", ""]
    hdr = [f"**Date:** {D.date()}"]
    if I.dur:
        hdr.append(f"**Duration:** {I.dur_text}")
    hdr += [f"**Affected services:** {', '.join(I.services)}", f"**Priority:** {I.sev}",
            f"**Written by:** {I.author}"]
    imp = impact_sentences(rng, I)
    if imp:
        hdr.append(f"**Impact:** {imp}")
    p += hdr + [""]
    dp = det_prose(rng, I, D, with_time=False) + " " if I.no_times else ""
    p += [para(I, f"**Summary:** {cap(I.impact_tl)} {dp}{cause_sentence(rng, I)} {res_sentence(rng, I)}"), ""]
    if not I.no_times:
        zl = f" (all times {D.zone})" if (D.zone and not D.each) else ""
        p += [f"**Timeline:**{zl}", ""]
        for e in I.events:
            p.append(item(I, "-", f"{D.t(e.t)} - {e.text}"))
        p.append("")
    p += [para(I, f"**Root cause:** {I.cause if I.cat != 'unknown' else 'unknown so far'}. {I.why} {recur_sentence(rng, I, D)}"), ""]
    p += ["@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=True)
    if kind == "list":
        p += [f"**{rng.choice(ACTION_LABELS)}:**", ""] + lines + [""]
    return p, n, "bold", title


def render_numbered(rng, I, D):
    ctx = I.ctx
    title = cap(F(rng.choice(["{title} - post-incident review", "{title}", "Incident review: {title}"]),
                  dict(ctx, title=I.title)))
    p = [f"# {title}", ""]
    secs = []
    s = f"On {D.date()}, {lower_first(I.impact_tl)}"
    s = " ".join(x for x in [s, impact_sentences(rng, I), dur_sentence(rng, I)] if x)
    body = [para(I, s), ""]
    body += [f"- **Priority:** {I.sev}", f"- **Affected services:** {', '.join(I.services)}",
             f"- **Detection:** {detection_label(rng, I)}"]
    if D.zone:
        body.append(f"- **Times:** {D.zone}")
    secs.append(("Summary", body))
    head = f"Time ({D.zone})" if D.zone else "Time"
    tl = [f"| {head} | {rng.choice(['What happened', 'Event', ''])} |", "|---|---|"]
    for e in I.events:
        tl.append(f"| {D.t(e.t, False)} | {e.text} |")
    secs.append(("Timeline", tl))
    secs.append(("Root cause", [para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}")]))
    secs.append(("Resolution", [para(I, res_sentence(rng, I))]))
    secs.append(("@@PAD@@", None))
    lines, n, kind = action_items(rng, I, md=True)
    if kind != "none":
        secs.append((rng.choice(["Action items", "Follow-ups", "Corrective actions", "Next steps"]), lines))
    p.append(("@@NUMBERED@@", secs))
    return p, n, "numbered", title


def render_ticket(rng, I, D):
    ctx = I.ctx
    md = I.ext == ".md"
    tid = f"INC-{rng.randint(10000, 99999)}"
    title = f"{tid}: {cap(I.title)}"
    z = I.zone

    def stamp(x, zone=z):
        return f"{x.strftime('%Y-%m-%d')} {hm(x)} {zone}"

    kv = [("Status", rng.choice(["Resolved", "Closed"])), ("Severity", I.sev), ("Service", ", ".join(I.services)),
          ("Owner", f"{I.author} ({ctx['team']})")]
    kv.append(("Impact start", stamp(I.start)))
    opened = I.detected + dt.timedelta(minutes=rng.randint(1, 15))
    kv.append(("Detected", f"{stamp(I.detected)} ({detection_label(rng, I)})"))
    kv.append(("Opened", stamp(opened)))
    if I.no_end:
        kv.append(("Resolved", "not recorded"))
    elif I.end_utc:
        off = zone_offset(z, I.day)
        kv.append(("Resolved", stamp(I.end - dt.timedelta(minutes=off), "UTC")))
    else:
        kv.append(("Resolved", stamp(I.end)))
    if I.dur:
        kv.append(("Duration", I.dur_text))
    if rng.random() < 0.3 and I.ttd > 0:
        kv.append(("Time to detect", f"{I.ttd} min"))
    if I.pct is not None:
        kv.append(("Users affected", "all" if I.pct_all else f"{I.pct}%"))
    if I.count is not None:
        kv.append(("Customers affected", f"~{num(I.count)}"))
    if I.rev is not None:
        kv.append(("Revenue impact", money(rng, I.rev, I.cur) + " lost"))
    kv.append(("Root cause", I.cause if I.cat != "unknown" else "unknown"))
    kv.append(("Resolution", cap(I.fix_prose) + "."))
    if md:
        p = [f"# {title}", ""] + [f"- **{k}:** {v}" for k, v in kv] + [""]
    else:
        w = max(len(k) for k, _ in kv) + 2
        p = [title, "=" * len(title), ""] + [f"{k + ':':<{w}}{v}" for k, v in kv] + [""]
    p += ["Notes:" if not md else "## Notes", ""]
    p += [para(I, f"{I.why} {recur_sentence(rng, I, D)}"), ""]
    p += ["@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=md)
    if kind == "list":
        p += ["Follow-up tasks:" if not md else "## Follow-up tasks", ""] + lines + [""]
    elif kind == "table":
        p += ["## Follow-up tasks", ""] + lines + [""]
    return p, n, ("md" if md else "ticket"), title


def render_weekly(rng, I, D):
    ctx = I.ctx
    iy, iw, _ = I.day.isocalendar()
    title = f"SRE weekly review: week {iw}, {iy}"
    review = I.day + dt.timedelta(days=7 - I.day.weekday())
    p = [f"# {title}", "", f"_Compiled by {I.author} on {fdate(review, 'wdmy')}._", ""]
    p += [rng.choice(["One customer-facing incident this week.", "A quiet week apart from one incident.",
                      "Two pages this week; one of them is written up below."]), ""]
    p += [f"## {cap(I.title)} ({I.sev})", ""]
    d = fdate(I.day, rng.choice(["wdmy", "dmy", "mdy"]))
    if I.no_end:
        when = f"{d}, from {D.t(I.start, False)}{NB}{D.zone} (end not recorded)"
    else:
        dash = rng.choice(["–", "-", " to "])
        nd = " (next day)" if I.end.date() != I.start.date() else ""
        when = f"{d}, {D.t(I.start, False)}{dash}{D.t(I.end, False)}{NB}{D.zone}{nd}"
    if I.dur:
        when = when[:-1] + f", {I.dur_text})" if when.endswith(")") else when + f" ({I.dur_text})"
    p += [f"**When:** {when}  ", f"**Services:** {', '.join(I.services)}  "]
    imp = impact_sentences(rng, I)
    if imp:
        p.append(f"**Impact:** {imp}  ")
    p += [f"**Detection:** {det_prose(rng, I, D)}", ""]
    p += [para(I, f"**What happened:** {cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), ""]
    p += ["**Timeline:**", ""]
    for e in I.events:
        p.append(item(I, "-", f"{D.t(e.t, False)} - {e.text}"))
    p += ["", para(I, f"**Fix:** {res_sentence(rng, I)}"), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=True)
    if kind == "list":
        p += ["**Follow-ups:**", ""] + lines + [""]
    p += ["## Other notes", "",
          f"- Error budget for {ctx['svc2']}: {rng.randint(5, 95)}% remaining.",
          f"- On-call handover moves to {rng.choice(WEEKDAYS)}s from next week.",
          f"- {rng.randint(2, 40)} alerts fired this week, {rng.randint(0, 10)} of them actionable.", ""]
    return p, n, "bold", title


def render_email(rng, I, D):
    ctx = I.ctx
    dom = ctx["company"].lower() + ".example"
    title = f"Subject: {rng.choice(['Incident report', 'Postmortem', 'Write-up', 'Incident summary'])}: {I.title}"
    sent = I.day + dt.timedelta(days=rng.randint(0, 3))
    sent_t = dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    p = [title, f"From: {I.author} <{I.author.split()[0].lower()}.{I.author.split()[1].lower()}@{dom}>",
         f"To: engineering@{dom}",
         f"Date: {WEEKDAYS[sent.weekday()][:3]}, {sent.day} {MON3[sent.month - 1]} {sent.year} {sent_t.strftime('%H:%M:%S')} +0000", ""]
    p += ["Hi all,", ""]
    dd = fdate(I.day, rng.choice(["wdmy", "dmy", "wmdy", "mdy"]))
    intro = f"Here is the write-up for the {ctx['svc']} incident on {dd}."
    if D.zone and not I.no_times:
        intro += f" All times below are {D.zone}."
    p += [para(I, intro), ""]
    summ = [cap(I.impact_tl) if not I.no_times else F("{product} users saw {sym}.", ctx) + " " + det_prose(rng, I, D, with_time=False)]
    if not I.no_times:
        summ.append(f"It started at {D.t(I.start, False)}" + ("." if I.no_end else f" and ended at {D.t(I.end, False)}."))
    summ += [dur_sentence(rng, I), impact_sentences(rng, I)]
    p += ["Summary:", para(I, " ".join(x for x in summ if x)), ""]
    if not I.no_times:
        p += ["What happened:"]
        for e in I.events:
            lead = f"  {D.t(e.t, False)}  "
            p.append(wrap(e.text, 76, lead, " " * len(lead)) if I.wrapped else lead + e.text)
        p.append("")
    p += ["Root cause:", para(I, f"{cause_sentence(rng, I)} {I.why} {recur_sentence(rng, I, D)}"), ""]
    p += ["How we fixed it:", para(I, res_sentence(rng, I)), "", "@@PAD@@"]
    lines, n, kind = action_items(rng, I, md=False)
    if kind == "list":
        p += [rng.choice(["Follow-up actions:", "Action items:", "Next steps:"])] + lines + [""]
    p += ["Thanks,", I.author.split()[0], ""]
    return p, n, "email", title


RENDER = {"student": render_student, "company": render_company, "status": render_status,
          "plain": render_plain, "hugo": render_hugo, "cloud": render_cloud, "bold": render_bold,
          "numbered": render_numbered, "ticket": render_ticket, "weekly": render_weekly,
          "email": render_email}


def render_pad(I, secs, style, numstart=0):
    out = []
    for i, (head, blocks) in enumerate(secs):
        if style in ("md",):
            out += [f"## {head}", ""]
        elif style == "numbered":
            out += [f"### {numstart + i}. {head}", ""]
        elif style == "plain":
            out += [head.upper(), ""]
        elif style in ("bold",):
            out += [f"**{head}{'' if head.endswith('?') else ':'}**", ""]
        elif style in ("email", "ticket"):
            out += [f"{head}{'' if head.endswith('?') else ':'}"]
        elif style == "status":
            pass
        for b in blocks:
            if b.startswith(("```", "|", "- ", "1. ", "    ", "> ", "  ")):
                out += [b, ""]
            else:
                out += [para(I, b), ""]
    return out


def render(rng, I):
    D = Doc(rng, I)
    parts, n_actions, style, title = RENDER[I.layout](rng, I, D)
    target = target_size(rng)
    # expand numbered sections
    if parts and isinstance(parts[-1], tuple):
        _, secs = parts.pop()
        core = []
        num_i = 1
        pad_idx = None
        for head, body in secs:
            if head == "@@PAD@@":
                pad_idx = (len(parts) + len(core), num_i)
                core.append("@@PAD@@")
                continue
            core += [f"### {num_i}. {head}", ""] + body + [""]
            num_i += 1
        parts += core
    text_len = sum(len(x) + 1 for x in parts if not x.startswith("@@"))
    budget = target - text_len
    pad_lines = []
    app_lines = []
    if style == "status" and rng.random() < 0.75:
        budget = min(budget, 1250 - text_len)
    if budget > 150 or (budget > 0 and text_len < 1200):
        if style == "status":
            secs = padding(rng, I, budget, "md", allowed=["impact", "narrative", "lessons", "comms", "graphs"])
            if secs:
                when = I.end.date() + dt.timedelta(days=rng.randint(1, 4))
                pad_lines = [f"**Postmortem** - {MON3[when.month - 1]} {when.day}, {when.year} - "
                             f"{rng.choice(['Here is what happened.', 'A summary of this incident follows.'])}", ""]
                pad_lines += render_pad(I, secs, "status")
        else:
            secs = padding(rng, I, budget, "plain" if style in ("plain", "email", "ticket") else "md")
            if "@@APPENDIX@@" in parts and secs and secs[-1][1] and rng.random() < 0.5:
                last = secs[-1]
                if all(not b.startswith(("- ", "1. ", "|")) for b in last[1]):
                    app_lines = render_pad(I, [last], "plain" if style == "plain" else "md")
                    secs = secs[:-1]
            if style == "numbered":
                # renumber: padding sections are inserted before the action items
                k = pad_idx[1]
                pad_lines = render_pad(I, secs, "numbered", k)
                shift = len(secs)
                fixed = []
                for x in parts:
                    if x.startswith("### ") and x[4:].split(".", 1)[0].isdigit():
                        nn = int(x[4:].split(".", 1)[0])
                        if nn >= k:
                            x = f"### {nn + shift}." + x.split(".", 1)[1]
                    fixed.append(x)
                parts = fixed
            else:
                pad_lines = render_pad(I, secs, style)
    text = assemble(parts, pad_lines, app_lines)
    # top up the shortest documents so that every file is at least 1 KiB
    while len(text.encode("utf-8")) < 1024 and style != "numbered":
        secs = padding(rng, I, 1100 - len(text), "plain" if style in ("plain", "email", "ticket") else "md",
                       allowed=["impact", "narrative", "comms", "graphs", "investigation"])
        if not secs:
            break
        if style == "status" and not pad_lines:
            when = I.end.date() + dt.timedelta(days=rng.randint(1, 4))
            pad_lines = [f"**Postmortem** - {MON3[when.month - 1]} {when.day}, {when.year} - "
                         f"{rng.choice(['Here is what happened.', 'A summary of this incident follows.'])}", ""]
        pad_lines = pad_lines + render_pad(I, secs, style)
        text = assemble(parts, pad_lines, app_lines)
    return text, n_actions, title.replace(NB, " ")


def assemble(parts, pad_lines, app_lines):
    out = []
    for x in parts:
        if x == "@@PAD@@":
            out += pad_lines
        elif x == "@@APPENDIX@@":
            out += app_lines
        else:
            out.append(x)
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out).replace(NB, " ") + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def label(I, fname, title, n_actions):
    has_times = not I.no_times
    end_wall = I.end
    if I.end_utc and not I.no_end:
        end_wall = I.end - dt.timedelta(minutes=zone_offset(I.zone, I.day))
    start = hm(I.start) if has_times else None
    end = hm(end_wall) if has_times and not I.no_end else None
    detected = None
    if has_times and not (I.layout == "cloud" and I.cloud_nodetect):
        detected = hm(I.detected)
    if I.layout == "status":
        tz = "UTC" if I.status_offset is None else (
            f"UTC{'-' if I.status_offset < 0 else '+'}{abs(I.status_offset) // 60:02d}:{abs(I.status_offset) % 60:02d}")
    elif I.no_zone:
        tz = None
    else:
        tz = I.zone
    window = I.window if (start and end) else None
    ttd = mins(I.start, I.detected) if (start and detected) else None
    d2r = mins(I.detected, I.end) if (detected and end) else None
    t = title.strip().strip("#").replace("*", "").strip()
    return {
        "file": fname, "layout": I.layout, "title": t,
        "date": None if I.no_year else I.day.isoformat(), "tz": tz,
        "start": start, "end": end, "detected": detected,
        "duration_stated_min": I.dur, "window_min": window, "ttd_min": ttd, "detect_to_resolve_min": d2r,
        "users_affected_pct": I.pct, "users_affected_count": I.count, "revenue_loss": I.rev,
        "root_cause": I.cat, "detection": I.det, "resolution": I.res, "action_items": n_actions,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    history = {}
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lf:
        for i in range(a.count):
            I = plan(rng, i, history)
            text, n_actions, title = render(rng, I)
            fname = f"pm-{i:06d}{I.ext}"
            with open(os.path.join(a.out, fname), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            lf.write(json.dumps(label(I, fname, title, n_actions), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
