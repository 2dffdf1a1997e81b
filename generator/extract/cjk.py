"""Chinese and Korean sentences that report a message: the verb or particle says who is who.

'习近平致电金正恩' (Xi sends a message to Kim), '金正恩向习近平致贺电', '收到…的贺电',
'习近平同金正恩互致贺电' (Xi and Kim exchange messages);
'김정은 동지께서 …에게 축전을 보내시였다' (Kim sends a message to ...), '…로부터 축전을 받았다'.
"""
from __future__ import annotations

import re

from generator.extract.leaders import Mention

HAN_OR_HANGUL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]")

# (kind, pattern): most specific first, as in the English vocabulary.
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("verbal-message", r"口信|구두친서|구두메쎄지|구두메시지"),
    ("condolences", r"唁电|吊唁|哀悼|조전|조의|애도"),
    ("sympathy", r"慰问电|慰问|위문전문|위문"),
    ("reply", r"复电|回电|复信|回信|답전|회답"),
    ("congratulations", r"贺电|贺信|祝贺|축전|축하문|축하"),
    ("thanks", r"感谢信|感谢|감사"),
    ("greetings", r"贺卡|新年贺卡|问候|연하장|인사"),
    ("letter", r"亲笔信|信函|书信|친서|서한|편지"),
    ("message", r"致电|电报|전문|메쎄지|메시지"),
)
_KINDS = re.compile("|".join(f"(?P<{k.replace('-', '_')}>{p})" for k, p in KIND_WORDS))
# Verbs of sending that stand between sender and recipient: 'A致电B', 'A复电B', 'A致信B'.
_ZH_SEND_BETWEEN = re.compile(r"(?:致电|致信|致函|复电|回电|复信|致贺电|致唁电|致慰问电|发来贺电|发来唁电)")
_ZH_TO = re.compile(r"(?:向|给|对|致)\s*$")
_ZH_RECEIVE = re.compile(r"收到|接到")
# A mutual exchange: 'A同B互致贺电' (A and B exchange congratulatory messages), 'A与B互致唁电'.
_ZH_WITH = re.compile(r"^\s*(?:同|与|和)")
_ZH_MUTUAL = re.compile(r"^\s*(?:互致|互电|互相致)")
# Titles that may follow a Korean name before its particle: '습근평동지에게', '푸틴 대통령으로부터'.
_KO_TITLES = r"(?:(?:동지|대통령|주석|국가주석|국무위원장|국방위원장|위원장|총비서|총서기|비서|총리|수상|원수|각하|선생|령도자)\s*)*"
_KO_TO = re.compile(rf"^\s*{_KO_TITLES}(?:에게|께(?!서)|앞으로)")
_KO_FROM = re.compile(rf"^\s*{_KO_TITLES}(?:로부터|으로부터|에게서)")
_KO_SEND = re.compile(r"보내|보냈|전달|드리")
_KO_RECEIVE = re.compile(r"받았|받으|받은")


def is_cjk_sentence(sentence: str) -> bool:
    return len(HAN_OR_HANGUL.findall(sentence)) > len(sentence) / 4


def kind_of(sentence: str) -> str | None:
    kinds = [m.lastgroup.replace("_", "-") for m in _KINDS.finditer(sentence)]
    order = [k for k, _ in KIND_WORDS]
    return min(kinds, key=order.index) if kinds else None


def analyse_cjk(sentence: str, people: list[Mention]) -> list[tuple[str, str, str]]:
    """(sender, recipient, kind) for each message the sentence reports."""
    kind = kind_of(sentence)
    if kind is None or len({p.leader for p in people}) < 2:
        return []
    if re.search(r"[\uac00-\ud7a3]", sentence):
        return _korean(sentence, people, kind)
    return _chinese(sentence, people, kind)


def _chinese(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    receive = _ZH_RECEIVE.search(sentence)
    if receive:
        before = [p for p in people if p.end <= receive.start()]
        after = [p for p in people if p.start >= receive.end()]
        if before and after and before[0].leader != after[0].leader:
            return [(after[0].leader, before[0].leader, kind)]
    for first, second in zip(people, people[1:]):
        between = sentence[first.end:second.start]
        if _ZH_WITH.search(between) and _ZH_MUTUAL.search(sentence[second.end:]) and first.leader != second.leader:
            return [(first.leader, second.leader, kind), (second.leader, first.leader, kind)]
        if _ZH_SEND_BETWEEN.search(between) or (_ZH_TO.search(between) and
                                               _ZH_SEND_BETWEEN.search(sentence[second.end:second.end + 12])):
            if first.leader != second.leader:
                return [(first.leader, second.leader, kind)]
    return []


def _korean(sentence: str, people: list[Mention], kind: str) -> list[tuple[str, str, str]]:
    recipients = [p.leader for p in people if _KO_TO.match(sentence[p.end:p.end + 16])]
    senders = [p.leader for p in people if _KO_FROM.match(sentence[p.end:p.end + 16])]
    if senders and _KO_RECEIVE.search(sentence):
        receivers = [p.leader for p in people if p.leader not in senders]
        return [(senders[0], receivers[0], kind)] if receivers else []
    if recipients and _KO_SEND.search(sentence):
        subjects = [p.leader for p in people if p.leader not in recipients]
        return [(subjects[0], recipients[0], kind)] if subjects else []
    return []
