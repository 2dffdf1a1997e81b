"""The blind held-out corpora: each was written before its author read the extractor, scored
once blind, then kept as a floor that later changes may not lower.

Message match = source, sender, recipient and date; kind accuracy is over matched messages.
First blind runs: heldout F1 0.632, heldout2 0.737, heldout3 0.704, heldout4 0.923, heldout5 0.846, heldout6 0.842,
heldout7 0.744, heldout8 0.696, heldout9 0.857, heldout10 0.485, heldout11 0.733, heldout12 0.667, heldout13 0.750,
heldout14 0.667, heldout15 0.684, heldout16 0.700, heldout17 0.667, heldout18 0.778, heldout19 0.667,
heldout20 0.629, heldout21 0.640, heldout22 0.500, heldout23 0.733, heldout24 0.897, heldout25 0.914, heldout26 0.741, heldout27 0.880,
heldout28 0.944, heldout29 0.739, heldout30 0.800, heldout31 0.778, heldout32 0.706, heldout33 0.828, heldout34 0.688,
heldout35 0.842, heldout36 0.000 (a crash; 0.757 once fixed), heldout37 0.897,
heldout38 0.867, heldout39 0.882, heldout40 0.800, heldout41 0.914, heldout42 0.947, heldout43 0.789,
heldout44 0.810, heldout45 0.778, heldout46 0.650, heldout47 0.850, heldout48 0.821, heldout49 0.944, heldout50 0.800, heldout51 0.875,
heldout52 0.889, heldout53 0.938, heldout54 0.824, heldout55 0.941, heldout56 0.759, heldout57 0.800, heldout58 0.889,
heldout59 0.914, heldout60 0.759, heldout61 1.000, heldout62 0.833,
heldout63 0.971, heldout64 0.971, heldout65 0.884, heldout66 0.722,
heldout67 0.947, heldout68 0.000 (a hang: exponential backtracking on a blanked clause; 0.811 once fixed),
heldout69 0.826, heldout70 0.812, heldout71 0.865, heldout72 0.857, heldout73 0.914, heldout74 0.857,
heldout75 0.595, heldout76 0.765, heldout77 0.741, heldout78 0.973, heldout79 1.000,
heldout80 0.816, heldout81 0.824, heldout82 0.600, heldout83 0.872, heldout84 0.976,
heldout85 0.750, heldout86 0.955, heldout87 0.571,
heldout88 0.857, heldout89 0.727, heldout90 0.897, heldout91 0.824, heldout92 0.875, heldout93 0.895, heldout94 0.651,
heldout95 0.633,
heldout96 0.824, heldout97 0.412, heldout98 0.857, heldout99 0.769, heldout100 0.857, heldout101 0.872, heldout102 0.938,
heldout103 0.737, heldout104 0.857, heldout105 0.914, heldout106 0.960,
heldout107 0.941, heldout108 0.944, heldout109 0.929, heldout110 0.625,
heldout111 0.618, heldout112 0.878, heldout113 1.000, heldout114 0.974, heldout115 0.905,
heldout116 0.878, heldout117 0.905, heldout118 0.900, heldout119 0.971. The floors
below are the figures reached since with general rules; the target for unseen captures is F1 0.95."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FLOORS = {  # corpus: (F1, precision, kind accuracy)
    "heldout": (0.98, 0.99, 0.95),
    "heldout2": (0.98, 0.99, 0.95),
    "heldout3": (0.94, 0.99, 0.95),
    "heldout4": (0.96, 0.99, 0.95),
    "heldout5": (0.96, 0.99, 0.95),
    "heldout6": (0.99, 0.99, 0.95),
    "heldout7": (0.99, 0.99, 0.95),
    "heldout8": (0.96, 0.93, 0.95),
    "heldout9": (0.99, 0.99, 0.94),
    "heldout10": (0.99, 0.99, 0.95),
    "heldout11": (0.97, 0.94, 0.95),
    "heldout12": (0.99, 0.99, 0.95),
    "heldout13": (0.96, 0.94, 0.95),
    "heldout14": (0.97, 0.99, 0.95),
    "heldout15": (0.99, 0.99, 0.95),
    "heldout16": (0.95, 0.9, 0.89),
    "heldout17": (0.99, 0.99, 0.95),
    "heldout18": (0.99, 0.99, 0.95),
    "heldout19": (0.9, 0.93, 0.95),
    "heldout20": (0.87, 0.89, 0.95),
    "heldout21": (0.75, 0.74, 0.95),
    "heldout22": (0.97, 0.95, 0.94),
    "heldout23": (0.94, 0.89, 0.94),
    "heldout24": (0.96, 0.99, 0.95),
    "heldout25": (0.99, 0.99, 0.94),
    "heldout26": (0.93, 0.99, 0.92),
    "heldout27": (0.99, 0.99, 0.95),
    "heldout28": (0.99, 0.99, 0.95),
    "heldout29": (0.98, 0.99, 0.95),
    "heldout30": (0.99, 0.99, 0.95),
    "heldout31": (0.99, 0.99, 0.95),
    "heldout32": (0.99, 0.99, 0.95),
    "heldout33": (0.99, 0.99, 0.96),
    "heldout34": (0.99, 0.99, 0.95),
    "heldout35": (0.99, 0.99, 0.95),
    "heldout36": (0.92, 0.99, 0.95),
    "heldout37": (0.99, 0.99, 0.95),
    "heldout38": (0.99, 0.99, 0.95),
    "heldout39": (0.99, 0.99, 0.95),
    "heldout40": (0.99, 0.99, 0.95),
    "heldout41": (0.99, 0.99, 0.95),
    "heldout42": (0.99, 0.99, 0.95),
    "heldout43": (0.99, 0.99, 0.95),
    "heldout44": (0.99, 0.99, 0.95),
    "heldout45": (0.99, 0.99, 0.94),
    "heldout46": (0.9, 0.95, 0.95),
    "heldout47": (0.99, 0.99, 0.99),
    "heldout48": (0.99, 0.99, 0.95),
    "heldout49": (0.97, 0.94, 0.95),
    "heldout50": (0.99, 0.99, 0.93),
    "heldout51": (0.99, 0.99, 0.93),
    "heldout52": (0.99, 0.99, 0.95),
    "heldout53": (0.99, 0.99, 0.95),
    "heldout54": (0.99, 0.99, 0.95),
    "heldout55": (0.96, 0.99, 0.95),
    "heldout56": (0.87, 0.87, 0.95),
    "heldout57": (0.88, 0.93, 0.95),
    "heldout58": (0.91, 0.89, 0.94),
    "heldout59": (0.91, 0.99, 0.95),
    "heldout60": (0.87, 0.87, 0.95),
    "heldout61": (0.99, 0.99, 0.99),
    "heldout62": (0.99, 0.99, 0.99),
    "heldout63": (0.99, 0.99, 0.99),
    "heldout64": (0.99, 0.99, 0.99),
    "heldout65": (0.99, 0.99, 0.99),
    "heldout66": (0.89, 0.85, 0.94),
    "heldout67": (0.99, 0.99, 0.99),
    "heldout68": (0.97, 0.94, 0.94),
    "heldout69": (0.89, 0.95, 0.99),
    "heldout70": (0.93, 0.99, 0.99),
    "heldout71": (0.99, 0.99, 0.99),
    "heldout72": (0.91, 0.94, 0.99),
    "heldout73": (0.94, 0.94, 0.99),
    "heldout74": (0.88, 0.85, 0.99),
    "heldout75": (0.68, 0.86, 0.99),
    "heldout76": (0.90, 0.93, 0.99),
    "heldout77": (0.81, 0.99, 0.99),
    "heldout78": (0.99, 0.99, 0.99),
    "heldout79": (0.99, 0.99, 0.87),
    "heldout80": (0.99, 0.99, 0.99),
    "heldout81": (0.99, 0.99, 0.99),
    "heldout82": (0.77, 0.99, 0.99),
    "heldout83": (0.99, 0.99, 0.99),
    "heldout84": (0.97, 0.99, 0.99),
    "heldout85": (0.99, 0.99, 0.99),
    "heldout86": (0.97, 0.99, 0.95),
    "heldout87": (0.97, 0.99, 0.99),
    "heldout88": (0.99, 0.99, 0.99),
    "heldout89": (0.99, 0.99, 0.99),
    "heldout90": (0.93, 0.99, 0.99),
    "heldout91": (0.99, 0.99, 0.94),
    "heldout92": (0.94, 0.94, 0.99),
    "heldout93": (0.99, 0.99, 0.99),
    "heldout94": (0.82, 0.85, 0.99),
    "heldout95": (0.88, 0.90, 0.99),
    "heldout96": (0.97, 0.99, 0.99),
    "heldout97": (0.75, 0.78, 0.93),
    "heldout98": (0.99, 0.99, 0.99),
    "heldout99": (0.90, 0.97, 0.97),
    "heldout100": (0.99, 0.99, 0.99),
    "heldout101": (0.97, 0.99, 0.99),
    "heldout102": (0.99, 0.99, 0.93),
    "heldout103": (0.91, 0.99, 0.99),
    "heldout104": (0.94, 0.99, 0.94),
    "heldout105": (0.97, 0.94, 0.99),
    "heldout106": (0.96, 0.99, 0.99),
    "heldout107": (0.94, 0.99, 0.99),
    "heldout108": (0.99, 0.99, 0.99),
    "heldout109": (0.99, 0.99, 0.99),
    "heldout110": (0.96, 0.99, 0.99),
    "heldout111": (0.90, 0.96, 0.99),
    "heldout112": (0.99, 0.99, 0.99),
    "heldout113": (0.99, 0.99, 0.99),
    "heldout114": (0.99, 0.99, 0.99),
    "heldout115": (0.95, 0.90, 0.99),
    "heldout116": (0.94, 0.99, 0.99),
    "heldout117": (0.95, 0.95, 0.95),
    "heldout118": (0.99, 0.99, 0.89),
    "heldout119": (0.97, 0.94, 0.99),
}


@pytest.fixture(scope="module")
def heldout_eval():
    spec = importlib.util.spec_from_file_location("heldout_eval", ROOT / "bench" / "heldout_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_heldout_scores(heldout_eval, corpus):
    result = heldout_eval.score(ROOT / "tests" / "corpus" / corpus, verbose=False)
    detail = f"FP {result['fp']} FN {result['fn']} wrong kinds {result['wrong_kinds']}"
    f1, precision, kinds = FLOORS[corpus]
    assert result["f1"] >= f1, detail
    assert result["precision"] >= precision, detail
    assert result["kind_accuracy"] >= kinds, detail
