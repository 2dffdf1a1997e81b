"""Chinese and Korean sentences that report a message: the verb or particle says who is who.

'习近平致电金正恩' (Xi sends a message to Kim), '金正恩向习近平致贺电', '收到…的贺电',
'习近平同金正恩互致贺电' (Xi and Kim exchange messages);
'김정은 동지께서 …에게 축전을 보내시였다' (Kim sends a message to ...), '…로부터 축전을 받았다'.
"""
from __future__ import annotations

import re
from itertools import pairwise

from generator.extract.leaders import Mention

HAN_OR_HANGUL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff]")
KANA = re.compile(r"[\u3040-\u30ff]")

# (kind, pattern): most specific first, as in the English vocabulary.
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("verbal-message", r"口信|구두친서|구두메쎄지|구두메시지|口頭メッセージ"),
    ("condolences", r"唁电|吊唁|哀悼|조전|조의|애도|弔電"),
    ("sympathy", r"慰问电|慰问|위문전문|위문|見舞い"),
    ("reply", r"复电|回电|复信|回信|답전|회답|返電|返書"),
    ("congratulations", r"贺电|贺信|祝贺|축전|축하문|축하|祝電"),
    ("thanks", r"感谢信|感谢|감사"),
    ("greetings", r"贺卡|新年贺卡|新年贺电|新年贺信|问候|연하장|년하장|인사|年賀"),
    ("letter", r"亲笔信|亲署函|亲署信|信函|书信|친서|서한|편지|親書|書簡"),
    ("message", r"致电|电报|전문|메쎄지|메시지|メッセージ"),
)
_KINDS = re.compile("|".join(f"(?P<{k.replace('-', '_')}>{p})" for k, p in KIND_WORDS))
# Verbs of sending that stand between sender and recipient: 'A致电B', 'A复电B', 'A致信B'.
_ZH_SEND_BETWEEN = re.compile(r"(?:致电|致信|致函|复电|回电|复信|致贺电|致唁电|致慰问电|发来贺电|发来唁电|"
                              r"致[\u4e00-\u9fff]{0,3}?(?:贺卡|贺信|贺电|口信))")  # '致新年贺卡', '致口信'

# The offices written before a Chinese name: '中共中央总书记、国家主席习近平', '朝鲜劳动党总书记、国务委员长金正恩'.
_ZH_TITLE_WORDS = r"主席|总统|总书记|书记|委员长|总理|首相|元首|领导人|同志|阁下"
_ZH_TITLES = rf"(?:[\u4e00-\u9fff、]{{0,30}}?(?:{_ZH_TITLE_WORDS}))?"
_ZH_TO = re.compile(rf"(?:向|给|对|致)\s*{_ZH_TITLES}\s*$")
# What follows the one addressed: the sending, maybe after more names of a list ('向莫迪、金正恩、
# 卢卡申科等人发出新年贺电').
_ZH_THEN_SENT = re.compile(r"(?:[、和及与][^，。；、]{1,20}){0,12}?(?:等[\u4e00-\u9fff]{0,6}?)?\s*"
                           r"(?:致|发出|发去|发送|致以)[\u4e00-\u9fff]{0,4}?(?:贺电|贺信|唁电|慰问电|贺卡|口信|信函|电报|信)")
# 'A和B互致贺电', 'A同…B互致贺电': each of the two sends one to the other.
# '习近平致金正恩的亲署函' (Xi's letter to Kim): 'A致B' and the message after 的, or after B's title
# ('习近平总书记给金正恩委员长的亲笔信').
_ZH_OF_MESSAGE = re.compile(rf"\s*(?:{_ZH_TITLE_WORDS})?\s*的\s*[\u4e00-\u9fff]{{0,4}}?(?:贺电|贺信|唁电|慰问电|口信|亲署函|亲署信|亲笔信|信函|复电|复信|贺卡|电报|信)")
_ZH_AND = re.compile(rf"(?:和|与|同|及)\s*{_ZH_TITLES}\s*$")
_ZH_MUTUAL = re.compile(r"互致|互电|互发|互相致")
# '就江泽民同志逝世向…致唁电': what a message is about; a leader named there neither sends nor receives it.
_ZH_TOPIC = re.compile(r"就(?![任职是要])[^，。；]{1,40}?(?:，\s*)?(?=向|给|对|致)")  # '就江泽民逝世，向习近平致唁电'
_ZH_RECEIVE = re.compile(r"收到|接到")
# Titles that may follow a Korean name before its particle, with the country or party they are of:
# '습근평동지에게', '푸틴 대통령으로부터', '푸틴 러시아 대통령에게'.
_KO_TITLES = (r"(?:\([^()]{1,12}\)\s*)?"  # a name's gloss in Chinese characters: '시진핑(習近平) 중국 국가주석에게'
              r"(?:(?:러시아|로씨야|중국|중화인민공화국|조선|북한|공화국|로동당|노동당|공산당|당|중앙위원회|"
              r"동지|대통령|주석|국가주석|국무위원장|국방위원장|국방위원회|국무위원회|제1위원장|위원장|총비서|총서기|제1비서|비서|총리|수상|원수|각하|"
              r"선생|령도자|북한|북|중국|공산당|겸|신임)\s*)*")
_KO_TO = re.compile(rf"^\s*{_KO_TITLES}(?:에게|께(?!서)|앞으로)")
_KO_FROM = re.compile(rf"^\s*{_KO_TITLES}(?:로부터|으로부터|에게서)")
# The one whose day is marked is the one addressed: '푸틴 대통령의 71번째 생일을 맞아 축전을 보냈다'.
# or the one whose election it congratulates: '김정은 … 제1위원장이 … 위원장에 추대된 것을 축하하는 축전'
_KO_OCCASION_OF = re.compile(rf"^\s*{_KO_TITLES}(?:의\s+[^.。]{{0,40}}?(?:맞아|맞으며|맞이하여|즈음하여|축하)|"
                             rf"(?:이|가)\s+[^.。]{{0,60}}?(?:추대|선출|당선|선거|재선)(?:된|되신)\s*(?:것을|데\s*대해)?\s*축하|"
                             # '김정은 북한 노동당 제1비서 추대를 축하하는 축전'
                             rf"\s*(?:추대|선출|당선|재선|연임|취임)(?:을|를)\s*축하)")
# 'A와 B에게': a name joined to the next by 'and' shares its particle. A given name may stand before
# the next one ('블라디미르 푸틴'), not a word that ends a phrase ('김정은 위원장과 회담한 푸틴').
_KO_AND = re.compile(rf"^\s*{_KO_TITLES}(?:과|와|및|,|·)\s*(?:[\uac00-\ud7a3]+(?<![한된던는은을를의이가])\s+){{0,2}}$")
# A sentence that denies: '… 공개되지 않았다' (was not made public).
_KO_NEGATED = re.compile(r"(?:지\s*(?:않|못)(?:았|었)?|없었|없)(?:다|습니다)[.。\s]*$")
# The one a relative clause says sent a message: '위문 전문을 보내온 블라디미르 푸틴 대통령에게'.
_KO_SENDER_CLAUSE = re.compile(r"(?:보내준|보내온|보내 준|보내 온)\s*(?:[\uac00-\ud7a3]+\s+){0,2}$")
# An exchange's subject and the one it was exchanged with: 'A 위원장이 … B 주석과 … 주고받았다'.
_KO_SUBJECT = re.compile(rf"^\s*{_KO_TITLES}(?:이|가|은|는)\s")
_KO_WITH = re.compile(rf"^\s*{_KO_TITLES}(?:과|와|하고)\s")
# A leader 'congratulated' another ('시진핑 주석의 3연임을 축하했다') by message: leaders do not meet to do it.
_KO_SEND = re.compile(r"보내|보냈|전달|드리|축하했|축하하였")
_KO_RECEIVE = re.compile(r"받았|받으|받은")
# Whose envoy ('시진핑 주석의 특별대표로'), and the one the envoy met ('김정은 위원장을 만나').
_KO_ENVOY_OF = re.compile(rf"^\s*{_KO_TITLES}의\s*(?:특별\s*대표|특사|특별\s*사절|대표)")
_KO_MET = re.compile(rf"^\s*{_KO_TITLES}(?:을|를)\s*(?:만나|접견|면담)")
_KO_OF_MESSAGE = re.compile(rf"^\s*{_KO_TITLES}의\s*(?:[\uac00-\ud7a3]+\s+){{0,2}}?(?:구두\s*)?(?:친서|축전|조전|답전|서한|편지|"
                            r"메시지|메쎄지|전문|축하문)")


def is_cjk_sentence(sentence: str) -> bool:
    return len(HAN_OR_HANGUL.findall(sentence)) > len(sentence) / 4


# Traditional characters of the words above, as Taiwan and Hong Kong write them ('習近平致電金正恩',
# '賀電'), mapped one to one onto the simplified ones, so that offsets in the sentence stay the same.
_SIMPLIFIED = str.maketrans("電賀問復親筆謝書與給對總導領統記員長發來", "电贺问复亲笔谢书与给对总导领统记员长发来")


def _simplified(sentence: str) -> str:
    """Chinese in simplified characters; Japanese keeps its own (祝電, 親書)."""
    return sentence if KANA.search(sentence) else sentence.translate(_SIMPLIFIED)


# '对习近平祝贺他连任…表示感谢', '축하해준 데 대해 감사': thanks for congratulations, which are its reason.
_THANKS_FOR_CONGRATULATIONS = re.compile(r"对[^，。；]{0,40}?(?:祝贺|贺电)[^。；]{0,60}?(?:表示感谢|致谢)|"
                                         r"축하[^.。]{0,30}?(?:대해|대하여|데)\s*[^.。]{0,20}?감사")


def kind_of(sentence: str) -> str | None:
    sentence = _simplified(sentence)
    kinds = [m.lastgroup.replace("_", "-") for m in _KINDS.finditer(sentence)]
    if "thanks" in kinds and _THANKS_FOR_CONGRATULATIONS.search(sentence):
        kinds = [k for k in kinds if k != "congratulations"]
    order = [k for k, _ in KIND_WORDS]
    return min(kinds, key=order.index) if kinds else None


def analyse_cjk(sentence: str, people: list[Mention]) -> list[tuple[str, str, str]]:
    """(sender, recipient, kind) for each message the sentence reports."""
    sentence = _simplified(sentence)
    kind = kind_of(sentence)
    if kind is None or len({p.leader for p in people}) < 2:
        return []
    if re.search(r"[\uac00-\ud7a3]", sentence):
        return _korean(sentence, people, kind)
    if KANA.search(sentence):
        return _japanese(sentence, people, kind)
    return _chinese(sentence, people, kind)


def _chinese(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    topics = [t.span() for t in _ZH_TOPIC.finditer(sentence)]
    people = [p for p in people if not any(start <= p.start < end for start, end in topics)]
    mutual = _ZH_MUTUAL.search(sentence)
    exchanged = _chinese_exchange(sentence, [p for p in people if p.end <= mutual.start()], kind) if mutual else []
    if exchanged:
        return exchanged
    handed = _ZH_HANDED_OVER.search(sentence)
    if handed:
        # '栗战书…会见金正恩，转交了习近平总书记的亲笔信': the envoy met one leader and handed him
        # the other's letter
        met = [p for p in people if p.start >= handed.start("met") and p.end <= handed.start("verb")]
        owner = [p for p in people if handed.end("verb") <= p.start < handed.end()]
        if met and owner and met[0].leader != owner[-1].leader:
            return [(owner[-1].leader, met[0].leader, kind)]
    handed_to = _ZH_HANDED_TO.search(sentence)
    if handed_to:
        # '崔龙海向习近平转交了金正恩第一书记的亲笔信': the envoy handed one leader the other's letter
        to = [p for p in people if handed_to.start("to") <= p.start < handed_to.end("to")]
        owner = [p for p in people if handed_to.start("what") <= p.start < handed_to.end("what")]
        if to and owner and to[0].leader != owner[0].leader:
            return [(owner[0].leader, to[0].leader, kind)]
    receive = _ZH_RECEIVE.search(sentence)
    if receive:
        before = [p for p in people if p.end <= receive.start()]
        after = [p for p in people if p.start >= receive.end()]
        if before and after and before[0].leader != after[0].leader:
            return [(after[0].leader, before[0].leader, kind)]
    for first, second in zip(people, people[1:]):
        between = sentence[first.end:second.start]
        of_message = _ZH_OF_MESSAGE.match(sentence, second.end)
        sent = _ZH_SEND_BETWEEN.search(between)
        if sent:
            if first.leader != second.leader:
                # 'A复电B，感谢他…表示慰问': the verb's kind ('复电', a reply) over the words it is about
                verb_kind = kind_of(sent[0])
                return [(first.leader, second.leader, verb_kind if verb_kind not in (None, "message") else kind)]
        elif _ZH_TO.search(between) and (_ZH_SEND_BETWEEN.search(sentence[second.end:second.end + 12]) or of_message
                                         or _ZH_THEN_SENT.match(sentence, second.end)):
            if first.leader != second.leader:
                # '习近平总书记给金正恩委员长的亲笔信，并转达了…问候': the kind of the message named, not
                # of the greetings conveyed beside it.
                return [(first.leader, second.leader, (of_message and kind_of(of_message[0])) or kind)]
    return []


_ZH_HANDED_OVER = re.compile(r"(?P<met>会见|会晤|接见)[^。；]{1,60}?(?P<verb>转交了?|递交了?|转达了?)[^。；]{1,40}?的"
                             r"(?:亲笔信|口信|信件|信|贺信|贺电|函)")


_ZH_HANDED_TO = re.compile(r"向(?P<to>[^，。；]{1,40}?)(?:转交|递交|转达)了?(?P<what>[^，。；]{1,40}?的[^，。；]{0,6}?"
                           r"(?:亲笔信|亲署函|口信|贺电|信))")


def _chinese_exchange(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    for first, second in zip(people, people[1:]):
        if first.leader != second.leader and _ZH_AND.search(sentence[first.end:second.start]):
            return [(first.leader, second.leader, kind), (second.leader, first.leader, kind)]
    return []


# '김정은 위원장과 시진핑 주석이 … 축전을 교환했다' (exchanged): each of the two sends one to the other.
_KO_EXCHANGE = re.compile(r"교환|주고받")


def _korean(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    if _KO_NEGATED.search(sentence):
        return []  # '… 메시지 교환은 공개되지 않았다': none was made public
    if _KO_EXCHANGE.search(sentence):
        for first, second in zip(people, people[1:]):
            if first.leader != second.leader and _KO_AND.match(sentence[first.end:second.start]):
                return [(first.leader, second.leader, kind), (second.leader, first.leader, kind)]
        # 'A 위원장이 새해를 맞아 B 주석과 연하장을 주고받았다': the subject exchanged with the one 과/와 joins.
        subject = next((p for p in people if _KO_SUBJECT.match(sentence[p.end:p.end + 40])), None)
        partner = next((p for p in people if subject and p.start > subject.end and p.leader != subject.leader
                        and _KO_WITH.match(sentence[p.end:p.end + 40])), None)
        if subject and partner:
            return [(subject.leader, partner.leader, kind), (partner.leader, subject.leader, kind)]
    if any(_KO_SENDER_CLAUSE.search(sentence, 0, p.start) and not _KO_SEND.search(sentence, p.end) for p in people):
        # '친서를 보내준 시 주석에게 감사를 표했다': thanks to the one who sent, told with no sending of
        # its own ('… 보내온 푸틴 대통령에게 감사 서한을 보냈다' is one)
        return []
    addressed = [bool(_KO_TO.match(sentence[p.end:p.end + 40])) for p in people]
    for i in range(len(people) - 2, -1, -1):
        joined = _KO_AND.match(sentence[people[i].end:people[i + 1].start])
        addressed[i] = addressed[i] or (addressed[i + 1] and joined is not None)
    recipients = list(dict.fromkeys(p.leader for p, to in zip(people, addressed) if to))
    senders = [p.leader for p in people if _KO_FROM.match(sentence[p.end:p.end + 40])]
    if not senders and _KO_RECEIVE.search(sentence):
        # '시진핑 당 총서기의 친서를 전달받았다': the one whose letter was received sent it
        senders = [p.leader for p in people if _KO_OF_MESSAGE.match(sentence[p.end:p.end + 60])][:1]
    if senders and _KO_RECEIVE.search(sentence):
        receivers = [p.leader for p in people if p.leader not in senders]
        return [(senders[0], receivers[0], kind)] if receivers else []
    envoy_of = [p.leader for p in people if _KO_ENVOY_OF.match(sentence[p.end:p.end + 40])]
    met = [p.leader for p in people if _KO_MET.match(sentence[p.end:p.end + 40])]
    if not recipients and envoy_of and met and envoy_of[0] != met[0] and _KO_SEND.search(sentence):
        # '시진핑 주석의 특별대표로 참석한 리잔수가 … 김정은 위원장을 만나 시 주석의 친서를 전달했다'
        return [(envoy_of[0], met[0], kind)]
    if not recipients:
        # the one named last before the occasion: '시진핑 총서기가 김정은 … 제1위원장이 … 추대된 것을 축하'
        recipients = [p.leader for p in people if (occasion := _KO_OCCASION_OF.match(sentence[p.end:]))
                      and not any(p.end < other.start < p.end + occasion.end() for other in people)]
    if recipients and _KO_SEND.search(sentence):
        others = [p for p in people if p.leader not in recipients]
        if not others:
            return []
        # '시진핑 주석과 푸틴 대통령이 … 김정은에게 각각 축전을 보냈다': subjects joined by 과/와 each send
        subjects = [others[0].leader]
        for before, after in pairwise(others):
            if not _KO_AND.match(sentence[before.end:after.start]):
                break
            subjects.append(after.leader)
        return [(subject, recipient, kind) for subject in dict.fromkeys(subjects) for recipient in recipients]
    return []


# Japanese: 'キム総書記は習近平国家主席に祝電を送った' (to: に, 宛て), '…から祝電を受け取った' (from: から).
# '習近平（しゅう・きんぺい）国家主席（共産党総書記）に': readings and offices glossed in brackets, after the name or a title.
_JA_TITLES = (r"(?:\s*(?:[（(][^）)]{1,12}[）)]|[\u4e00-\u9fff・0-9０-９]{0,8}?(?:国家主席|主席|大統領|総書記|書記|委員長|国務委員長|首相|氏|"
              r"同志|閣下)))*")
_JA_TO = re.compile(rf"^{_JA_TITLES}(?:に|宛て|あて)")
_JA_FROM = re.compile(rf"^{_JA_TITLES}から")
_JA_SEND = re.compile(r"送|寄せ|伝え|贈|宛て|手渡|渡し|伝達")
_JA_RECEIVE = re.compile(r"受け取|受け")
# '習近平国家主席と北朝鮮の金正恩委員長が祝電を交換した' (exchanged): each of the two sends one to the other.
_JA_EXCHANGE = re.compile(r"交換|交わ|やりとり|やり取り")
_JA_AND = re.compile(rf"^{_JA_TITLES}\s*(?:と|及び)\s*(?:[\u4e00-\u9fff\u30a0-\u30ff・]{{1,8}}の)?\s*$")


# '劉雲山氏は金正恩第１書記と会談し、習近平国家主席の親書を手渡した': an envoy met one leader and
# handed him the other's letter.
_JA_MET = re.compile(rf"^{_JA_TITLES}\s*(?:と会談|と会見|と面会|に会)")
_JA_OF_MESSAGE = re.compile(rf"^{_JA_TITLES}\s*の\s*(?:親書|書簡|メッセージ|口頭メッセージ|祝電|弔電)")
_JA_HANDED = re.compile(r"手渡|渡し|伝達|伝え")


def _japanese(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    if _JA_HANDED.search(sentence):
        met = [p.leader for p in people if _JA_MET.match(sentence[p.end:p.end + 30])]
        owners = [p.leader for p in people if _JA_OF_MESSAGE.match(sentence[p.end:p.end + 30])]
        if met and owners and met[0] != owners[0]:
            return [(owners[0], met[0], kind)]
    if _JA_EXCHANGE.search(sentence):
        for first, second in pairwise(people):
            if first.leader != second.leader and _JA_AND.match(sentence[first.end:second.start]):
                return [(first.leader, second.leader, kind), (second.leader, first.leader, kind)]
    recipients = [p.leader for p in people if _JA_TO.match(sentence[p.end:p.end + 24])]
    senders = [p.leader for p in people if _JA_FROM.match(sentence[p.end:p.end + 24])]
    if senders and _JA_RECEIVE.search(sentence):
        receivers = [p.leader for p in people if p.leader not in senders]
        return [(senders[0], receivers[0], kind)] if receivers else []
    if recipients and _JA_SEND.search(sentence):
        # '習近平国家主席とプーチン大統領がそれぞれ金正恩総書記に祝電を送った': each subject sends one
        subjects = list(dict.fromkeys(p.leader for p in people if p.leader not in recipients))
        return [(subject, recipient, kind) for subject in subjects for recipient in dict.fromkeys(recipients)]
    return []
