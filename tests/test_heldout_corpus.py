"""The blind held-out corpus (tests/corpus/heldout): extraction must keep message F1 >= 0.95
(source, sender, recipient and date all match) and kind accuracy >= 0.9 on matched messages."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("heldout_eval", ROOT / "bench" / "heldout_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout_scores():
    result = _bench().score(ROOT / "tests" / "corpus" / "heldout", verbose=False)
    detail = f"FP {result['fp']} FN {result['fn']} wrong kinds {result['wrong_kinds']}"
    assert result["f1"] >= 0.95, detail
    assert result["kind_accuracy"] >= 0.9, detail
