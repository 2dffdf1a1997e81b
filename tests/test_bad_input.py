"""Broken files in content/ and config: one line naming file and line, exit 2, old site untouched."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import make_project
from generator.articles import read_articles
from generator.config import load_config
from generator.messages import read_messages
from test_cli import digest


@pytest.fixture
def built(tmp_path):
    project = make_project(tmp_path / "p")
    result = digest("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def site_snapshot(project: Path) -> dict:
    return {p.relative_to(project): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}


def assert_fails_cleanly(project: Path, expected: str) -> str:
    before = site_snapshot(project)
    result = digest("build", cwd=project)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert site_snapshot(project) == before
    return lines[0]


def test_broken_front_matter(built):
    article = next((built / "content" / "articles").rglob("*.md"))
    article.write_text(article.read_text().replace("title: ", "title: [unclosed ", 1))
    line = assert_fails_cleanly(built, "invalid YAML")
    assert f"{article.name}:" in line


def test_invalid_date_in_front_matter(built):
    article = next((built / "content" / "articles").rglob("*.md"))
    text = article.read_text()
    lines = text.splitlines()
    number = next(i for i, l in enumerate(lines, 1) if l.startswith("published:"))
    lines[number - 1] = "published: 2024-02-30"
    article.write_text("\n".join(lines) + "\n")
    line = assert_fails_cleanly(built, "day is out of range")
    assert f"{article.name}:{number}:" in line


def test_yaml_bomb_in_a_message_file(built):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    (built / "content" / "messages" / "2024-01-01-kim-jong-un-to-xi-jinping.yaml").write_text(bomb)
    assert_fails_cleanly(built, "aliases")


def test_unknown_kind_in_a_message_file(built):
    path = next((built / "content" / "messages").glob("*.yaml"))
    path.write_text(path.read_text().replace("status: extracted", "status: confirmed")
                    .replace("kind: congratulations", "kind: telegram").replace("kind: verbal-message", "kind: telegram"))
    assert_fails_cleanly(built, "kind: expected one of")


def test_message_id_must_match_its_file(built):
    path = next((built / "content" / "messages").glob("*.yaml"))
    (path.parent / "2020-01-01-copy.yaml").write_text(path.read_text().replace("status: extracted", "status: confirmed"))
    assert_fails_cleanly(built, "does not match the file name")


def test_duplicate_article_ids(built):
    article = next((built / "content" / "articles").rglob("*.md"))
    (article.parent / "copy.md").write_text(article.read_text())
    assert_fails_cleanly(built, "duplicate article id")


def test_hand_written_article_id_cannot_be_a_path(built):
    article = next((built / "content" / "articles").rglob("*.md"))
    text = article.read_text()
    article.write_text(text.replace(f"id: {text.split('id: ', 1)[1].splitlines()[0]}", "id: ../../escape", 1))
    assert_fails_cleanly(built, "cannot contain a path")


def test_oversized_capture_is_rejected_with_its_size(tmp_path):
    project = make_project(tmp_path / "p", raw_files=[])
    (project / "content" / "raw" / "huge.txt").write_bytes(b"Kim Jong Un sent a message.\n" * 800_000)
    result = digest("ingest", "content/raw", "--format", "jsonl", cwd=project)
    assert result.returncode == 0
    assert "huge.txt: file is 21 MB, over the 20 MB limit" in result.stderr


def test_deeply_nested_html_does_not_crash(tmp_path):
    project = make_project(tmp_path / "p", raw_files=[])
    nested = "<html><body>" + "<div>" * 50_000 + "<p>Deep text.</p>" + "</div>" * 50_000 + "</body></html>"
    (project / "content" / "raw" / "deep.html").write_text(nested)
    result = digest("ingest", "content/raw", "--format", "jsonl", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "deep.html" in result.stderr and "Traceback" not in result.stderr


def test_a_killed_build_leaves_everything_readable_and_a_rerun_completes(tmp_path):
    project = make_project(tmp_path / "p")
    raw = project / "content" / "raw"
    for i in range(150):  # enough work for the kill to land mid-run
        (raw / f"copy-{i:03d}.txt").write_text((raw / "002_0590d45194367873.txt").read_text()
                                                .replace("Verbal Message", f"Verbal Message {i}"))
    assert digest("build", cwd=project).returncode == 0
    for delay in (0.3, 0.8, 1.5):
        for path in raw.glob("copy-*.txt"):
            path.write_text(path.read_text().replace("Verbal Message", "Spoken Message"))
        process = subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        config = load_config(project / "config.yaml")
        assert read_articles(config.paths.articles)
        read_messages(config.paths.messages, config)
        assert (project / "site" / "index.html").is_file()
    assert digest("build", cwd=project).returncode == 0
    assert not [p for p in project.rglob(".*.tmp")]
