"""Deterministic synthetic captures for benchmarking `digest`.

    python bench/generate.py OUT -n 1000                # OUT/raw/: captures in every format
    python bench/generate.py OUT -n 1000 --articles     # OUT/articles/: the same articles, normalized

Article i is drawn from its own generator seeded with (seed, i), so the first 1,000 articles of
a 10,000 run are the 1,000 of a 1,000 run and article N is "one more" for an incremental build.
About 3% report a message between two leaders of config.yaml (the heads of state on the day:
kinds, occasions, dates and wordings vary); the rest are domestic news. Bodies are ~3-6 KB.

Formats of raw captures (by share of articles): plain-text page copies with chrome (~34%),
state-media aggregator text captures (~25%), saved HTML pages (~20%), WordPress REST JSON
(~15%), RSS feeds (~3%, 8 items a file) and JSON-lines scraper files (~3%, 10 records a file).
About 1% of pages are saved twice under another name (merged by ingest as duplicates).
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEED = 20240601
MESSAGE_SHARE = 0.03
DUPLICATE_SHARE = 0.01
FEED_ITEMS = 8
JSONL_RECORDS = 10
FORMATS = (("text", 0.34), ("aggregator", 0.25), ("html", 0.20), ("wordpress", 0.15),
           ("rss", 0.03), ("jsonl", 0.03))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- leaders: who was head of state on a day (matches config.yaml) ---------------------------

@dataclass(frozen=True)
class Holder:
    id: str
    name: str
    variants: tuple[str, ...]  # spellings used by other outlets
    start: dt.date
    end: dt.date


HOLDERS = {
    "dprk": (
        Holder("kim-il-sung", "Kim Il Sung", ("Kim Il-sung",), dt.date(1948, 9, 9), dt.date(1994, 7, 8)),
        Holder("kim-jong-il", "Kim Jong Il", ("Kim Jong-il",), dt.date(1994, 7, 8), dt.date(2011, 12, 17)),
        Holder("kim-jong-un", "Kim Jong Un", ("Kim Jong-un", "Kim Jong-Un"), dt.date(2011, 12, 17), dt.date(2100, 1, 1)),
    ),
    "china": (
        Holder("jiang-zemin", "Jiang Zemin", ("Jiang Zemin",), dt.date(1993, 3, 27), dt.date(2003, 3, 15)),
        Holder("hu-jintao", "Hu Jintao", ("Hu Jintao",), dt.date(2003, 3, 15), dt.date(2013, 3, 14)),
        Holder("xi-jinping", "Xi Jinping", ("Xi Jinping",), dt.date(2013, 3, 14), dt.date(2100, 1, 1)),
    ),
    "russia": (
        Holder("boris-yeltsin", "Boris Yeltsin", ("Boris Yeltsin",), dt.date(1991, 7, 10), dt.date(1999, 12, 31)),
        Holder("vladimir-putin", "Vladimir Putin", ("Vladimir Putin",), dt.date(1999, 12, 31), dt.date(2008, 5, 7)),
        Holder("dmitry-medvedev", "Dmitry Medvedev", ("Dmitry Medvedev",), dt.date(2008, 5, 7), dt.date(2012, 5, 7)),
        Holder("vladimir-putin", "Vladimir Putin", ("Vladimir Putin", "Vladimir Vladimirovich Putin"),
               dt.date(2012, 5, 7), dt.date(2100, 1, 1)),
    ),
}


def holder(country: str, day: dt.date) -> Holder:
    return next(h for h in HOLDERS[country] if h.start <= day < h.end)


def dprk_title(h: Holder, day: dt.date) -> str:
    if h.id == "kim-il-sung":
        return "president of the Democratic People's Republic of Korea"
    if h.id == "kim-jong-il":
        return "general secretary of the Workers' Party of Korea and chairman of the National Defence Commission of the DPRK"
    if day < dt.date(2016, 6, 29):
        return "first secretary of the Workers' Party of Korea and first chairman of the National Defence Commission of the DPRK"
    if day < dt.date(2021, 1, 10):
        return "chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK"
    return "general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK"


FOREIGN_TITLE = {"china": "general secretary of the Central Committee of the Communist Party of China and "
                          "president of the People's Republic of China",
                 "russia": "President of the Russian Federation"}
ADJECTIVE = {"china": "Chinese", "russia": "Russian", "dprk": "North Korean"}
ROLE = {"china": "President", "russia": "President", "dprk": "leader"}


# --- domestic news vocabulary ----------------------------------------------------------------

PLACES = ["South Hwanghae Province", "North Hamgyong Province", "Jagang Province", "Kangwon Province",
          "South Phyongan Province", "Ryanggang Province", "Nampho", "Kaesong", "Wonsan", "Hamhung",
          "Chongjin", "Sinuiju", "Liaoning Province", "Jilin Province", "Heilongjiang Province",
          "Shandong Province", "Guangdong Province", "Sichuan Province", "Yunnan Province", "Hunan Province",
          "Primorsky Territory", "Khabarovsk Territory", "Amur Region", "Tatarstan", "Novosibirsk Region",
          "Sverdlovsk Region", "Kaliningrad Region", "Yakutia", "Irkutsk Region", "Krasnodar Territory"]
BODIES = ["the provincial rural economy committee", "the county people's committee", "a local cooperative farm",
          "the municipal transport department", "the regional health bureau", "a machine-building complex",
          "the state planning commission", "a textile mill", "the fisheries station", "a coal mining complex",
          "the forestry management bureau", "the regional education department", "a steel works",
          "the power grid company", "a fertilizer plant", "the water resources bureau", "a shipyard",
          "the agricultural science institute", "a food processing factory", "the housing construction office"]
ACTIVITIES = ["completed the renovation of", "started construction of", "put into operation", "expanded",
              "modernized the production lines of", "began a survey of", "drew up a plan for", "opened",
              "reported record output at", "finished the first stage of", "introduced new technology at",
              "reorganized the management of", "launched a campaign at", "reviewed the work of"]
OBJECTS = ["a hydroelectric power station", "an irrigation canal", "a new housing district", "a vegetable greenhouse farm",
           "a regional hospital", "a vocational school", "a railway bridge", "a tidal flat reclamation project",
           "a cement factory", "a fish farm", "a wind farm", "a dairy processing plant", "a logistics centre",
           "a children's camp", "a science and technology library", "a highway section", "a seed processing centre",
           "a paper mill", "a recreation park", "a water purification plant", "a mushroom farm", "a sports complex"]
SUBJECTS = ["Officials", "Workers", "Engineers", "Farmers", "Local residents", "Scientists", "Technicians",
            "Managers", "Builders", "Teachers", "Doctors", "Students", "Volunteers", "Inspectors"]
VERBS = ["said", "noted", "stressed", "reported", "explained", "pointed out", "added", "told reporters"]
CLAIMS = ["the project would raise output by {p} percent by the end of the year",
          "the work had been finished {d} days ahead of schedule",
          "more than {n} people would benefit from the new facilities",
          "the new equipment cut energy use by {p} percent",
          "the district had set aside {n} tonnes of materials for the next stage",
          "a further {d} kilometres of road would be paved before winter",
          "the harvest was expected to exceed last year's by {p} percent",
          "training courses had been held for {n} workers since spring",
          "the plan covered {d} villages and {n} households",
          "inspections had found the quality of construction to be high"]
DETAILS = ["The work was carried out in {m} despite difficult weather conditions.",
           "Meetings were held to share the experience with other units in the region.",
           "The facility has a capacity of {n} units a year, according to the plan.",
           "New dormitories, a canteen and a clinic were built for the workers.",
           "Specialists from {place} helped to install and adjust the equipment.",
           "The local authorities said the next stage would begin in {m}.",
           "A ceremony marking the completion was attended by officials and residents.",
           "Measures were taken to protect the environment around the site.",
           "The cost of the project was covered by the regional budget and local enterprises.",
           "Similar projects are under way in {d} other counties.",
           "Residents of {place} said the change had made daily life much easier.",
           "Output in the first {d} months of the year reached {n} tonnes.",
           "The institute has filed {d} patents related to the new process.",
           "The second phase will add {n} square metres of floor space."]
LEADER_CONTEXTS = ["{leader} inspected the site last year and gave instructions on the work.",
                   "The plan follows a policy set out by {leader} at a meeting earlier in the year.",
                   "State media said the project reflected the line advanced by {leader}.",
                   "{leader} had called for such facilities to be built in every region."]
LEAD_VERBS = {"Built": "has built", "Completed": "has completed", "Modernized": "has modernized",
              "Expanded": "has expanded", "Opened": "has opened", "Under Way": "is pushing ahead with work on"}
CONDOLENCE_EVENTS = ["the heavy floods", "the strong earthquake", "the typhoon", "the plane crash",
                     "the mine explosion", "the terrorist attack", "the forest fires", "the landslides"]


@dataclass
class Synthetic:
    index: int
    title: str
    paragraphs: list[str]
    published: dt.date
    publisher: str
    domain: str
    url: str
    fmt: str
    leaders: tuple[str, ...]  # leader ids a message article names (sender, recipient)
    is_message: bool
    kind: str | None
    captured: dt.date


PUBLISHERS = [("KCNA", "kcna.kp", "KCNA.kp (En)"), ("Rodong Sinmun", "rodong.rep.kp", "Rodong.rep.kp"),
              ("Xinhua", "news.cn", "Xinhua"), ("TASS", "tass.com", "TASS"), ("Yonhap", "en.yna.co.kr", "Yonhap"),
              ("NK News", "nknews.org", "NK News"), ("The Diplomatic Insight", "thediplomaticinsight.com", None),
              ("Asia Wire Daily", "asiawiredaily.com", None), ("Eurasia Review Post", "eurasiareviewpost.net", None),
              ("Northeast Asia Monitor", "neamonitor.org", None)]
MESSAGE_PUBLISHERS = [p for p in PUBLISHERS if p[0] in ("KCNA", "Xinhua", "TASS", "Yonhap", "NK News")]


def _fill(rng: random.Random, template: str) -> str:
    return template.format(p=rng.randint(3, 60), d=rng.randint(2, 40), n=rng.randint(120, 90000),
                           m=rng.choice(MONTHS), place=rng.choice(PLACES))


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return f"{rng.choice(BODIES).capitalize()} in {rng.choice(PLACES)} {rng.choice(ACTIVITIES)} {rng.choice(OBJECTS)}."
    if kind < 0.7:
        return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {_fill(rng, rng.choice(CLAIMS))}."
    return _fill(rng, rng.choice(DETAILS))


def _filler(rng: random.Random, target: int, leader: str | None = None) -> list[str]:
    paragraphs: list[str] = []
    size = 0
    while size < target:
        sentences = [_sentence(rng) for _ in range(rng.randint(3, 6))]
        if leader and rng.random() < 0.15:
            sentences.insert(1, rng.choice(LEADER_CONTEXTS).format(leader=leader))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return paragraphs


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day_text(day: dt.date, style: str) -> str:
    if style == "ap":
        return f"{MONTHS_AP[day.month - 1]} {day.day}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]}"
    return f"{MONTHS[day.month - 1]} {day.day}"


def _message(rng: random.Random, index: int) -> tuple[str, list[str], dt.date, tuple[str, str], str, tuple]:
    """title, lead paragraphs, publication date, (sender, recipient) ids, kind, publisher."""
    foreign = rng.choice(("china", "russia"))
    kind = rng.choice(("congratulations", "congratulations", "greetings", "condolences", "sympathy",
                       "thanks", "verbal-message", "letter", "reply", "exchange"))
    year = rng.randint(1995, 2025)
    occasion = None
    if kind in ("congratulations", "greetings", "exchange"):
        choices = [("anniversary of diplomatic relations", dt.date(year, 10, 6) if foreign == "china" else dt.date(year, 10, 12),
                    1949 if foreign == "china" else 1948, "both"),
                   ("anniversary of the founding of the DPRK", dt.date(year, 9, 9), 1948, "to-dprk"),
                   ("New Year", dt.date(year, 1, 1), None, "either")]
        if foreign == "china":
            choices += [("anniversary of the founding of the People's Republic of China", dt.date(year, 10, 1), 1949, "to-foreign"),
                        ("anniversary of the signing of the China-DPRK Treaty of Friendship, Cooperation and Mutual Assistance",
                         dt.date(year, 7, 11), 1961, "both")]
        else:
            choices += [("Russia Day", dt.date(year, 6, 12), None, "to-foreign"),
                        ("anniversary of the victory in the Great Patriotic War", dt.date(year, 5, 9), 1945, "to-foreign")]
        occasion, day, since, direction = rng.choice(choices)
        if kind == "exchange" and direction != "both":
            occasion, day, since, direction = choices[0]
    else:
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        direction = "either"
        since = None
    dprk = holder("dprk", day)
    other = holder(foreign, day)
    to_foreign = direction == "to-foreign" or (direction in ("either", "both") and rng.random() < 0.5)
    sender, recipient = (dprk, other) if to_foreign else (other, dprk)
    s_country, r_country = ("dprk", foreign) if to_foreign else (foreign, "dprk")
    publisher = rng.choice(MESSAGE_PUBLISHERS)
    published = day + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    when = rng.choice(("date", "weekday", "date"))
    on_day = f"on {_day_text(day, 'mdy')}" if when == "date" else f"on {WEEKDAYS[day.weekday()]}"
    if occasion is None:
        reason = rng.choice(CONDOLENCE_EVENTS)
    else:
        reason = None
    if since is not None:
        occ_text = f"the {_ordinal(day.year - since)} {occasion}"
    elif occasion == "New Year":
        occ_text = "the New Year"
    else:
        occ_text = occasion

    def full(h: Holder, country: str) -> str:
        title = dprk_title(h, day) if country == "dprk" else FOREIGN_TITLE[country]
        return f"{h.name}, {title},"

    def short(h: Holder, country: str) -> str:
        name = rng.choice(h.variants)
        return f"{ADJECTIVE[country]} {ROLE[country]} {name}"

    agency = publisher[0]
    if agency in ("KCNA", "Rodong Sinmun"):
        dateline = f"Pyongyang, {_day_text(published, 'mdy')} (KCNA) -- "
        s_text, r_text = full(sender, s_country), full(recipient, r_country).rstrip(",")
    elif agency == "Xinhua":
        dateline = f"BEIJING, {_day_text(published, 'ap')} (Xinhua) -- "
        s_text, r_text = short(sender, s_country), short(recipient, r_country)
    elif agency == "TASS":
        dateline = f"MOSCOW, {_day_text(published, 'mdy')}. /TASS/. "
        s_text, r_text = short(sender, s_country), short(recipient, r_country)
    elif agency == "Yonhap":
        dateline = f"SEOUL, {_day_text(published, 'ap')} (Yonhap) -- "
        s_text, r_text = short(sender, s_country), short(recipient, r_country)
    else:
        dateline = ""
        s_text, r_text = short(sender, s_country), short(recipient, r_country)

    verb = {"congratulations": rng.choice(("sent a message of congratulations to", "sent a congratulatory message to",
                                            "sent congratulations to")),
            "greetings": rng.choice(("sent a message of greetings to", "sent greetings to", "sent a greeting card to")),
            "condolences": rng.choice(("sent a message of condolences to", "sent a condolence message to",
                                       "expressed condolences to")),
            "sympathy": rng.choice(("sent a message of sympathy to", "sent a sympathy message to")),
            "thanks": rng.choice(("sent a message of thanks to", "sent a letter of thanks to")),
            "verbal-message": "sent a verbal message to",
            "letter": rng.choice(("sent a personal letter to", "sent a letter to")),
            "reply": rng.choice(("sent a reply message to", "sent a reply to")),
            }.get(kind)
    if kind == "exchange":
        lead = (f"{dateline}{s_text} and {r_text} exchanged congratulatory messages {on_day} "
                f"to mark {occ_text}.")
        title = f"{sender.name} and {recipient.name} exchange messages on {occ_text.removeprefix('the ')}"
    else:
        if kind in ("congratulations", "greetings"):
            tail = f" on {occ_text}"
        elif kind in ("condolences", "sympathy"):
            tail = f" over {reason} in {rng.choice(PLACES)} that claimed many lives"
        elif kind == "thanks":
            tail = " for the congratulations sent on his birthday"
        elif kind == "reply":
            tail = " in response to his message of congratulations"
        else:
            tail = ", informing him of the results of a recent party meeting"
        lead = f"{dateline}{s_text} {verb} {r_text} {on_day}{tail}."
        label = {"verbal-message": "Verbal Message", "reply": "Reply Message", "thanks": "Message of Thanks"}.get(
            kind, kind.capitalize())
        title = rng.choice((f"{sender.name} Sends {label} to {recipient.name}",
                            f"{sender.name} sends {label.lower()} to {ADJECTIVE[r_country]} {ROLE[r_country].lower()}",
                            f"{ADJECTIVE[s_country]} {ROLE[s_country].lower()} sends {label.lower()} to {recipient.name}"))
    s_short = sender.name.split()[0] if s_country != "dprk" else "Kim"
    quote = rng.choice(("I extend my sincere and warm wishes to you and, through you, to your people",
                        "The friendship between our two countries will grow stronger with each passing day",
                        "Please accept my deepest sympathy and condolences to the bereaved families",
                        "I am confident that the relations between our two parties and countries will develop further"))
    second = (f"\"{quote},\" the message said. {s_short} expressed the hope that the traditional ties between "
              f"the two countries would continue to develop in the spirit of the times.")
    return title, [lead, second], published, (sender.id, recipient.id), kind, publisher


def make_article(seed: int, index: int) -> Synthetic:
    rng = random.Random(f"{seed}:{index}")
    fmt = rng.choices([f for f, _ in FORMATS], [w for _, w in FORMATS])[0]
    is_message = rng.random() < MESSAGE_SHARE
    target = rng.randint(3000, 6000)
    captured = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 150))
    if is_message:
        title, lead, published, ids, kind, publisher = _message(rng, index)
        paragraphs = lead + _filler(rng, target - sum(len(p) for p in lead))
        leaders = ids
    else:
        publisher = rng.choice(PUBLISHERS)
        published = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 31 * 365))
        place = rng.choice(PLACES)
        obj = rng.choice(OBJECTS)
        verb = rng.choice(("Built", "Completed", "Modernized", "Expanded", "Opened", "Under Way"))
        noun = obj.split(" ", 1)[1]
        title = f"{noun[0].upper() + noun[1:]} No. {index} {verb.lower() if rng.random() < 0.5 else verb} in {place}"
        country = "dprk" if "Province" in place and place in PLACES[:12] else rng.choice(("dprk", "china", "russia"))
        leader = holder(country, published).name if rng.random() < 0.2 else None
        dateline = ""
        if publisher[0] == "KCNA":
            dateline = f"Pyongyang, {_day_text(published, 'mdy')} (KCNA) -- "
        elif publisher[0] == "Xinhua":
            dateline = f"BEIJING, {_day_text(published, 'ap')} (Xinhua) -- "
        paragraphs = _filler(rng, target, leader)
        lead = (f"{rng.choice(BODIES).capitalize()} in {place} {LEAD_VERBS[verb]} the {noun} No. {index}, "
                f"{rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} on {WEEKDAYS[published.weekday()]}.")
        paragraphs[0] = dateline + lead + " " + paragraphs[0]
        leaders = ()
        kind = None
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60].strip("-")
    url = f"https://{publisher[1]}/{published:%Y/%m/%d}/{slug}-{index}"
    return Synthetic(index=index, title=title, paragraphs=paragraphs, published=published, publisher=publisher[0],
                     domain=publisher[1], url=url, fmt=fmt, leaders=leaders, is_message=is_message, kind=kind,
                     captured=captured)


# --- renderers: one capture format each ------------------------------------------------------

RELATED = ["Technical Competition Brisk in Province", "Factory Well-known for Its Trademark",
           "Intelligent Tele-education System Established", "Conference of Headquarters Held", "Press Review",
           "Successes Made in Metal Industry", "Meeting Held to Review Agriculture", "Innovations in Timber Production",
           "Modern Houses Built in Rural Areas", "Birthday Spread to Woman Centenarian", "Designing Forces Strengthened"]


def _date_line(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def render_text(a: Synthetic, rng: random.Random) -> str:
    """A page copied as plain text: navigation, breadcrumb, title, body, blurb, widgets."""
    crumb = rng.choice(("HomeNewsWorld", "HomeNewsDiplomatic News", "Home › Asia › ", "NewsAsia-Pacific"))
    header = [rng.choice(("Quick access to main page (top) Direct access to main contents",
                          "Skip to content", "Menu Search Subscribe")),
              f"{crumb}{a.title}", a.title, rng.choice(("By Staff Reporter", "Daniel Kim Views", "By Anna Lee")),
              f"{MONTHS[a.published.month - 1]} {a.published.day}, {a.published.year}"]
    if rng.random() < 0.5:
        header.append(f"URL: {a.url}")
    tail = [f"{a.publisher}, a leading independent news platform, is dedicated to providing reliable news "
            f"and analysis since its founding in {rng.randint(1995, 2015)}.",
            "Follow us", "Most Popular"]
    tail += [f"  • {rng.choice(RELATED)} in {rng.choice(PLACES)}" for _ in range(rng.randint(4, 9))]
    tail += ["Share it on..."]
    return "\n\n".join(header + a.paragraphs + tail) + "\n"


def render_aggregator(a: Synthetic, rng: random.Random) -> str:
    """A state-media aggregator page copy: capture date, source, 'Date: dd/mm/yyyy | Source: ...'."""
    source = next((p[2] for p in PUBLISHERS if p[0] == a.publisher and p[2]), a.publisher)
    lines = [_date_line(a.captured), f"KCNA {source}", a.title,
             f"Date: {a.published:%d/%m/%Y} | Source: {source} | Read original version at source"]
    lines += a.paragraphs
    lines.append(f"More From {source}")
    for _ in range(rng.randint(6, 14)):
        head = f"{rng.choice(RELATED)} in {rng.choice(PLACES)}"
        teaser = f"Pyongyang, {_day_text(a.captured, 'mdy')} (KCNA) -- {_sentence(rng)[:90]}"
        lines += [head, head, teaser, f"{MONTHS[a.captured.month - 1]} {a.captured.day}, {a.captured.year}", teaser]
    lines.append("More Articles")
    return "\n\n".join(lines) + "\n"


def render_html(a: Synthetic, rng: random.Random) -> str:
    """A saved web page: head metadata, navigation, the article, sidebars and a footer."""
    t = html.escape(a.title)
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ("World", "Asia", "Politics", "Economy", "Opinion"))
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
    side = "".join(f'<li><a href="/story/{rng.randint(1000, 99999)}">{html.escape(rng.choice(RELATED))}</a></li>'
                   for _ in range(rng.randint(5, 10)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} | {html.escape(a.publisher)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="{html.escape(a.publisher)}">
<meta property="og:url" content="{a.url}">
<meta property="article:published_time" content="{a.published.isoformat()}T08:{rng.randint(10, 59)}:00+00:00">
<link rel="canonical" href="{a.url}">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">{html.escape(a.publisher)}</a><nav><ul>{nav}</ul></nav></header>
<main>
<article>
<h1 class="headline">{t}</h1>
<div class="byline">By <span class="author">Staff Reporter</span> <time datetime="{a.published.isoformat()}">{MONTHS[a.published.month - 1]} {a.published.day}, {a.published.year}</time></div>
<div class="article-body">
{body}
</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
<aside class="sidebar"><h2>Most Read</h2><ul>{side}</ul></aside>
</main>
<footer><p>Copyright {a.published.year} {html.escape(a.publisher)}. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _wp_post(a: Synthetic, rng: random.Random) -> dict:
    content = "".join(f'<p data-start="{i}">{html.escape(p)}</p>\n' for i, p in enumerate(a.paragraphs))
    content += f'<p><strong>{html.escape(a.publisher)}</strong></p>\n'
    post_id = 100000 + a.index
    return {"id": post_id, "date": f"{a.published.isoformat()}T13:46:34",
            "date_gmt": f"{a.published.isoformat()}T13:46:34",
            "guid": {"rendered": f"https://{a.domain}/?p={post_id}"},
            "modified": f"{a.published.isoformat()}T14:03:03", "slug": a.url.rsplit("/", 1)[1],
            "status": "publish", "type": "post", "link": a.url,
            "title": {"rendered": html.escape(a.title).replace("&#x27;", "&#8217;")},
            "content": {"rendered": content, "protected": False},
            "excerpt": {"rendered": f"<p>{html.escape(a.paragraphs[0][:200])} [&hellip;]</p>\n", "protected": False},
            "author": 1, "featured_media": post_id - 1, "comment_status": "open", "ping_status": "open",
            "sticky": False, "template": "", "format": "standard", "meta": {"footnotes": ""},
            "categories": [rng.randint(1, 60)], "tags": [],
            "_links": {"self": [{"href": f"https://{a.domain}/wp-json/wp/v2/posts/{post_id}"}],
                       "collection": [{"href": f"https://{a.domain}/wp-json/wp/v2/posts"}]}}


def render_wordpress(a: Synthetic, rng: random.Random) -> str:
    return json.dumps(_wp_post(a, rng), separators=(",", ":")).replace("/", "\\/")


def render_feed(items: list[Synthetic], rng: random.Random, number: int) -> str:
    channel = rng.choice(("Asia Wire Daily", "Northeast Asia Monitor", "Eurasia Review Post"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f"<channel><title>{channel}</title><link>https://example.net/</link>"
           f"<description>{channel} news feed {number}</description><language>en-us</language>"]
    for a in items:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
        pub = dt.datetime.combine(a.published, dt.time(9, 30)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        out.append(f"<item><title>{xml_escape(a.title)}</title><link>{a.url}</link>"
                   f"<guid>{a.url}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{xml_escape(a.paragraphs[0][:200])}</description>"
                   f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def render_jsonl(items: list[Synthetic], rng: random.Random) -> str:
    lines = []
    for a in items:
        record = {"url": a.url, "title": a.title, "publisher": a.publisher,
                  "date_publish": f"{a.published.isoformat()}T00:00:00Z", "language": "en"}
        if rng.random() < 0.5:
            record["maintext"] = "\n\n".join(a.paragraphs)
        else:
            record["html"] = "".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# --- writing ---------------------------------------------------------------------------------

def _name(rng: random.Random, index: int, ext: str) -> str:
    return f"{index:06d}_{rng.getrandbits(64):016x}{ext}"


def write_raw(out: Path, n: int, seed: int = DEFAULT_SEED, start: int = 0) -> dict:
    """Captures of articles start..n-1 into out/raw/; returns counts by format."""
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    bundles: dict[str, list[Synthetic]] = {"rss": [], "jsonl": []}

    def flush(kind: str) -> None:
        items = bundles[kind]
        if not items:
            return
        first = items[0].index
        rng = random.Random(f"{seed}:{kind}:{first}")
        if kind == "rss":
            text, ext = render_feed(items, rng, first), rng.choice((".xml", ".rss"))
        else:
            text, ext = render_jsonl(items, rng), ".jsonl"
        (raw / _name(rng, first, ext)).write_text(text, encoding="utf-8")
        counts[kind + " files"] = counts.get(kind + " files", 0) + 1
        bundles[kind] = []

    for i in range(start, n):
        a = make_article(seed, i)
        counts[a.fmt] = counts.get(a.fmt, 0) + 1
        counts["messages"] = counts.get("messages", 0) + a.is_message
        if a.fmt in bundles:
            bundles[a.fmt].append(a)
            if len(bundles[a.fmt]) == (FEED_ITEMS if a.fmt == "rss" else JSONL_RECORDS):
                flush(a.fmt)
            continue
        rng = random.Random(f"{seed}:render:{i}")
        if a.fmt == "text":
            text, ext = render_text(a, rng), ".txt"
        elif a.fmt == "aggregator":
            text, ext = render_aggregator(a, rng), ".txt"
        elif a.fmt == "html":
            text, ext = render_html(a, rng), rng.choice((".html", ".htm", ""))
        else:
            text, ext = render_wordpress(a, rng), rng.choice((".json", ".txt"))
        name = _name(rng, i, ext)
        (raw / name).write_text(text, encoding="utf-8")
        if rng.random() < DUPLICATE_SHARE:
            (raw / ("dup-" + name)).write_text(text, encoding="utf-8")
            counts["duplicate captures"] = counts.get("duplicate captures", 0) + 1
    for kind in ("rss", "jsonl"):
        flush(kind)
    return dict(sorted(counts.items()))


def to_article(a: Synthetic):
    from generator.ingest.finish import article_id
    from generator.records import Article

    return Article(id=article_id(a.title, a.published, a.publisher), title=a.title,
                   body="\n\n".join(a.paragraphs), published=a.published, published_from="metadata",
                   publisher=a.publisher, url=a.url, captured=None, language="en",
                   source_files=(f"synthetic-{a.index:06d}",))


def write_articles(out: Path, n: int, seed: int = DEFAULT_SEED, start: int = 0) -> dict:
    """The same articles as normalized Markdown files: out/articles/<year>/<id>.md."""
    from generator.articles import article_path, format_article

    root = out / "articles"
    counts = {"articles": 0, "messages": 0}
    for i in range(start, n):
        a = make_article(seed, i)
        article = to_article(a)
        path = article_path(root, article)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_article(article), encoding="utf-8", newline="\n")
        counts["articles"] += 1
        counts["messages"] += a.is_message
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder (raw/ or articles/ is made inside)")
    parser.add_argument("-n", "--count", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=int, default=0, help="first article index (to add articles)")
    parser.add_argument("--articles", action="store_true",
                        help="write normalized Markdown articles instead of raw captures")
    args = parser.parse_args(argv)
    if args.articles:
        counts = write_articles(args.out, args.count, args.seed, args.start)
    else:
        counts = write_raw(args.out, args.count, args.seed, args.start)
    print(json.dumps(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
