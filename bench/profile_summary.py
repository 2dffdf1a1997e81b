"""Summarize a pyinstrument session of `digest build`: time by stage, and the hot spots.

    python bench/profile_summary.py build.pyisession [--top 10]

Self time (time in a function's own code, not its callees) is summed per function over the whole
call tree; "inclusive" is the time of the outermost calls of that function. Stages are named by
the build function they run under.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from pyinstrument.session import Session

# ingest_files is a generator consumed by write_articles: its frames sit under write_articles.
STAGES = {"ingest_files": "ingest", "write_articles": "ingest",
          "read_articles": "read articles", "extract_corpus": "extract", "sync_messages": "messages",
          "read_messages": "messages", "render_site": "render", "write_site": "write site"}


def _key(frame) -> str:
    return f"{frame.function} ({frame.file_path_short}:{frame.line_no})"


def summarize(path: str, top: int) -> str:
    session = Session.load(path)
    root = session.root_frame()
    total = root.time
    self_time: dict[str, float] = defaultdict(float)
    by_stage: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    stage_time: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def walk(frame, stage: str, open_keys: frozenset) -> None:
        key = _key(frame)
        if frame.function in STAGES and stage == "other":
            stage = STAGES[frame.function]
            stage_time[stage] += frame.time
        if key not in open_keys and not frame.is_synthetic:
            inclusive[key] += frame.time
        own = frame.time - sum(c.time for c in frame.children)
        for child in frame.children:
            if child.is_synthetic_leaf:
                own += child.time
        if own > 0 and not frame.is_synthetic:
            self_time[key] += own
            by_stage[stage][key] += own
        for child in frame.children:
            if not child.is_synthetic_leaf:
                walk(child, stage, open_keys | {key})

    walk(root, "other", frozenset())
    stage_time["other (start-up, config, glue)"] = total - sum(stage_time.values())
    lines = [f"Profile of {path}: {total:.1f} s sampled", "", "Time by stage (inclusive):"]
    for stage, t in sorted(stage_time.items(), key=lambda x: -x[1]):
        lines.append(f"  {t:8.1f} s {100 * t / total:5.1f}%  {stage}")
    lines += ["", f"Top {top} functions by self time:"]
    for key, t in sorted(self_time.items(), key=lambda x: -x[1])[:top]:
        lines.append(f"  {t:8.1f} s {100 * t / total:5.1f}%  {key}")
    lines += ["", f"Top {top} functions by inclusive time (excluding the stage roots):"]
    shown = 0
    for key, t in sorted(inclusive.items(), key=lambda x: -x[1]):
        if t >= total * 0.999 or key.split(" ")[0] in STAGES or key.startswith(("<module>", "main ", "run_build", "invoke", "_run_module", "run_module", "_run_code", "__call__", "build ", "new_func", "wrapper")):
            continue
        lines.append(f"  {t:8.1f} s {100 * t / total:5.1f}%  {key}")
        shown += 1
        if shown == top:
            break
    for stage in sorted(by_stage, key=lambda s: -sum(by_stage[s].values())):
        lines += ["", f"Stage '{stage}': top 5 by self time"]
        for key, t in sorted(by_stage[stage].items(), key=lambda x: -x[1])[:5]:
            lines.append(f"  {t:8.1f} s {100 * t / total:5.1f}%  {key}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("session")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    print(summarize(args.session, args.top))


if __name__ == "__main__":
    main()
