"""The day a sentence states for the message it reports."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dating import stated_date

FRIDAY = dt.date(2018, 10, 12)


@pytest.mark.parametrize("text, expected", [
    # A date in a relative clause tells of what the clause is about, not of the sending.
    ("Kim and Putin exchanged greetings on Friday on the 70th anniversary of relations, "
     "which were set up on October 12, 1948.", (FRIDAY, "relative")),
    ("Kim, who took office in 2011, sent a message on October 9.", (dt.date(2018, 10, 9), "explicit")),
    # ... unless the rest of the sentence states no day.
    ("Putin sent Kim a letter, which was dated October 5.", (dt.date(2018, 10, 5), "explicit")),
])
def test_stated_date(text, expected):
    assert stated_date(text, FRIDAY)[:2] == expected
