"""English sentences that report a message: who sent what to whom."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.clauses import analyse
from generator.extract.leaders import LeaderIndex


@pytest.fixture(scope="module")
def index(config):
    return LeaderIndex(config)


@pytest.mark.parametrize("sentence, expected", [
    # Every name listed after 'from' is a sender, titles and unknown names between them.
    ("Kim Jong Un received congratulatory messages from Xi Jinping, president of the People's Republic "
     "of China, Alexander Lukashenko, president of Belarus, and Vladimir Putin, president of Russia.",
     [("xi-jinping", "kim-jong-un"), ("vladimir-putin", "kim-jong-un")]),
    ("Kim Jong Un received a message from Xi Jinping and thanked Vladimir Putin for his support.",
     [("xi-jinping", "kim-jong-un")]),
])
def test_clauses(index, sentence, expected):
    mentions = index.find(sentence, dt.date(2018, 9, 9), [])
    assert [(r.sender, r.recipient) for r in analyse(sentence, mentions)] == expected
