"""The second blind held-out corpus (tests/corpus/heldout2), written before the extractor was read.
First blind run: P 0.778 R 0.700 F1 0.737, kind accuracy 1.0. The floor below is the score reached
after general fixes (F1 0.919, then 0.947 with Chinese and Korean clauses); the 0.95 target is not yet met: the misses left are captures whose
date ingest loses (archive headers, Russian time stamps) and Chinese-language pages ingest rejects."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("heldout_eval", ROOT / "bench" / "heldout_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout2_scores():
    result = _bench().score(ROOT / "tests" / "corpus" / "heldout2", verbose=False)
    detail = f"FP {result['fp']} FN {result['fn']} wrong kinds {result['wrong_kinds']}"
    assert result["f1"] >= 0.94, detail
    assert result["precision"] >= 0.99, detail
    assert result["kind_accuracy"] >= 0.9, detail
