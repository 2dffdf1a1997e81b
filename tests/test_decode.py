"""Captures in the encodings outlets use: UTF-8 first, then what charset-normalizer detects."""
from __future__ import annotations

import pytest

from generator.ingest.capture import decode, detect_format
from generator.ingest.draft import NotAnArticle

SAMPLES = {
    "euc-kr": "김정은 동지께서 습근평 동지에게 축전을 보내시였다. 조선중앙통신에 의하면 김정은 동지께서는 "
              "중화인민공화국 창건 75돐에 즈음하여 축전을 보내시였다. 축전에서는 두 나라 인민들의 친선을 강조하였다.",
    "windows-1251": "Владимир Путин направил поздравительное послание Ким Чен Ыну по случаю годовщины "
                    "освобождения Кореи. В послании говорится о дружбе двух народов и стратегическом партнёрстве.",
    "gb18030": "习近平致电金正恩，祝贺朝鲜民主主义人民共和国成立七十五周年。习近平在贺电中表示，中朝友谊源远流长。",
    "shift_jis": "金正恩総書記は習近平国家主席に祝電を送った。朝鮮中央通信が伝えた。両国の友好関係を強調した。",
    "latin-1": "Kim Jong Un sent a message to Xi Jinping: a café résumé, naïve, with accents ü ö é à.",
}


@pytest.mark.parametrize("encoding", sorted(SAMPLES))
def test_legacy_encodings_are_detected(encoding):
    text = SAMPLES[encoding]
    assert decode(text.encode(encoding)) == text


def test_utf8_with_bom_and_typography_kept():
    text = "Kim’s “message” — a reply…"
    assert decode(("\ufeff" + text).encode("utf-8")) == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"), (b"   \n\t ", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_unreadable_inputs_say_why(data, reason):
    with pytest.raises(NotAnArticle, match=reason):
        decode(data)


@pytest.mark.parametrize("text, expected", [
    ('{"title": {"rendered": "x"}}', "json"), ('{"a": 1}\n{"b": 2}\n', "jsonl"),
    ("<?xml version='1.0'?><rss version='2.0'></rss>", "feed"), ("<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("<!doctype html><html></html>", "html"), ("<div><p>a</p><p>b</p><p>c</p><a>d</a><br></div>", "html"),
    ("Title\n\nA text copy that quotes <p> and <a> and <div> and <span> and <br> tags.", "text"),
])
def test_format_comes_from_the_content(text, expected):
    assert detect_format(text) == expected
