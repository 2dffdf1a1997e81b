"""The words that report a message, as data: noun phrases with their kind, and the verbs.

Ordered by specificity: when one message is reported in several sentences with different words
("a warm message", "congratulatory messages"), the most specific kind wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from generator.dates import MONTH_NAMES
from generator.extract.stems import may_report

# (kind, pattern) - a noun phrase naming what was sent. The first to match at a place wins.
MESSAGE_NOUNS: tuple[tuple[str, str], ...] = (
    ("verbal-message", r"verbal\s+messages?|oral\s+messages?|устн\w+\s+послани\w*|口信"),
    ("condolences", r"(?:messages?|letters?|telegrams?|cables?)\s+of\s+(?:deep\s+|sincere\s+|heartfelt\s+)?condolences?|"
                    r"condolence\s+(?:messages?|letters?|telegrams?|cables?)|condolatory\s+(?:messages?|letters?|telegrams?)|condolences?|"
                    r"соболезновани\w*|唁电"),
    ("sympathy", r"(?:messages?|letters?)\s+of\s+sympathy|sympathy\s+(?:messages?|letters?)|sympathy|сочувстви\w*|慰问电?"),
    ("reply", r"repl(?:y|ies)\s+(?:messages?|letters?|telegrams?|cables?)|messages?\s+in\s+reply|"
              r"(?:letters?|messages?)\s+of\s+reply|repl(?:y|ies)|answer(?:ing)?\s+(?:messages?|letters?)|"
              r"ответн\w+\s+(?:послани|телеграмм|письм)\w*|回电|回信|답전|회답"),
    ("congratulations", r"birthday\s+(?:messages?|cards?|letters?|telegrams?)|congratulatory\s+(?:messages?|letters?|telegrams?|cables?|notes?)|"
                        r"(?:messages?|letters?|telegrams?|cables?)\s+of\s+congratulations?|"
                        r"congratulations?|felicitations?|greetings\s+and\s+congratulations|"
                        r"поздравлени(?!\w*\s+с\s+(?:Новым\s+годом|Рождеством))\w*|"
                        r"поздравительн\w+\s+(?:послани|телеграмм|письм)\w*|贺电|贺信"),
    ("thanks", r"(?:messages?|letters?|notes?)\s+of\s+(?:thanks|gratitude)|thank[- ]you\s+(?:messages?|letters?|notes?)|"
               r"(?:messages?|letters?)\s+thanking|благодарност\w*|благодарственн\w+\s+послани\w*|感谢信"),
    ("greetings", r"(?:new\s+year(?:'s|’s)?\s+)?greeting\s+cards?|new\s+year(?:'s|’s)?\s+cards?|"
                  r"(?:messages?|letters?|cards?|telegrams?)\s+of\s+greetings?|greetings?(?:\s+(?:messages?|cards?|letters?))?|"
                  r"new\s+year(?:'s|’s)?\s+(?:messages?|greetings)|(?:new\s+year|best|good)\s+wishes|приветстви\w*|cards?|"
                  r"приветственн\w+\s+(?:послани|телеграмм|письм)\w*|"
                  # The Kremlin's "New Year greetings": "поздравления с Новым годом", "новогодние послания".
                  r"поздравлени\w*\s+с\s+(?:Новым\s+годом|Рождеством)|новогодн\w+\s+(?:поздравлени|послани)\w*|"
                  r"(?:новогодн\w+\s+)?(?:поздравительн\w+\s+)?открытк\w*"),
    ("letter", r"(?:personal\s+|autographed\s+|handwritten\s+)?letters?|письм[оа]\w*|亲笔信"),
    ("message", r"messages?|telegrams?|cables?|missives?|послани\w*|телеграмм\w*|"
                # "the Russian leader's note, dated Sunday", "in a note to Kim"; not "analysts note that"
                # (the word first, then what stands before it: lookbehinds tried at every position cost)
                r"note(?:(?<=\ba\snote)|(?<=\bthe\snote)|(?<=\bhis\snote)|(?<=\bher\snote)|(?<=['’]s\snote)|"
                r"(?<=\bday\snote)|(?<=personal\snote)|(?<=handwritten\snote)|(?<=\bbrief\snote)|(?<=\bwarm\snote)|"
                r"(?<=\bshort\snote))s?(?=[ ,])(?!\s+(?:that|of)\b)"),
)
# Kinds a later, more specific report of the same message may refine.
GENERIC_KINDS = ("message", "letter")
KIND_ORDER = ("verbal-message", "condolences", "sympathy", "congratulations", "thanks", "greetings",
              "reply", "letter", "message")

# A noun starts a word ('newsletter' holds no letter), or anywhere in Chinese, Japanese or Korean; testing
# that first spares the regex engine trying every noun at every position (3.5x faster).
NOUN_PATTERN = re.compile(r"(?:(?<!\w)|(?=[\u3000-\u9fff\uac00-\ud7af]))(?:" +
                          "|".join(f"(?P<{kind.replace('-', '_')}>{p})" for kind, p in MESSAGE_NOUNS) + ")",
                          re.IGNORECASE)


@lru_cache(maxsize=256)
def nouns_in(sentence: str) -> tuple[re.Match, ...]:
    """Every message noun of a sentence. Cached: the clause, lead and answer rules each ask for
    the same sentence's nouns, and this alternation costs ~0.2 ms a sentence; a sentence with no
    report stem (most) holds none of them (tests/test_vocabulary.py checks the stems cover them)."""
    if not may_report(sentence.lower()):
        return ()
    return tuple(NOUN_PATTERN.finditer(sentence))

# Verbs, by what they say about who sent what.
SEND_VERBS = re.compile(r"\b(?:sent|sends?|sending|dispatched|dispatche?s|addressed|address(?:es)?|"
                        r"forwarded|forwards?|conveyed|conveys?|delivered|delivers?|transmitted|extended|"
                        r"extends?|expressed|express(?:es)?|offered|offers?|wrote|writes?|written|"
                        r"directed|despatched|issued|handed|handing|fired\s+off|fires\s+off|penned|pens|направил[аи]?|отправил[аи]?|передал[аи]?|выразил[аи]?|адресовал[аи]?|"
                        r"написал[аи]?|"
                        # the passive: "телеграмма была направлена ...", "телеграмма, направленная вчера ..."
                        r"направлен[а-я]*|отправлен[а-я]*)\b", re.IGNORECASE)
EXCHANGE_VERBS = re.compile(r"\b(?:exchanged|exchanges?|exchanging|swapped|traded|обменял(?:ись|ась|ся|и)|обмениваются)\b",
                            re.IGNORECASE)
# 'Xi was handed a verbal message from Kim': the one handed it receives it (not 'was handed to Kim').
RECEIVE_VERBS = re.compile(r"\b(?:received|receives?|receiving|got|gets|obtained|получил[аи]?|"
                           r"(?:was|were)\s+(?:handed|given|presented\s+with)(?!\s+(?:over\s+)?to\b))\b", re.IGNORECASE)
CONGRATULATE_VERBS = re.compile(r"\b(?:congratulated|congratulates?|congratulating|felicitated|greeted|greets?|поздравил[аи]?)\b",
                                re.IGNORECASE)
# A greeting in person, not by message: "Putin greeted Kim at the entrance of the spaceport", "at Pyongyang's airport",
# "greeted him warmly upon arrival". Matched against the words after the verb.
GREETED_IN_PERSON = re.compile(r"\s*(?:[\w.'’-]+\s+){0,8}?(?:at\s+(?:the|a|an|his|her|their)\b|(?-i:at\s+[A-Z][\w'’-]+)|upon\b|"
                               r"on\s+(?:his|her|their|its)\s+arrival\b|in\s+person\b|face\s+to\s+face\b|"
                               r"with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:handshake|hug|embrace|bow)\b)", re.IGNORECASE)
# Not the noun after a possessive or an article: "Putin's reply to Kim's greetings".
REPLY_VERBS = re.compile(r"(?<!'s\s)(?<!’s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)"
                         r"\b(?:replied|replies|reply|responded|responds?|answered|answers?|"
                         r"(?:wrote|written|writes|write)\s+back)\s+(?:to\b)?",
                         re.IGNORECASE)
# "a reply to the New Year card Kim sent him", "an answer to Kim's letter": to the clause's end, the
# words describe the message answered, and a leader named there is the one the reply goes to.
ANSWERED_MESSAGE = re.compile(r"\b(?:repl(?:y|ies)|answers?|responses?)\s+(?:(?:on|last|this)\s+\w+\s+)?to\s+"
                              r"(?P<answered>[^,;.]{1,160})",
                              re.IGNORECASE)
# Verbs whose object is the one addressed: "Xi told Kim in a New Year message".
ADDRESS_VERBS = re.compile(r"\b(?:told|tells?|telling|wished|wishes|wishing|assured|assures?|urged|urges?|"
                           r"пожелал[аи]?|заверил[аи]?)\b",
                           re.IGNORECASE)
THANK_VERBS = re.compile(r"\b(?:thanked|thanks|thanking|(?:expressed|expresses|conveyed|extended)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:gratitude|appreciation))\b", re.IGNORECASE)
# An envoy handing over a leader's letter ("Wang handed over to Kim a personal letter from Hu"):
# done at a meeting, whose day dates it when the sentence gives none.
# "Putin wrote to Kim that ...", "Путин написал северокорейскому лидеру": a letter, with no word for it.
WRITE_TO = re.compile(r"\b(?:wrote|writes|has\s+written|had\s+written)\s+(?:back\s+)?to\b|\bнаписал[аи]?\b", re.IGNORECASE)
HAND_VERBS = re.compile(r"\b(?:handed|handing|conveyed|conveying|delivered|delivering|передал[аи]?|вручил[аи]?)\b|"
                        r"전달(?:하였|했|하)|转交|递交|转达|手渡|伝達", re.IGNORECASE)
# The meeting at which a letter was handed over: "Kim met with Wang on Friday", "received the delegation".
MEETING_VERBS = re.compile(r"\b(?:met|meets|meeting|received|receives|receiving|talks|встретил[аи]?с[ья]|принял[аи]?|"
                           r"переговоры)\b|접견|회견|회담|만나|会见|会晤|接见|会談|会見", re.IGNORECASE)



def noun_kind(match: re.Match) -> str:
    return match.lastgroup.replace("_", "-")


# The words that carry a message; with a kind word they name what was sent: "a message of sympathy",
# "a condolence telegram", "a congratulatory letter".
_CARRIER = re.compile(r"messages?|letters?|telegrams?|cables?|cards?|notes?|послани\w*|телеграмм\w*|письм\w*",
                      re.IGNORECASE)


def _names_the_message(match: re.Match) -> bool:
    return noun_kind(match) not in GENERIC_KINDS and bool(_CARRIER.search(match.group(0))) \
        and not _CARRIER.fullmatch(match.group(0))


def noun_kinds(nouns: list[re.Match]) -> list[str]:
    """The kinds the nouns give. What the message is called beats what it said: in "a message of
    sympathy ..., offering condolences to the families" the bare 'condolences' is its content."""
    return [noun_kind(n) for n in nouns if _names_the_message(n)] or [noun_kind(n) for n in nouns]


def most_specific(kinds: list[str]) -> str:
    return min(kinds, key=KIND_ORDER.index)

# Words that tell a habit or a tally, not one message: "who receives New Year cards from Kim every year".
HABITUAL = re.compile(r"\b(?:(?:every|each)\s+(?:[\w-]+\s+){0,2}?(?:year|anniversary|occasion|holiday|birthday|time)|"
                      rf"(?:every|each)\s+(?:{MONTH_NAMES}|spring|summer|autumn|fall|winter)|"
                      r"annually|like\s+clockwork|routinely|regularly|customarily|habitually|in\s+(?:recent|past|previous|earlier|other)\s+years|"
                      r"over\s+the\s+(?:past\s+|last\s+)?(?:years|decades)|for\s+(?:many\s+)?years|"
                      r"year\s+after\s+year|twice\s+a\s+year|more\s+often|more\s+frequently|less\s+often|"
                      r"than\s+(?:in\s+)?any\s+(?:previous|other|earlier)|(?:several|many|numerous|countless|\d+|(?:dozens|scores|hundreds)\s+of)\s+times|"
                      # "Kim has since exchanged messages with the Russian leader on holidays and anniversaries"
                      r"(?:has|have)\s+since\s+(?:sent|exchanged|traded|received|written)|on\s+(?:\w+\s+)?holidays\s+and\s+anniversaries|"
                      # "Putin remains the only foreign leader whose New Year card to Kim gets quoted at length"
                      r"only\s+(?:[\w-]+\s+){0,2}leaders?\s+whose|"
                      # "Kim now writes to Putin on Russia Day (June 12), Victory Day (May 9) ...": a new habit
                      r"now\s+(?:writes|sends|exchanges|trades|greets|congratulates))\b|"
                      # every year, in Korean, Chinese, Japanese and Russian
                      r"해마다|매년|每年|毎年|ежегодно|каждый\s+год|регулярно\b|"
                      # "the letters Kim has addressed to Putin and Xi over the past twelve months"
                      r"\bover\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:months|weeks)\b|"
                      # "exchange messages on fixed dates", "for most of the 2010s the two leaders exchanged ..."
                      r"\bon\s+(?:fixed|set|the\s+same)\s+dates\b|\b(?:steady\s+|constant\s+)?stream\s+of\s+(?:messages|letters|greetings)\b|\b(?:for\s+(?:most|much)\s+of|throughout|during|in)\s+the\s+"
                      r"(?:19|20)\d0s\b",
                      re.IGNORECASE)
# Words that put the sending before the news: "Kim had sent a message on March 10", "Kim earlier received",
# "Last month, Kim and Xi exchanged verbal messages" (as a month named before the news month does).
PAST_REPORT = re.compile(r"\b(?:had\s+(?:(?:also|earlier|already)\s+)?(?:sent|exchanged|received|written|congratulated|"
                         r"thanked|replied|conveyed|expressed|offered|extended|delivered|addressed|handed)|"
                         # not "earlier in the day", "earlier today": the day of the news; not "a day earlier": the day before it
                         r"(?<!\ba\sday\s)(?<!\bone\sday\s)earlier(?!\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon|evening)))|"
                         rf"previously|last\s+(?:year|month|{MONTH_NAMES})|^\s*last\s+week\b|in\s+the\s+past|"
                         r"(?:years?|months?|weeks?)\s+ago|back\s+in|в\s+прошлом\s+году|ранее|"
                         # "a week before the visit", "За неделю до визита"
                         r"(?:a|one|two|three|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+before\b|"
                         r"за\s+(?:\w+\s+)?(?:день|дня|дней|неделю|недели|недель|месяц|месяца)\s+до\b|"
                         r"(?:год|года|лет|месяц|месяца|месяцев|недел[юиь])\s+назад|"
                         # "As Interfax reported, ...", "as previously reported": news told before
                         r"как\s+(?:уже\s+|ранее\s+)?сообщал[аио]?(?:сь)?|as\s+(?:previously|earlier)\s+reported|"
                         r"as\s+reported\s+(?:earlier|previously|before)|as\s+(?:covered|reported|noted)\s+in\s+(?:last|an\s+earlier|a\s+previous|our)\b|during\s+that\s+(?:trip|visit|meeting)|"
                         r"at\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+(?:month|year)|"
                         # "after a year in which Kim received a letter from Xi": a span of time gone by
                         r"(?:after|during|over|in)\s+(?:a|the)\s+(?:year|month|decade|period)\s+(?:in\s+which|when|during\s+which))\b|"
                         # Korean "지난해"/"작년" (last year), "…한 바 있다" (has done before), "…개월 전" (months
                         # ago); Chinese "去年", "此前", "…个月前" (months ago), "…年前" (years ago)
                         r"지난해|작년|바\s*있|^\s*앞서\s|(?<!\d)\d{1,2}\s*(?:개월|년)\s*전(?![\uac00-\ud7a3])|(?:한|두|세|몇)\s*(?:달|해|년)\s*전(?![\uac00-\ud7a3])|"
                         r"去年|此前|个月前|(?<![\d])[\d一二三四五六七八九十两几多]{1,2}年前|时任|時任|"
                         # "金正恩曾致电习近平" (Kim had once sent Xi a message)
                         r"曾经?(?:致|发|向|给|互|同|与)",
                         re.IGNORECASE)
# A sending with no sender named: "Greetings were also sent to ...".
PASSIVE_SEND = re.compile(r"\b(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:sent|addressed|dispatched|"
                          r"conveyed|forwarded|delivered)\b|"
                          # "Открытки были направлены ... Си Цзиньпину, ... Путину"
                          r"\b(?:был[аои]?|были)\s+(?:также\s+)?(?:направлен|отправлен|передан)[аоы]?\b|"
                          # "a telegram had gone out to Kim", "телеграмма ушла в Пхеньян на имя Ким Чен Ына"
                          r"\b(?:went|had\s+gone|has\s+gone|have\s+gone)\s+out\s+to\b|"
                          r"\b(?:ушл[аои]|ушли|направлен[аоы]?|отправлен[аоы]?)\b(?=[^.;]{0,60}?\b(?:на\s+имя|в\s+адрес)\b)",
                          re.IGNORECASE)
# Verbs of carrying another's words: "Li conveyed Xi's greetings to Kim" (a go-between, not the sender).
CONVEY_VERBS = re.compile(r"\b(?:conveyed|conveys?|conveying|relayed|relays?|passed\s+on|delivered|delivers?)\b",
                          re.IGNORECASE)
# "in response to Kim's message thanking him": what follows is the message answered, not this one.
IN_RESPONSE = re.compile(r"\b(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|replying\s+to)\b", re.IGNORECASE)

# "on the eve of the holiday", "on New Year's Eve": sent the day before the occasion.
EVE = re.compile(r"\bon\s+(?:the\s+)?eve\s+of\b|\bnew\s+year(?:'s|’s)?\s+eve\b", re.IGNORECASE)
# "did not mention whether Kim sent a card to Xi", "if Putin writes back": a sending asked about or
# supposed, up to the end of its clause, is not reported.
QUESTIONED = re.compile(r"\b(?:whether|if)\b[^,;:]*", re.IGNORECASE)
# A headline quoted as such: 'carried the report under the headline «Ким Чен Ын выразил Путину
# соболезнования»' retells the story, it does not report another message.
QUOTED_HEADLINE = re.compile(r"\b(?:under\s+the\s+(?:head(?:line|ing)|title)|headlined|titled|entitled|под\s+заголовком)"
                             r"\s*[:,]?\s*(?:[«\"“‘]|')[^»\"”’]{1,200}(?:[»\"”’]|')", re.IGNORECASE)
# A sending still to come: "Kim and Xi are widely expected to exchange messages on Sunday", "Kim will
# send a card", "Putin plans to write to Kim", "Путин направит послание", up to the end of its clause.
# Not "Kim told Putin he would hold hands with him and offered ... in a message": a sending verb must follow.
FORESEEN = re.compile(r"(?:\b(?:(?:will|shall)|(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|likely|set|due|scheduled|poised|"
                      r"planning|going|about)\s+to|(?:plans?|planning|intends?|intending|hopes?|wants?)\s+to)\s+"
                      r"(?:\w+\s+)?(?:send|exchange|trade|write|deliver|convey|dispatch|extend|congratulate|reply|answer|"
                      r"receive|get|hand|pass|address|offer)\w*|"
                      r"\b(?:направит|отправит|пошл[её]т|(?:намерен[аы]?|планиру[ею]т|собира(?:ется|ются))\s+(?:на|от)?правит[ьс]))"
                      r"(?:(?!\s+(?:but|yet)\s|\s*[—–]\s)[^,;:])*", re.IGNORECASE)
# "There is no personal message from Xi to Kim", "Kim did not send a card to Xi", "State media
# published no comparable card to Xi", "the Kremlin denied that ...": a sending denied, up to the end
# of its clause.
NEGATED = re.compile(r"(?:\bthere\s+(?:is|was|were|has\s+been|have\s+been)\s+no\b|"
                     # "denied reports that Putin had sent", "опроверг ..., что Путин якобы направил"
                     r"\b(?:denied|denies|deny|опроверг[а-я]*|якобы)\b|"
                     # "asked him to convey his regards to Xi", "попросил передать Си Цзиньпину привет": words
                     # for a go-between to carry, not a message
                     r"\basked\s+(?:\w+\s+)?to\s+(?:convey|pass\s+on|relay)\b|\bпопросил[аи]?\s+передать\b|"
                     r"\b(?:did|does|do|has|have|had)(?:\s+not|n['’]t)\b(?!\s+only)|\bnever\b|"
                     # "from one party body to the other rather than from Kim Jong Un to Xi Jinping"
                     r"\b(?:rather\s+than|instead\s+of)\s+(?=from\b|to\b|by\b|between\b)|"
                     # "in a message sent not by its new leader Kim Jong-un but by the head of its parliament"
                     r"\bnot\s+(?=(?:by|from)\b)|"
                     r"\bno\s+(?=(?:[\w-]+\s+){0,2}(?:messages?|letters?|greetings?|cards?|telegrams?|"
                     r"congratulations|condolences)\b))"
                     # up to the clause's end: "did not travel to Moscow but sent Putin a message"
                     r"(?:(?!\s+(?:but|yet)\s|\s*[—–]\s)[^,;:])*", re.IGNORECASE)

# "in October" with no day: a month named for the sending; before the news month it is background.
# Also "в июне" (in June), "6월에" / "今年6月" (a month with no day after it).
MONTH_ONLY = re.compile(rf"\b(?:in|during|since)\s+(?:(?P<early>early)\s+|late\s+|mid-?)?(?P<month>{MONTH_NAMES})\b(?!\s+\d)|"
                        r"\bв\s+(?:(?P<ru_early>начале)\s+|конце\s+|середине\s+)?(?P<ru>январе|феврале|марте|апреле|мае|июне|июле|августе|"
                        r"сентябре|октябре|ноябре|декабре)\b(?!\s+\d)|"
                        r"(?<![\d.])(?P<number>1[0-2]|0?[1-9])\s*[월月](?!\s*\d{1,2}\s*[일日号])", re.IGNORECASE)
MONTHS = tuple(name.lower() for name in MONTH_NAMES.split("|"))
RU_MONTHS = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
             "ноябре", "декабре")


def month_only(text: str) -> tuple[int, bool] | None:
    """The month a text names for a sending with no day (MONTH_ONLY), as a number, and whether
    it names the month's first days ("in early August")."""
    m = MONTH_ONLY.search(text)
    if m is None:
        return None
    if m["month"]:
        return MONTHS.index(m["month"].lower()) + 1, bool(m["early"])
    if m["ru"]:
        return RU_MONTHS.index(m["ru"].lower()) + 1, bool(m["ru_early"])
    return int(m["number"]), False

# A name in the Russian dative case is the one addressed ("направил поздравление Владимиру Путину").
DATIVE_NAME = re.compile(r"[\u0400-\u04ff]+[уюУЮ]$")
# Words before a name that make it the sender in Russian: "от Путина".
FROM_BEFORE = re.compile(r"(?i:\bот)\s+(?:[\u0400-\u04ff-]+\s+){0,5}$")
# ... the one addressed: "в адрес президента России Владимира Путина".
TO_BEFORE = re.compile(r"(?i:\bв\s+адрес)\s+(?:[\u0400-\u04ff-]+\s+){0,5}$")
# A name in the instrumental after a passive sending is its sender: "была направлена ... Ким Чен Ыном",
# "направленная вчера Дмитрием Медведевым"; after "с" it is the one met ("встретился с Путиным").
INSTRUMENTAL_NAME = re.compile(r"[\u0400-\u04ff]+(?:ом|ым|ем|им)$")
WITH_BEFORE = re.compile(r"(?i:\bс[о]?)\s+(?:[\u0400-\u04ff-]+\s+){0,5}$")
RU_PASSIVE_SENT = re.compile(r"(?i:\b(?:направлен|отправлен|передан)[а-я]*)")

# A name in the Russian genitive right after the message is its sender: "устное послание (президента
# России) Владимира Путина" (the dative, "послание Путину", is checked first and names the one addressed).
# Only genitive titles between: "поздравление с днём рождения Путина" is about Putin's birthday.
OF_MESSAGE_BEFORE = re.compile(r"(?i:послани|письм|телеграмм|поздравлени|соболезновани|приветстви|благодарност)"
                               r"[\u0400-\u04ff]*\s+(?:(?:[\u0400-\u04ff-]*(?:а|я|ой|ей|ого|его|ых|их|и|ы)|"
                               r"[А-ЯЁ]{2,5})\s+){0,4}$")
# A pronoun standing for the one addressed right after the verb: "встретился с Ким Чен Ыном и передал
# ему послание", "met Kim and handed him a letter".
PRONOUN_OBJECT = re.compile(r"\s+(?:(?i:over\s+)?(?i:to\s+))?(?:(?i:him|her)|ему|ей)\b")

# A leader receiving messages from many senders at once: "Kim Jong Un received congratulatory
# messages from heads of state of different countries", "Messages of condolence continue to come to
# Kim Jong Il from heads of state". The senders are named in the sentences that follow.
COLLECTIVE_RECEIPT = re.compile(r"\b(?:received|receives?|came|comes?|coming|arrived|arrive|poured\s+in)\b.{0,200}?"
                                r"\bfrom\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|government)|(?:foreign\s+|world\s+)?leaders|"
                                r"(?:foreign\s+)?(?:dignitaries|statesmen)|different\s+countries|many\s+countries|"
                                r"various\s+countries|foreign\s+countries)\b|"
                                # "Messages of congratulations continue to arrive for Kim Jong Un, ..."
                                r"\b(?:continues?|continued)\s+to\s+(?:arrive|come|pour\s+in)\s+(?:for|to)\s+[^,.;]{1,80}|"
                                r"\b(?:are|were|keep)\s+(?:arriving|coming|pouring\s+in)\s+(?:for|to)\s+[^,.;]{1,80}|"
                                # "Leaders of a number of countries ... have sent messages to Xi Jinping"
                                r"\b(?:leaders|heads\s+of\s+(?:state|government))\s+of\s+(?:[\w-]+\s+){0,4}?(?:countries|nations|states)\b"
                                r"[^.;]{0,80}?\bsent\s+(?:[\w-]+\s+){0,2}?messages\s+to\s+[^,.;]{1,60}|"
                                # "多国领导人致电致函习近平，热烈祝贺…"
                                r"(?:多国|各国|许多国家|多个国家|多國|各國)(?:领导人|領導人|元首|国家元首)[^，。；]{0,30}?"
                                r"(?:致电|致函|致信|致電)[^，。；]*",
                                re.IGNORECASE | re.DOTALL)
# A leader sending messages to many at once: "Vladimir Putin sent New Year greetings to heads of
# foreign states and governments", "направил поздравления ... главам иностранных государств".
COLLECTIVE_SENDING = re.compile(r"\b(?:sent|sends?|addressed|extended|направил[аи]?|адресовал[аи]?)\b.{0,200}?"
                                r"(?:\bto\s+(?:the\s+)?(?:heads?\s+of\s+(?:foreign\s+)?(?:states?|governments?)|"
                                r"(?:foreign|world)\s+leaders|"
                                # "to the leaders of a handful of friendly countries", "heads of state of various countries"
                                r"(?:leaders|heads?\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\s+"
                                r"(?:[\w,-]+\s+){0,12}?(?:countries|nations|states))\b|"
                                r"(?:глав(?:ам|е)|руководителям|лидерам)\s+(?:ряда\s+|многих\s+)?"
                                r"(?:иностранных\s+|зарубежных\s+|дружественных\s+)?(?:государств|стран))",
                                re.IGNORECASE | re.DOTALL)
# A sentence naming the others of such messages, senders or recipients: "Among them were Xi Jinping,
# ..., Vladimir Putin", "В числе адресатов новогодних посланий – ... Ким Чен Ын".
# An exchange between the two leaders the story is about, not named again: "KCNA said the two
# leaders exchanged the messages on Tuesday", "两国最高领导人互致贺电", "두 정상은 축전을 교환했다".
UNNAMED_PAIR_EXCHANGE = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|heads\s+of\s+state)\b[^.;:]{0,40}?\b(?:exchanged|traded|swapped|exchange|trade|swap)\b|"
    r"\bexchanged\s+between\s+the\s+two\s+(?:leaders|heads\s+of\s+state)\b|"
    r"(?:лидеры|руководители)\s+(?:двух\s+стран|обеих\s+стран)[^.;:]{0,40}?обменял|оба\s+лидера[^.;:]{0,40}?обменял|"
    r"(?:两国|双方)(?:最高)?(?:领导人|元首)[^。；]{0,20}?互致|(?:두|양국|양측)\s*(?:정상|지도자)[^.]{0,40}?(?:교환|주고받)",
    re.IGNORECASE)
_PAIR_EXCHANGE_VERBS = ("exchang", "trade", "swap", "обменял", "互致", "교환", "주고받")


def unnamed_pair_exchange(sentence: str) -> bool:
    """UNNAMED_PAIR_EXCHANGE, tried only where one of its verbs is: the alternation costs ~6 us a
    sentence, and it is asked of nearly every sentence of an article."""
    lowered = sentence.lower()
    return any(verb in lowered for verb in _PAIR_EXCHANGE_VERBS) and bool(UNNAMED_PAIR_EXCHANGE.search(sentence)) \
        and not HABITUAL.search(sentence)  # "the two leaders traded messages on nearly every national holiday"


# The lead's leader, not named again, sending to or receiving from the leaders named after: "The head
# of state also extended greetings to President Xi Jinping, ...", "He received New Year cards from the
# president of the People's Republic of China, ..."
UNNAMED_PARTY = re.compile(r"\s*(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:head\s+of\s+state|president|leader|chairman|"
                           r"premier|prime\s+minister|general\s+secretary))\s+(?:also\s+|then\s+|later\s+|further\s+)*"
                           r"(?:(?P<sends>sent|extended|addressed|conveyed|dispatched|forwarded)|received|got)\b", re.IGNORECASE)
LISTED_PARTIES = re.compile(r"^\s*(?:according\s+to\s+[^,]{1,80},\s*)?(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:cards?|messages?|letters?|"
                            r"greetings|telegrams?)\s+(?:went\s+to|came\s+from|were\s+(?:sent|addressed|dispatched)\s+to|"
                            r"were\s+(?:sent|received)\s+from)\b|"
                            r"among\s+(?:them|the\s+(?:senders|recipients|addressees)|those)\s+"
                            r"(?:were|was|are|is)|"
                            r"they\s+(?:included|include)|these\s+(?:included|include)|"
                            r"the\s+(?:senders|recipients|addressees)(?:\s+of\s+(?:his|her|the|these|those)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:cards?|messages?|letters?|greetings|telegrams?))?\s+(?:included|include|were)|"
                            r"(?:в\s+числе|среди)\s+(?:адресатов|получателей)|адресатами\s+(?:стали|являются))",
                            re.IGNORECASE)
# "Boris Yeltsin, president of Russia, in his message ...": one sender of the messages just told.
OWN_MESSAGE = re.compile(r"\bin\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:messages?|letters?|telegrams?|greetings|"
                         r"congratulations|cards?)\b|"
                         # "В послании Председателю ... Ким Чен Ыну Владимир Путин отметил"
                         r"(?<![\w-])в\s+(?:своём\s+|своем\s+)?(?:послании|поздравлении|телеграмме|письме)(?![\w-])",
                         re.IGNORECASE)


# "The message was sent on Tuesday", "The letter, dated Nov. 25, ...": a sentence that dates a
# message the article has already reported.
DATES_A_MESSAGE = re.compile(r"\b(?:was|were|had\s+been|is)\s+(?:sent|dated|delivered|written|signed|dispatched|"
                             r"conveyed|handed\s+over|transmitted)\b|,\s+dated\b|\bdated\s+(?=\w)|"
                             # "Xi's card, sent on the same day as Putin's, ..."
                             r",\s+(?:sent|delivered|dispatched|written)\s+(?=on\b|the\s+same\b|last\b)|"
                             # "In the message, which KCNA said Kim sent on Saturday, ..."
                             r"\b(?:sent|delivered|dispatched)\s+(?=on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
                             # "In the message dispatched Wednesday, Kim expressed ..."
                             r"\b(?:messages?|letters?|cards?|telegrams?|cables?|reply|replies)\s+(?:sent|dispatched|delivered|"
                             r"written)\s+(?=on\b|last\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
                             r"\b(?:sent|delivered|dispatched|wrote)\s+(?:the|this|that|his|her|its)\s+(?:[\w-]+\s+)?"
                             r"(?:messages?|letters?|cards?|telegrams?|cables?)\b|"
                             # "послание было отправлено в субботу", "телеграмма датирована 15 августа"
                             r"\b(?:был[аои]?|были)\s+(?:отправлен|направлен|передан|датирован)[аоы]?\b|"
                             r"\bдатирован[аоы]?\b|"
                             # "回电于9月15日发出" (the reply was sent on September 15)
                             r"[于於]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[发發]|"
                             # "축전은 전날 … 대사가 … 전달했다" (the message was delivered the day before)
                             r"(?:축전|축하문|친서|서한|전문|답전|메시지|메쎄지)(?:은|는)\s[^.]{0,80}?(?:전달|발송)",
                             re.IGNORECASE)
# "The reply, dated Wednesday, was addressed to ...": the message's own date, even in a sentence
# that reports the message too.
MESSAGE_DATED = re.compile(r",\s+dated\b|\b(?:was|were)\s+dated\b", re.IGNORECASE)

# What a message says when the report gives it no other name: a message for an anniversary is a
# congratulation, one for a death a condolence. Checked in order against the occasion.
KIND_BY_OCCASION: tuple[tuple[str, re.Pattern], ...] = (
    ("condolences", re.compile(r"^death of\b", re.IGNORECASE)),
    ("sympathy", re.compile(r"^(?:earthquake|flood|typhoon|hurricane|wildfire|fire|explosion|attack|"
                            r"accident|plane crash|disaster|landslide|epidemic|pandemic|outbreak)", re.IGNORECASE)),
    ("greetings", re.compile(r"^New Year$", re.IGNORECASE)),
    ("congratulations", re.compile(r"anniversary|birthday|election|Day$|founding", re.IGNORECASE)),
)
