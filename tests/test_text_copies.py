"""Text copies of social posts: a channel's posts dated by their own stamps, a shared link's day."""
from __future__ import annotations

import datetime as dt

from generator.ingest.capture import read_capture
from generator.ingest.finish import finish_article

CHANNEL = """Digest channel, [31.01.2020 21:40]
Flights between the two capitals are suspended from today over the outbreak, the airline confirmed.
👁 2.7K

Digest channel, [01.02.2020 13:47]
Kim Jong Un has sent a message of sympathy to Xi Jinping over the outbreak, state media reported this afternoon.
👁 4.5K   🔁 61
"""

POST = """Friendship Society
 · 🌐

Today President Vladimir Putin sent greetings to Kim Jong Un on the anniversary of the founding of the DPRK.

Full text of the greetings at the link below

https://example-news.com/2018/09/09/putin-greets-kim-jong-un/
EXAMPLE-NEWS.COM
"""


def test_each_post_of_a_channel_copy_is_a_story_dated_by_its_day_month_year_stamp():
    posts = read_capture(CHANNEL.encode(), "channel.txt")
    assert [post.published for post in posts] == [dt.date(2020, 1, 31), dt.date(2020, 2, 1)]
    assert posts[1].body.startswith("Kim Jong Un has sent") and "👁" not in posts[1].body


def test_a_post_dated_only_by_the_link_it_shares_takes_the_link_s_day(config):
    [draft] = read_capture(POST.encode(), "post.txt")
    article = finish_article(draft, config)
    assert (article.published, article.published_from) == (dt.date(2018, 9, 9), "link")


def test_a_dateline_with_no_year_is_dated_no_later_than_the_capture(config):
    copy = (b"Saved from https://tass.example/world/123 on 3 February 2026 10:00\n\nKim condoles with Putin\n\n"
            b"MOSCOW, March 24 (TASS) -- North Korean leader Kim Jong Un sent a message of condolences to Russian "
            b"President Vladimir Putin over the terrorist attack, the Korean Central News Agency reported.\n")
    [draft] = read_capture(copy, "tass.txt")
    assert draft.captured == dt.date(2026, 2, 3)
    assert finish_article(draft, config).published == dt.date(2025, 3, 24)
