"""Golden files: a few hand-written records rendered with render_site, compared byte for byte.

Regenerate after an intended change with:  UPDATE_GOLDENS=1 pytest tests/test_golden.py
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
from pathlib import Path

import pytest

from generator.records import Article, Event, Message
from generator.render.site import render_site

GOLDEN = Path(__file__).parent / "golden"
BASE_URL = "https://example.org/golden/"
FILES = {
    "index.html": "index.html",
    "messages/2024-10-07-kim-jong-un-to-vladimir-putin/index.html": "message.html",
    "leaders/kim-jong-un/index.html": "leader-kim-jong-un.html",
    "feed.xml": "feed.xml",
}

ARTICLES = [
    Article(id="kcna-putin-birthday", title="Kim Jong Un Congratulates Putin on His Birthday",
            body="Pyongyang, October 7 (KCNA) -- Kim Jong Un sent a message of congratulations to "
                 "Vladimir Putin on October 7.\n\n\"I extend my warm congratulations.\"",
            published=dt.date(2024, 10, 7), published_from="metadata", publisher="KCNA",
            url="https://kcna.example/putin-birthday", source_files=("kcna.html",)),
    Article(id="xinhua-anniversary", title="Xi and Kim Exchange Messages on the 75th Anniversary",
            body="Beijing, Oct. 6 (Xinhua) -- Xi Jinping and Kim Jong Un exchanged messages.",
            published=dt.date(2024, 10, 6), published_from="dateline", publisher="Xinhua",
            url="javascript:alert(1)"),
]
MESSAGES = [
    Message(id="2024-10-07-kim-jong-un-to-vladimir-putin", sender="kim-jong-un", recipient="vladimir-putin",
            date=dt.date(2024, 10, 7), kind="congratulations", date_from="explicit", occasion="birthday",
            sources=("kcna-putin-birthday",),
            evidence="Kim Jong Un sent a message of congratulations to Vladimir Putin on October 7.",
            quotes=("I extend my warm congratulations.",), confidence=0.9, status="confirmed",
            note="Checked against the KCNA original."),
    Message(id="2024-10-06-xi-jinping-to-kim-jong-un", sender="xi-jinping", recipient="kim-jong-un",
            date=dt.date(2024, 10, 6), kind="congratulations", date_from="dateline",
            occasion="75th anniversary of DPRK-China diplomatic relations", sources=("xinhua-anniversary",),
            evidence="Xi Jinping and Kim Jong Un exchanged messages.", confidence=0.8,
            exchange="2024-10-06-kim-jong-un-to-xi-jinping"),
    Message(id="2024-10-06-kim-jong-un-to-xi-jinping", sender="kim-jong-un", recipient="xi-jinping",
            date=dt.date(2024, 10, 6), kind="congratulations", date_from="dateline",
            occasion="75th anniversary of DPRK-China diplomatic relations", sources=("xinhua-anniversary",),
            evidence="Xi Jinping and Kim Jong Un exchanged messages.", confidence=0.8,
            exchange="2024-10-06-xi-jinping-to-kim-jong-un"),
    Message(id="2019-01-08-xi-jinping-to-kim-jong-un", sender="xi-jinping", recipient="kim-jong-un",
            date=dt.date(2019, 1, 8), kind="greetings", sources=("missing-article",),
            evidence="A rejected message never shows.", status="rejected"),
    Message(id="2011-12-19-hu-jintao-to-kim-jong-il", sender="hu-jintao", recipient="kim-jong-il",
            date=dt.date(2011, 12, 19), kind="condolences", sources=("xinhua-anniversary",),
            evidence="Background only.", background=True),
]
EVENTS = [
    Event(id="2019-06-20-visit-xi-jinping-kim-jong-un", kind="visit", leader="xi-jinping",
          counterpart="kim-jong-un", date=dt.date(2019, 6, 20), sources=("xinhua-anniversary",),
          evidence="Xi Jinping visited Pyongyang."),
]


@pytest.fixture(scope="module")
def pages(config):
    return render_site(config.with_overrides(base_url=BASE_URL, article_pages="sources"),
                       MESSAGES, ARTICLES, EVENTS)


@pytest.mark.parametrize("page", sorted(FILES))
def test_golden(pages, page):
    golden = GOLDEN / FILES[page]
    got = pages[page] if isinstance(pages[page], str) else pages[page].decode("utf-8")
    if os.environ.get("UPDATE_GOLDENS"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8", newline="\n")
    assert golden.is_file(), f"no golden file {golden}; run UPDATE_GOLDENS=1 pytest {__file__}"
    want = golden.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                            f"golden/{FILES[page]}", f"rendered {page}"))
        pytest.fail(f"{page} differs from its golden file "
                    f"(UPDATE_GOLDENS=1 pytest tests/test_golden.py if intended):\n{diff}", pytrace=False)


def test_rejected_and_background_messages_are_not_rendered(pages):
    assert not any("2019-01-08-xi-jinping" in p or "2011-12-19-hu-jintao" in p for p in pages)
