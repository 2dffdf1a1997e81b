"""The build cache: a rebuild skips what has not changed, and its output is byte-identical
to a cold build of the same inputs."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make_project
from test_cli import digest


def site_files(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def kept(log: str) -> int:
    return int(re.search(r"\((\d+) unchanged pages kept\)", log).group(1))


def build(project: Path) -> str:
    result = digest("build", "--no-search", cwd=project)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_nothing_changed_is_noticed_and_nothing_is_touched(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    before = {p: p.stat().st_mtime_ns for p in (project / "site").rglob("*")}
    assert "nothing changed" in build(project)
    assert {p: p.stat().st_mtime_ns for p in (project / "site").rglob("*")} == before


def test_an_added_capture_gives_what_a_cold_build_gives(tmp_path):
    raw = sorted((ROOT / "content" / "raw").iterdir())
    warm = make_project(tmp_path / "warm", raw_files=raw[:4])
    build(warm)
    shutil.copy(raw[4], warm / "content" / "raw" / raw[4].name)
    log = build(warm)
    assert kept(log) >= 4  # the four earlier articles' pages, and message pages they alone feed
    cold = make_project(tmp_path / "cold", raw_files=raw)
    build(cold)
    assert site_files(warm / "site") == site_files(cold / "site")


DOMESTIC_NEWS = """Pyongyang Times
New bridge opens over the Taedong River
15 March 2024

A new bridge over the Taedong River was opened on Friday, the city committee said.
Builders finished the work two months ahead of schedule, the committee added.
"""


def test_a_capture_reporting_no_message_keeps_every_listing_page(tmp_path):
    warm = make_project(tmp_path / "warm")
    build(warm)
    index = warm / "site" / "index.html"
    before = index.stat().st_ino
    (warm / "content" / "raw" / "bridge.txt").write_text(DOMESTIC_NEWS, encoding="utf-8")
    build(warm)
    assert index.stat().st_ino == before  # linked from the last build, not written again
    cold = make_project(tmp_path / "cold")
    (cold / "content" / "raw" / "bridge.txt").write_text(DOMESTIC_NEWS, encoding="utf-8")
    build(cold)
    assert site_files(warm / "site") == site_files(cold / "site")
    report = json.loads((warm / "site" / "reports" / "ingest.json").read_text(encoding="utf-8"))
    assert report["files"] == len(list((warm / "content" / "raw").iterdir()))  # the inventory is new


def test_an_edited_article_rerenders_only_what_depends_on_it(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    article = next((project / "content" / "articles").rglob("*.md"))
    article.write_text(article.read_text().replace("language: en", "language: en\nreviewed: true")
                       + "\nA curator's added line.\n")
    log = build(project)
    assert 4 <= kept(log) < 11  # the other articles' pages and the messages not citing this one
    page = project / "site" / "articles" / f"{article.stem}.html"
    assert "added line." in page.read_text()


def test_a_template_change_rebuilds_everything(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    template = project / "templates" / "article.html"
    template.write_text(template.read_text().replace("<h2>Text</h2>", "<h2>Full text</h2>"))
    log = build(project)
    assert kept(log) == 0
    assert all("Full text" in p.read_text() for p in (project / "site" / "articles").glob("*.html"))


def test_a_broken_cache_is_a_cold_build(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    first = site_files(project / "site")
    for path in (project / ".cache" / "digest").iterdir():
        path.write_bytes(b"not a pickle, not JSON")
    assert "nothing changed" not in build(project)
    assert site_files(project / "site") == first


def test_parallel_and_serial_builds_agree(tmp_path):
    serial = make_project(tmp_path / "serial")
    parallel = make_project(tmp_path / "parallel")
    for project, workers in ((serial, "1"), (parallel, "2")):
        env = {**os.environ, "DIGEST_WORKERS": workers, "DIGEST_INLINE_BELOW": "1",
               "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-m", "generator", "build", "--no-search"], cwd=project,
                                env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert site_files(serial / "site") == site_files(parallel / "site")


def test_synced_messages_are_what_the_files_say(tmp_path):
    from generator.config import load_config
    from generator.messages import read_messages, sync_messages

    project = make_project(tmp_path / "p")
    build(project)
    config = load_config(project / "config.yaml")
    on_disk = read_messages(config.paths.messages, config)
    _, synced = sync_messages([m for m in on_disk if m.status == "extracted"], config.paths.messages, config)
    assert synced == read_messages(config.paths.messages, config)
