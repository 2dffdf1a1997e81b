"""Extraction measured on a hand-written corpus of articles (tests/corpus/extract) and on the seeds.

Each corpus file lists the leader-to-leader messages it reports as news; a match is the same
source, sender, recipient and date. Messages marked background are left out, as in the digest.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.commands.extract import read_inputs
from generator.config import load_config
from generator.extract.article import extract_article
from generator.extract.leaders import LeaderIndex
from generator.ingest.pipeline import IngestReport

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "extract"
SEEDS_RAW = ROOT / "content" / "raw"
SEEDS_EXPECTED = ROOT / "tests" / "fixtures" / "seeds" / "expected.yaml"

# Files whose expectations the extractor does not meet yet: name -> reason.
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def _extract(path: Path, config) -> list[tuple[str, str, str, str]]:
    index = LeaderIndex(config)
    out = []
    for article in read_inputs([path], config, IngestReport()):
        for message in extract_article(article, index).messages:
            if message.background:
                continue
            out.append((message.sender, message.recipient, message.date.isoformat(), message.kind))
    return out


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


CORPUS_EXPECTED = _expected(CORPUS / "expected.yaml")


def _key(entry: dict) -> tuple[str, str, str]:
    return entry["sender"], entry["recipient"], str(entry["date"])


def _check(found, wanted):
    assert {f[:3] for f in found} == {_key(w) for w in wanted}
    kinds = {f[:3]: f[3] for f in found}
    assert {k: kinds[k] for k in kinds} == {_key(w): w["kind"] for w in wanted}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_file(name, config):
    if name in XFAIL:
        pytest.xfail(XFAIL[name])
    _check(_extract(CORPUS / name, config), CORPUS_EXPECTED[name] or [])


def test_corpus_scores(config):
    tp = fp = fn = kind_right = 0
    for name, wanted in CORPUS_EXPECTED.items():
        found = {f[:3]: f[3] for f in _extract(CORPUS / name, config)}
        want = {_key(w): w["kind"] for w in wanted or []}
        matched = set(found) & set(want)
        tp += len(matched)
        fp += len(set(found) - set(want))
        fn += len(set(want) - set(found))
        kind_right += sum(found[k] == want[k] for k in matched)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kind_accuracy = kind_right / tp if tp else 0.0
    print(f"\ncorpus: {len(CORPUS_EXPECTED)} files, tp={tp} fp={fp} fn={fn} "
          f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f} kind accuracy={kind_accuracy:.3f}")
    assert f1 >= 0.95
    assert kind_accuracy >= 0.9


SEEDS = _expected(SEEDS_EXPECTED) if SEEDS_EXPECTED.exists() else {}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_messages(name, config):
    _check(_extract(SEEDS_RAW / name, config), SEEDS[name].get("messages") or [])
