"""The third blind held-out corpus (tests/corpus/heldout3), 40 captures written before the extractor
was read. First blind run: P 0.833 R 0.610 F1 0.704, kind accuracy 0.880. The floor below is the
score after general fixes (title time stamps as reference day; messages received from many senders
named in a following list or 'X, in his message'; 'was in reply to' sentences). The 0.95 target is
not met: misses left are mostly captures whose date ingest loses (Kremlin 'Publication date',
KCNA end stamps, title-glued time stamps), Chinese-language pages, and kinds of Russian/telegram lists."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("heldout_eval", ROOT / "bench" / "heldout_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout3_scores():
    result = _bench().score(ROOT / "tests" / "corpus" / "heldout3", verbose=False)
    detail = f"FP {result['fp']} FN {result['fn']} wrong kinds {result['wrong_kinds']}"
    assert result["f1"] >= 0.90, detail
    assert result["precision"] >= 0.97, detail
    assert result["kind_accuracy"] >= 0.9, detail
