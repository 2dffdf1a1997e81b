"""The `digest` command: ingest, extract, build. Library errors become one-line messages."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from generator.config import ARTICLE_PAGES, load_config


def _config_option(function):
    return click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=Path("config.yaml"), show_default=True,
                        help="The site's configuration file.")(function)


def _inputs(printed: str):
    """PATH... and --format, shared by the commands that read captures: jsonl prints, files writes."""
    def decorate(function):
        function = _config_option(function)
        function = click.option("--format", "output_format", type=click.Choice(["jsonl", "files"]),
                                default="files", show_default=True,
                                help=f"jsonl: print {printed} to stdout and write nothing.")(function)
        return click.argument("paths", nargs=-1, required=True,
                              type=click.Path(exists=True, path_type=Path))(function)
    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="digest")
def main() -> None:
    """Turn raw captures of news pages into a static digest of leaders' messages."""


@main.command()
@_inputs("articles")
def ingest(paths: tuple[Path, ...], output_format: str, config_path: Path) -> None:
    """Normalize raw captures (files or folders) into articles.

    \b
    Example:
        digest ingest content/raw --format jsonl
    """
    from generator.commands.ingest import run_ingest

    run_ingest(load_config(config_path), list(paths), output_format)


@main.command()
@_inputs("messages")
def extract(paths: tuple[Path, ...], output_format: str, config_path: Path) -> None:
    """Find leader-to-leader messages in raw captures or normalized articles.

    \b
    Example:
        digest extract content/raw --format jsonl
    """
    from generator.commands.extract import run_extract

    run_extract(load_config(config_path), list(paths), output_format)


@main.command()
@_config_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default: paths.output in the config, site/).")
@click.option("--base-url", help="Absolute URL the site is served from (else DIGEST_BASE_URL, then a "
              "host's preview URL: DEPLOY_PRIME_URL, VERCEL_URL, CF_PAGES_URL; then the config).")
@click.option("--article-pages", type=click.Choice(ARTICLE_PAGES),
              help="Which articles get a page (default: site.article_pages in the config).")
@click.option("--compare-to", type=click.Path(exists=True, path_type=Path),
              help="A previous site folder (or its messages.json): write changes/index.html and "
                   "changes/summary.md.")
@click.option("--search/--no-search", default=True, show_default=True,
              help="Index the site with Pagefind and show a search box.")
def build(config_path: Path, out_dir: Path | None, base_url: str | None,
          article_pages: str | None, compare_to: Path | None, search: bool) -> None:
    """Ingest, extract and render the whole site.

    \b
    Example:
        digest build --base-url https://example.org/pr-preview/pr-12/
    """
    from generator.baseurl import resolve_base_url
    from generator.commands.build import run_build

    config = load_config(config_path)
    base_url, _ = resolve_base_url(base_url, os.environ, config.site.base_url)
    run_build(config.with_overrides(base_url=base_url, output=out_dir, article_pages=article_pages),
              compare_to=compare_to, search=search)


@main.command()
@_config_option
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1.")
@click.option("--search/--no-search", default=True, show_default=True,
              help="Index the site with Pagefind and show a search box.")
def serve(config_path: Path, port: int, search: bool) -> None:
    """Build, serve on 127.0.0.1 and rebuild when content/, templates/ or the config change.

    \b
    Example:
        digest serve --port 8000
    """
    from generator.commands.serve import run_serve

    load_config(config_path)  # a bad config stops here, with its line
    run_serve(config_path, port, search=search)


def emit_jsonl(rows) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
