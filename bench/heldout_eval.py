#!/usr/bin/env python3
"""Score `python -m generator extract` on the held-out corpus against its expected.yaml.

A message matches when source file, sender, recipient and date all match; kind accuracy is
measured over the matched messages. Prints precision, recall, F1, kind accuracy and every
false positive, false negative and wrong kind. Run from anywhere:

    python bench/heldout_eval.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "corpus" / "heldout"


def load_expected(corpus: Path) -> Counter:
    data = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8")) or {}
    want = Counter()
    for source, messages in data.items():
        if isinstance(messages, dict):
            messages = messages.get("messages") or []
        for m in messages or []:
            want[(source, m["sender"], m["recipient"], str(m["date"]))] += 1
            want_kinds.setdefault((source, m["sender"], m["recipient"], str(m["date"])), []).append(m["kind"])
    return want


want_kinds: dict = {}


def run_extract(corpus: Path) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rel = os.path.relpath(corpus, ROOT)
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", rel, "--format", "jsonl"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1) and not proc.stdout.strip():
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"extract failed with exit code {proc.returncode}")
    rows = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            rows.append(json.loads(line))
    return rows


def score(corpus: Path = DEFAULT_CORPUS, verbose: bool = True) -> dict:
    want_kinds.clear()
    want = load_expected(corpus)
    rows = run_extract(corpus)
    got = Counter()
    got_kinds: dict = {}
    for r in rows:
        source = Path(r["source"]).name
        key = (source, r["sender"], r["recipient"], str(r["date"]))
        got[key] += 1
        got_kinds.setdefault(key, []).append(r.get("kind"))
    tp = sum((want & got).values())
    fp_keys = got - want
    fn_keys = want - got
    kind_ok = kind_n = 0
    wrong_kinds = []
    for key in (want & got):
        wk = sorted(want_kinds[key])
        gk = sorted(got_kinds[key])
        for a, b in zip(wk, gk):
            kind_n += 1
            if a == b:
                kind_ok += 1
            else:
                wrong_kinds.append((key, a, b))
    p = tp / sum(got.values()) if got else 1.0
    r = tp / sum(want.values()) if want else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    ka = kind_ok / kind_n if kind_n else 1.0
    result = {"precision": p, "recall": r, "f1": f1, "kind_accuracy": ka, "tp": tp,
              "fp": sorted(fp_keys.elements()), "fn": sorted(fn_keys.elements()),
              "wrong_kinds": sorted(wrong_kinds)}
    if verbose:
        print(f"expected {sum(want.values())}  extracted {sum(got.values())}  matched {tp}")
        print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  kind accuracy {ka:.3f} ({kind_ok}/{kind_n})")
        for k in result["fp"]:
            print("FP  ", *k, got_kinds.get(k))
        for k in result["fn"]:
            print("FN  ", *k, want_kinds.get(k))
        for k, a, b in result["wrong_kinds"]:
            print("KIND", *k, f"expected {a} got {b}")
    return result


if __name__ == "__main__":
    corpus = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_CORPUS
    score(corpus)
