"""Hostile input in every format and every field: nothing executable reaches any output file,
and nothing is written outside the output and content folders."""
from __future__ import annotations

import csv
import io
import json

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import make_project
from generator.commands.build import run_build
from generator.config import load_config

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
JS_URL = "javascript:alert(1)"
DATA_URL = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="

MESSAGE_SENTENCE = (f"Kim Jong Un sent a congratulatory message to Xi Jinping on October 7 on the 75th "
                    f"anniversary of {SCRIPT} diplomatic relations {IMG}.")
QUOTE = f"The message said: “We will {SCRIPT} always stand together, {IMG} comrade and friend.”"

TEXT_CAPTURE = f"""Home > News > {SCRIPT}

Kim Jong Un congratulates Xi {SCRIPT} {IMG}

Date: 08/10/2024 | Source: {SCRIPT} Agency | Read original version at source

{MESSAGE_SENTENCE} The leaders praised their friendship in a long paragraph of text.

{QUOTE}

[click me]({JS_URL}) and <a href="{JS_URL}">more</a> and ![x]({DATA_URL})
"""

HTML_PAGE = f"""<!doctype html><html><head><title>Putin {SCRIPT} greets Kim</title>
<meta property="og:site_name" content="{SCRIPT} Times">
<link rel="canonical" href="{JS_URL}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "x</script><script>alert(2)</script>"}}</script>
</head><body onload="alert(3)"><nav><a href="{JS_URL}">Home</a></nav><article>
<h1>Putin {SCRIPT} greets Kim</h1>
<p>Russian President Vladimir Putin sent greetings to Kim Jong Un on June 12, 2024 on Russia Day {IMG}, in a
message that praised the strategic partnership between the two countries and their peoples.</p>
<p onclick="alert(4)">Putin wished Kim good health and success <a href="{JS_URL}">in his work</a> and the
message stressed that the friendship would grow stronger in the years to come for both nations.</p>
</article><footer><iframe src="{DATA_URL}"></iframe></footer></body></html>
"""

WORDPRESS = json.dumps({
    "id": 1, "date": "2023-09-09T08:00:00", "link": JS_URL,
    "title": {"rendered": f"Xi {SCRIPT} sends greetings &lt;script&gt;alert(5)&lt;/script&gt;"},
    "content": {"rendered": f"<p>Chinese President Xi Jinping sent a message of greetings to Kim Jong Un on "
                            f"September 9, 2023 on the 75th founding anniversary of the DPRK {IMG}.</p>"
                            f"<p><a href=\"{JS_URL}\">Read</a> {SCRIPT} the full text of the greetings, which "
                            f"wished the Korean people success.</p>"},
})

FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>{SCRIPT.replace('<', '&lt;')} Feed</title>
<link>https://feed.example/</link><description>x</description>
<item><title>Medvedev &lt;script&gt;alert(6)&lt;/script&gt; thanks Kim Jong Il</title><link>{DATA_URL}</link>
<pubDate>Tue, 10 Nov 2009 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Russian President Dmitry Medvedev sent a message of thanks to Kim Jong Il on
November 9, 2009, &lt;img src=x onerror=alert(7)&gt; for his greetings on the anniversary.&lt;/p&gt;
&lt;p&gt;&lt;a href="{JS_URL}"&gt;More&lt;/a&gt; The message praised the friendship of the peoples.&lt;/p&gt;</description>
</item></channel></rss>
"""

JSONL = "\n".join(json.dumps(record) for record in [
    {"title": f"Kim {SCRIPT} condolences to Xi", "url": JS_URL, "publisher": f"{SCRIPT} Wire",
     "published": "2022-12-01",
     "html": f"<p onclick='alert(8)'>Kim Jong Un sent a message of condolences to Xi Jinping on November 30, "
             f"2022 over the death of Jiang Zemin {SCRIPT}, expressing deep sorrow for the loss.</p>"},
    {"title": "../../../../etc/passwd", "text": "A long enough paragraph of domestic news text that says nothing "
                                                 "about any leader at all, to be ingested as an article."},
    {"title": "x" * 500, "text": "Another long enough paragraph of domestic news that is kept as an article body."},
    {"title": "金正恩致电习近平", "text": "金正恩同志致电习近平同志，祝贺中华人民共和国成立七十五周年。这是一条足够长的新闻。"},
])


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile") / "project", raw_files=[])
    raw = project / "content" / "raw"
    (raw / "text.txt").write_text(TEXT_CAPTURE)
    (raw / "page.html").write_text(HTML_PAGE)
    (raw / "post.txt").write_text(WORDPRESS)
    (raw / "feed.xml").write_text(FEED)
    (raw / "scrape.jsonl").write_text(JSONL)
    config_path = project / "config.yaml"
    config_path.write_text(config_path.read_text().replace(
        'title: "Leaders\' Letters: China, Russia and the DPRK"',
        f"title: {json.dumps('Letters ' + SCRIPT + ' ' + IMG)}", 1))
    before = {p for p in project.parent.rglob("*")}
    run_build(load_config(config_path))
    after = {p for p in project.parent.rglob("*")}
    return project, before, after


def test_every_capture_became_an_article(hostile_build):
    project, _, _ = hostile_build
    report = json.loads((project / "site" / "reports" / "ingest.json").read_text())
    assert report["rejected"] == []
    assert report["articles"] == 8


def test_messages_were_still_found(hostile_build):
    project, _, _ = hostile_build
    data = json.loads((project / "site" / "messages.json").read_text())
    assert len(data["messages"]) >= 4


def test_nothing_written_outside_site_and_content(hostile_build):
    project, before, after = hostile_build
    for path in after - before:
        relative = path.relative_to(project)
        # .cache/ is the build cache (git-ignored), the one folder digest keeps besides these two.
        assert relative.parts[0] in ("site", "content", ".cache"), path


def _check_html(markup: str, where: str) -> None:
    page = BeautifulSoup(markup, "html.parser")
    for script in page.find_all("script"):
        assert script.get("src") and not script.string, f"{where}: inline script {script}"
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), f"{where}: event handler {name} on <{tag.name}>"
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                target = str(value).strip().lower()
                assert not target.startswith(("javascript:", "data:", "vbscript:")), f"{where}: {name}={value}"
    for bad in ("iframe", "object", "embed", "form"):
        assert not page.find_all(bad), f"{where}: <{bad}>"


def test_no_script_in_any_html_page(hostile_build):
    project, _, _ = hostile_build
    pages = list((project / "site").rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        _check_html(page.read_text(encoding="utf-8"), str(page))


def test_no_script_in_feeds(hostile_build):
    project, _, _ = hostile_build
    for feed in (project / "site").rglob("*.xml"):
        text = feed.read_text(encoding="utf-8")
        assert "<script" not in text.lower()
        parsed = feedparser.parse(text, sanitize_html=False)
        for entry in parsed.entries:
            for field in ("summary", "title"):
                _check_html(entry.get(field, ""), f"{feed}: {field}")
            assert entry.get("link", "https://").startswith(("http://", "https://"))


def test_exports_carry_no_active_urls(hostile_build):
    project, _, _ = hostile_build
    data = json.loads((project / "site" / "messages.json").read_text())
    for message in data["messages"]:
        for source in message["sources"]:
            assert source["url"] is None or source["url"].startswith(("http://", "https://"))
    rows = list(csv.reader(io.StringIO((project / "site" / "messages.csv").read_text())))
    for row in rows[1:]:
        assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_article_files_have_safe_unique_names(hostile_build):
    project, _, _ = hostile_build
    files = list((project / "content" / "articles").rglob("*.md"))
    assert len(files) == 8
    for path in files:
        assert path.resolve().is_relative_to((project / "content" / "articles").resolve())
        assert len(path.name) <= 80 and path.name.isascii() and "\0" not in path.name
    assert len({p.name for p in files}) == 8
