#!/usr/bin/env python3
"""Score `python -m generator ingest` on an ingest corpus the way /work/shared/tools/check-seeds does.

Each expected article is checked field by field: title (equal after folding), published (exact ISO
date; skipped when null), publisher (expected name contained, case-insensitive), url (when given),
body_starts / body_ends (folded body) and every body_excludes entry (absent, case-insensitive, from
the raw body). Keys `FILE#N` name the N-th article (1-based, output order) ingest gives for FILE.
Prints every failing check, a pass rate per check type and overall. Run from anywhere:

    python bench/ingest_eval.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "corpus" / "ingest_blind"
CHECKS = ("title", "published", "publisher", "url", "body_starts", "body_ends", "body_excludes")


def fold(s):
    return re.sub(r"\s+", " ", re.sub(r"[*_#>`]+", " ", s or "")).strip().lower()


def run_ingest(corpus: Path) -> dict[str, list[dict]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "generator", "ingest", str(corpus), "--format", "jsonl"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode and not proc.stdout.strip():
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"ingest failed with exit code {proc.returncode}")
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            row = json.loads(line)
            by_source[row.get("source")].append(row)
    return by_source


def lookup(by_source, key: str):
    name, _, n = key.partition("#")
    rows = by_source.get(name) or []
    index = int(n) - 1 if n else 0
    return rows[index] if 0 <= index < len(rows) else None


def check_article(want: dict, got: dict | None) -> list[tuple[str, str]]:
    """(check type, problem) for every failing check; [] when all hold."""
    if got is None:
        return [("missing", "no article")]
    out = []
    body = fold(got.get("body"))
    if fold(got.get("title")) != fold(want["title"]):
        out.append(("title", f"title {got.get('title')!r}, want {want['title']!r}"))
    if want.get("published") is not None and str(got.get("published")) != str(want["published"]):
        out.append(("published", f"published {got.get('published')!r}, want {want['published']}"))
    if fold(want["publisher"]) not in fold(got.get("publisher")):
        out.append(("publisher", f"publisher {got.get('publisher')!r}, want {want['publisher']!r}"))
    if want.get("url") and got.get("url") != want["url"]:
        out.append(("url", f"url {got.get('url')!r}, want {want['url']!r}"))
    if not body.startswith(fold(want["body_starts"])):
        out.append(("body_starts", f"body starts {body[:90]!r}"))
    if not body.endswith(fold(want["body_ends"])):
        out.append(("body_ends", f"body ends {body[-90:]!r}"))
    for chrome in want.get("body_excludes") or []:
        if chrome.lower() in (got.get("body") or "").lower():
            out.append(("body_excludes", f"body still has {chrome!r}"))
    return out


def count_checks(want: dict) -> Counter:
    n = Counter(title=1, publisher=1, body_starts=1, body_ends=1)
    if want.get("published") is not None:
        n["published"] = 1
    if want.get("url"):
        n["url"] = 1
    n["body_excludes"] = len(want.get("body_excludes") or [])
    return n


def normalize(data: dict) -> dict:
    """Accept both corpus shapes: {FILE: {article: {...}}} and the older {FILE: {...} | [..] |
    {rejected: true}}; lists become FILE#1, FILE#2, ...; rejected files are not scored here."""
    out = {}
    for key, spec in data.items():
        if isinstance(spec, list):
            for n, item in enumerate(spec, 1):
                out[f"{key}#{n}"] = {"article": item}
        elif isinstance(spec, dict) and spec.get("rejected"):
            continue
        elif isinstance(spec, dict) and "article" not in spec:
            out[key] = {"article": spec}
        else:
            out[key] = spec
    return out


def score(corpus: Path = DEFAULT_CORPUS, verbose: bool = True) -> dict:
    expected = normalize(yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8")) or {})
    by_source = run_ingest(corpus)
    total, failed = Counter(), Counter()
    failures: dict[str, list[str]] = {}
    for key, spec in expected.items():
        want = spec["article"]
        n = count_checks(want)
        total.update(n)
        problems = check_article(want, lookup(by_source, key))
        if problems and problems[0][0] == "missing":
            failed.update(n)
        else:
            failed.update(kind for kind, _ in problems)
        if problems:
            failures[key] = [p for _, p in problems]
    checks_total, checks_failed = sum(total.values()), sum(failed.values())
    articles_ok = sum(1 for key in expected if key not in failures)
    result = {
        "pass_rate": (checks_total - checks_failed) / checks_total if checks_total else 1.0,
        "checks": checks_total, "failed": checks_failed,
        "articles": len(expected), "articles_ok": articles_ok,
        "by_check": {k: (total[k] - failed[k], total[k]) for k in CHECKS},
        "failures": failures,
    }
    if verbose:
        for key, problems in failures.items():
            for p in problems:
                print(f"{key}: {p}")
        print()
        for k in CHECKS:
            ok, n = result["by_check"][k]
            print(f"  {k:14s} {ok:3d}/{n:<3d} {ok / n if n else 1:.3f}")
        print(f"{corpus.name}: {articles_ok}/{len(expected)} articles fully right, "
              f"{checks_total - checks_failed}/{checks_total} checks pass, pass rate {result['pass_rate']:.3f}")
    return result


if __name__ == "__main__":
    score(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_CORPUS)
