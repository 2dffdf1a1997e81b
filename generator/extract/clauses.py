"""Who did what in one sentence that reports a message: sender and recipient from the words
around each mention ('to', 'from', 'with', a possessive) and the verb that reports it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from generator.extract import vocabulary as v
from generator.extract.cjk import analyse_cjk, is_cjk_sentence
from generator.extract.leaders import Mention

# Words that can stand between a marker and a name: "to Comrade Vladimir Putin",
# "with the Supreme Leader of North Korea/DPRK Kim Jong-un", "to his Chinese counterpart Xi".
_TITLE_WORD = (r"(?i:the|his|her|its|their|our|dear|respected|esteemed|comrade|mr\.?|madam|excellency|"
               r"general|secretary|president|chairman|premier|leader|supreme|counterpart|head|of|state|"
               r"north|south|korean|korea|chinese|russian|dprk|china|russia|party|central|committee|"
               r"new|newly|elected|re-elected|reelected|young|top|incumbent|then|current|country['’]s|nation['’]s|"
               r"da|de|dos|do|del|della|van|von|bin|al|la|le|du"
               r")(?![\w'’-])")
_TITLE_WORDS = rf"(?:{_TITLE_WORD}|[A-Z][\w.'’/-]*(?![\w.'’/-])|[-–—,])"
# "a parade attended by Li Zhanshu, Kim Jong Un received ...": the marker's object is another person,
# named in full before the comma that ends a clause fronted before any word of the message (not a
# list: "sent messages to Miguel Diaz-Canel, Xi Jinping and Vladimir Putin").
_ANOTHER_NAMED = re.compile(rf"\s+(?!{_TITLE_WORD})[A-Z][\w'’-]+(?:\s+(?!{_TITLE_WORD})[A-Z][\w'’-]+)+,\s*")
# Not "According to the Korean Central News Agency, Putin sent ...": a source, not an addressee.
_MARKER = re.compile(rf"(?<!\b[Aa]ccording\s)\b(?P<marker>(?i:to|from|by|with|and|including|toward|towards))\s+"
                     rf"(?:{_TITLE_WORDS}\s*)*$")
# "to the late leader's son and heir apparent, Kim Jong Un", "to his North Korean counterpart, Kim":
# the one it went to, described before being named.
_TO_DESCRIBED = re.compile(r"\bto\s+(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:son|heir(?:\s+apparent)?|"
                           r"successor|leader|counterpart|president|chairman|ruler|head\s+of\s+state)\s*,\s*$",
                           re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*(?:'s|’s)\b")
# What may stand between a verb and the one it is sent to: "sent (over) Russian President Putin a letter".
# A closing quote may stand there too: 'Shoigu “courteously handed” Kim an autographed letter'.
_BEFORE_OBJECT = re.compile(rf"[\s\"”’]*(?:(?i:over)\s+)?(?:{_TITLE_WORDS}\s*)*")
# What may stand between a verb of meeting and the one met: "met (with) Kim Jong Un".
_MET_OBJECT = re.compile(rf"\s*(?:(?i:with)\s+)?(?:{_TITLE_WORDS}\s*)*")
# What may stand between two names of one list: commas, 'and', titles ("to A, president of X, B and C").
# Possessive, one space at a time: a gap blanked out (_without_questioned) is a long run of spaces,
# which '(?:\s+|...)*' would try to split every way before failing.
_LIST_GAP = re.compile(rf"(?:\s|(?i:and|as\s+well\s+as)\b|{_TITLE_WORDS})*+")
# A possessive that makes its leader the sender: "Xi's message", "Kim's warm congratulatory letter".
_POSSESSIVE_NOUN = re.compile(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?=" + v.NOUN_PATTERN.pattern + ")",
                              re.IGNORECASE)


# "In the message, Xi ...", "Kim said in his letter": the sentence tells what a message already
# reported says, not a new one (unless it reports the sending itself before the phrase).
_BACK_REFERENCE = re.compile(r"\b(?:in|with|through)\s+(?:the|his|her|their|its|this|that|these|those|both)\s+"
                             r"(?:[\w.'’-]+\s+){0,3}?(?:messages?|letters?|cards?|telegrams?|cables?|greetings?)\b|"
                             r"^\s*in\s+it\b|"  # "In it, Kim said ...": in the message just told
                             # "В нём ...", "В своём послании ..." (in it, in his message)
                             # (the words between are the message's adjectives, 'своём новогоднем', not 'субботу направил')
                             r"(?<![\w-])в\s+(?:нём|нем|(?:[а-яё]+(?:ом|ём|ем|ой|ей|ым|им)\s+){0,2}?(?:послани|письм|телеграмм|поздравлени|"
                             r"открытк|приветстви)[а-яё]*)(?![\w-])",
                             re.IGNORECASE)


def _sent_in_russian(sentence: str, back: re.Match, mentions: list[Mention]) -> bool:
    """'Ким Чен Ын в телеграмме пожелал Путину ...': Russian has no articles, and a bare 'в телеграмме'
    between the subject and its verb is the message being sent, not one told before."""
    return _RU_BARE.fullmatch(back[0]) is not None and \
        any(m.end <= back.start() for m in mentions) and any(
            verbs.search(sentence, back.end()) for verbs in (v.ADDRESS_VERBS, v.SEND_VERBS, v.CONGRATULATE_VERBS))


_RU_BARE = re.compile(r"в\s+(?:послани|письм|телеграмм|поздравлени|открытк|приветстви)[а-яё]*", re.IGNORECASE)


# "In his response (on Saturday), Xi thanked Kim": the leader named next answers the other one.
_RESPONSE = re.compile(r"\b(?:in|with)\s+(?:his|her|a|the)\s+(?:[\w-]+\s+)?(?:response|reply|answer)\b",
                       re.IGNORECASE)
# A noun in a 'for ...' phrase is the reason for a message, not the message: "thanks for his congratulations".
_REASON = re.compile(r"\bfor\s+(?:[\w'’\"“”-]+\s+){0,3}[\"“]?$", re.IGNORECASE)


def _for_reason(sentence: str, at: int) -> bool:
    """Whether a 'for ...' phrase ends at `at`. Only the text just before is searched: the
    phrase is 'for' and three words, and searching the whole prefix for each noun was the
    costliest step of extraction."""
    return _REASON.search(sentence, max(0, at - 160), at) is not None

# "a message of thanks to the builders": the message names whom it went to.
_ADDRESSED = re.compile(r"[^,;]*?\bto\s+(?:the|all|his|her|its|their|[A-Z])")
# "Putin's letter to Kim was received on Tuesday", "Putin's letter to Kim, received on Tuesday,":
# a receipt with the message as its subject.
_WAS_RECEIVED = re.compile(r"\b(?:was|were|been)\s+received\b|,\s+received\b", re.IGNORECASE)

# ", who (had) sent congratulations": a relative clause telling an earlier message of the one named.
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?:also\s+|then\s+|later\s+|on\s+\w+\s+)*"
                              r"(?:sent|sends|conveyed|extended|dispatched|forwarded|wrote)\b")
# "Kim sent back a message of thanks on Sunday": an answer to the leader whose message was just told.
_SENT_BACK = re.compile(r"\b(?:sent|sends|wrote|writes|fired|fires)\s+back\b|\b(?:replied|replies|responded|responds|answered|answers)\b")


def _sent_back(sentence: str) -> re.Match | None:
    """_SENT_BACK, tried only where one of its words is (asked of most sentences that name one leader)."""
    if "back" in sentence or "epl" in sentence or "espond" in sentence or "nswer" in sentence:  # any case
        return _SENT_BACK.search(sentence)
    return None
_RELATIVE_SENT = re.compile(r",\s+(?:who|which)\s+(?:had\s+)?(?:sent|extended|expressed|conveyed)\b", re.IGNORECASE)



@dataclass(frozen=True)
class Reported:
    sender: str
    recipient: str
    kind: str
    how: str  # which construction: 'send', 'exchange', 'receive', 'from-to', 'verb'


def _marker(sentence: str, mention: Mention, previous_end: int) -> str | None:
    before = sentence[previous_end:mention.start]
    m = _MARKER.search(before)
    if m and not (_ANOTHER_NAMED.fullmatch(before, m.end("marker"))
                  and not _tells_a_message(sentence[:previous_end + m.start()])):
        return m["marker"].lower()
    if v.FROM_BEFORE.search(before):
        return "from"
    if v.TO_BEFORE.search(before) or _TO_DESCRIBED.search(before):
        return "to"
    name = sentence[mention.start:mention.end]
    if mention.how == "role":  # a Russian office declines its first word: "Председателю Госсовета КНДР"
        name = name.split()[0]
    if v.DATIVE_NAME.search(name):
        return "to"
    if v.INSTRUMENTAL_NAME.search(name):
        if v.WITH_BEFORE.search(before):
            return "with"
        if v.RU_PASSIVE_SENT.search(sentence, 0, mention.start):
            return "by"
    if v.OF_MESSAGE_BEFORE.search(before):
        return "from"
    return None


def _tells_a_message(text: str) -> bool:
    return bool(v.NOUN_PATTERN.search(text) or v.SEND_VERBS.search(text) or v.RECEIVE_VERBS.search(text)
                or v.CONGRATULATE_VERBS.search(text) or v.THANK_VERBS.search(text))


def _collapse(mentions: list[Mention]) -> list[Mention]:
    """'Xi Jinping, President of China' is one person: keep the first of adjacent repeats."""
    out: list[Mention] = []
    for mention in mentions:
        if out and out[-1].leader == mention.leader:
            continue
        out.append(mention)
    return out


def analyse(sentence: str, mentions: list[Mention], context_sender: str | None = None,
            previous_sender: str | None = None) -> list[Reported]:
    """The messages one sentence reports, in each direction it states. context_sender is the leader
    the text was about just before: the sender of a passive "greetings were also sent to X";
    previous_sender the sender of the message reported just before: "He also sent a card to X"."""
    if not mentions:  # every report names at least one leader
        return []
    sentence, mentions = _without_questioned(sentence, mentions)
    answer = _sent_back(sentence) if previous_sender else None
    if len({m.leader for m in mentions}) < 2 and not (
            (context_sender and v.PASSIVE_SEND.search(sentence)) or (previous_sender and _PRONOUN_SUBJECT.match(sentence))
            or answer):
        return []  # one leader alone reports a message only as "greetings were sent to X", "He sent X ..."
    if v.HABITUAL.search(sentence):
        return []
    if is_cjk_sentence(sentence):
        return [Reported(s, r, kind, "send") for s, r, kind in analyse_cjk(sentence, _collapse(mentions))]
    response = _RESPONSE.search(sentence)
    if response:
        people = _collapse(mentions)
        after = [m.leader for m in people if m.start >= response.end()]
        before = [m.leader for m in people if m.end <= response.start()]
        sender = (after or before or [None])[0]
        others = [m.leader for m in people if m.leader != sender]
        if sender and others:
            return [Reported(sender, others[0], "reply", "verb")]
        return []
    opening = _opening_message(sentence, _collapse(mentions))
    if opening:
        return opening
    back = _BACK_REFERENCE.search(sentence)
    if back and not (v.SEND_VERBS.search(sentence[:back.start()]) or v.EXCHANGE_VERBS.search(sentence[:back.start()])
                     or v.RECEIVE_VERBS.search(sentence[:back.start()]) or _sent_in_russian(sentence, back, mentions)):
        return []
    in_response = v.IN_RESPONSE.search(sentence)
    if in_response and not any(m.end <= in_response.start() for m in mentions) and not (
            v.SEND_VERBS.search(sentence[:in_response.start()]) or v.RECEIVE_VERBS.search(sentence[:in_response.start()])):
        return []  # "The message was in reply to the one sent by Xi": what a told message answered
    answered = _answered_message(sentence)
    nouns = [n for n in v.nouns_in(sentence) if not _for_reason(sentence, n.start())
             and not (in_response and n.start() > in_response.end())
             and not (answered and answered[0] <= n.start() < answered[1])]
    relative = _RELATIVE_SENT.search(sentence)
    if relative and any(n.end() <= relative.start() for n in nouns):
        # "thanks to Putin, who sent congratulations": the clause names the message being answered.
        nouns = [n for n in nouns if n.end() <= relative.start()]
    congratulate = v.CONGRATULATE_VERBS.search(sentence)
    if congratulate and congratulate[0].lower().startswith("greet") and \
            v.GREETED_IN_PERSON.match(sentence, congratulate.end()):
        congratulate = None  # met at the door, not sent a message
    reply = v.REPLY_VERBS.search(sentence)
    people = _collapse(mentions)
    written = None if nouns or congratulate or reply else _written_to(sentence, people)
    if not nouns and not congratulate and not reply and not written:
        return []
    if not nouns and _SPOKEN.search(sentence):
        return []  # "In the speech, Kim congratulated President Putin": said, not sent
    passive = v.PASSIVE_SEND.search(sentence)
    # "He also sent a New Year greeting card to Xi": the pronoun is the leader the text was about.
    pronoun = _PRONOUN_SUBJECT.match(sentence) if previous_sender else None
    sent_back = _answer_to_previous(answer, people, nouns, previous_sender)
    if len({m.leader for m in people}) < 2 and not (
            (passive and context_sender and people and people[0].leader != context_sender)
            or (pronoun and people and people[0].leader != previous_sender) or sent_back):
        return []
    exchange = _exchange_of_messages(sentence)
    receive = v.RECEIVE_VERBS.search(sentence)
    send = v.SEND_VERBS.search(sentence)
    kind = _kind(nouns, congratulate, reply, sentence)
    if in_response and kind in v.GENERIC_KINDS:
        kind = "reply"
    if sent_back and len({m.leader for m in people}) == 1:
        return [Reported(people[0].leader, previous_sender, "reply" if kind in v.GENERIC_KINDS else kind, "send")]
    thank = v.THANK_VERBS.search(sentence)
    address = v.ADDRESS_VERBS.search(sentence)
    if not (exchange or receive or send or congratulate or reply or thank or address or passive):
        # "Kim's message to Xi was shorter": a message talked about, not reported; but one named
        # with both ends is: "A message in the opposite direction, from Putin to Kim, was made public".
        return _from_to(sentence, people, nouns, kind)
    convey = v.CONVEY_VERBS.search(sentence)
    if convey and kind == "greetings" and not any(m.end <= convey.start() for m in people):
        return []  # "Li conveyed Xi's greetings to Kim": a go-between's courtesy at a meeting

    markers: list[str | None] = []
    previous_end = 0
    for mention in people:
        markers.append(_marker(sentence, mention, previous_end))
        previous_end = mention.end
    # "to A, B and C", "from A, B and C": names listed after a 'to' or a 'from' share it.
    current = None
    for i, marker in enumerate(markers):
        if marker in ("to", "from", "by", "with"):
            current = marker
        elif marker in ("and", "including", None) and current in ("to", "from") and i > 0:
            if _LIST_GAP.fullmatch(sentence[people[i - 1].end:people[i].start]):
                markers[i] = current
            else:
                current = None  # "to Xi ... over the death of Jiang Zemin": the list has ended

    anchor = exchange or receive or send or congratulate or reply or thank or address or nouns[0]
    before = [(m, k) for m, k in zip(people, markers) if m.end <= anchor.start()]
    after = [(m, k) for m, k in zip(people, markers) if m.start >= anchor.end()]
    subjects = [m.leader for m, k in before if k in (None, "and")]
    out: list[Reported] = []

    if exchange:
        partners = [m.leader for m, k in zip(people, markers) if k == "with"]
        group = _unique(subjects + partners)
        if len(group) >= 2:
            first, others = group[0], group[1:]
            for other in others:
                out.append(Reported(first, other, kind, "exchange"))
                out.append(Reported(other, first, kind, "exchange"))
            return out
    senders = [m.leader for m, k in zip(people, markers) if k in ("from", "by")]
    recipients = [m.leader for m, k in zip(people, markers) if k == "to"]
    if anchor is receive and not (send or congratulate or reply or thank or address or passive or senders) and \
            not _WAS_RECEIVED.search(sentence) and all(_POSSESSIVE.match(sentence[m.end:]) for m, k in before if k is None):
        # "Kim's greetings to Putin were published ..., attention Chinese leaders have not received":
        # no leader is the one who received, so the verb does not report this message.
        return []
    possessive = message_owners(sentence, people)
    if receive and senders and subjects:
        return [Reported(s, subjects[0], kind, "receive") for s in senders if s != subjects[0]]
    if reply and not send and subjects and senders and reply.start() < min(
            m.start for m, k in zip(people, markers) if k in ("from", "by")):
        # "Xi replied to a letter from Kim": the one who replies answers the one the letter came from.
        return [Reported(subjects[0], s, "reply", "verb") for s in senders[:1] if s != subjects[0]]
    answered_leaders = [m.leader for m in people if answered and answered[0] <= m.start < answered[1]
                        and subjects and m.leader != subjects[0]]
    if answered_leaders:
        # "Xi sent a reply to the card Kim sent him": the one who replies answers the card's sender.
        return [Reported(subjects[0], answered_leaders[0], "reply", "send" if send else "verb")]
    if not senders:
        senders = possessive[:1] or _verb_clause(sentence, before, anchor)[:1] or subjects[:1]
        joined = _joined_subjects(sentence, [(m, k) for m, k in before if k in (None, "and")])
        if senders == joined[:1] and len(joined) > 1:
            senders = joined  # "Xi Jinping and Vladimir Putin sent messages to Kim": each sent one
    if not senders and passive and context_sender and not _other_agent(sentence, passive.end(), people):
        senders = [context_sender]
        # English names whom it was sent to ('were also sent to Xi'); Russian's dative needs no word
        # ('были направлены ... Си Цзиньпину'). Not 'The message was sent on Thursday, the day the
        # deputies elected Xi, replacing Hu': that dates the message told before.
        recipients = recipients or ([] if passive.group().isascii() else
                                    [m.leader for m in people if m.start >= passive.end()])
    if not senders and pronoun and send:
        senders = [previous_sender]
        recipients = recipients or [m.leader for m in people if m.start >= send.end()][:1]
    if not senders and after:
        senders = [m.leader for m, k in after if k is None][:1]
    if not recipients and send:
        # "Putin sent Kim a birthday message", "Shoigu handed Kim a letter": named right after the verb.
        recipients = [m.leader for m, k in zip(people, markers) if k is None and m.start >= send.end()
                      and _BEFORE_OBJECT.fullmatch(sentence[send.end():m.start])
                      and any(n.start() >= m.end for n in nouns)][:1]
    meeting = v.MEETING_VERBS.search(sentence)
    if not recipients and send and meeting and "from" in markers and kind != "greetings":
        # "Dai Bingguo, special envoy of the Chinese head of state, met Kim Jong Il and conveyed a
        # verbal message from President Hu Jintao": the one the envoy met receives it (greetings
        # passed on at a meeting are a courtesy, not a message).
        recipients = [m.leader for m, k in zip(people, markers) if k in (None, "with") and m.start >= meeting.end()
                      and _MET_OBJECT.fullmatch(sentence[meeting.end():m.start]) and m.leader not in senders][:1]
    if not recipients and send and v.PRONOUN_OBJECT.match(sentence, send.end()):
        # 'him' is the one other leader the sentence names ("..., elected Kim Jong Un general
        # secretary, Xi Jinping sent him a congratulatory message"), else the one named before the
        # verb ("met with Kim and handed him a letter from Xi").
        others = _unique([m.leader for m in people if m.leader not in senders])
        recipients = others if len(others) == 1 else [m.leader for m, k in before if m.leader not in senders][-1:]
    # "Kim told Putin he would ... and offered his full support ... in a message": told before offered
    verb = congratulate or reply or thank or (address if not send or address and address.start() < send.start() else None)
    if not recipients and verb:
        # "Kim thanked Putin ... in a message": the object of the verb is the recipient.
        objects = [m.leader for m, k in zip(people, markers) if m.start >= verb.end() and k is None]
        recipients = objects[:1] or [m.leader for m, k in after if k is None][:1]
    how = "send" if send else "verb"
    for sender in _unique(senders) if len(senders) > 1 and recipients and not set(senders) & set(recipients) \
            else senders[:1]:
        for recipient in _unique(recipients):
            if recipient != sender:
                out.append(Reported(sender, recipient, kind, how))
    return out



# The agent of a passive sending: "... was sent to Putin by the head of the Cabinet, Premier Kim Yong Il"
# (not "reported by KCNA", "by telegram", "by Monday").
_AGENT = re.compile(r"(?<!reported\s)(?<!carried\s)(?<!published\s)(?<!quoted\s)\bby\s+(?:the\s+|his\s+|her\s+)?"
                    r"(?!(?:telegram|cable|fax|mail|e-?mail|post|courier|hand|phone|diplomatic|state\s+media|"
                    r"KCNA|Xinhua|TASS|Yonhap|RIA|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"way|means|order|the\s+end)\b)(?=[A-Za-z])", re.IGNORECASE)


# Words said, not sent: "In the speech, Kim congratulated ...", "during their phone call, Xi thanked ...".
_SPOKEN = re.compile(r"\b(?:in|during)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:speech|address|remarks|toast|"
                     r"interview|briefing|press\s+conference|talks|conversation|phone\s+call|telephone\s+call|call)\b",
                     re.IGNORECASE)


def _other_agent(sentence: str, after: int, people: list[Mention]) -> bool:
    """Whether the passive names who sent it ('by ...') and that is no leader the sentence names:
    then it is not the leader the text was about."""
    agent = _AGENT.search(sentence, after)
    return agent is not None and not any(agent.start() <= m.start <= agent.end() + 40 for m in people)


# "In a message of thanks sent Friday, Kim said ...", "In a letter to Xi, Kim wrote ...": a message the
# sentence opens with, sent by the subject of the clause after it.
_IN_A_MESSAGE = re.compile(r"^\s*In\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?=" + v.NOUN_PATTERN.pattern + r")[^,]*,\s*",
                           re.IGNORECASE)
# "In his congratulatory message to Kim, Putin said ...": the same, when no report before it told that message.
_IN_OWN_MESSAGE = re.compile(r"^\s*In\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?=" + v.NOUN_PATTERN.pattern + r")[^,]*,\s*",
                             re.IGNORECASE)


# "Kim Jong Un, in a letter to Vladimir Putin marking Russia Day, said ...": the same, set after the subject.
_IN_A_MESSAGE_AFTER = re.compile(r",\s*in\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?=" + v.NOUN_PATTERN.pattern + r")[^,]*,",
                                 re.IGNORECASE)


# "Kim, in his own message to Hu, said ...": the same, set after the subject.
_IN_OWN_MESSAGE_AFTER = re.compile(r",\s*in\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?=" +
                                   v.NOUN_PATTERN.pattern + r")[^,]*,", re.IGNORECASE)
# "the North Korean leader in a letter to the Russian head of state stressed ...": the same, with no commas.
_IN_A_MESSAGE_TO = re.compile(r"\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?=" + v.NOUN_PATTERN.pattern + r")[\w-]+\s+to\s",
                              re.IGNORECASE)
_IN_OWN_MESSAGE_TO = re.compile(r"\s+in\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?=" + v.NOUN_PATTERN.pattern +
                                r")[\w-]+\s+to\s", re.IGNORECASE)
# "Hu Jintao told Kim Jong Il in his message that ...": the one told is the one it went to.
_TOLD_IN_MESSAGE = re.compile(r"\b(?:told|assured|informed|urged)\b(?P<whom>[^,.;:]{1,120}?)\bin\s+(?:his|her|their)\s+"
                              r"(?:own\s+)?(?:[\w-]+\s+){0,2}?(?=" + v.NOUN_PATTERN.pattern + r")", re.IGNORECASE)


def _answer_to_previous(answer: re.Match | None, people: list[Mention], nouns: list[re.Match],
                        previous_sender: str | None) -> bool:
    """Whether the one leader the sentence names answers (answer: its 'sent back', 'replied'), by a
    message, the leader whose message was told just before: "Kim sent back a message of thanks on
    Sunday", "Kim replied in a letter"."""
    if answer is None or len({m.leader for m in people}) != 1 or people[0].leader == previous_sender \
            or people[0].end > answer.start():
        return False
    return bool(nouns) or answer.group().lower().endswith("back")


def own_message_told(sentence: str, mentions: list[Mention]) -> list[Reported]:
    """The message "In his message to Kim, Putin said ..." (or "Hu told Kim in his message that")
    tells, for an article that has not reported it before (else the sentence only says what kind it
    was: told_kind)."""
    people = _collapse(mentions)
    told = _TOLD_IN_MESSAGE.search(sentence)
    if told:
        senders = [m for m in people if m.end <= told.start()]
        told_to = [m for m in people if told.start("whom") <= m.start < told.end("whom")]
        if senders and told_to and senders[-1].leader != told_to[0].leader:
            return [Reported(senders[-1].leader, told_to[0].leader,
                             _kind(_nouns(sentence[told.end():]), None, None, sentence), "send")]
    return _opening_message(sentence, people, _IN_OWN_MESSAGE, _IN_OWN_MESSAGE_AFTER, _IN_OWN_MESSAGE_TO)


def _opening_message(sentence: str, people: list[Mention], opening_pattern: re.Pattern = _IN_A_MESSAGE,
                     after_pattern: re.Pattern = _IN_A_MESSAGE_AFTER,
                     to_pattern: re.Pattern = _IN_A_MESSAGE_TO) -> list[Reported]:
    opening = opening_pattern.match(sentence)
    addressed = [m for m in people if opening and m.end <= opening.end() and _marker(sentence, m, 0) == "to"]
    if addressed:
        # "In a joint message to Kim Jong Il, ..., Chinese President Hu Jintao ... described": the one
        # it went to is named in the phrase, the one who sent it after, titles and co-signers between.
        sender = next((m for m in people if m.start >= opening.end() and m.leader != addressed[0].leader), None)
        return [Reported(sender.leader, addressed[0].leader, _kind(_nouns(sentence), None, None, sentence), "send")] \
            if sender else []
    if opening is not None:
        subject = next((m for m in people if m.start >= opening.end()), None)
        if subject is None or not _BEFORE_OBJECT.fullmatch(sentence[opening.end():subject.start]):
            return []
    else:
        opening = (after_pattern.search(sentence, people[0].end, people[0].end + 80)
                   or to_pattern.match(sentence, people[0].end)) if people else None
        subject = people[0] if opening and not sentence[people[0].end:opening.start()].strip(" ,") else None
        if subject is None or v.SEND_VERBS.search(sentence, 0, opening.start()):
            return []
    others = _unique([m.leader for m in people if m.leader != subject.leader])
    if len(others) != 1:
        return []
    return [Reported(subject.leader, others[0], _kind(_nouns(sentence), None, None, sentence), "send")]


def _nouns(sentence: str) -> list[re.Match]:
    """The message nouns of a sentence that name the message, not a reason for it."""
    return [n for n in v.nouns_in(sentence) if not _for_reason(sentence, n.start())]


def _from_to(sentence: str, people: list[Mention], nouns: list[re.Match], kind: str) -> list[Reported]:
    for sender, recipient in pairwise(people):
        if sender.leader != recipient.leader and _marker(sentence, sender, 0) == "from" and \
                _JUST_TO.fullmatch(sentence, sender.end, recipient.start) and \
                any(n.end() <= sender.start and _NOUN_TO_FROM.fullmatch(sentence, n.end(), sender.start) for n in nouns):
            return [Reported(sender.leader, recipient.leader, kind, "verb")]
    return []


# Between the message and its 'from': a few words of its own ("in the opposite direction,"), not a
# comparison ("... was shorter than the one from Putin").
_NOUN_TO_FROM = re.compile(r"(?:(?!\b(?:than|like|unlike|as)\b)[^.;:!?]){0,40}?,?\s*(?i:from)\s+" + rf"(?:{_TITLE_WORDS}\s*)*")
_JUST_TO = re.compile(rf"(?:\s*{_TITLE_WORDS})*\s+(?i:to)\s+(?:(?i:the)\s+)?(?:{_TITLE_WORDS}\s*)*")


def handed_over(sentence: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """(sender, kind) of a message a go-between hands over without naming to whom: "Li conveyed a
    letter from Xi Jinping, in which ...". The one it went to is the leader the envoy met."""
    hand = v.HAND_VERBS.search(sentence)
    nouns = [n for n in v.nouns_in(sentence) if hand and n.start() >= hand.end()]
    if not nouns or any(m.end <= hand.start() for m in mentions):
        return None
    sender = next((m for m in mentions if m.start >= nouns[0].end()), None)
    if sender is None or _marker(sentence, sender, nouns[0].end()) != "from":
        return None
    return sender.leader, v.most_specific(v.noun_kinds(nouns[:1]))


# Whose envoy the one met is: "received Choe Ryong Hae, the special envoy of ... Kim Jong Un".
_ENVOY_OF = re.compile(r"\b(?:special\s+|personal\s+)?(?:envoy|emissary|representative|messenger)\s+(?:of|from)\s+"
                       r"(?:[\w'’.-]+\s+){0,5}?$", re.IGNORECASE)


def envoy_handed_over(sentence: str, mentions: list[Mention]) -> tuple[str, str, str] | None:
    """(sender, recipient, kind) of a letter an envoy handed over at the meeting the sentence tells:
    "Xi received Choe, the special envoy of Kim Jong Un, who handed over a personal letter from the
    young leader". The leader who met the envoy receives it; the one who sent the envoy wrote it."""
    hand = v.HAND_VERBS.search(sentence)
    meeting = v.MEETING_VERBS.search(sentence, 0, hand.start()) if hand else None
    if meeting is None:
        return None
    nouns = [n for n in v.nouns_in(sentence) if n.start() >= hand.end()]
    hosts = [m for m in mentions if m.end <= meeting.start()]
    envoys_of = [m for m in mentions if meeting.end() <= m.start < hand.start()
                 and _ENVOY_OF.search(sentence[meeting.end():m.start])]
    if not nouns or not hosts or not envoys_of or any(m.start >= hand.end() for m in mentions):
        return None  # a leader named after the verb ("a letter from Xi") is handed_over's
    recipient, sender = hosts[-1].leader, envoys_of[0].leader
    if recipient == sender:
        return None
    return sender, recipient, v.most_specific(v.noun_kinds(nouns[:1]))


def _joined_subjects(sentence: str, before: list[tuple[Mention, str | None]]) -> list[str]:
    """The subjects named one after another, joined by 'and' or a list's commas and titles."""
    joined: list[Mention] = []
    for mention, _ in before:
        if joined and not (_LIST_GAP.fullmatch(sentence[joined[-1].end:mention.start])
                           and re.search(r"\band\b|,", sentence[joined[-1].end:mention.start])):
            joined = []
        joined.append(mention)
    return _unique([m.leader for m in joined])


def message_owners(sentence: str, mentions: list[Mention]) -> list[str]:
    """The leaders named as a message's owner: "Xi's message", "Kim's reply"."""
    return [m.leader for m in mentions if _POSSESSIVE_NOUN.match(sentence[m.end:])]


def _verb_clause(sentence: str, before: list[tuple[Mention, str | None]], anchor: re.Match) -> list[str]:
    """The subjects in the verb's own clause, no comma between: "On 11 January, the day after
    delegates elected Kim Jong Un general secretary, Xi Jinping sent him a message" - Xi."""
    return [m.leader for m, k in before if k in (None, "and") and "," not in sentence[m.end:anchor.start()]]


def _answered_message(sentence: str) -> tuple[int, int] | None:
    """Where a reply's words describe the message it answers ("a reply to the card Kim sent him")."""
    m = v.ANSWERED_MESSAGE.search(sentence)
    if m and v.NOUN_PATTERN.search(m["answered"]):
        return m.start("answered"), m.end("answered")
    return None


def _without_questioned(sentence: str, mentions: list[Mention]) -> tuple[str, list[Mention]]:
    """The sentence with its questioned, denied and foreseen clauses and quoted headlines blanked
    (offsets kept), and the leaders named outside them."""
    spans = [m.span() for pattern in (v.QUESTIONED, v.NEGATED, v.FORESEEN, v.QUOTED_HEADLINE)
             for m in pattern.finditer(sentence)]
    if not spans:
        return sentence, mentions
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence, [m for m in mentions if not any(start <= m.start < end for start, end in spans)]


def told_kind(sentence: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """(sender, kind) when a sentence tells what a message already reported says and names its kind:
    "In his message of greeting to Putin, Kim said ..." makes the exchanged 'messages' Kim's greetings."""
    back = _BACK_REFERENCE.search(sentence)
    if back is None:
        return None
    phrase_end = sentence.find(",", back.end())
    phrase_end = phrase_end if phrase_end > 0 else back.end()
    kinds = [k for k in v.noun_kinds(list(v.nouns_in(sentence[back.start():phrase_end]))) if k not in v.GENERIC_KINDS]
    speaker = next((m.leader for m in mentions if m.start >= phrase_end), None)
    return (speaker, v.most_specific(kinds)) if kinds and speaker else None


def lone_answer(sentence: str, mentions: list[Mention]) -> str | None:
    """The kind of a thanks or a reply the one leader named sends without naming whom to: "In a
    message of thanks sent on Sunday, Kim said ...". It answers a message the article reported."""
    if len({m.leader for m in mentions}) != 1 or is_cjk_sentence(sentence) or v.HABITUAL.search(sentence):
        return None
    back = _BACK_REFERENCE.search(sentence)
    nouns = [n for n in v.nouns_in(sentence) if not _for_reason(sentence, n.start())]
    reply = v.REPLY_VERBS.search(sentence) or _RESPONSE.search(sentence)
    if back or not nouns or not (v.SEND_VERBS.search(sentence) or v.THANK_VERBS.search(sentence) or reply):
        return None
    sent = any(not m.group().lower().startswith("express") for m in v.SEND_VERBS.finditer(sentence))
    if not (sent or reply) and not any(v.noun_kind(n) in ("thanks", "reply") for n in nouns):
        return None  # "Putin listened to the message and expressed gratitude": said, not sent
    if any(_marker(sentence, m, 0) in ("to", "from", "by", "with") for m in mentions) or \
            _ADDRESSED.match(sentence, nouns[0].end()):
        return None
    kind = _kind(nouns, None, reply, sentence)
    return kind if kind in ("thanks", "reply") else None


_WRITTEN_TO_REACH = 2  # characters between the verb and the leader written to


def _written_to(sentence: str, people: list[Mention]) -> re.Match | None:
    """"wrote to Kim", "написал северокорейскому лидеру": the verb right before the one written to,
    after the one who wrote."""
    for m in v.WRITE_TO.finditer(sentence):
        if any(0 <= p.start - m.end() <= _WRITTEN_TO_REACH for p in people) and any(p.end <= m.start() for p in people):
            return m
    return None


def _kind(nouns: list[re.Match], congratulate, reply, sentence: str) -> str:
    kinds = v.noun_kinds(nouns)
    if congratulate and kinds and _for_reason(sentence, congratulate.start()):
        # "a message of thanks for congratulating him": the verb gives the reason, not the kind.
        congratulate = None
    if congratulate and congratulate.group(0).lower().startswith(("congratulat", "felicitat", "поздрав")):
        kinds.append("congratulations")
    elif congratulate:
        kinds.append("greetings")
    if reply and not kinds:
        kinds.append("reply")
    if v.THANK_VERBS.search(sentence) and set(kinds) <= set(v.GENERIC_KINDS):
        kinds.append("thanks")
    return v.most_specific(kinds) if kinds else "message"


# "exchanged congratulatory messages", "messages were exchanged": what the leaders exchanged is a
# message. Not "deepen exchanges in all fields", the other sense of the word.
_EXCHANGED_WHAT = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?=" + v.NOUN_PATTERN.pattern + ")", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:also\s+)?$", re.IGNORECASE)


def _exchange_of_messages(sentence: str) -> re.Match | None:
    for m in v.EXCHANGE_VERBS.finditer(sentence):
        if _EXCHANGED_WHAT.match(sentence, m.end()) or _PASSIVE_BEFORE.search(sentence[:m.start()]):
            return m
    return None


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
