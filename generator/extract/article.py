"""One article in, the messages and events it reports out. Pure: no files, no clock."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial

from generator.config import Config
from generator.dates import (
    ISO_DATE,
    MONTH_NAMES,
    SIGNING_LINE,
    PartialDate,
    closest_year,
    common_era,
    find_written_dates,
    last_on_or_before,
    parse_full_date,
)
from generator.extract import vocabulary as v
from generator.extract.cjk import kind_of as cjk_kind_of
from generator.extract.clauses import (
    Reported,
    analyse,
    envoy_handed_over,
    handed_over,
    lone_answer,
    message_owners,
    own_message_told,
    told_kind,
)
from generator.extract.dating import (
    month_looked_back_to,
    report_day_of_month,
    report_weekday,
    stated_date,
    stated_month,
    stated_year,
    without_relative_clauses,
)
from generator.extract.events import find_event
from generator.extract.leaders import LeaderIndex
from generator.extract.occasions import (
    birthday_date,
    calendar_date,
    calendar_occasion,
    find_occasion,
    last_anniversary,
)
from generator.extract.quotes import quote_lines
from generator.extract.sentences import Sentence, split_sentences
from generator.extract.stems import may_report
from generator.ingest.dateline import Dateline, find_dateline
from generator.markdown import markdown_to_text
from generator.records import Article, Event, Extraction, Message

# A message dated this long before the article's news is an earlier exchange, told as background.
BACKGROUND_GAP = dt.timedelta(days=45)
CONFIDENCE = {"exchange": 0.9, "send": 0.9, "receive": 0.85, "verb": 0.75}


@dataclass(frozen=True)
class _Candidate:
    reported: Reported
    sentence: Sentence
    date: dt.date | None
    date_from: str | None
    occasion: str | None
    stated_year: int | None
    short_name: bool
    past: bool = False  # "had sent", "earlier received": told as what came before the news
    # The day of the other half of an exchange, which the sentence after dated alone: a stand-in
    # for a day the article may give this half elsewhere.
    borrowed_day: bool = False


@dataclass(frozen=True)
class _Collective:
    """Messages between one leader and many, told in a lead the next sentences name the others for:
    "Kim Jong Il received on July 11 messages of condolence from heads of state ...", "Vladimir Putin
    sent New Year greetings to heads of foreign states"."""
    leader: str
    sends: bool  # the leader is the sender, and the ones named after are the recipients
    kind: str
    paragraph: int
    day: dt.date | None  # the lead's own day, for the messages named after it without one
    date_from: str | None

    def covers(self, sentence: Sentence) -> bool:
        return sentence.paragraph - self.paragraph <= 3  # paragraph: the lead's, or the last item's

    def with_(self, other: str) -> Reported:
        return Reported(self.leader, other, self.kind, "send") if self.sends else \
            Reported(other, self.leader, self.kind, "receive")

    def tells(self, reported: Reported) -> bool:
        return (reported.sender if self.sends else reported.recipient) == self.leader


@dataclass(frozen=True)
class _Lead:
    """A sentence that tells a leader's message and its day but not whom it went to, told in full
    just after without a day: "The Kremlin chief offered Russia's condolences to North Korea on
    Monday. ... Dmitry Medvedev sent a telegram of condolence to Kim Jong Un"."""
    sender: str
    kind: str
    paragraph: int
    day: dt.date
    date_from: str

    def dates(self, reported: Reported, sentence: Sentence) -> bool:
        same_kind = self.kind == reported.kind or self.kind in v.GENERIC_KINDS or \
            reported.kind in v.GENERIC_KINDS
        return reported.sender == self.sender and same_kind and 0 <= sentence.paragraph - self.paragraph <= 1


_HEADER_LINE = 80  # characters
_HEADER_LINES = 8


def _story_dateline(paragraphs: list[str]):
    """The story's dateline, in its first paragraph or under the short lines of a page's header
    (a print edition's line '《人民日报》（2019年10月07日 第01版）', menu cells, a headline)."""
    for paragraph in paragraphs[:_HEADER_LINES]:
        dateline = find_dateline(paragraph)
        if dateline or len(paragraph) > _HEADER_LINE:
            return dateline
    return None


def message_id(day: dt.date, sender: str, recipient: str) -> str:
    return f"{day.isoformat()}-{sender}-to-{recipient}"


def extract_article(article: Article, index: LeaderIndex) -> Extraction:
    if not may_report(article.body.lower()):
        return Extraction(article_id=article.id)
    config = index.config
    text = markdown_to_text(article.body)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    sentences = split_sentences(paragraphs)
    dateline = _story_dateline(paragraphs)
    # A story whose own dateline states a year before the page's date is a repost or an archive
    # copy: its days are counted from the dateline ("BEIJING, October 9, 1997 (Xinhua)" on a 2019 page).
    told = dateline.date.resolve(dateline.date.year) if dateline and dateline.date.year else None
    # With no published date, the date stamped above the title (a capture's or the page's own) is
    # the best day the text offers for "on Sunday" and for a year.
    reference = article.published or article.captured or _stamped_date(article.title)
    if told and (reference is None or told < reference - dt.timedelta(days=31)):
        reference = told
    if article.published is None and reference is not None and reference == article.captured:
        # Only a capture's date, perhaps years later: an anniversary the headline or lead names is
        # closer to the story's day ("on the 75th founding anniversary of the Republic").
        countries = {c.id for c in config.countries}
        occasion = next((found[0] for piece in [article.title] + paragraphs[:1]
                         if (found := calendar_date(piece, countries, config))), None)
        reference = occasion if occasion and occasion <= reference else reference
    if article.published is None and dateline and not dateline.date.year and reference:
        # Only a capture's date, perhaps years later: the dateline's day is the last such day before it.
        reference = last_on_or_before(dateline.date.month, dateline.date.day, reference, _REPORT_LEAD) or reference
    reference = _story_day(dateline, reference) or reference
    if reference and paragraphs and (report_weekday(paragraphs[0]) == (reference + _REPORT_LEAD).weekday() or
                                     report_day_of_month(paragraphs[0]) == (reference + _REPORT_LEAD).day):
        # "state media reported Wednesday" in an item stamped Tuesday 23:05 UTC (or 10:31 PM EDT),
        # '조선중앙통신이 1일 보도했다' in a page stamped 30 September in UTC: the stamp is behind the
        # day where the report came out, and a report is never after its own story.
        reference = reference + _REPORT_LEAD
    elif reference and paragraphs and (reported_on := report_day_of_month(paragraphs[0])) and any(
            (reference - lag).day == reported_on for lag in _REPORT_LAGS):
        # '조선중앙통신이 8일 보도했다' in a newsletter mailed on the 9th: the story is of its report's day.
        reference = next(reference - lag for lag in _REPORT_LAGS if (reference - lag).day == reported_on)

    hint_cache: list[dt.date | None] = []

    def year_hint() -> dt.date | None:
        if not hint_cache:
            found = None
            all_countries = {c.id for c in config.countries}
            for text_piece in [article.title] + paragraphs:
                days = calendar_date(text_piece, all_countries, config)
                if days:
                    found = days[0]
                    break
            if found is None:
                # A page that states its day in its own words: "KCNA put it out this morning, Monday 12 June 2023".
                found = next((d.resolve(d.year) for piece in [article.title] + paragraphs[:_HINT_PARAGRAPHS]
                              for d in find_written_dates(piece) if d.year), None)
            hint_cache.append(found)
        return hint_cache[0]

    opening_cache: list[list] = []

    def story_openings() -> list:
        """A copy of several wire items: each item's dateline opens a story with a lead and a day of its
        own; so does each post of a channel's or a blog's copy, under its time stamp."""
        if not opening_cache:
            openings = [(i, dateline_here) for i, paragraph in enumerate(paragraphs) if i >= 1
                        for dateline_here in (find_dateline(paragraph),) if dateline_here]
            stamps = [(i, stamp) for i, paragraph in enumerate(paragraphs)
                      if (stamp := _post_stamp(paragraph) or _item_stamp(paragraph) or _entry_stamp(paragraph))]
            opening_cache.append(sorted(openings + stamps, key=lambda opening: opening[0])
                                 if len(stamps) > 1 else openings)
        return opening_cache[0]

    # Who 'the Russian President' is: on the article's day, else on the day its occasion gives.
    role_day = reference or article.captured or year_hint()

    named = index.sole_bearers(article.title + "\n" + article.body, role_day)
    recaps = _recap_paragraphs(article.title, sentences)
    named_in: dict[int, list[tuple[str, int]]] = {}
    speaker_of: dict[int, str | None] = {}
    candidates: list[_Candidate] = []
    event_hits: list[tuple[str, str, str, Sentence]] = []
    last_speaker: str | None = None
    collective: _Collective | None = None
    lead: _Lead | None = None
    told_kinds: dict[str, str] = {}  # sender -> the kind a later sentence names for its message
    for position, sentence in enumerate(sentences):
        mentions = index.find(sentence.text, role_day, named)
        context_sender = last_speaker
        # Who "He also sent ..." is: the sender of the message reported just before, else the
        # leader the text named last.
        told = candidates[-1] if candidates else None
        previous_sender = told.reported.sender if told and sentence.paragraph - told.sentence.paragraph <= 1 \
            else last_speaker
        if mentions:
            last_speaker = mentions[0].leader
        speaker_of[sentence.index] = mentions[0].leader if mentions else last_speaker
        named_in[sentence.index] = [(m.leader, m.start) for m in mentions]
        # A question asks about a sending, it does not report one: "Has President Xi sent any message?"
        asked = sentence.text.rstrip(" \"'”’)").endswith(("?", "？"))
        if asked:
            continue
        reported = [r for r in analyse(sentence.text, mentions, context_sender, previous_sender)
                    if _paired(config, index, r)]
        if reported and _said_at_meeting(sentence, reported, sentences[max(0, position - 2):position]):
            reported = []
        if not reported and mentions:
            kind_told = told_kind(sentence.text, mentions)
            own = [r for r in own_message_told(sentence.text, mentions) if _paired(config, index, r)]
            if own and not any(c.reported.sender == own[0].sender for c in candidates) and \
                    not (collective and collective.covers(sentence)):
                reported = own
            if kind_told and not reported:
                told_kinds.setdefault(*kind_told)
        leaders_here = _unique_leaders(mentions)
        from_lead = False  # the sending is the lead's; this sentence tells only whom it went to
        if not reported and collective and collective.covers(sentence) and leaders_here:
            own = v.OWN_MESSAGE.search(sentence.text)
            unnamed = v.UNNAMED_PARTY.match(sentence.text)
            if v.LISTED_PARTIES.search(sentence.text) or (unnamed and bool(unnamed["sends"]) == collective.sends):
                listed = leaders_here
            elif own and not collective.sends:
                listed = leaders_here[:1] if mentions[0].start < own.start() else []
            elif not collective.sends and _sent_to_no_one_named(sentence.text, mentions):
                # "Messages continue to arrive for Kim ... / Xi Jinping, ..., sent a message dated September 9"
                listed = leaders_here[:1]
            elif own:
                # "In his greetings to Chairman ... Kim Jong-un, Vladimir Putin pointed out ...": the
                # one the phrase names is one of the lead's recipients.
                phrase_end = sentence.text.find(",", own.end())
                listed = _unique_leaders([m for m in mentions if own.end() <= m.start < (
                    phrase_end if phrase_end > 0 else len(sentence.text))])
            else:
                listed = []
            reported = [r for r in (collective.with_(leader) for leader in listed if leader != collective.leader)
                        if _paired(config, index, r)]
            from_lead = bool(reported)
            if from_lead:  # the list goes on as long as its items do, each with its own lines after it
                collective = replace(collective, paragraph=sentence.paragraph)
        if not reported and leaders_here and len({index.leader(x).country for x in leaders_here}) == 1:
            # A new lead replaces the one before: a headline's "Kim Receives Cards from Foreign
            # Leaders" gives way to the story's "Kim received cards on Thursday from heads of state".
            collective = _collective_lead(sentence, mentions, leaders_here, index, reference, dateline) or collective
        if not reported and len(leaders_here) < 2 and v.unnamed_pair_exchange(sentence.text):
            reported = _exchange_of_the_pair(named, config, index, sentence.text, role_day)
        if not reported and mentions:
            lead = _half_told(sentence, mentions, reference, dateline) or lead
        if not reported and mentions:
            reported = _answer_to_earlier(sentence.text, mentions, candidates, config, index) or \
                _unaddressed_sending(sentence, mentions, candidates, config, index) or \
                _wish_told_as_a_message(sentence, mentions, sentences[position + 1: position + 2], config, index,
                                        role_day)
        if not reported and not mentions:
            reported = _capital_to_capital(sentence, sentences[position + 1: position + 3], index, role_day, config)
        if not reported and mentions:
            reported = _envoy_letter(sentence.text, mentions, config, index) or \
                _handed_over_at_meeting(sentence, mentions, sentences[max(0, position - 2):position], named_in,
                                        config, index)
        if not reported:
            event = find_event(sentence.text, mentions, index, role_day)
            if event:
                event_hits.append((*event, sentence))
            continue
        followers = [s for s in sentences[position + 1: position + 3] if s.paragraph - sentence.paragraph <= 1
                     and not _another_sends(s, {r.sender for r in reported}, index, role_day, named)]
        day, date_from = _not_after(*_date_for(sentence, followers, reference, dateline), reference)
        # "Kim and Medvedev exchanged messages. In a message dated Aug. 12, Medvedev said ...": the
        # day dates only the half of the one it names.
        dated_half = _half_dated_after(followers, reported, index, role_day, named, reference) \
            if day and len({r.sender for r in reported}) > 1 and {r.sender for r in reported} == {
                r.recipient for r in reported} and _date_for(sentence, [], reference, dateline)[0] != day else None
        local = _story_of(story_openings(), sentence.paragraph, reference)[1] \
            if date_from in ("relative", "explicit") else None
        if local and local != reference:
            # In a copy of several wire items, "on Saturday" and "on the 11th" count from the item's own
            # dateline, or its stamp on an index page.
            day, date_from = _not_after(*_date_for(sentence, followers, local, dateline), local)
        later = _DAYS_LATER.search(sentence.text)
        if later and day is None and candidates and candidates[-1].date:
            # "Putin sent the message on Friday. A day later Kim sent his thanks": days from the one told before.
            day = candidates[-1].date + dt.timedelta(days=_COUNTED_DAYS[(later["count"] or "one").lower()])
            date_from = candidates[-1].date_from
        if _SAME_DAY.search(sentence.text) and date_from != "explicit":
            # "..., sent a message of greetings to Putin the same day, KCNA reported on Sunday": the day
            # of the message told before; or of what the sentence before dates ("arrived on 9 October.
            # Kim received Liu the same day, Friday, and Liu handed him a letter from Xi").
            if candidates and candidates[-1].date and (day is None or _carried_day_only(sentence.text, reference)):
                day, date_from = candidates[-1].date, candidates[-1].date_from
            elif not candidates:
                told_before = _day_told_before(sentences[max(0, position - _TOLD_BEFORE_REACH):position], reference)
                day, date_from = told_before or (day, date_from)
        if day is None and collective and collective.day and collective.covers(sentence) \
                and all(collective.tells(r) for r in reported):
            day, date_from = collective.day, collective.date_from  # one of the messages the lead dated
        if lead and all(lead.dates(r, sentence) for r in reported) and (
                day is None or _carried_day_only(sentence.text, reference)):
            # The day the lead gives for the sending beats the day the message was carried.
            day, date_from = lead.day, lead.date_from
        if day is None:
            day, date_from = _stamp_above(sentences[max(0, position - _STAMP_REACH):position], sentence, reference)
        if (day is None or _carried_day_only(sentence.text, reference)) and (v.HAND_VERBS.search(sentence.text) or (
                v.RECEIVE_VERBS.search(sentence.text) and v.MEETING_VERBS.search(sentence.text))):
            # A letter handed over at a meeting, or received at one ("Kim received Shoigu and got
            # Putin's letter"): the day of the meeting, told just before or just after.
            met, met_from = _meeting_day(sentences[max(0, position - 2):position] + followers, sentence, reference,
                                         dateline)
            day, date_from = (met, met_from) if met else (day, date_from)
        if day is None and reference is None:
            # No article date: a month and day stated without a year take it from the occasion's
            # anniversary ("on May 14" in a story on the 79th anniversary of Victory Day).
            hint = year_hint()
            if hint:
                day, date_from = _date_for(sentence, followers, hint, dateline)
                # A dateline's month and day take the occasion's year when they fall near it.
                near = day is not None and date_from == "dateline" and \
                    dt.timedelta(days=-7) <= day - hint <= dt.timedelta(days=45)
                day, date_from = (day, date_from) if date_from == "explicit" or near else (None, None)
        occasion_texts = [sentence.text] + [s.text for s in followers] + [article.title] + paragraphs[:2]
        countries = {index.leader(leader).country for r in reported for leader in (r.sender, r.recipient)}
        occasion = find_occasion(occasion_texts) or calendar_occasion(occasion_texts, countries, config)
        eve = v.EVE.search(sentence.text)
        if eve and day is not None and _carried_day_only(sentence.text, reference):
            day, date_from = None, None  # "on New Year's Eve, KCNA reported on Tuesday": the report's day
        if day is None and not (candidates and _SAME_DAY.search(sentence.text)):
            dating_texts = [sentence.text] + [s.text for s in followers] + [article.title]
            for candidate_text in dating_texts:
                found = calendar_date(candidate_text, countries, config)
                # An occasion after the article's own day is one the message was sent ahead of.
                if found and (reference is None or found[0] <= reference):
                    day, date_from = found[0], "calendar"
                    break
            if day is None:
                day = next((found for text in dating_texts for r in reported
                            if (found := birthday_date(text, index.leader(r.recipient), reference))), None)
                date_from = "calendar" if day else None
            if day is None and reference:
                day = last_anniversary(sentence.text, countries, config, reference)
                date_from = "calendar" if day else None
            if eve:
                day, date_from = _eve(day, occasion, reference)
        short = any(m.how == "short" for m in mentions)
        year = None if from_lead else stated_year(sentence.text)
        for r in reported:
            # A year before the sender held office is what the message recalls ("the friendship forged
            # in 1945"), not when it was sent.
            sent_in = year if year and any(index.leader(r.sender).serves_on(dt.date(year, month, day))
                                           for month, day in ((1, 1), (7, 1), (12, 31))) else None
            candidates.append(_Candidate(r, sentence, day, date_from, occasion, sent_in, short,
                                         not from_lead and (_told_as_past(sentence.text, mentions, reference)
                                                            or sentence.paragraph in recaps),
                                         dated_half is not None and r.sender != dated_half))

    news_day = reference or next((c.date for c in candidates if c.date), None)
    datings = _dating_sentence_days(sentences, reference or news_day, {c.sentence.index for c in candidates},
                                    named_in) if candidates else []
    messages: dict[str, Message] = {}
    stated_kinds: dict[str, str] = {}  # message id -> the kind its report named, before any inferred from its occasion
    # A copy of several wire items: each item's dateline opens a story with a lead and a day of its own.
    stories = story_openings() if candidates else []
    # A sentence that names the same sender and recipient but no day retells the message dated
    # elsewhere in the article: after it, or before it (a headline) unless that one is told as past.
    event_lead = any(sentence.paragraph < _LEAD_PARAGRAPHS for *_, sentence in event_hits)
    message_lead = any(c.sentence.paragraph < _LEAD_PARAGRAPHS for c in candidates)
    candidates = _without_halves_dated_apart(candidates)
    first_dated: dict[tuple[str, str], _Candidate] = {}
    for candidate in candidates:
        key = (candidate.reported.sender, candidate.reported.recipient)
        if candidate.date is not None and not candidate.borrowed_day:
            first_dated.setdefault(key, candidate)
    for candidate in candidates:
        day, date_from = candidate.date, candidate.date_from
        told = first_dated.get((candidate.reported.sender, candidate.reported.recipient))
        if candidate.borrowed_day and told is not None:
            day, date_from = None, None
        if day is None and told is not None and not candidate.past and (
                told.sentence.index < candidate.sentence.index or not told.past) and not (
                candidate.stated_year and told.date and candidate.stated_year != told.date.year):
            day, date_from = told.date, told.date_from
        if day is None and (_ALSO.search(candidate.sentence.text) or _SAME_DAY.search(candidate.sentence.text)):
            # "Jiang Zemin also sent a message of condolence": one more of the messages just told.
            earlier = [c for c in candidates if c.date is not None and c.sentence.index < candidate.sentence.index]
            if earlier:
                day, date_from = earlier[-1].date, earlier[-1].date_from
        dating = next((d for d in datings if not d.senders or candidate.reported.sender in d.senders), None)
        if dating and (day is None or date_from in ("article", "dateline", "relative")) and not candidate.past \
                and candidate.sentence.index <= dating.last_sentence:
            day, date_from = dating.day, dating.date_from
        if day is None:
            # the day of its story: the article's, or a chronology's entry's, a copied item's
            day = _story_of(stories, candidate.sentence.paragraph, news_day)[1]
            if day is None:
                continue
            date_from = "article"
        r = candidate.reported
        if not (index.leader(r.sender).serves_on(day) and index.leader(r.recipient).serves_on(day)):
            continue
        confidence = CONFIDENCE[r.how] - (0.1 if candidate.short_name else 0) - (0.1 if date_from == "article" else 0)
        quotes = quote_lines(sentences, candidate.sentence.index, speaker_of, r.sender)
        occasion = candidate.occasion or find_occasion(quotes) or find_occasion(
            _paragraph_first(sentences, candidate.sentence.paragraph), unless=partial(_of_earlier_times, day=day))
        lead_start, story_day = _story_of(stories, candidate.sentence.paragraph, news_day)
        # A story of talks or a visit, its lead reporting no message: an earlier sending told below it
        # is in passing ("On the eve of the visit, on 9 September, Putin sent Kim congratulations").
        in_event_story = lead_start == 0 and candidate.sentence.paragraph >= _LEAD_PARAGRAPHS and \
            event_lead and not message_lead
        background = candidate.past or bool(story_day and (day < story_day - BACKGROUND_GAP or (
            in_event_story and day < story_day - _REPORT_LEAD) or (
            candidate.stated_year and candidate.stated_year < story_day.year) or (
            date_from == "article" and _past_new_year(candidate.occasion, day)) or (
            # "March 2024 -- Kim sends a message ...": in a month before the story's, on no day it gives
            date_from == "article" and _month_before(candidate.sentence.text, story_day)) or (
            candidate.sentence.paragraph - lead_start >= _LEAD_PARAGRAPHS and day <= story_day - _PASSING_GAP)))
        message = Message(
            id=message_id(day, r.sender, r.recipient), sender=r.sender, recipient=r.recipient, date=day,
            kind=_kind_for(told_kinds.get(r.sender, r.kind) if r.kind == "message" else r.kind, occasion),
            date_from=date_from, sources=(article.id,),
            evidence=candidate.sentence.text, occasion=occasion, quotes=quotes,
            confidence=round(max(confidence, 0.3), 2), background=background)
        existing = messages.get(message.id)
        if existing is None or _undated_past(existing):
            messages[message.id] = message
            stated_kinds[message.id] = r.kind
        elif not _undated_past(message):
            merged = merge_reports(existing, message)
            if stated_kinds[message.id] in v.GENERIC_KINDS and r.kind not in v.GENERIC_KINDS:
                # "Kim Jong Il Sends Message to Hu Jintao", then "sent a message of greetings": the kind
                # the text states beats the one the first report's occasion suggested.
                merged, stated_kinds[message.id] = replace(merged, kind=message.kind), r.kind
            messages[message.id] = merged

    if _DEBUNKED.search(article.title):
        # A fact check of a claimed message ("FALSE: No, Putin did not send Kim a birthday letter")
        # reports none: what it tells is the claim, or real ones in passing.
        messages = {key: replace(message, background=True) for key, message in messages.items()}
    linked = link_exchanges(list(messages.values()))
    events = _events(event_hits, article, reference)
    return Extraction(article_id=article.id, messages=tuple(linked), events=events)


def _undated_past(message: Message) -> bool:
    """An earlier sending the article gives no day for ("Kim sent Xi a message in March"): the
    article's day is only a stand-in, so it is not the news of that day, which it would seem to retell."""
    return message.background and message.date_from == "article"


_DEBUNKED = re.compile(r"^\s*(?:FALSE|MISLEADING|FAKE|FABRICATED|DOCTORED|Fact[- ]?check)\b|\b(?:fake|doctored|fabricated|"
                       r"forged|hoax)\b", re.IGNORECASE)

# How far into an undated page a full date may give the year of its story's days.
_HINT_PARAGRAPHS = 3

# A sending told below the lead more than a week before the article is one mentioned in passing:
# "Kim also sent Xi a message for National Day on Oct. 1" in a story of Oct. 17 on another message.
_LEAD_PARAGRAPHS = 2
_PASSING_GAP = dt.timedelta(days=7)

# How far apart the day an exchange is told on and the day one half of it bears may be.
_OWN_DAY_REACH = dt.timedelta(days=2)

# A report can be dated a day before the sending it tells of (time zones), no more.
_REPORT_LEAD = dt.timedelta(days=1)
# How many days after the report a copy of it (a newsletter, a repost) may be dated.
_REPORT_LAGS = (dt.timedelta(days=1), dt.timedelta(days=2))


# A post's stamp: 'Korea & Eurasia Monitor · 2024-03-24 10:15 (UTC+09:00)', '24 March 2024, 10:15'.
_POST_STAMP_MAX = 80
_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?![\d])")


def _post_stamp(paragraph: str) -> Dateline | None:
    """The day of a short line that stamps a post with its day, year and time, and with nothing else
    a sentence would have."""
    if len(paragraph) > _POST_STAMP_MAX or not _CLOCK.search(paragraph) or paragraph.rstrip().endswith("."):
        return None
    iso = list(ISO_DATE.finditer(paragraph))
    written = [w for w in find_written_dates(paragraph) if w.year]
    if len(iso) + len(written) != 1:
        return None
    day = PartialDate(int(iso[0]["month"]), int(iso[0]["day"]), int(iso[0]["year"]), *iso[0].span()) \
        if iso else written[0]
    return Dateline("", day, None, 0) if day.resolve(day.year) else None


# An index page's item: a headline that ends with its full date in brackets, its summary below
# ('金正恩致电祝贺习近平当选中共中央总书记（2012年11月16日）', 'Kim congratulates Xi (16 November 2012)').
_ITEM_HEADLINE = re.compile(r"^\s*(?:[-*•]\s*)?[^\n]{4,120}?[(（]\s*(?P<date>[^()（）\n]{6,24}?)\s*[)）]\s*(?:\n|$)")


def _item_stamp(paragraph: str) -> Dateline | None:
    headline, _, summary = paragraph.strip().partition("\n")
    if not summary or not headline.rstrip().endswith((")", "）")):  # most paragraphs: no regex tried
        return None
    item = _ITEM_HEADLINE.match(paragraph)
    if item is None:
        return None
    iso = ISO_DATE.fullmatch(item["date"].strip())
    if iso:
        day = PartialDate(int(iso["month"]), int(iso["day"]), int(iso["year"]), *item.span("date"))
    else:
        written = [w for w in find_written_dates(item["date"]) if w.year]
        if len(written) != 1:
            return None
        day = written[0]
    return Dateline("", day, None, 0) if day.resolve(day.year) else None


# A chronology's entry: a full date, then what happened ('12.06.2009    Kim Jong Il sends a message ...').
_ENTRY_DATE = re.compile(r"^\s*(?:[-*•]\s*)?(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
                         r"\s*(?:[-–—:|]\s*|\s)(?=\S+(?:\s+\S+){3})")


def _entry_stamp(paragraph: str) -> Dateline | None:
    entry = _ENTRY_DATE.match(paragraph)
    day = parse_full_date(entry["date"]) if entry else None
    return Dateline("", PartialDate(day.month, day.day, day.year, *entry.span("date")), None, 0) if day else None


def _story_of(stories: list, paragraph: int, news_day: dt.date | None) -> tuple[int, dt.date | None]:
    """Where the story that holds a paragraph begins, and its day: the article's, or that of a later
    item's dateline ('Pyongyang, November 1 (KCNA) --' below an item of October 26)."""
    opening = next((s for s in reversed(stories) if s[0] <= paragraph), None)
    if opening is None or (news_day is None and not opening[1].date.year):
        return 0, news_day
    start, dateline_here = opening
    told = dateline_here.date
    day = told.resolve(told.year) if told.year else last_on_or_before(told.month, told.day, news_day, _REPORT_LEAD)
    return start, day or news_day


def _not_after(day: dt.date | None, date_from: str | None, reference: dt.date | None
               ) -> tuple[dt.date | None, str | None]:
    """A month and day read as the nearest such day can fall after the article: "traded messages on
    Jan. 1" in a story of Dec. 27 tells of the Jan. 1 before it, not the one to come."""
    if day and reference and date_from == "explicit" and day > reference + _REPORT_LEAD:
        return last_on_or_before(day.month, day.day, reference, _REPORT_LEAD) or day, date_from
    return day, date_from


# A list of items (a Kremlin events page, a live blog, a news list) stamps each item on a line above
# its headline: "August 15, 2024 10:30" / "Congratulations to ... Kim Jong-un" / "Putin sent ...".
_STAMP_REACH = 3
_STAMP_REST = re.compile(r"[\W\d_]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|kst|utc|gmt|msk)"
                         r"[\W\d_]*)*", re.IGNORECASE)


def _stamp_above(before: list[Sentence], sentence: Sentence, reference: dt.date | None
                 ) -> tuple[dt.date | None, str | None]:
    for earlier in reversed(before):
        if sentence.paragraph - earlier.paragraph > _STAMP_REACH:
            break
        written = find_written_dates(earlier.text)
        if len(written) == 1 and len(earlier.text) <= 40:
            rest = earlier.text[:written[0].start] + " " + earlier.text[written[0].end:]
            if _STAMP_REST.fullmatch(rest):
                day = written[0].resolve(written[0].year) if written[0].year else \
                    (closest_year(written[0].month, written[0].day, reference) if reference else None)
                if day:
                    return day, "explicit"
    return None, None


def _past_new_year(occasion: str | None, day: dt.date) -> bool:
    """A New Year message an article dated well into the year mentions with no day of its own is
    one of that January's, told as background ("Kim's New Year card to Putin predicted ...")."""
    return occasion == "New Year" and _NEW_YEAR_NEWS < day - dt.date(day.year, 1, 1) and day.month < 12


# New Year messages are news in the first days of January; the KCNA carries them by the 2nd or 3rd.
_NEW_YEAR_NEWS = dt.timedelta(days=14)


def _collective_lead(sentence: Sentence, mentions, leaders_here: list[str], index: LeaderIndex,
                     reference: dt.date | None, dateline) -> _Collective | None:
    receipt = v.COLLECTIVE_RECEIPT.search(sentence.text)
    sending = None if receipt else v.COLLECTIVE_SENDING.search(sentence.text)
    if not (receipt or sending):
        return None
    # The receiver is the last leader named before "from ...": "over the demise of Kim Il Sung continue
    # to come to Kim Jong Il from heads of state"; the sender the last one named before the verb.
    cut = receipt.end() if receipt else sending.start()
    before = [m.leader for m in mentions if m.end <= cut]
    leader = (before or leaders_here)[-1]
    kind = _kind_named(sentence.text)
    day, date_from = _date_for(sentence, [], reference, dateline)
    if date_from == "dateline":
        day, date_from = None, None  # the day of the report, not of the messages
    if day is None:
        # "... on the occasion of the 70th founding anniversary of the DPRK": the occasion's day.
        countries = index.countries_named(sentence.text) | {index.leader(leader).country}
        found = calendar_date(sentence.text, countries, index.config)
        day, date_from = (found[0], "calendar") if found else (None, None)
    return _Collective(leader, sending is not None, kind, sentence.paragraph, day, date_from)


def _half_told(sentence: Sentence, mentions, reference: dt.date | None, dateline) -> _Lead | None:
    """A lead naming the sender of a message and its day but no leader it went to: "The Kremlin
    chief offered condolences on Monday", "Kim's reply came last Sunday"."""
    nouns = list(v.nouns_in(sentence.text))
    if not nouns:
        return None
    send = v.SEND_VERBS.search(sentence.text)
    senders = set(message_owners(sentence.text, mentions)) or \
        {m.leader for m in mentions if send and m.end <= send.start()}
    if len(senders) != 1:
        return None
    day, date_from = _date_for(sentence, [], reference, dateline)
    if day is None or date_from == "dateline":
        return None
    kind = v.most_specific([v.noun_kind(n) for n in nouns])
    return _Lead(senders.pop(), kind, sentence.paragraph, day, date_from)


# ", carried by the Korean Central News Agency on Monday,", "KCNA said on Friday": the day of the report,
# not of the sending.
_CARRIED = re.compile(r"\b(?:carried|published|reported|broadcast|released|aired|said|announced)\s+(?:by|in|on)\s+[^,;]*",
                      re.IGNORECASE)


def _carried_day_only(text: str, reference: dt.date | None) -> bool:
    """Whether the only day text states is the day a medium carried the message."""
    carried = _CARRIED.search(text)  # most sentences name no carrying: nothing to take away
    return carried is not None and stated_date(text, reference)[0] is not None and \
        stated_date(_CARRIED.sub("", text), reference)[0] is None


def _answer_to_earlier(text: str, mentions, candidates: list[_Candidate], config: Config,
                       index: LeaderIndex) -> list[Reported]:
    """A thanks or a reply naming only its sender goes to whoever the article told had sent that
    leader a message: "Putin has sent a message of sympathy to Kim ... In a message of thanks sent
    on Sunday, Kim said ..."."""
    kind = lone_answer(text, mentions)
    if kind is None:
        return []
    sender = mentions[0].leader
    answered = [c.reported.sender for c in candidates if c.reported.recipient == sender and not c.past]
    reported = [Reported(sender, answered[-1], kind, "send")] if answered else []
    return [r for r in reported if _paired(config, index, r)]


# "Xi sent his message on Monday", "Putin sent his own message of congratulations", "Hu also sent a
# message": the sender's message, its recipient left to the story.
_OWN_MESSAGE_SENT = re.compile(r"\b(?:(?:sent|dispatched|wrote|addressed)\s+(?:his|her|the)\s+(?:own\s+)?|"
                               r"also\s+sent\s+(?:a|an)\s+)(?:[\w-]+\s+)?"
                               r"(?:message|letter|greetings|congratulations|card|telegram|thanks)s?\b|"
                               # "The Russian leader's telegram also arrived on Saturday."
                               r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:message|letter|greetings|congratulations|card|telegram)s?\s+"
                               r"(?:also\s+)?(?:arrived|came|followed)\b", re.IGNORECASE)


_ADDRESSED_TO = re.compile(r"\bto\s+(?:\S+\s+){0,3}$")
# How many paragraphs after the messages it follows a sending with only its sender named may be
# told (a newsletter's '2) ...AND ONE FROM PUTIN' heading between them).
_UNADDRESSED_REACH = 3


def _unaddressed_sending(sentence: Sentence, mentions, candidates: list[_Candidate], config: Config,
                         index: LeaderIndex) -> list[Reported]:
    """A message told with only its sender named, just after other messages: the one a reply before
    it answers ("Kim Jong Un has sent a reply to Xi ... Xi sent his message on Monday"), else one more
    to whom the message before went ("Xi sent Kim a message on Thursday ... Putin sent his own message
    of congratulations on Friday")."""
    own = _OWN_MESSAGE_SENT.search(sentence.text)
    before = {m.leader for m in mentions if own and m.start < own.start()}
    if own is None or len(before) != 1 or any(
            m.start >= own.end() and _ADDRESSED_TO.search(sentence.text, own.end(), m.start) for m in mentions):
        return []  # "Xi also sent a message of condolences to Putin": addressed, to one of no pair
    sender = before.pop()
    recent = [c.reported for c in candidates[-3:] if sentence.paragraph - c.sentence.paragraph <= _UNADDRESSED_REACH]
    replies = [r for r in recent if r.recipient == sender and r.kind == "reply"]
    others = [r for r in recent if sender not in (r.sender, r.recipient)]
    answered = [r for r in recent if r.recipient == sender]
    kind = _kind_named(sentence.text, "thanks" if own[0].lower().endswith("thanks") else "message")
    if replies:
        reported = [Reported(sender, replies[-1].sender, "message", "send")]
    elif answered and kind == "thanks":
        # "Putin expressed sympathy to Kim ... A day later the North Korean leader sent his thanks."
        reported = [Reported(sender, answered[-1].sender, kind, "send")]
    elif others:
        reported = [Reported(sender, others[-1].recipient, kind, "send")]
    else:
        reported = []
    return [r for r in reported if _paired(config, index, r)]


# "In the congratulatory message, Hu said ...", "In his congratulatory note, delivered on Saturday, ...".
_IN_THE_MESSAGE = re.compile(r"^\s*In\s+(?:the|his|her|its|that|this|a)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:message|letter|note|telegram|cable|card|greetings)s?\b", re.IGNORECASE)


_SENT_THE_MESSAGE = re.compile(r"\bsent\s+(?:the|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:message|letter|note|telegram|greetings|congratulations)s?\b", re.IGNORECASE)


def _wish_told_as_a_message(sentence: Sentence, mentions, after: list[Sentence], config: Config,
                            index: LeaderIndex, day: dt.date | None) -> list[Reported]:
    """A wish or an assurance with no word for a message, told as one by the sentence after: "Hu on
    Wednesday wished Kim Jong Un success in his new post. In the congratulatory message, Hu said ...",
    "Putin told Kim Jong Un the two countries would expand cooperation. The Russian leader sent the
    congratulatory message on the anniversary ..."."""
    verb = v.ADDRESS_VERBS.search(sentence.text)
    follower = after[0] if after and after[0].paragraph - sentence.paragraph <= 1 else None
    if verb is None or follower is None:
        return []
    before = [m for m in mentions if m.end <= verb.start()]
    addressed = [m for m in mentions if m.start >= verb.end()]
    if not before or not addressed or before[0].leader == addressed[0].leader:
        return []
    opening = _IN_THE_MESSAGE.match(follower.text)
    if opening is None:
        opening = _SENT_THE_MESSAGE.search(follower.text)
        if opening is None or before[0].leader not in {m.leader for m in index.find(follower.text[:opening.start()], day, [])}:
            return []
    kind = _kind_named(opening.group())
    reported = [Reported(before[0].leader, addressed[0].leader, kind, "send")]
    return [r for r in reported if _paired(config, index, r)]


# "Beijing sent its congratulations to Pyongyang on Saturday": a capital standing for its leader.
_CAPITAL_SENT = re.compile(r"^\s*(?:The\s+)?(?P<sender>Beijing|Moscow|Kremlin|Pyongyang)\s+(?:has\s+|had\s+)?(?:sent|conveyed|extended)\s+"
                           r"(?:its\s+|a\s+|an\s+|warm\s+)*(?:[\w-]+\s+)?(?:congratulations|greetings|condolences|sympathy|"
                           r"message|letter|telegram)s?\s+to\s+(?P<recipient>Beijing|Moscow|the\s+Kremlin|Pyongyang)\b")


def _capital_to_capital(sentence: Sentence, after: list[Sentence], index: LeaderIndex, day: dt.date | None,
                        config: Config) -> list[Reported]:
    """A capital's message to another, which the sentence after tells as its leader's: "Beijing sent its
    congratulations to Pyongyang on Saturday. In the message, Chinese President Xi Jinping said ..."."""
    sent = _CAPITAL_SENT.match(sentence.text)
    if sent is None:
        return []
    countries = [next(iter(index.countries_named(sent[group])), None) for group in ("sender", "recipient")]
    heads = [index.head_of_state(country, day) if country else None for country in countries]
    told = next((s for s in after if s.paragraph - sentence.paragraph <= 1 and _IN_THE_MESSAGE.match(s.text)), None)
    if None in heads or heads[0] == heads[1] or told is None or \
            heads[0] not in {m.leader for m in index.find(told.text, day, [])}:
        return []
    reported = [Reported(heads[0], heads[1], _kind_named(sentence.text), "send")]
    return [r for r in reported if _paired(config, index, r)]


def _kind_named(text: str, unnamed: str = "message") -> str:
    """The most specific kind the words for a message in text give, else unnamed."""
    nouns = list(v.nouns_in(text))
    return v.most_specific(v.noun_kinds(nouns)) if nouns else unnamed


def _envoy_letter(text: str, mentions, config: Config, index: LeaderIndex) -> list[Reported]:
    found = envoy_handed_over(text, mentions)
    reported = [Reported(*found, "send")] if found else []
    return [r for r in reported if _paired(config, index, r)]


def _handed_over_at_meeting(sentence: Sentence, mentions, before: list[Sentence],
                            named_in: dict[int, list[tuple[str, int]]], config: Config,
                            index: LeaderIndex) -> list[Reported]:
    """"Kim received Li Hongzhong on Thursday. Li conveyed a letter from Xi Jinping": the letter went
    to the leader of the meeting told just before."""
    handed = handed_over(sentence.text, mentions)
    if handed is None:
        return []
    sender, kind = handed
    for earlier in reversed(before):
        if abs(sentence.paragraph - earlier.paragraph) <= 1 and v.MEETING_VERBS.search(earlier.text):
            met = [leader for leader, _ in named_in.get(earlier.index, ())
                   if index.leader(leader).country != index.leader(sender).country]
            reported = [Reported(sender, met[0], kind, "send")] if met else []
            return [r for r in reported if _paired(config, index, r)]
    return []


def _sent_to_no_one_named(text: str, mentions) -> bool:
    """'Xi Jinping, general secretary of ..., sent a message dated September 9': a sender names a
    message and no one it went to."""
    alone = _ZH_SENT_ALONE.search(text) if not text.isascii() else None
    if alone:  # '金正恩10日致电表示，…': a message whose words follow, to no one named
        return bool(mentions) and all(m.end <= alone.start() for m in mentions)
    send = v.SEND_VERBS.search(text)
    return bool(send and mentions and all(m.end <= send.start() for m in mentions)
                and any(n.start() >= send.end() for n in v.nouns_in(text)))


_ZH_SENT_ALONE = re.compile(r"(?:致电|致函|致信|致電)(?:表示|说|指出|称|說|稱)")


def _said_at_meeting(sentence: Sentence, reported: list[Reported], before: list[Sentence]) -> bool:
    """'Kim Jong Un received Shoigu. ... Kim thanked Putin for the warm letter', '... met for talks ...
    Kim replied that ...': thanks or a reply spoken at a meeting told just before in the paragraph,
    with no message of their own before the reason ('for ...'); 'Kim sent Putin a message of thanks
    for ...' is one."""
    if any(r.kind not in ("thanks", "reply") for r in reported):
        return False
    reason = re.search(r"\bfor\b", sentence.text)
    if v.nouns_in(sentence.text[:reason.start()] if reason else sentence.text):
        return False
    return any(earlier.paragraph == sentence.paragraph and v.MEETING_VERBS.search(earlier.text) for earlier in before)


def _of_earlier_times(text: str, day: dt.date) -> bool:
    """A sentence of earlier times names no occasion of a message of day: "Last year the two
    exchanged letters ahead of the 70th anniversary of diplomatic relations", "after New Year
    greetings in January" in a story of August."""
    month = v.month_only(text)
    return bool(v.PAST_REPORT.search(text)) or (month is not None and month[0] != day.month)


def _paragraph_first(sentences: list[Sentence], own_paragraph: int) -> Iterator[str]:
    """Where to look for an occasion the report's own lines do not name: the message's paragraph
    first, then the rest."""
    yield from (s.text for s in sentences if s.paragraph == own_paragraph)
    yield from (s.text for s in sentences if s.paragraph != own_paragraph)


def _kind_for(kind: str, occasion: str | None) -> str:
    """A message the report names only as 'a message' takes its kind from what it was for; a New
    Year's 'congratulatory message' ('新年贺电') is a New Year greeting."""
    if kind == "congratulations" and occasion == "New Year":
        return "greetings"
    if kind != "message" or not occasion:
        return kind
    return next((k for k, pattern in v.KIND_BY_OCCASION if pattern.search(occasion)), kind)


@dataclass(frozen=True)
class _MessageDay:
    day: dt.date
    date_from: str
    senders: frozenset[str]  # the leaders whose messages it dates; none named: any
    last_sentence: int  # where the article last dates it: it tells of messages reported before


def _dating_sentence_days(sentences: list[Sentence], reference: dt.date | None, reporting: set[int],
                          named_in: dict[int, list[tuple[str, int]]]) -> list[_MessageDay]:
    """The day the article gives for a message it has reported ("The letter was sent on Tuesday",
    "The card, dated Dec. 30, ..."), from a sentence that reports none itself or that gives the
    message's own date ("The reply, dated Wednesday, was addressed to ..."), with the leaders that
    sentence names: "Xi sent his message on May 9" dates Xi's message only. One day, or one day
    for each leader named: "Xi sent his message on Monday. Kim's reply was sent on Wednesday"."""
    days: dict[tuple[dt.date, str, frozenset[str]], int] = {}
    same_day_as: list[tuple[frozenset[str], str, int]] = []  # "Xi's card, sent on the same day as Putin's"
    for position, sentence in enumerate(sentences):
        if sentence.index not in reporting and SIGNING_LINE.match(sentence.text):
            signer = _signer(sentences[max(0, position - _SIGN_OFF_LINES):position], named_in)
            day, how, _ = stated_date(sentence.text, reference) if signer else (None, None, None)
            if day is not None:
                days[(day, how, frozenset({signer}))] = sentence.index
            continue
        if not v.nouns_in(sentence.text):  # cached, and cheaper than the patterns below
            continue
        # Blanked, not cut, so that the offsets of the leaders named in it still hold.
        text = _CORRECTED.sub(lambda correction: " " * len(correction[0]), sentence.text)
        verb = (v.MESSAGE_DATED if sentence.index in reporting else v.DATES_A_MESSAGE).search(text)
        if verb is None:
            continue
        senders = frozenset(leader for leader, start in named_in.get(sentence.index, ()) if start < verb.start())
        fronted = text.find(",", verb.end()) if not senders and _FRONTED_MESSAGE.match(text) else -1
        if fronted > 0:
            # "In a congratulatory message dated Aug. 12, Medvedev said ...": the subject after the phrase
            senders = frozenset(next(([leader] for leader, start in named_in.get(sentence.index, ()) if start > fronted),
                                     []))
        day, how, _ = stated_date(text[verb.start():], reference)
        if day is not None:
            days[(day, how, senders)] = sentence.index
            continue
        same = _SAME_DAY_AS.search(text, verb.start())
        other = next((leader for leader, start in named_in.get(sentence.index, ()) if same and start >= same.end()), None)
        if other and senders and other not in senders:
            same_day_as.append((senders, other, sentence.index))
    for senders, other, index in same_day_as:
        told = [(day, how) for (day, how, named), _ in days.items() if other in named]
        if len(told) == 1:
            days[(*told[0], senders)] = index
    if len(days) == 1:
        (day, how, senders), last = next(iter(days.items()))
        return [_MessageDay(day, how, senders, last)]
    per_leader: dict[str, list[_MessageDay]] = {}
    for (day, how, senders), last in days.items():
        for leader in senders:
            per_leader.setdefault(leader, []).append(_MessageDay(day, how, frozenset({leader}), last))
    return [told[0] for told in per_leader.values() if len(told) == 1]


_SIGN_OFF_LINES = 4  # the name, then up to three lines of titles
_SIGN_OFF_WORDS = 14


def _signer(above: list[Sentence], named_in: dict[int, list[tuple[str, int]]]) -> str | None:
    """The one leader the short lines right above a signing day name: the message's signer."""
    named: set[str] = set()
    for sentence in reversed(above):
        if len(sentence.text.split()) > _SIGN_OFF_WORDS or sentence.text.rstrip().endswith((".", ":", ";")):
            break
        named.update(leader for leader, _ in named_in.get(sentence.index, ()))
    return next(iter(named)) if len(named) == 1 else None


# What a correction says was wrong: "An earlier version of this item said Kim's message had been sent on Tuesday".
_CORRECTED = re.compile(r"\b(?:an\s+)?earlier\s+version\s+of\b[^;]*?\b(?:said|stated|reported|misstated|gave)\b[^;.]*",
                        re.IGNORECASE)
_FRONTED_MESSAGE = re.compile(r"\s*(?:in|with|through)\s+(?:a|an|the|his|its|their)\b", re.IGNORECASE)
_SAME_DAY_AS = re.compile(r"\bthe\s+same\s+day\s+as\b", re.IGNORECASE)

# A wire story put on a page a day or two after it ran keeps its own dateline: "Pyongyang, May 13
# (KCNA) -- ... today sent" on a page dated May 14 tells of May 13.
STORY_DAY_LAG = dt.timedelta(days=3)


def _story_day(dateline, reference: dt.date | None) -> dt.date | None:
    """The dateline's day when it falls a few days before the page's date (its year left out), or the
    day after it: a time stamp in UTC can fall on the eve of the local day the dateline gives."""
    if dateline is None or dateline.date.year or reference is None:
        return None
    day = closest_year(dateline.date.month, dateline.date.day, reference)
    return day if day and reference - STORY_DAY_LAG <= day <= reference + _REPORT_LEAD else None


# A time stamp glued to a title by the capture: "... - Xinhua English.news.cn | 2024-08-02 21:15:07".
_ISO_STAMP = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")


def _stamped_date(title: str | None) -> dt.date | None:
    """The date a capture stamped on the title line when the article states no other."""
    if not title:
        return None
    m = _ISO_STAMP.search(title)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    # A page stamp with a clock time glued to the title line: "... October 12, 2023, 14:00, The Kremlin";
    # or a dated page's title: "KCNA News -- April 14, Juche 101 (2012)".
    title = common_era(title)
    for written in find_written_dates(title):
        if written.year and (_CLOCK_AFTER.match(title, written.end) or (
                _TITLE_END.fullmatch(title, written.end) and _TITLE_SEPARATOR.search(title, 0, written.start))):
            try:
                return dt.date(written.year, written.month, written.day)
            except ValueError:
                return None
    return None


_CLOCK_AFTER = re.compile(r",?\s*[0-2]?\d:[0-5]\d(?!\d)")
_TITLE_END = re.compile(r"[\s).\]]*")
_TITLE_SEPARATOR = re.compile(r"(?:--|[–—|])\s*$")


def _eve(holiday: dt.date | None, occasion: str | None, reference: dt.date | None) -> tuple[dt.date | None, str | None]:
    """"On the eve of the holiday", "on New Year's Eve": the day before the occasion's day."""
    holiday = holiday or _new_year_day(occasion, reference)
    return (holiday - dt.timedelta(days=1), "calendar") if holiday else (None, None)


def _new_year_day(occasion: str | None, reference: dt.date | None) -> dt.date | None:
    """The New Year's Day nearest the article's, for a New Year message."""
    return closest_year(1, 1, reference) if occasion == "New Year" and reference else None


def _unique_leaders(mentions) -> list[str]:
    return list(dict.fromkeys(m.leader for m in mentions))


_EARLY_DAYS = 10  # "early August" ends about here

# "The Kremlin said on Monday that Putin had sent ...": the tense of reported speech, not an earlier time.
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|reported|reports|announced|stated|confirmed)\b", re.IGNORECASE)


# What the news followed: "The exchange came days after ...", "The message follows Kim's own ...".
_CAME_AFTER = re.compile(r"\b(?:(?:came|comes)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|several|a\s+few|\d+)\s+)?"
                         r"(?:days?|weeks?|months?|shortly|soon)\s+after|follow(?:s|ed|ing)|"
                         # "The message was carried by KCNA a week after Kim congratulated Putin"
                         r"(?:a|one|two|three|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+after)\b", re.IGNORECASE)


_REPORTED_AT_THE_TIME = re.compile(r"\b(?:reported|said|announced|wrote)\s+at\s+the\s+time\b", re.IGNORECASE)
# "... the highest-level contact since Kim took power nearly four years ago": when a span began
# (not "since February, when Kim sent ...": the time of a sending told)
_SINCE_CLAUSE = re.compile(rf"\bsince\s+(?!then\b|(?:{MONTH_NAMES}|last|early|late|mid|the|\d)\b)[^,;]*", re.IGNORECASE)


# "A recap for those just joining.", a liveblog entry headed "Context: what happened five years
# ago": what follows retells earlier news.
_RECAP = re.compile(r"^(?:(?:a|to|quick)\s+recap\b|recap\s*:|(?:as\s+a\s+)?reminder\b|for\s+context\b|"
                    r"(?:background|context|flashback)\s*:)", re.IGNORECASE)


def _recap_paragraphs(title: str, sentences: list[Sentence]) -> set[int]:
    """The paragraphs that retell earlier news: those that open as a recap, or all of them when the
    title does."""
    if _RECAP.match(title):
        return {s.paragraph for s in sentences}
    opening: dict[int, str] = {}
    for sentence in sentences:
        opening.setdefault(sentence.paragraph, sentence.text)
    return {paragraph for paragraph, text in opening.items() if _RECAP.match(text)}


_KO_TOLD_IN = re.compile(r"(?:년하장|연하장|축전|조전|답전|친서|서한|전문|편지|메시지|메쎄지)에서")
_THAT_OCCASION = re.compile(r"\b(?:on\s+that\s+occasion|at\s+that\s+time|back\s+then)\b", re.IGNORECASE)


def _told_as_past(text: str, mentions, reference: dt.date | None) -> bool:
    """Words that put the sending before the news. Only the clause that reports the sending counts:
    "..., expressing thanks for the hospitality during his visit earlier this week" dates the visit."""
    if _REPORTED_AT_THE_TIME.search(text):
        return True  # "Kim later sent Putin birthday greetings on Oct. 7, state media reported at the time."
    said = _WHAT_IT_SAYS.search(text)  # ", saying he was moved by ... late last month": what it says
    if said:
        text = text[:said.start()]
        mentions = [m for m in mentions if m.end <= said.start()]
    told_in = _KO_TOLD_IN.search(text)  # '… 보내신 년하장에서 지난해 …': what the card says
    if told_in:
        text = text[:told_in.end()]
        mentions = [m for m in mentions if m.end <= told_in.end()]
    if mentions:
        cut = text.find(", ", max(m.end for m in mentions))
        if cut > 0:
            text = text[:cut]
    fronted = _FRONTED_TIME.match(text)  # "A week after reappearing ..., Kim sent": the news, dated after it
    after = _CAME_AFTER.search(text, fronted.end() if fronted else 0)
    if after and mentions and all(m.start >= after.end() for m in mentions):
        return True  # "The exchange came days after Kim sent birthday greetings to Putin on Monday"
    # "Liu, who arrived earlier, handed over a letter": the clause tells of the person, not the sending;
    # "about the congress held last month", "the earthquake that struck a day earlier", of the event.
    text = without_relative_clauses(_EVENT_CLAUSE.sub("", _WHO_CLAUSE.sub("", _SINCE_CLAUSE.sub("", text))))
    past = v.PAST_REPORT.search(text)
    if past and not (past[0].lower().startswith("had") and _REPORTED_SPEECH.search(text, 0, past.start())):
        return True
    if _THAT_OCCASION.search(text):
        return True  # "since Xi secured a third term in October. Kim congratulated Xi on that occasion"
    month = v.month_only(text)
    if not (month and reference):
        return False
    number, early = month
    # "In early August" in a story of August 16: a time before the news, not its day.
    return number != reference.month or (early and reference.day > _EARLY_DAYS)


def merge_reports(first: Message, other: Message) -> Message:
    """One message told twice: the first report's kind unless it is generic ('a message', 'a letter'),
    then the most specific; the first evidence, every source."""
    kind = first.kind if first.kind not in v.GENERIC_KINDS else v.most_specific([first.kind, other.kind])
    return replace(
        first, kind=kind, occasion=first.occasion or other.occasion,
        sources=tuple(sorted(set(first.sources) | set(other.sources))),
        quotes=first.quotes or other.quotes, confidence=max(first.confidence, other.confidence),
        background=first.background and other.background,
        date_from=first.date_from if first.date_from != "article" else other.date_from)


def link_exchanges(messages: list[Message]) -> list[Message]:
    """Pair the halves of a mutual exchange (same day, opposite directions); point replies back."""
    by_key = {(m.sender, m.recipient, m.date): m for m in messages}
    out = []
    for m in sorted(messages, key=lambda x: x.id):
        other = by_key.get((m.recipient, m.sender, m.date))
        reply_to = m.reply_to
        if m.kind == "reply" and reply_to is None:
            earlier = [x for x in messages if x.sender == m.recipient and x.recipient == m.sender and x.date <= m.date
                       and x.id != m.id]
            reply_to = max(earlier, key=lambda x: x.date).id if earlier else None
        out.append(replace(m, exchange=other.id if other else None, reply_to=reply_to))
    return out


def _exchange_of_the_pair(named: list[str], config: Config, index: LeaderIndex, text: str,
                          day: dt.date | None) -> list[Reported]:
    """The two messages of an exchange between 'the two leaders': the last two leaders the article
    named, when they lead a pair of countries; else the heads of the two countries the sentence
    names ("Russia and North Korea marked the anniversary, and the two leaders swapped congratulations")."""
    last = list(dict.fromkeys(reversed(named)))[:2]
    if len(last) < 2:
        countries = index.countries_named(text)
        heads = [head for country in sorted(countries) if (head := index.head_of_state(country, day))]
        last = heads if len(countries) == 2 and len(heads) == 2 else last
    nouns = list(v.nouns_in(text))
    if len(last) < 2 or not nouns:  # "the two leaders exchanged views": no message
        return []
    kind = v.most_specific(v.noun_kinds(nouns))
    first, second = last
    reported = [Reported(first, second, kind, "exchange"), Reported(second, first, kind, "exchange")]
    return reported if all(_paired(config, index, r) for r in reported) else []


def _paired(config: Config, index: LeaderIndex, r: Reported) -> bool:
    a, b = index.leader(r.sender).country, index.leader(r.recipient).country
    return a != b and config.pair_of(a, b) is not None


# The opening of a wire story: "Pyongyang, August 5 (KCNA) --", "MOSCOW, August 5. /TASS/.",
# "BEIJING, Aug. 25 (Xinhua) --", after a monitor's tag: "[Text] Pyongyang, April 20 (KCNA) --".
# Its date is the day of the report, not of the message.
_DATELINE_HEAD = re.compile(
    r"^\s*\**(?:\[[A-Za-z ]{2,30}\]\s*)?[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?,\s*"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zА-Яа-яё]{3,9}\.?)(?:,?\s*\d{4})?\.?\s*"
    r"(?:\([^)]{1,40}\)|/[^/]{1,30}/\.?)?\s*(?:--|—|–|-|:)?\s*"
    # RIA's 'СЕУЛ, 24 мар — РИА Новости.'
    r"(?:(?<=[—–-]\s)[А-ЯЁ][А-Яа-яЁё ]{1,25}\.\s*)?\**\s*"
    # Chinese and Korean wire openings: "新华社平壤9月7日电", "(평양 10월 10일 조선중앙통신)"
    r"|^\s*[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电\s*"
    r"|^\s*[(（]?[\uac00-\ud7a3\s]{2,10}\d{1,2}월\s*\d{1,2}일[\uac00-\ud7a3\s]{0,12}[)）]\s*")


_PUBLISHED = re.compile(r"\b(?:broadcast|reported|carried|published|announced|released|made\s+public|monitored|"
                        r"aired|printed|опубликова\w*|обнародова\w*)\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# "同日，金正日…也致电胡锦涛": the day of the message told before.
# "A day later", "two days later", "the next day", "the following day"; not "the day after the election".
_DAYS_LATER = re.compile(r"(?<!carried\s)(?<!reported\s)(?<!published\s)"
                         r"\b(?:(?P<count>a|one|two|three)\s+days?\s+later|the\s+(?:next|following)\s+day)\b",
                         re.IGNORECASE)
_COUNTED_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
_SAME_DAY = re.compile(r"(?<!reported\s)(?<!published\s)(?<!carried\s)\b(?:on\s+)?(?:the|that)\s+same\s+day\b(?!\s+as\b)|"
                       r"\b(?:on\s+)?that\s+day\s*[.,;]|"
                       r"同日|当天|当日|當天|當日|같은\s*날|同じ日|в\s+тот\s+же\s+день", re.IGNORECASE)
# "... 08:32, July 12, 2011 BEIJING, July 11 (Xinhua) -- ": a wire dateline inside a glued line.
_EMBEDDED_DATELINE = re.compile(
    r"(?<![\w,])[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*\d{4})?\.?\s*(?:\([^)]{1,40}\)|/[^/]{1,30}/\.?)\s*(?:--|—|–|-)?")


# ", who arrived in Pyongyang on Tuesday,": a clause that tells about a person, not the sending.
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;]*(?=,)", re.IGNORECASE)
# "the congress held last month": a participle about an event (a clause 'that took place ...' is
# without_relative_clauses'; a bare 'took place' is the sentence's own verb).
_EVENT_CLAUSE = re.compile(r"\b(?:(?:which|that)\s+(?:was|were)\s+)?(?:held|convened)\b[^,;]*", re.IGNORECASE)
# "According to KCNA on Wednesday, ...", "..., according to state media Monday": the source and the
# day of the report, not of the sending.
_ATTRIBUTION = re.compile(r"\baccording\s+to\b[^,;]*", re.IGNORECASE)
# "in reply to the message sent by Kim on October 23": the day of the message answered.
_ANSWERED = re.compile(v.IN_RESPONSE.pattern + r"[^,;]*", re.IGNORECASE)


def _sending_text(text: str) -> str:
    """The words that can date the sending: not a clause about a person, the message answered or
    the report's source."""
    text = _WHO_CLAUSE.sub(lambda clause: clause[0] if v.NOUN_PATTERN.search(clause[0]) else "", text)
    text = _REPORT_DATE.sub("", _FRONTED_TIME.sub("", _SOURCE_STAMP.sub("", text)))
    return _ATTRIBUTION.sub("", _ANSWERED.sub("", _WHAT_IT_SAYS.sub("", _sending_half(text))))


# "Hu paid his respects at the embassy on Tuesday, ..., while in Moscow the Kremlin said Medvedev
# had sent condolences": two clauses, two days.
_WHILE = re.compile(r",\s+(?:while|whereas)\s+", re.IGNORECASE)


def _sending_half(text: str) -> str:
    """Of a sentence joined by 'while', the clause that tells of a message, if only one does."""
    joint = _WHILE.search(text)
    if joint is None:
        return text
    halves = text[:joint.start()], text[joint.end():]
    telling = [half for half in halves if v.NOUN_PATTERN.search(half) or v.SEND_VERBS.search(half)]
    return telling[0] if len(telling) == 1 else text


# '(조선중앙통신, 주체113(2024)년 8월 4일)', '(KCNA, Aug. 4)': the source and the day it carried the item.
_SOURCE_STAMP = re.compile(r"[(（][^()（）]{0,20}?(?:통신|신문|KCNA|Xinhua|新华社|TASS|ТАСС|Yonhap|연합뉴스|Rodong)"
                           r"[^()（）]{0,12}?[,，][^()（）]{0,12}(?:\([^()]{0,8}\)[^()（）]{0,20})?[)）]")
# "..., state media said on March 24": the day of the report, not of the sending.
_REPORT_DATE = re.compile(rf"\b(?:said|reported|announced)\s+on\s+(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b", re.IGNORECASE)


# A time clause before the sentence's subject dates something else: "A week after reappearing at
# the factory on May 1, Kim sent a verbal message to Xi on Friday, May 8"; so does a report's label
# ("KCNA this morning: Putin sent a card to Kim on Monday", "Per KCNA this morning, ...").
_FRONTED_TIME = re.compile(r"^\s*(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+)?"
                           r"(?:after|before|following|ahead\s+of)\b[^,;]{1,150},|"
                           r"[^,;:.]{0,40}?\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\s*[:,])\s*", re.IGNORECASE)


# What the message says, told after the sending: "..., saying he had learned that Kim was elected on Sunday".
_WHAT_IT_SAYS = re.compile(r",\s+(?:saying|noting|stating|recalling)\b.*", re.IGNORECASE | re.DOTALL)


def _date_for(sentence: Sentence, followers: list[Sentence], reference: dt.date | None,
              dateline) -> tuple[dt.date | None, str | None]:
    sentence = replace(sentence, text=_sending_text(sentence.text))
    embedded = _EMBEDDED_DATELINE.search(sentence.text)
    if embedded and embedded.start() > 0:
        # A title or time stamp glued in front of the story's dateline: the story starts there.
        sentence = replace(sentence, text=sentence.text[embedded.start():])
    head = _DATELINE_HEAD.match(sentence.text)
    if head and head.end() < len(sentence.text):
        # A date in the story itself ("on August 4", "on Tuesday") beats the dateline's.
        day, how, _ = stated_date(sentence.text[head.end():], reference)
        if day and followers and _carried_day_only(sentence.text[head.end():], reference):
            # "SEOUL, Aug 4 - ... state media said on Sunday. The message was handed over on Saturday evening"
            sent, sent_how = _follower_date(followers, reference)
            if sent and sent <= day:
                return sent, sent_how
        if day:
            return day, how
        day, how = _follower_date(followers, reference)
        if day:
            return day, how
        day, how, _ = stated_date(sentence.text[:head.end()], reference)
        if day:
            return day, "dateline"
    day, how, _ = stated_date(sentence.text, reference)
    if day and followers and _carried_day_only(sentence.text, reference):
        # "..., state media reported on Sunday. The message was handed over on Saturday evening"
        sent, sent_how = _follower_date(followers, reference)
        if sent and sent <= day:
            return sent, sent_how
    if day:
        if dateline and sentence.index == 0 and sentence.text.startswith(dateline.place):
            how = "dateline" if sentence.text.find(",") < dateline.end else how
        return day, how
    return _follower_date(followers, reference)


def _day_told_before(before: list[Sentence], reference: dt.date | None) -> tuple[dt.date, str] | None:
    """The last day the sentences just before state ("arrived in Pyongyang on 9 October", a section
    headed "Saturday: a 75th birthday with two letters from abroad")."""
    for told in reversed(before):
        day, how, _ = stated_date(told.text, reference)
        if day and how in ("explicit", "relative"):
            return day, how
    return None


# How many sentences back 'the same day' may point.
_TOLD_BEFORE_REACH = 4


# How many paragraphs from a letter's hand-over the meeting it took place at may be told
# ("received the delegation ... on July 26." / "Present there were ..." / "Shoigu conveyed ... the letter").
_MEETING_REACH = 2


def _meeting_day(nearby: list[Sentence], sentence: Sentence, reference: dt.date | None,
                 dateline) -> tuple[dt.date | None, str | None]:
    """The day of the meeting told next to a letter's hand-over (nearby: the sentences just before
    it, then those just after), which took place at it: "Kim met with Wang ... on Friday. Wang
    handed over to Kim a personal letter from Hu"."""
    for told in reversed(nearby):
        if abs(sentence.paragraph - told.paragraph) <= _MEETING_REACH and v.MEETING_VERBS.search(told.text):
            day, how = _date_for(told, [], reference, dateline)
            if day:
                return day, how
    return None, None


def _another_sends(sentence: Sentence, senders: set[str], index: LeaderIndex, day: dt.date | None,
                   named: list[str]) -> bool:
    """Whether a sentence tells of another leader's sending ("Xi sent his message on Monday" after
    Kim's reply): its day is not the day of the messages told before it."""
    verb = v.SEND_VERBS.search(sentence.text)
    if verb is None:
        return False
    subjects = {m.leader for m in index.find(sentence.text[:verb.start()], day, list(named))}
    return bool(subjects) and not subjects & senders


# "The message from Moscow reached the Foreign Ministry on the evening of August 3 and was reported
# without delay to the supreme leadership": the day it arrived, not a report's.
_ARRIVED = re.compile(r"\b(?:reached|arrived|came\s+in)\b", re.IGNORECASE)


# "The text of the message, dated December 18, was published on Thursday": its own date.
_DATED = re.compile(r"\bdated\b|датирован", re.IGNORECASE)


def _follower_date(followers: list[Sentence], reference: dt.date | None) -> tuple[dt.date | None, str | None]:
    for follower in followers:
        # "The messages were exchanged on Sunday", "In the message sent on Saturday": the same messages.
        if _PUBLISHED.search(follower.text) and not (v.SEND_VERBS.search(follower.text)
                                                     or v.EXCHANGE_VERBS.search(follower.text)
                                                     or _ARRIVED.search(follower.text)
                                                     or v.RECEIVE_VERBS.search(follower.text)
                                                     or _DATED.search(follower.text)):
            continue  # "The messages were broadcast by Pyongyang radio Monday": the day of the report
        if v.nouns_in(follower.text) or v.EXCHANGE_VERBS.search(follower.text) or cjk_kind_of(follower.text):
            # After its dateline, if it opens with one ("Pyongyang, May 9 (KCNA) -- ... on May 7"), and
            # not in a clause about something else ("the earthquake that occurred on December 18"), even alone.
            head = _DATELINE_HEAD.match(follower.text)
            day, how, _ = stated_date(without_relative_clauses(follower.text[head.end() if head else 0:]), reference)
            # "The message said that the relations set up on October 6, 1949, ...": what it recalls
            if day and (reference is None or day >= reference - BACKGROUND_GAP):
                return day, how
    return None, None


def _without_halves_dated_apart(candidates: list[_Candidate]) -> list[_Candidate]:
    """"A and B exchanged messages on the 11th ... A's, dated the 10th, said": the day a sentence of
    its own gives one half beats the exchange's day, when the two are near."""
    directions = {(c.sentence.index, c.reported.sender, c.reported.recipient) for c in candidates}
    exchanged_in = {index for index, sender, recipient in directions if (index, recipient, sender) in directions}
    own_days: dict[tuple[str, str], set[dt.date]] = {}
    for c in candidates:
        if c.date and c.date_from == "explicit" and c.sentence.index not in exchanged_in and not c.past:
            own_days.setdefault((c.reported.sender, c.reported.recipient), set()).add(c.date)

    def dated_apart(c: _Candidate) -> bool:
        own = own_days.get((c.reported.sender, c.reported.recipient), set())
        return c.sentence.index in exchanged_in and c.date is not None and c.date not in own and \
            any(abs(day - c.date) <= _OWN_DAY_REACH for day in own)

    return [c for c in candidates if not dated_apart(c)]


def _month_before(text: str, story_day: dt.date) -> bool:
    """Whether text names a month, with its year, before the story's, or one a 'when' clause looks
    back to ('from November, when ...')."""
    month = stated_month(text)
    if month is not None:
        return month < (story_day.year, story_day.month)
    looked_back_to = month_looked_back_to(text)
    return looked_back_to is not None and looked_back_to != story_day.month


def _half_dated_after(followers: list[Sentence], reported: list[Reported], index: LeaderIndex,
                      day: dt.date | None, named: list[str], reference: dt.date | None) -> str | None:
    """The sender of an exchange whose half alone the sentence after dates: the only one of the
    senders it names ("In a congratulatory message dated Aug. 12, Medvedev said ...")."""
    for follower in followers:
        if _follower_date([follower], reference)[0]:
            named_here = {m.leader for m in index.find(follower.text, day, list(named))} & {r.sender for r in reported}
            return named_here.pop() if len(named_here) == 1 else None
    return None


def _events(hits, article: Article, reference: dt.date | None) -> tuple[Event, ...]:
    events: dict[str, Event] = {}
    for kind, leader, counterpart, sentence in hits:
        day, _, _ = stated_date(sentence.text, reference)
        year = stated_year(sentence.text)
        if reference and (year and year < reference.year):
            continue  # a past visit recalled
        day = day or reference
        if day is None:
            continue
        event_id = f"{day.isoformat()}-{kind}-{leader}-{counterpart}"
        if event_id not in events:
            events[event_id] = Event(id=event_id, kind=kind, leader=leader, counterpart=counterpart, date=day,
                                     sources=(article.id,), evidence=sentence.text)
    return tuple(events.values())
