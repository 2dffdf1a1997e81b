"""Benchmark `digest`: ingest, extraction and rendering separately, and whole builds end to end.

    python bench/run.py                          # N = 1,000 and 10,000
    python bench/run.py --sizes 1000,10000,50000 --json bench/results.json
    python bench/run.py --sizes 50 --no-peers    # a smoke run

For each N the script generates N synthetic articles as raw captures (bench/generate.py) and
times, each in its own child process in a temporary project (config.yaml, templates/ and
content/about.md copied from this repository):

  stage ingest   raw captures -> content/articles/ (what `digest build` does first)
  stage extract  articles -> messages (read_articles, extract_corpus, sync_messages, read_messages)
  stage render   articles + messages + events -> site/ (render_site, write_site)
  build cold     `python -m generator build` from raw captures, nothing built yet
  build no-change   the same build again, nothing changed
  build +1 article  one more capture added, then the build again

and, when installed, the peer comparison on the same articles as Markdown with front matter:
digest (`build --article-pages all` from content/articles, no raw captures), Pelican (venv
/tmp/pelican-venv or PATH) and Hugo (PATH), each cold, tools alternated round by round.

Old outputs are moved aside, not deleted, between timed runs, and deleted at the very end: ext4
skips inodes freed in the last minutes when it allocates new ones, so creating 10,000 files right
after deleting 10,000 costs up to 10x more kernel time than on a fresh machine (perf: ext4's
recently_deleted), and whichever tool ran after a deletion would pay for it.

Wall time is measured by this process; CPU time (user + system) and peak memory (maximum
resident set size) are the child's own, from os.wait4(): getrusage(RUSAGE_CHILDREN) would give
the same CPU sums but only the high-water mark over all children so far, not per stage.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATE = ROOT / "bench" / "generate.py"
PELICAN_CANDIDATES = (Path("/tmp/pelican-venv/bin/pelican"),)


# --- child side: one stage in this process ---------------------------------------------------

def run_stage(stage: str, project: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from generator.config import load_config

    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 4)
        clock = now

    config = load_config(project / "config.yaml")
    state = project / ".bench"
    state.mkdir(exist_ok=True)
    lap("load config")
    out: dict = {"stage": stage}
    from generator.cache import load_state, save_state
    from generator.commands.build import Inputs, build_site, extract_stage, fingerprint, ingest_stage, read_stage
    from generator.fileio import scan_files

    build_state = load_state(project, fingerprint(config))
    if stage == "ingest":
        report = ingest_stage(config, build_state, Inputs.scan(config))
        lap("read, normalize and write captures")
        (state / "ingest.pickle").write_bytes(pickle.dumps(report))
        out.update(articles=report.articles, files=report.files, rejected=len(report.rejections),
                   duplicates=report.duplicates)
    elif stage == "extract":
        listing = scan_files(config.paths.articles, ".md")
        corpus, _ = extract_stage(config, build_state, listing, *read_stage(config, build_state, listing), {})
        lap("read articles, extract, sync and read messages")
        out.update(articles=len(corpus.articles), messages=len(corpus.messages), events=len(corpus.events))
    elif stage == "render":
        report = pickle.loads((state / "ingest.pickle").read_bytes())
        # Every article is cached by the extract stage: what remains is rendering and writing.
        corpus, written, _ = build_site(config, build_state, scan_files(config.paths.articles, ".md"), report,
                                        search=False)
        lap("render and write the site")
        out.update(articles=len(corpus.articles), pages=written)
    else:
        raise SystemExit(f"unknown stage {stage}")
    save_state(project, build_state)
    out["timings"] = timings
    return out


# --- parent side: measuring children ---------------------------------------------------------

def discard(path: Path) -> None:
    """Move path out of the way into the run's trash (see the module docstring); gone at exit."""
    if path.exists():
        trash = Path(os.environ["DIGEST_BENCH_TRASH"])
        trash.mkdir(exist_ok=True)
        path.rename(trash / f"{len(os.listdir(trash))}-{path.name}")


def measure(cmd: list[str], cwd: Path, log: Path, env: dict | None = None) -> dict:
    """Run cmd to completion; wall, CPU and peak RSS of that child (and its own children)."""
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    result = {"wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
              "peak_mb": round(usage.ru_maxrss / 1024, 1), "exit": proc.returncode}
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}) in {cwd}:\n{tail}")
    return result


def _env() -> dict:
    return {"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
            "PYTHONHASHSEED": "0"}


def make_project(target: Path, raw: Path | None = None, articles: Path | None = None) -> Path:
    target.mkdir(parents=True)
    shutil.copy(ROOT / "config.yaml", target / "config.yaml")
    shutil.copytree(ROOT / "templates", target / "templates")
    (target / "content").mkdir()
    shutil.copy(ROOT / "content" / "about.md", target / "content" / "about.md")
    if raw is not None:
        shutil.copytree(raw, target / "content" / "raw", copy_function=os.link)
    if articles is not None:
        shutil.copytree(articles, target / "content" / "articles", copy_function=os.link)
    return target


def generate(out: Path, n: int, seed: int, articles: bool = False, start: int = 0) -> None:
    cmd = [sys.executable, str(GENERATE), str(out), "-n", str(n), "--seed", str(seed), "--start", str(start)]
    if articles:
        cmd.append("--articles")
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL, env={**os.environ, **_env()})


def _row(n: int, step: str, m: dict, count: int | None = None) -> dict:
    count = n if count is None else count
    return {"n": n, "step": step, **m, "articles_per_s": round(count / m["wall_s"], 1) if m["wall_s"] else None}


def bench_digest(n: int, work: Path, seed: int) -> list[dict]:
    raw_root = work / f"gen-{n}"
    generate(raw_root, n, seed)
    rows = []
    project = make_project(work / f"staged-{n}", raw=raw_root / "raw")
    me = [sys.executable, str(Path(__file__).resolve()), "--stage"]
    details = {}
    for stage in ("ingest", "extract", "render"):
        log = work / f"stage-{stage}-{n}.log"
        m = measure(me + [stage, "--project", str(project)], project, log, _env())
        detail = json.loads(log.read_text(encoding="utf-8").strip().splitlines()[-1])
        details[stage] = detail
        rows.append({**_row(n, f"stage {stage}", m), "detail": detail})
        print(f"  N={n} {stage}: {m['wall_s']:.1f} s", file=sys.stderr, flush=True)
    rows.append({**_row(n, "stages total", {k: round(sum(r[k] for r in rows[-3:]), 3) for k in ("wall_s", "cpu_s")}
                        | {"peak_mb": max(r["peak_mb"] for r in rows[-3:]), "exit": 0})})
    discard(project)

    project = make_project(work / f"e2e-{n}", raw=raw_root / "raw")
    # Peers build no search index: our builds are timed without one too, and once with it.
    build = [sys.executable, "-m", "generator", "build", "--no-search"]
    for step in ("build cold", "build no-change"):
        m = measure(build, project, work / f"{step.replace(' ', '-')}-{n}.log", _env())
        rows.append(_row(n, step, m))
        print(f"  N={n} {step}: {m['wall_s']:.1f} s", file=sys.stderr, flush=True)
    extra = work / f"extra-{n}"
    generate(extra, n + 1, seed, start=n)
    for path in (extra / "raw").iterdir():
        shutil.copy(path, project / "content" / "raw" / path.name)
    m = measure(build, project, work / f"build-added-{n}.log", _env())
    rows.append(_row(n, "build +1 article", m))
    print(f"  N={n} build +1 article: {m['wall_s']:.1f} s", file=sys.stderr, flush=True)
    for leftover in ("site", ".cache", "content/articles", "content/messages"):
        discard(project / leftover)
    m = measure(build[:-1], project, work / f"build-search-{n}.log", _env())
    rows.append(_row(n, "build cold with search", m))
    print(f"  N={n} build cold with search: {m['wall_s']:.1f} s", file=sys.stderr, flush=True)
    discard(project)
    discard(extra)
    discard(raw_root)
    return rows


# --- peers -----------------------------------------------------------------------------------

def find_pelican() -> str | None:
    for candidate in PELICAN_CANDIDATES:
        if candidate.exists():
            return str(candidate)
    return shutil.which("pelican")


def _leader_patterns() -> list[tuple[str, re.Pattern]]:
    import yaml

    config = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    out = []
    for leader in config["leaders"]:
        names = [leader["name"], *leader.get("aliases", [])]
        out.append((leader["name"], re.compile("|".join(re.escape(x) for x in sorted(names, key=len, reverse=True)))))
    return out


def _split_article(text: str) -> tuple[dict, str]:
    import yaml

    end = text.find("\n---", 3)
    return yaml.safe_load(text[3:end]), text[end + 4:].strip()


def prepare_peers(articles: Path, work: Path, n: int) -> dict[str, Path]:
    """Pelican and Hugo projects holding the same articles, tagged with the leaders they name."""
    leaders = _leader_patterns()
    pelican = work / f"pelican-{n}"
    hugo = work / f"hugo-{n}"
    (pelican / "content").mkdir(parents=True)
    (hugo / "content" / "posts").mkdir(parents=True)
    for path in sorted(articles.rglob("*.md")):
        meta, body = _split_article(path.read_text(encoding="utf-8"))
        tags = [name for name, pattern in leaders if pattern.search(meta["title"]) or pattern.search(body)]
        date = meta.get("published") or "2000-01-01"
        title = meta["title"].replace("\n", " ")
        head = [f"Title: {title}", f"Date: {date}", f"Slug: {meta['id']}"]
        if tags:
            head.append(f"Tags: {', '.join(tags)}")
        if meta.get("publisher"):
            head.append(f"Authors: {meta['publisher']}")
        (pelican / "content" / f"{meta['id']}.md").write_text("\n".join(head) + "\n\n" + body + "\n", encoding="utf-8")
        front = {"title": title, "date": str(date), "slug": meta["id"], "tags": tags}
        (hugo / "content" / "posts" / f"{meta['id']}.md").write_text(
            "---\n" + json.dumps(front, ensure_ascii=False) + "\n---\n\n" + body + "\n", encoding="utf-8")
    (pelican / "pelicanconf.py").write_text(PELICANCONF, encoding="utf-8")
    (hugo / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        target = hugo / "layouts" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return {"pelican": pelican, "hugo": hugo}


PELICANCONF = """AUTHOR = 'digest bench'
SITENAME = 'Bench'
SITEURL = ''
PATH = 'content'
TIMEZONE = 'UTC'
DEFAULT_LANG = 'en'
DEFAULT_DATE_FORMAT = '%Y-%m-%d'
DEFAULT_PAGINATION = 20
FEED_DOMAIN = 'https://example.org'
FEED_ALL_ATOM = 'feeds/all.atom.xml'
FEED_ALL_RSS = 'feeds/all.rss.xml'
TAG_FEED_ATOM = 'feeds/tag/{slug}.atom.xml'
TAG_FEED_RSS = 'feeds/tag/{slug}.rss.xml'
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
RELATIVE_URLS = True
"""

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Bench"
languageCode = "en"
paginate = 20
disableKinds = ["section"]
[taxonomies]
  tag = "tags"
[outputs]
  home = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
[services.rss]
  limit = 50
"""

_HUGO_BASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head><body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": _HUGO_BASE,
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time>{{ .Date.Format "2006-01-02" }}</time>
<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Paginate .Pages }}<ul>{{ range $pages.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ $pages := .Paginate (where .Site.RegularPages "Type" "posts") }}<ul>{{ range $pages.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
""",
}


def bench_peers(n: int, work: Path, seed: int, rounds: int) -> list[dict]:
    articles_root = work / f"articles-{n}"
    generate(articles_root, n, seed, articles=True)
    articles = articles_root / "articles"
    pelican_bin, hugo_bin = find_pelican(), shutil.which("hugo")
    if pelican_bin is None:
        print("note: Pelican is not installed (python -m venv /tmp/pelican-venv && "
              "/tmp/pelican-venv/bin/pip install 'pelican[markdown]==4.12.*'): skipped", file=sys.stderr)
    if hugo_bin is None:
        print("note: Hugo is not installed (apt-get install -y hugo): skipped", file=sys.stderr)
    peers = prepare_peers(articles, work, n) if (pelican_bin or hugo_bin) else {}
    ours = make_project(work / f"digest-articles-{n}", articles=articles)

    def run_ours(log: Path) -> dict:
        for leftover in ("site", ".cache", "content/messages"):
            discard(ours / leftover)
        return measure([sys.executable, "-m", "generator", "build", "--article-pages", "all", "--no-search"],
                       ours, log, _env())

    def run_pelican(log: Path) -> dict:
        discard(peers["pelican"] / "output")
        discard(peers["pelican"] / "cache")
        return measure([pelican_bin, "content", "-o", "output", "-s", "pelicanconf.py", "-q"],
                       peers["pelican"], log)

    def run_hugo(log: Path) -> dict:
        for leftover in ("public", "resources"):
            discard(peers["hugo"] / leftover)
        return measure([hugo_bin, "--quiet", "--ignoreCache", "-d", "public"], peers["hugo"], log)

    tools = [("digest (from articles)", run_ours)]
    if pelican_bin:
        tools.append(("pelican", run_pelican))
    if hugo_bin:
        tools.append(("hugo", run_hugo))
    results: dict[str, list[dict]] = {name: [] for name, _ in tools}
    for r in range(rounds):
        order = tools if r % 2 == 0 else list(reversed(tools))
        for name, fn in order:
            m = fn(work / f"peer-{name.split()[0]}-{n}-{r}.log")
            results[name].append(m)
            print(f"  N={n} {name} round {r + 1}: {m['wall_s']:.1f} s", file=sys.stderr, flush=True)
    rows = []
    for name, runs in results.items():
        best = sorted(runs, key=lambda x: x["wall_s"])[len(runs) // 2]  # the median run
        row = _row(n, f"peer {name}", best)
        row["runs_wall_s"] = [x["wall_s"] for x in runs]
        pages = {"digest (from articles)": ours / "site", "pelican": peers.get("pelican", work) / "output",
                 "hugo": peers.get("hugo", work) / "public"}[name]
        row["files_written"] = sum(1 for p in pages.rglob("*") if p.is_file()) if pages.exists() else None
        rows.append(row)
    base = rows[0]["wall_s"]
    for row in rows[1:]:
        row["digest_time_ratio"] = round(base / row["wall_s"], 2)
        row["digest_cpu_ratio"] = round(rows[0]["cpu_s"] / row["cpu_s"], 2)
    for path in [articles_root, ours, *peers.values()]:
        discard(path)
    return rows


# --- report ----------------------------------------------------------------------------------

def print_table(rows: list[dict]) -> None:
    print(f"{'N':>7}  {'step':<30} {'wall s':>9} {'CPU s':>9} {'peak MB':>9} {'articles/s':>11}  note")
    for r in rows:
        note = ""
        if "digest_time_ratio" in r:
            note = f"digest/this = {r['digest_time_ratio']}x wall, {r.get('digest_cpu_ratio')}x CPU"
        if "files_written" in r and r["files_written"] is not None:
            note += ("; " if note else "") + f"{r['files_written']} files"
        print(f"{r['n']:>7}  {r['step']:<30} {r['wall_s']:>9.2f} {r['cpu_s']:>9.2f} {r['peak_mb']:>9.1f} "
              f"{(r['articles_per_s'] or 0):>11.1f}  {note}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark digest (and Pelican/Hugo when installed).")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--rounds", type=int, default=1, help="peer comparison rounds (tools alternate)")
    parser.add_argument("--no-peers", action="store_true", help="skip the Pelican/Hugo comparison")
    parser.add_argument("--no-digest", action="store_true", help="only the peer comparison")
    parser.add_argument("--workdir", type=Path, help="where temporary projects go (default: a temp dir)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.project)))
        return
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)  # a folder named for the run, made if need be
    work = Path(tempfile.mkdtemp(prefix="digest-bench-", dir=args.workdir))
    os.environ["DIGEST_BENCH_TRASH"] = str(work / "trash")
    rows: list[dict] = []
    try:
        for n in sizes:
            print(f"N={n}", file=sys.stderr, flush=True)
            if not args.no_digest:
                rows += bench_digest(n, work, args.seed)
            if not args.no_peers:
                rows += bench_peers(n, work, args.seed, args.rounds)
            print_table([r for r in rows if r["n"] == n])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(sizes) > 1:
        print()
        print_table(rows)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        meta = {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
                "seed": args.seed, "sizes": sizes, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
