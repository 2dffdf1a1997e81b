"""The stems that let extraction skip an article cover every word that could report something."""
from __future__ import annotations

import re

import pytest

from generator.extract import cjk, events, vocabulary as v
from generator.extract.stems import may_report

PATTERNS = [v.NOUN_PATTERN, v.CONGRATULATE_VERBS, v.REPLY_VERBS, events._VISIT, events._TALKS]
SAMPLES = [
    "verbal message", "oral messages", "message of condolences", "condolatory telegram", "sympathy",
    "reply letter", "answering messages", "birthday card", "congratulatory note", "felicitations",
    "letters of thanks", "thank-you notes", "messages thanking", "New Year cards", "greetings",
    "best wishes", "good wishes", "personal letter", "telegrams", "cables", "missives",
    "congratulated", "greeted", "replied to", "responded to", "answered the", "state visit", "arrived in",
    "held talks with", "summit with", "met with", "устное послание", "соболезнования", "поздравление",
    "поздравительное послание", "поздравления с Новым годом", "новогодних посланий", "приветствие",
    "благодарность", "письмо", "телеграмма", "поздравил",
    "口信", "唁电", "慰问电", "贺电", "感谢信", "亲笔信", "互致贺电", "handed over a personal letter",
    "приветственное послание", "ответную телеграмму", "回电", "回信", "답전", "회답",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_reporting_word_has_a_stem(sample):
    assert any(p.search(sample) for p in PATTERNS) or cjk.kind_of(sample), f"sample {sample!r} is not a report word"
    assert may_report(sample.lower())


def test_cjk_kind_words_have_stems():
    for _, pattern in cjk.KIND_WORDS:
        for word in re.split(r"\|", pattern):
            assert may_report(word.lower()), word


@pytest.mark.parametrize("sentence", [
    "Kim Jong Un had sent a message to Putin on March 10.",
    "김정은 국무위원장은 지난해 6월 푸틴 대통령에게 축전을 보내 지지를 표명한 바 있다.",
    "金正恩此前曾向普京致贺电。",
])
def test_sending_told_as_before_the_news(sentence):
    assert v.PAST_REPORT.search(sentence)


@pytest.mark.parametrize("sentence", [
    "KCNA said the two leaders exchanged the messages on Tuesday.",
    "Both heads of state Traded congratulations.",
    "Messages were exchanged between the two leaders.",
    "Лидеры двух стран обменялись поздравлениями.",
    "Оба лидера обменялись посланиями.",
    "两国最高领导人互致贺电。",
    "두 정상은 축전을 교환했다.",
    "양국 정상이 친서를 주고받았다.",
])
def test_an_exchange_of_the_pair_not_named_again(sentence):
    # Each branch of the pattern, so that the verbs tested first cover every one.
    assert v.UNNAMED_PAIR_EXCHANGE.search(sentence)
    assert v.unnamed_pair_exchange(sentence)


def test_no_exchange_of_the_pair_without_its_verb():
    assert not v.unnamed_pair_exchange("The two leaders met in Vladivostok.")


def test_writing_back_is_replying():
    assert v.REPLY_VERBS.search("Chinese President Xi Jinping has written back to Kim Jong Un")
    assert not v.REPLY_VERBS.search("Kim wrote a letter back home")


def test_a_korean_sentence_opening_with_earlier_tells_of_before_the_news():
    assert v.PAST_REPORT.search("앞서 김정은 국무위원장은 지난 7일 푸틴 대통령에게 축전을 보냈다.")
    assert not v.PAST_REPORT.search("김정은 국무위원장은 7일 푸틴 대통령에게 축전을 보냈다.")
