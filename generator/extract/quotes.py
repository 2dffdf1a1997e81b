"""Lines from the message itself, for the digest: the letter's text or what it is said to say."""
from __future__ import annotations

import re

from generator.extract.sentences import Sentence

_READS = re.compile(r"\b(?:reads?\s+as\s+follows|reads:|full\s+text|text\s+of\s+the\s+(?:message|letter))", re.IGNORECASE)
_SAID = re.compile(r"\b(?:(?:the|in\s+the|in\s+his|in\s+her)\s+(?:message|letter|reply|telegram)\b.{0,40}?\b"
                   r"(?:said|says|noted|notes|stressed|expressed|wished|wrote|reads|added|emphasized|hoped)|"
                   r"(?:said|noted|wrote|stressed|emphasized)\s+in\s+the\s+(?:message|letter))", re.IGNORECASE)
_REPORTED_SPEECH = re.compile(r"\b(?:said|stated|noted|stressed|emphasized|expressed|wished|added|hoped|"
                              r"responded|echoed|highlighted|underlined|affirmed|reaffirmed)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"]{20,300})[”\"]")
MAX_QUOTE = 240


def _clip(text: str) -> str:
    text = text.strip()
    if len(text) <= MAX_QUOTE:
        return text
    return text[:MAX_QUOTE].rsplit(" ", 1)[0] + "…"


def quote_lines(sentences: list[Sentence], trigger: int, speaker_of: dict[int, str | None],
                sender: str) -> tuple[str, ...]:
    """Up to two lines of sender's message, from the sentences after the one that reports it."""
    window = sentences[trigger: trigger + 12]
    quotes: list[str] = []
    letter_follows = False
    for sentence in window:
        if letter_follows:
            if len(sentence.text.split()) > 8:  # a salutation is not a line of the message
                quotes.append(_clip(sentence.text))
        elif sentence.index != trigger and speaker_of.get(sentence.index) not in (None, sender):
            continue
        elif _READS.search(sentence.text):
            letter_follows = True
            continue
        else:
            quotes.extend(_clip(q) for q in _QUOTED.findall(sentence.text))
            if (not _QUOTED.search(sentence.text) and sentence.index != trigger
                    and (_SAID.search(sentence.text) or (speaker_of.get(sentence.index) == sender
                                                         and _REPORTED_SPEECH.search(sentence.text)))):
                quotes.append(_clip(sentence.text))
        if len(quotes) >= 2:
            break
    return tuple(quotes[:2])
