"""--compare-to: the diff of two messages.json lists, the PR summary and the changes page."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import make_project
from generator.commands.build import run_build
from generator.config import load_config
from generator.errors import DigestError
from generator.render.changes import (Changes, FieldChange, diff_messages, load_previous, show_value,
                                      summary_markdown)


def record(id_: str, **fields) -> dict:
    base = {"id": id_, "date": id_[:10], "sender": "kim-jong-un", "recipient": "xi-jinping",
            "kind": "greetings", "occasion": None, "quotes": [], "status": "extracted"}
    return {**base, **fields}


def names(leader_id: str) -> str:
    return {"kim-jong-un": "Kim Jong Un", "xi-jinping": "Xi Jinping"}.get(leader_id, leader_id)


def test_diff_finds_added_changed_removed_newest_first():
    old = [record("2021-01-01-a"), record("2020-01-01-b"), record("2019-01-01-c", kind="letter")]
    new = [record("2022-01-01-d"), record("2023-01-01-e"), record("2020-01-01-b"),
           record("2019-01-01-c", kind="reply", quotes=["q"], status="confirmed")]
    changes = diff_messages(old, new)
    assert [x["id"] for x in changes.added] == ["2023-01-01-e", "2022-01-01-d"]
    assert [x["id"] for x in changes.removed] == ["2021-01-01-a"]
    assert changes.unchanged == 1
    (changed,) = changes.changed
    assert changed.id == "2019-01-01-c"
    assert changed.fields == (FieldChange("kind", "letter", "reply"), FieldChange("quotes", [], ["q"]),
                              FieldChange("status", "extracted", "confirmed"))


def test_diff_of_identical_lists_is_empty():
    same = [record("2021-01-01-a"), record("2020-01-01-b")]
    changes = diff_messages(same, list(reversed(same)))
    assert changes.empty and changes.unchanged == 2


def test_a_field_only_one_side_has_is_a_change():
    changes = diff_messages([record("2021-01-01-a", old_field=1)], [record("2021-01-01-a", new_field=2)])
    assert [f.field for f in changes.changed[0].fields] == ["new_field", "old_field"]


def test_show_value():
    assert show_value(None) == "(none)"
    assert show_value([]) == "(none)"
    assert show_value(["a", "b"]) == "a; b"
    assert show_value([{"article": "x", "title": "T"}]) == "x"
    assert show_value("a\n  b") == "a b"
    assert show_value("x" * 100, 10) == "x" * 9 + "…"


def test_summary_markdown():
    changes = diff_messages([record("2019-01-01-c", kind="letter"), record("2018-01-01-gone")],
                            [record("2019-01-01-c"), record("2024-10-07-new", kind="verbal-message")])
    text = summary_markdown(changes, "https://me.github.io/digest/pr-preview/pr-3/", names)
    assert "**1 added, 1 changed, 1 removed** (0 unchanged)." in text
    assert ("- [2024-10-07: verbal message from Kim Jong Un to Xi Jinping]"
            "(https://me.github.io/digest/pr-preview/pr-3/messages/2024-10-07-new/)") in text
    assert "kind `letter` → `greetings`" in text
    assert "- 2018-01-01: greetings from Kim Jong Un to Xi Jinping (`2018-01-01-gone`)" in text
    assert text.endswith("[All changes](https://me.github.io/digest/pr-preview/pr-3/changes/)\n")


def test_summary_of_no_changes_and_long_lists():
    assert "No changes to the published messages (0 unchanged)." in summary_markdown(Changes(), "https://x/", names)
    many = diff_messages([], [record(f"2020-01-{d:02d}-m") for d in range(1, 31)])
    text = summary_markdown(many, "https://x/", names, limit=5)
    assert text.count("\n- [") == 5 and "- … and 25 more" in text


def test_summary_escapes_markdown_and_backticks():
    changes = diff_messages([record("2019-01-01-c", occasion="a `b`")],
                            [record("2019-01-01-c", occasion="[x](javascript:y)", recipient="*evil*")])
    text = summary_markdown(changes, "https://x/", names)
    assert "occasion `a 'b'` → `[x](javascript:y)`" in text
    assert "to \\*evil\\*]" in text


def test_load_previous(tmp_path):
    (tmp_path / "messages.json").write_text(json.dumps({"messages": [record("2020-01-01-a")]}))
    assert load_previous(tmp_path)[0]["id"] == "2020-01-01-a"
    assert load_previous(tmp_path / "messages.json") == load_previous(tmp_path)
    (tmp_path / "bad.json").write_text("[1, 2]")
    with pytest.raises(DigestError, match="not a digest messages.json"):
        load_previous(tmp_path / "bad.json")
    (tmp_path / "empty-dir").mkdir()
    with pytest.raises(DigestError, match="no messages.json"):
        load_previous(tmp_path / "empty-dir")


def test_build_compare_to_writes_the_changes_page(built_site, tmp_path):
    _, old_site = built_site
    data = json.loads((old_site / "messages.json").read_text())
    first, second, third = data["messages"][:3]
    previous = {"messages": [dict(second, kind="greetings"), third, record("2020-01-01-kim-jong-un-to-xi-jinping")]}
    (tmp_path / "old.json").write_text(json.dumps(previous))
    project = make_project(tmp_path / "p")
    run_build(load_config(project / "config.yaml"), compare_to=tmp_path / "old.json")
    site = project / "site"
    page = BeautifulSoup((site / "changes" / "index.html").read_text(), "html.parser")
    added = [a["href"] for a in page.select(".changes-added a")]
    assert f"../messages/{first['id']}/index.html" in added and len(added) == len(data["messages"]) - 2
    assert [a["href"] for a in page.select(".changes-changed h3 a")] == [f"../messages/{second['id']}/index.html"]
    assert [th.get_text() for th in page.select("table.diff tbody th")] == ["kind"]
    assert "2020-01-01-kim-jong-un-to-xi-jinping" in page.select_one(".changes-removed").get_text()
    for link in page.select("a[href]"):
        target = link["href"]
        if not urlsplit(target).scheme:
            assert (site / "changes" / target).resolve().is_file(), target
    summary = (site / "changes" / "summary.md").read_text()
    assert summary.startswith("### Messages in this preview\n")
    assert "changes/" not in (site / "sitemap.xml").read_text()


def test_build_without_compare_to_has_no_changes(built_site):
    _, site = built_site
    assert not (site / "changes").exists()


def test_cli_compare_to_a_site_folder(built_site, tmp_path):
    import subprocess
    import sys

    from conftest import ROOT
    _, old_site = built_site
    project = make_project(tmp_path / "p")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--out", str(tmp_path / "new"),
                             "--compare-to", str(old_site)], cwd=project, capture_output=True, text=True,
                            timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "No changes to the published messages (6 unchanged)." in (tmp_path / "new/changes/summary.md").read_text()


def test_preview_workflow_is_wired():
    import yaml

    from conftest import ROOT
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "preview.yml").read_text())
    steps = workflow["jobs"]["preview"]["steps"]
    uses = {s.get("uses", "").split("@")[0]: s for s in steps}
    assert uses["rossjrw/pr-preview-action"]["with"]["source-dir"] == "site"
    sticky = uses["marocchino/sticky-pull-request-comment"]["with"]
    assert sticky["path"] == "site/changes/summary.md" and sticky["header"] != "pr-preview"
    build = next(s["run"] for s in steps if s.get("name") == "Build the pull request's site")
    assert '--base-url "$PREVIEW_URL" --compare-to main-site' in build
    assert workflow["jobs"]["preview"]["env"]["PREVIEW_URL"].endswith(
        "/pr-preview/pr-${{ github.event.number }}/")
