"""Full-text search: Pagefind indexes the staged site folder before it is swapped in.

Only pages that mark their main content with data-pagefind-body (message and article pages)
are indexed. The bundle goes to pagefind/ in the site; its UI finds the bundle and the site's
base path from the URL of its own script, so the search works under any sub-path.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from generator.errors import DigestError

BUNDLE = "pagefind"


def pagefind_command(site: Path, language: str) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE,
            "--keep-index-url", "--force-language", language, "--silent"]


def index_site(site: Path, language: str) -> None:
    if importlib.util.find_spec("pagefind") is None:
        raise DigestError("search needs Pagefind: pip install 'pagefind[extended]' "
                          "(or build with --no-search)")
    result = subprocess.run(pagefind_command(site, language), capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise DigestError("pagefind failed: " + (detail[-1] if detail else f"exit code {result.returncode}"))
