"""The benchmark's generator is deterministic, and bench/run.py completes a tiny run."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATE = ROOT / "bench" / "generate.py"


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _generate(out: Path, *extra: str) -> None:
    subprocess.run([sys.executable, str(GENERATE), str(out), "-n", "50", *extra], check=True,
                   capture_output=True)


def test_generator_is_deterministic(tmp_path):
    for extra in ((), ("--articles",)):
        first, second = tmp_path / f"a{len(extra)}", tmp_path / f"b{len(extra)}"
        _generate(first, *extra)
        _generate(second, *extra)
        a, b = _tree(first), _tree(second)
        assert len(a) >= 40
        assert a == b


def test_generator_mixes_formats(tmp_path):
    _generate(tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "raw").iterdir()]
    assert any(t.lstrip().startswith("<!DOCTYPE html") for t in texts)
    assert any(t.lstrip().startswith('{"id":') for t in texts)
    assert any("| Source:" in t for t in texts)


def test_run_writes_json(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "50", "--json", str(out),
                           "--workdir", str(tmp_path / "new" / "work")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    steps = {row["step"] for row in results["rows"]}
    assert {"stage ingest", "stage extract", "stage render", "build cold", "build no-change",
            "build +1 article"} <= steps
    for row in results["rows"]:
        assert row["n"] == 50 and row["wall_s"] > 0 and row["peak_mb"] > 0
    assert "articles/s" in done.stdout
