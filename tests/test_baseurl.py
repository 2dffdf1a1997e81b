"""--base-url precedence: flag, DIGEST_BASE_URL, a host's preview URL, then the config."""
from __future__ import annotations

import pytest

from conftest import make_project
from generator.baseurl import resolve_base_url

CONFIG = "https://example.org/digest/"


@pytest.mark.parametrize("flag, environ, expected", [
    (None, {}, (CONFIG, "config")),
    ("https://a.org/x", {"DIGEST_BASE_URL": "https://b.org/"}, ("https://a.org/x/", "--base-url")),
    (None, {"DIGEST_BASE_URL": "https://b.org/y", "DEPLOY_PRIME_URL": "https://n.netlify.app"},
     ("https://b.org/y/", "DIGEST_BASE_URL")),
    (None, {"DEPLOY_PRIME_URL": "https://deploy-preview-12--x.netlify.app", "VERCEL_URL": "v.vercel.app"},
     ("https://deploy-preview-12--x.netlify.app/", "DEPLOY_PRIME_URL")),
    (None, {"VERCEL_URL": "digest-git-pr-12-me.vercel.app"},
     ("https://digest-git-pr-12-me.vercel.app/", "VERCEL_URL")),
    (None, {"VERCEL_URL": "v.vercel.app", "CF_PAGES_URL": "https://abc.digest.pages.dev"},
     ("https://v.vercel.app/", "VERCEL_URL")),
    (None, {"CF_PAGES_URL": "https://abc123.digest.pages.dev"},
     ("https://abc123.digest.pages.dev/", "CF_PAGES_URL")),
    # GitHub Actions names a repository and a pull request, not a URL: the config wins.
    (None, {"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "me/digest", "GITHUB_REF": "refs/pull/12/merge"},
     (CONFIG, "config")),
    # Empty values are unset.
    ("", {"DIGEST_BASE_URL": " ", "VERCEL_URL": "", "CF_PAGES_URL": "https://c.pages.dev"},
     ("https://c.pages.dev/", "CF_PAGES_URL")),
])
def test_precedence(flag, environ, expected):
    assert resolve_base_url(flag, environ, CONFIG) == expected


def test_config_url_gets_its_slash():
    assert resolve_base_url(None, {}, "https://example.org/digest") == (CONFIG, "config")


def test_cli_uses_a_host_preview_url(tmp_path):
    import os
    import subprocess
    import sys

    import feedparser

    project = make_project(tmp_path / "p")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DIGEST_BASE_URL", "DEPLOY_PRIME_URL", "VERCEL_URL", "CF_PAGES_URL")}
    env["VERCEL_URL"] = "digest-git-pr-3.vercel.app"
    from conftest import ROOT
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    parsed = feedparser.parse((project / "site" / "feed.xml").read_bytes())
    assert all(e.link.startswith("https://digest-git-pr-3.vercel.app/messages/") for e in parsed.entries)
