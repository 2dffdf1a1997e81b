"""Saved HTML pages: the date the page states for its story, not one its chrome suggests."""
from __future__ import annotations

import datetime as dt

from generator.ingest.htmlpage import read_html_page

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Jiang Zemin congratulates Kim Il Sung on his birthday</title>
<meta property="article:published_time" content="1994-04-15T09:00:00+08:00"></head>
<body><header><a class="logo" href="/">Review <span>Archive 1958&ndash;2005</span></a></header>
<main><article><h1>Jiang Zemin congratulates Kim Il Sung on his birthday</h1>
<p>A message of warm congratulations was sent to President Kim Il Sung by Jiang Zemin on Thursday, April 14,
the eve of the Korean leader's 82nd birthday, wishing him good health and a long life.</p>
<p>Jiang also expressed the hope that the Korean people would make new achievements in building their country.</p>
</article></main></body></html>"""


def test_a_story_from_before_1995_keeps_its_stamped_date_over_a_logo_year_range():
    assert read_html_page(PAGE, "page.html").published == dt.date(1994, 4, 15)
