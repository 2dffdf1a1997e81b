"""The command-line contracts, run as a user runs them: `digest` in a subprocess."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT, make_project
from textfold import fold


def digest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    # This checkout's generator, whatever else is installed and wherever the command runs.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env=env)


def rows(result: subprocess.CompletedProcess) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_ingest_jsonl_prints_the_seed_articles(seeds_expected):
    articles = {row["source"]: row for row in rows(digest("ingest", "content/raw", "--format", "jsonl"))}
    assert set(articles) == set(seeds_expected)
    for name, spec in seeds_expected.items():
        row = articles[name]
        assert set(row) >= {"source", "title", "published", "publisher", "url", "body"}
        assert fold(row["title"]) == fold(spec["article"]["title"])
        assert "**" not in row["body"] and "\\" not in row["body"]


def test_ingest_jsonl_writes_nothing(tmp_path):
    project = make_project(tmp_path / "p")
    digest("ingest", "content/raw", "--format", "jsonl", cwd=project)
    assert not (project / "content" / "articles").exists()


def test_extract_jsonl_prints_the_six_seed_messages(seeds_expected):
    got = {(r["source"], r["sender"], r["recipient"], r["date"]): r
           for r in rows(digest("extract", "content/raw", "--format", "jsonl"))}
    want = {(name, m["sender"], m["recipient"], str(m["date"])): m["kind"]
            for name, spec in seeds_expected.items() for m in spec["messages"]}
    assert set(got) == set(want)
    for key, kind in want.items():
        assert got[key]["kind"] == kind
        assert got[key]["date_from"] and 0 < got[key]["confidence"] <= 1
        assert got[key]["evidence"]


def test_extract_reads_normalized_articles_too(tmp_path):
    project = make_project(tmp_path / "p")
    assert digest("ingest", "content/raw", cwd=project).returncode == 0
    from_articles = rows(digest("extract", "content/articles", "--format", "jsonl", cwd=project))
    from_raw = rows(digest("extract", "content/raw", "--format", "jsonl", cwd=project))
    assert {(r["source"], r["sender"], r["date"]) for r in from_articles} == \
           {(r["source"], r["sender"], r["date"]) for r in from_raw}


def test_ingest_twice_changes_no_file(tmp_path):
    project = make_project(tmp_path / "p")
    assert digest("ingest", "content/raw", cwd=project).returncode == 0
    before = {p: p.read_bytes() for p in (project / "content" / "articles").rglob("*.md")}
    second = digest("ingest", "content/raw", cwd=project)
    assert "5 unchanged" in second.stderr
    assert {p: p.read_bytes() for p in (project / "content" / "articles").rglob("*.md")} == before


def test_reviewed_article_is_never_overwritten(tmp_path):
    project = make_project(tmp_path / "p")
    digest("ingest", "content/raw", cwd=project)
    path = next((project / "content" / "articles").rglob("*.md"))
    edited = path.read_text().replace("language: en", "language: en\nreviewed: true") + "\nA curator's line.\n"
    path.write_text(edited)
    digest("ingest", "content/raw", cwd=project)
    assert path.read_text() == edited


def test_bad_input_files_are_reported_not_lost(tmp_path):
    project = make_project(tmp_path / "p", raw_files=[])
    raw = project / "content" / "raw"
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (raw / "not-a-post.json").write_text('{"hello": "world"}')
    (raw / "truncated.json").write_text('{"title": {"rendered": "A')
    result = digest("ingest", "content/raw", "--format", "jsonl", cwd=project)
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 4
    for name in ("empty.txt", "binary.bin", "not-a-post.json", "truncated.json"):
        assert any(name in line for line in warnings)
    assert "4 rejected" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_writes_the_ingest_report(tmp_path):
    project = make_project(tmp_path / "p")
    (project / "content" / "raw" / "empty.txt").write_bytes(b"")
    result = digest("build", cwd=project)
    assert result.returncode == 0, result.stderr
    report = json.loads((project / "site" / "reports" / "ingest.json").read_text())
    assert report["articles"] == 5
    assert [r["reason"] for r in report["rejected"]] == ["empty file"]
    assert report["rejected"][0]["file"].endswith("empty.txt")


def test_bad_config_is_one_line_with_file_line_and_exit_2(tmp_path):
    project = make_project(tmp_path / "p")
    config = project / "config.yaml"
    text = config.read_text().replace("  language: en\n", "  language: en\n  colour: red\n", 1)
    config.write_text(text)
    result = digest("build", cwd=project)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    line_number = text.splitlines().index("  colour: red") + 1
    assert f"config.yaml:{line_number}:" in lines[0] and "site.colour" in lines[0]
    assert "Traceback" not in result.stderr


def test_malformed_message_file_names_file_and_line(tmp_path):
    project = make_project(tmp_path / "p")
    assert digest("build", cwd=project).returncode == 0
    message = next((project / "content" / "messages").glob("*.yaml"))
    data = yaml.safe_load(message.read_text())
    data["status"] = "confirmed"
    data["sender"] = "kim-jong-nam"
    message.write_text(yaml.safe_dump(data, sort_keys=False))
    result = digest("build", cwd=project)
    assert result.returncode == 2
    assert f"{message.name}:" in result.stderr and "unknown leader 'kim-jong-nam'" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_reads_a_clipping_with_front_matter_as_a_capture_not_an_article_file(tmp_path):
    clip = tmp_path / "omnivore.md"
    clip.write_text('---\nid: 4b9d2e70\ntitle: "Kim sends condolences to Xi"\nauthor: "Chae"\n'
                    "date_published: 2022-12-01 15:47:00\n---\n\nSEOUL, Dec. 1 (Yonhap) -- North Korean leader "
                    "Kim Jong-un sent a message of condolence to Chinese President Xi Jinping on Thursday.\n",
                    encoding="utf-8")
    assert [(row["sender"], row["recipient"]) for row in rows(digest("extract", str(clip), "--format", "jsonl"))] == \
        [("kim-jong-un", "xi-jinping")]


def test_build_counts_what_it_made_in_words_that_agree(tmp_path):
    project = make_project(tmp_path / "p")
    result = digest("build", cwd=project)
    done = next(line for line in result.stderr.splitlines() if line.startswith("Done:"))
    assert re.match(r"Done: 5 articles, 6 messages, 1 event, \d+ files written to ", done), done
