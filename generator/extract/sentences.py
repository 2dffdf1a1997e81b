"""Sentences of an article body, with the paragraph each stands in."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that end in a period without ending the sentence.
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt",
                  "Prof", "Rev", "Gov", "Sen", "Rep", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun",
                  "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "E.U", "D.P.R.K",
                  "vs", "etc", "approx", "Inc", "Co", "Corp", "Ltd")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u0400-\u04ff\uac00-\ud7a3\u4e00-\u9fff])"
                       r"|(?<=[。！？])")
# The word before a period that does not end a sentence: a known abbreviation or initials ("V.", "J.R.").
_ABBREVIATION = re.compile(r"(?:(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.|(?:[A-Z]\.)+)[\"”’)\]]*")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    index: int  # position in the article, from 0


def split_sentences(paragraphs: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        pieces: list[str] = []
        start = 0
        for m in _BOUNDARY.finditer(paragraph):
            candidate = paragraph[start:m.start()].rstrip()
            last_word = candidate[candidate.rfind(" ") + 1:].lstrip("(\"“‘[")
            if _ABBREVIATION.fullmatch(last_word):
                continue
            pieces.append(paragraph[start:m.end()].strip())
            start = m.end()
        pieces.append(paragraph[start:].strip())
        for piece in pieces:
            if piece:
                out.append(Sentence(piece, p_index, len(out)))
    return out
